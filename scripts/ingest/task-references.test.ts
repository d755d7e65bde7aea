import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { taskReferences } from './task-references.ts';

/** The numbers (and parts, sub-items) of each reference in a line, as `part:numbers/sub`. */
const read = (line: string): string[] =>
  taskReferences(fold(line)).map(
    (reference) =>
      `${reference.part ?? ''}:${reference.numbers.map((number) => number.value).join(',')}` +
      (reference.sub ? `/${reference.sub.map((number) => number.value).join(',')}` : '') +
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

  it('reads the part a reference names, and its sub-items', () => {
    expect(read('本方案第二部分第（一）项由省发展改革委牵头，其中第3目由省农业农村厅牵头')).toEqual(['2:1', ':/3']);
    expect(read('第二部分第（二）项第1目由省交通运输厅牵头')).toEqual(['2:2/1']);
  });

  it('reads a row keyed by its tasks’ numbers', () => {
    expect(read('1—2（牵头单位：县市场监管局；配合单位：县公安局）')).toEqual([':1,2 row']);
    expect(read('10、11（牵头单位：县政务办）')).toEqual([':10,11 row']);
    // A year or a number of a sentence is no row's key.
    expect(read('2020年（试行）')).toEqual([]);
    expect(read('12365（质监）、12331（食品药品）投诉举报热线整合为12315热线')).toEqual([]);
  });

  it('leaves an article’s or another document’s items, and ranges that run backwards or too far', () => {
    expect(read('依照《条例》第二十条第（一）项的规定')).toEqual([]);
    expect(read('《实施方案》第3项')).toEqual([]);
    expect(read('第5至3项')).toEqual([]);
    expect(read('第1—100项')).toEqual([]);
  });
});
