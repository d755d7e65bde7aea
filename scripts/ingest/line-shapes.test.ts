/**
 * Numbering labels read by their shape: the named actions and projects of a plan (`行动一：…`), and
 * the words that only look like one.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { matchLabel } from './line-shapes.ts';

const label = (line: string) => {
  const found = matchLabel(fold(line));
  return found && { role: found.role, value: found.value, label: line.slice(0, found.length) };
};

describe('matchLabel: a plan’s named actions and projects', () => {
  it.each([
    ['行动一：质量标杆培育行动', { role: 'item', value: 1, label: '行动一：' }],
    ['专项行动2、计量数字化转型', { role: 'item', value: 2, label: '专项行动2、' }],
    ['工程三　质量基础设施提升工程', { role: 'item', value: 3, label: '工程三　' }],
    ['重点工程十二：品牌培育', { role: 'item', value: 12, label: '重点工程十二：' }],
  ])('%s', (line, expected) => expect(label(line)).toEqual(expected));

  it.each(['行动计划的实施', '工程1项已建成', '行动起来，共建质量强省', '工程质量提升'])('not %s', (line) =>
    expect(label(line)).toBeUndefined(),
  );
});
