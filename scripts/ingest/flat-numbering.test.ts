/**
 * A text numbered `1.` at every level is given back its levels; a text with any other numbering, or
 * with a list that restarts only once, keeps its labels' roles.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { assignRoles } from './line-roles.ts';
import type { LineNode } from './tree.ts';

/** The role and cited label of each numbered line of `text`. */
function roles(text: string): string[] {
  const lines = text.split('\n').map((value, index): LineNode => ({
    type: 'line',
    value,
    position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: value.length + 1 } },
  }));
  assignRoles(
    lines,
    lines.map((line) => fold(line.value)),
  );
  return lines.filter((line) => line.label).map((line) => `${line.role} ${line.label}`);
}

describe('flattenedLadder', () => {
  it('nests a `1.` under the line above it, and a number under the level it continues', () => {
    const text = [
      '1.总体要求',
      '1.指导思想',
      '坚持人民至上。',
      '2.工作目标',
      '2.主要任务',
      '1.压实责任',
      '1.落实属地责任。',
      '2.落实主体责任。',
      '2.强化监管',
      '1.开展专项检查。',
      '3.保障措施',
    ].join('\n');
    expect(roles(text)).toEqual([
      'chapter 1.',
      'item 1.',
      'item 2.',
      'chapter 2.',
      'item 1.',
      'subitem 1.',
      'subitem 2.',
      'item 2.',
      'subitem 1.',
      'chapter 3.',
    ]);
  });

  it('reads a plan’s outer part by its name at the top, and a title after sentences as a title', () => {
    const text = [
      '1.总体要求',
      '1.指导思想',
      '2.重点任务',
      '1.排查隐患',
      '1.开展自查。',
      '2.推进改造',
      '1.纳入改造内容。',
      '3.实施步骤',
      '1.排查阶段。全面排查。',
      '2.整治阶段。逐项整改。',
      '3.总结阶段。全面总结。',
      '4.保障措施',
    ].join('\n');
    expect(roles(text).filter((role) => role.startsWith('chapter'))).toEqual([
      'chapter 1.',
      'chapter 2.',
      'chapter 3.',
      'chapter 4.',
    ]);
  });

  it('leaves a list that restarts once as it is', () => {
    const text = ['1.开展自查：', '1.查记录。', '2.查证件。', '2.建立台账。'].join('\n');
    expect(roles(text)).toEqual(['subitem 1.', 'subitem 1.', 'subitem 2.', 'subitem 2.']);
  });

  it('leaves a text with other numbering as it is', () => {
    const text = [
      '一、总体要求',
      '1.指导思想',
      '1.坚持人民至上。',
      '2.主要任务',
      '1.压实责任',
      '1.落实属地责任。',
    ].join('\n');
    expect(roles(text)).toEqual(['chapter 一', 'subitem 1.', 'subitem 1.', 'subitem 2.', 'subitem 1.', 'subitem 1.']);
  });
});
