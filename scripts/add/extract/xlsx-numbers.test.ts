// Numbers of a workbook's cells as Excel shows them: the formats a 任务清单's targets and dates use.
import { describe, expect, it } from 'vitest';
import { numberStyle, showNumber } from './xlsx-numbers.ts';

const custom = (code: string) => numberStyle(164, new Map([[164, code]]));

describe('showNumber', () => {
  it.each([
    ['0.95', numberStyle(9, new Map()), '95%'],
    ['0.955', numberStyle(10, new Map()), '95.50%'],
    ['0.135', custom('0.0%'), '13.5%'],
    ['1200', numberStyle(3, new Map()), '1,200'],
    ['3.14159', numberStyle(2, new Map()), '3.14'],
    ['1200', custom('0"万元"'), '1200万元'],
    ['85', custom('"不低于"0"%"'), '不低于85%'],
    ['12', custom('0\\个'), '12个'],
    ['-5', custom('0.0;[Red]-0.0'), '-5.0'],
    ['46022', numberStyle(14, new Map()), '2025年12月31日'],
    ['46022', custom('yyyy"年"m"月"d"日"'), '2025年12月31日'],
    ['46022', custom('[$-804]yyyy/m/d'), '2025年12月31日'],
  ])('%s in its format → %s', (value, style, shown) => {
    expect(showNumber(value, style)).toBe(shown);
  });

  it('shows a General number as Excel does: its fifteen digits, not the float stored', () => {
    expect(showNumber('0.30000000000000004', undefined)).toBe('0.3');
    expect(showNumber('1200', undefined)).toBe('1200');
    expect(showNumber('0.95', numberStyle(0, new Map()))).toBe('0.95');
  });

  it('keeps what is no number as stored', () => {
    expect(showNumber('', numberStyle(9, new Map()))).toBe('');
    expect(showNumber('#N/A', numberStyle(9, new Map()))).toBe('#N/A');
  });

  it('reads a text format and a format of no digits as none', () => {
    expect(numberStyle(49, new Map())).toBeUndefined();
    expect(custom('@')).toBeUndefined();
  });
});
