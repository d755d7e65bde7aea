import { describe, expect, it } from 'vitest';
import { sampleCorpus } from './fixtures.ts';
import { provinceList, provinceSummary } from './province.ts';

const corpus = sampleCorpus();

describe('provinceSummary', () => {
  it('summarises documents, themes and departments of a province', () => {
    const s = provinceSummary(corpus, 'shanxi');
    expect(s.documents.map((d) => d.id)).toEqual(['shanxi-opinions', 'shanxi-plan']);
    expect([s.units, s.measures, s.targets]).toEqual([4, 2, 1]);
    expect(s.themes.map((t) => [t.theme.id, t.primary, t.count])).toEqual([
      ['brand', 1, 2],
      ['safety', 1, 1],
      ['duties', 1, 1],
    ]);
    expect(s.departments.map((d) => [d.department.id, d.total])).toEqual([
      ['qs', 2],
      ['edu', 2],
    ]);
    expect(provinceSummary(corpus, 'shanxi', 1).departments).toHaveLength(1);
  });
});

describe('provinceList', () => {
  it('lists only provinces with documents', () => {
    expect(provinceList(corpus).map((p) => [p.province.id, p.documents, p.units, p.measures])).toEqual([
      ['shanxi', 2, 4, 2],
      ['jilin', 1, 2, 2],
      ['henan', 1, 3, 2],
    ]);
    expect(provinceList(corpus, { all: true }).map((p) => [p.province.id, p.documents])).toEqual([
      ['shanxi', 2],
      ['jilin', 1],
      ['henan', 1],
      ['hebei', 0],
    ]);
  });
});
