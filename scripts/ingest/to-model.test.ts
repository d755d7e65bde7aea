import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkCoverage } from './to-model.ts';
import type { LineNode, UnitNode } from './tree.ts';

const line = (row: number, value: string): LineNode => ({
  type: 'line',
  value,
  position: { start: { line: row, column: 1, offset: 0 }, end: { line: row, column: value.length + 1, offset: 0 } },
});
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
  const source = '甲\n\n乙\n丙';

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

  it('fails when a unit’s text differs from its lines', () => {
    const file = new VFile({ value: source });
    checkCoverage([unit('a', [line(1, '甲')]), unit('b', [line(3, '乙'), line(4, '丁丁')])], source, file);
    expect(file.messages[0]?.ruleId).toBe('to-model:coverage');
  });
});
