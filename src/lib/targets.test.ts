import { describe, expect, it } from 'vitest';
import { sampleCorpus } from './fixtures.ts';
import { targetRows } from './targets.ts';

describe('targetRows', () => {
  it('lists targets with their unit and document', () => {
    const rows = targetRows(sampleCorpus());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      metric: '合格率',
      value: '98%',
      year: 2015,
      unit: { id: 'shanxi-plan/1-2' },
      document: { id: 'shanxi-plan' },
    });
  });
});

describe('sortTargets', () => {
  it('sorts by a column, keeping ties in the default order and empty values last', async () => {
    const { sortTargets } = await import('./targets.ts');
    const { unit } = await import('./fixtures.ts');
    const row = (
      metric: string,
      number: number | undefined,
      year: number | undefined,
      area: string | undefined,
      id: string,
    ) => ({ metric, value: String(number), number, comparator: '=', year, area, text: metric, unit: unit(id) });
    const rows = [
      row('乙', 98, 2015, undefined, 'jilin-plan/1'),
      row('甲', 30, undefined, '产品质量', 'shanxi-plan/1'),
      row('丙', undefined, 2020, '工程质量', 'henan-plan/1'),
    ];
    const ids = (sorted: Array<{ metric: string }>) => sorted.map((r) => r.metric).join('');
    expect(ids(sortTargets(rows, 'value'))).toBe('甲乙丙');
    expect(ids(sortTargets(rows, 'year'))).toBe('乙丙甲');
    expect(ids(sortTargets(rows, 'area'))).toBe('甲丙乙');
    expect(ids(sortTargets(rows, 'metric'))).toBe('丙甲乙'); // pinyin: bing, jia, yi
    expect(ids(sortTargets(rows, 'province', ['shanxi', 'jilin', 'henan']))).toBe('甲乙丙');
  });
});
