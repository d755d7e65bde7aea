import { describe, expect, it } from 'vitest';
import { createCorpus } from './corpus.ts';
import { PROVINCES, dept, doc, sampleCorpus, unit, unresolved } from './fixtures.ts';
import { unitsWithUnresolved, unresolvedNames } from './unresolved.ts';

describe('unresolvedNames', () => {
  it('lists each name as written with its units, roles and provinces', () => {
    const corpus = sampleCorpus();
    const names = unresolvedNames(corpus);
    expect(names.map((n) => [n.raw, n.items.map((i) => [i.unit.id, i.role]), n.provinces])).toEqual([
      [
        '省农机局',
        [
          ['henan-plan/2-2', 'lead'],
          ['jilin-plan/2', 'responsible'],
        ],
        ['吉林省', '河南省'],
      ],
    ]);
    expect(unitsWithUnresolved(corpus)).toBe(2);
  });
  it('puts the most used first, counts a unit once, and is empty when every name resolves', () => {
    const corpus = createCorpus({
      documents: [doc('jilin-plan', 'jilin')],
      units: [
        unit('jilin-plan/1', { departments: [unresolved('乙局'), unresolved('乙局', false, 'cooperating')] }),
        unit('jilin-plan/2', { order: 1, departments: [unresolved('甲局', true), unresolved('乙局')] }),
        unit('jilin-plan/3', { order: 2, departments: [dept('qs', true)] }),
      ],
      departments: [],
      themes: [],
      provinces: PROVINCES,
    });
    expect(unresolvedNames(corpus).map((n) => [n.raw, n.items.length])).toEqual([
      ['乙局', 2],
      ['甲局', 1],
    ]);
    expect(unresolvedNames(corpus)[0]?.items[0]?.role).toBe('responsible');
    expect(unitsWithUnresolved(corpus)).toBe(2);
    const resolved = createCorpus({ ...corpus, units: [corpus.units[2]!] });
    expect(unresolvedNames(resolved)).toEqual([]);
  });
  it('leaves out companies and associations: there is nothing to add to the registry for them', () => {
    const company = { ...unresolved('青岚安达电梯有限公司', true), organisation: true as const };
    const corpus = createCorpus({
      documents: [doc('jilin-plan', 'jilin')],
      units: [
        unit('jilin-plan/1', { departments: [company] }),
        unit('jilin-plan/2', { order: 1, departments: [company, unresolved('甲局')] }),
      ],
      departments: [],
      themes: [],
      provinces: PROVINCES,
    });
    expect(unresolvedNames(corpus).map((n) => n.raw)).toEqual(['甲局']);
    expect(unitsWithUnresolved(corpus)).toBe(1);
  });
});
