import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { taskReferences } from './task-references.ts';

/** The numbers (and parts, sub-items) of each reference in a line, as `part:numbers/sub`. */
const read = (line: string): string[] =>
  taskReferences(fold(line)).map(
    (reference) =>
      `${reference.part ?? ''}:${reference.numbers.map((number) => number.value).join(',')}` +
      (reference.sub ? `/${reference.sub.map((number) => number.value).join(',')}` : '') +
      (reference.partTitle ? ` in ${reference.partTitle}` : '') +
      (reference.cited ? ` of ${reference.cited}` : '') +
      (reference.row ? ' row' : ''),
  );

describe('taskReferences', () => {
  it('reads lists and ranges of numbers, however they are written', () => {
    expect(read('市质监局：负责第（一）、（二）项工作。')).toEqual([':1,2']);
    expect(read('负责第（四）至（六）项工作的组织实施')).toEqual([':4,5,6']);
    expect(read('以上第1—3项任务由省商务厅牵头')).toEqual([':1,2,3']);
    expect(read('以上第10～13项任务由…')).toEqual([':10,11,12,13']);
    expect(read('第2、5、7项任务中涉及财政资金的')).toEqual([':2,5,7']);
    expect(read('第一、二项由…负责')).toEqual([':1,2']);
  });

  it('reads them without 第 where a clause opens with them or points back, a list or a bracketed number only', () => {
    expect(
      read('以上（一）至（四）项任务由省发改委牵头；（六）项由省商务厅牵头；（七）、（八）项由省经信委牵头'),
    ).toEqual([':1,2,3,4', ':6', ':7,8']);
    expect(read('上述1—3项工作由省交通运输厅负责')).toEqual([':1,2,3']);
    // A count of tasks, no number.
    expect(read('以上3项任务由省商务厅牵头')).toEqual([]);
    expect(read('共完成12项')).toEqual([]);
  });

  it('reads named tasks', () => {
    expect(read('任务一至任务三由省卫生健康委牵头')).toEqual([':1,2,3']);
    expect(read('任务四、任务五由省医保局牵头')).toEqual([':4,5']);
    expect(read('同志们，今年的任务十分艰巨，要全力以赴')).toEqual([]);
  });

  it('reads the part a reference names, and its sub-items', () => {
    expect(read('本方案第二部分第（一）项由省发展改革委牵头，其中第3目由省农业农村厅牵头')).toEqual(['2:1', ':/3']);
    expect(read('第二部分第（二）项第1目由省交通运输厅牵头')).toEqual(['2:2/1']);
    expect(read('保障措施部分第（二）项由省国土资源厅负责')).toEqual([':2 in 保障措施']);
    expect(read('县市场监管局：负责第一部分第1、2项，第三部分第1项工作')).toEqual(['1:1,2', '3:1']);
    expect(read('本方案“三、重点任务”中第（三）项由县交通运输局牵头')).toEqual(['3:3 in 重点任务']);
  });

  it('names the document a reference cites', () => {
    expect(read('《方案》第三部分第1、2项由县交通运输局牵头')).toEqual(['3:1,2 of 方案']);
    expect(read('《实施方案》第3项')).toEqual([':3 of 实施方案']);
  });

  it('reads a row keyed by its tasks’ numbers', () => {
    expect(read('1—2（牵头单位：县市场监管局；配合单位：县公安局）')).toEqual([':1,2 row']);
    expect(read('10、11（牵头单位：县政务办）')).toEqual([':10,11 row']);
    expect(read('3-4 （略，见正文）（牵头单位：市工信局）')).toEqual([':3,4 row']);
    expect(read('（七）（牵头单位：市住建局）')).toEqual([':7 row']);
    expect(read('任务六（牵头单位：省卫生健康委）')).toEqual([':6 row']);
    // A year or a number of a sentence is no row's key.
    expect(read('2020年（试行）')).toEqual([]);
    expect(read('12365（质监）、12331（食品药品）投诉举报热线整合为12315热线')).toEqual([]);
  });

  it('leaves an article’s or another document’s items, and ranges that run backwards or too far', () => {
    expect(read('依照《条例》第二十条第（一）项的规定')).toEqual([]);
    expect(read('严格按照《意见》（国办发〔2011〕38号）第（二）项要求')).toEqual([]);
    // What an item's number counts besides tasks.
    expect(read('上述指标中，第3项指标由市市场监管局负责年度统计')).toEqual([]);
    expect(read('第5至3项')).toEqual([]);
    expect(read('第1—100项')).toEqual([]);
  });
});
