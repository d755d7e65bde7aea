import { describe, expect, it } from 'vitest';
import { sampleCorpus } from './fixtures.ts';
import { departmentThemeMatrix, heatLevel, themeProvinceMatrix } from './matrix.ts';

const corpus = sampleCorpus();

describe('themeProvinceMatrix', () => {
  it('counts units per theme and province', () => {
    const m = themeProvinceMatrix(corpus);
    expect(m.rows.map((t) => t.id)).toEqual(['brand', 'safety', 'duties']);
    expect(m.columns.map((p) => p.id)).toEqual(['shanxi', 'jilin', 'henan']);
    expect(m.counts).toEqual([
      [2, 1, 0],
      [1, 1, 1],
      [1, 0, 0],
    ]);
    expect(m.max).toBe(2);
  });
});

describe('departmentThemeMatrix', () => {
  it('counts units per department and theme, busiest departments first', () => {
    const m = departmentThemeMatrix(corpus);
    expect(m.rows.map((d) => d.id)).toEqual(['qs', 'edu', 'commerce']);
    expect(m.columns.map((t) => t.id)).toEqual(['brand', 'safety', 'duties']);
    expect(m.counts).toEqual([
      [2, 1, 1],
      [2, 2, 0],
      [1, 0, 0],
    ]);
  });
});

describe('heatLevel', () => {
  it('maps counts to 0…5', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 32)).toBe(1);
    expect(heatLevel(2, 32)).toBe(2);
    expect(heatLevel(5, 32)).toBe(3);
    expect(heatLevel(9, 32)).toBe(4);
    expect(heatLevel(32, 32)).toBe(5);
    expect(heatLevel(40, 32)).toBe(5);
    expect(heatLevel(3, 0)).toBe(0);
  });
});
