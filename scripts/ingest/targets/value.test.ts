import { describe, expect, it } from 'vitest';
import { readValues } from './value.ts';

const numbers = (text: string) => readValues(text, 0)?.values.map((value) => value.number);

describe('readValues', () => {
  it('gives each value the number it stands for, its unit’s multipliers applied', () => {
    expect(numbers('1万家')).toEqual([10000]);
    expect(numbers('3.5亿元')).toEqual([350000000]);
    expect(numbers('500万千瓦')).toEqual([5000000]);
    expect(numbers('2.3万')).toEqual([23000]);
    expect(numbers('1.1万件、1.5万件')).toEqual([11000, 15000]);
  });

  it('reads no multiplier into a base word that starts like one', () => {
    expect(numbers('1.5个百分点')).toEqual([1.5]);
    expect(numbers('2百分点')).toEqual([2]);
    expect(numbers('3千米')).toEqual([3]);
    expect(numbers('20千瓦时')).toEqual([20]);
    expect(numbers('95%')).toEqual([95]);
    expect(numbers('350项')).toEqual([350]);
  });
});
