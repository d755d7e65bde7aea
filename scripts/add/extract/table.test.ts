// The headers of 任务分工 tables as provinces word them, by hand: which columns are bodies, and their roles.
import { describe, expect, it } from 'vitest';
import { isTaskHeader, mergedColumns } from './table.ts';

describe('task table headers', () => {
  it.each([
    [['序号', '重点任务', '牵头单位', '配合单位', '完成时限']],
    [['序号', '重点任务', '主办单位', '会办单位', '完成时限']],
    [['序号', '工作任务', '责任主体', '完成时限']],
    [['序号', '重点任务', '主责单位', '协作单位']],
  ])('%j is a task table’s header', (header) => {
    expect(isTaskHeader(header)).toBe(true);
  });

  it('merges a blank lead cell with the one above, by its header: 主办 as 牵头, not 会办', () => {
    expect(mergedColumns(['序号', '重点任务', '主办单位', '会办单位', '完成时限']).columns).toEqual([2]);
    expect(mergedColumns(['序号', '重点任务', '责任主体', '完成时限']).columns).toEqual([2]);
  });
});
