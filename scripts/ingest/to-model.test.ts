import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from './to-model.ts';
import type { LineNode, UnitNode } from './tree.ts';

const source = '甲\n\n乙\n丙';
/** A line node at `column` of row `row` of `source`, as parse-text (or split-inline-items) makes it. */
const line = (row: number, value: string, column = 1): LineNode => {
  const offset =
    source
      .split('\n')
      .slice(0, row - 1)
      .join('\n').length +
    (row > 1 ? 1 : 0) +
    column -
    1;
  return {
    type: 'line',
    value,
    position: {
      start: { line: row, column, offset },
      end: { line: row, column: column + value.length, offset: offset + value.length },
    },
  };
};
const unit = (localId: string, lines: LineNode[]): UnitNode => ({
  type: 'unit',
  kind: 'measure',
  localId,
  numbering: [],
  title: '',
  context: [],
  children: lines,
  data: {},
});

describe('checkCoverage', () => {
  it('accepts units that hold every line once', () => {
    const file = new VFile({ value: source });
    expect(checkCoverage([unit('a', [line(1, '甲')]), unit('b', [line(3, '乙'), line(4, '丙')])], source, file)).toBe(
      true,
    );
    expect(file.messages).toEqual([]);
  });

  it('fails, positioned, when a line would be lost', () => {
    const file = new VFile({ value: source });
    expect(checkCoverage([unit('a', [line(1, '甲')]), unit('b', [line(4, '丙')])], source, file)).toBe(false);
    expect(file.messages.map((message) => [message.line, message.ruleId, message.fatal])).toEqual([
      [3, 'to-model:coverage', true],
    ]);
  });

  it('fails when a line would be duplicated', () => {
    const file = new VFile({ value: source });
    checkCoverage([unit('a', [line(1, '甲'), line(3, '乙')]), unit('b', [line(3, '乙'), line(4, '丙')])], source, file);
    expect(file.messages[0]?.reason).toBe('Unexpected line 3 in 2 units, expected it in exactly one');
  });

  it('accepts a line held in two parts, each once, and fails on a part held twice', () => {
    const two = '1．甲。2．乙';
    const part = (from: number, to: number): LineNode => ({
      type: 'line',
      value: two.slice(from, to),
      position: { start: { line: 1, column: from + 1, offset: from }, end: { line: 1, column: to + 1, offset: to } },
    });
    const file = new VFile({ value: two });
    expect(checkCoverage([unit('1', [part(0, 4)]), unit('2', [part(4, 8)])], two, file)).toBe(true);
    expect(checkCoverage([unit('1', [part(0, 5)]), unit('2', [part(4, 8)])], two, file)).toBe(false);
    expect(file.messages[0]?.reason).toBe('Unexpected line 1 in 2 units, expected it in exactly one');
  });

  it('fails when a unit’s text differs from its lines', () => {
    const file = new VFile({ value: source });
    checkCoverage([unit('a', [line(1, '甲')]), unit('b', [line(3, '乙'), line(4, '丁丁')])], source, file);
    expect(file.messages[0]?.ruleId).toBe('to-model:coverage');
  });
});
