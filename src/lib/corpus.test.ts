import { describe, expect, it } from 'vitest';
import { corpusCounts, createCorpus, groupBy } from './corpus.ts';
import { PROVINCES, doc, sampleCorpus, unit } from './fixtures.ts';

describe('createCorpus', () => {
  const corpus = sampleCorpus();
  it('sorts documents by id, units by document then order, themes by order', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual(['henan-plan', 'jilin-plan', 'shanxi-opinions', 'shanxi-plan']);
    expect(corpus.unitsOf('shanxi-plan').map((u) => u.id)).toEqual([
      'shanxi-plan/1',
      'shanxi-plan/1-1',
      'shanxi-plan/1-2',
    ]);
    expect(corpus.themes.map((t) => t.id)).toEqual(['brand', 'safety', 'duties', 'empty']);
  });
  it('looks things up by id', () => {
    expect(corpus.unit('jilin-plan/2')?.order).toBe(1);
    expect(corpus.document('nope')).toBeUndefined();
    expect(corpus.unitsOf('nope')).toEqual([]);
  });
  it('knows which provinces, departments and themes are in use (unresolved names are no department)', () => {
    expect(corpus.activeProvinces.map((p) => p.id)).toEqual(['shanxi', 'jilin', 'henan']);
    expect(corpus.activeDepartments.map((d) => d.id)).toEqual(['qs', 'edu', 'commerce']);
    expect(corpus.activeThemes.map((t) => t.id)).toEqual(['brand', 'safety', 'duties']);
  });
  it('lists the nation before the provinces, which keep their order', () => {
    const nation = { ...PROVINCES[0]!, id: 'national', name: '国家', level: 'national' as const };
    const given = createCorpus({
      documents: [doc('national-opinions', 'national'), doc('henan-plan', 'henan')],
      units: [],
      departments: [],
      themes: [],
      provinces: [...PROVINCES, nation],
    });
    expect(given.provinces.map((p) => p.id)).toEqual(['national', ...PROVINCES.map((p) => p.id)]);
    expect(given.activeProvinces.map((p) => p.id)).toEqual(['national', 'henan']);
    // The nation is no province of the count.
    expect(corpusCounts(given).provinces).toBe(1);
  });
  it('knows the tasks a row or paragraph gives their departments, in document order', () => {
    const given = createCorpus({
      documents: [],
      units: [
        unit('hubei-plan/2-2', { order: 2, assignedBy: 'hubei-plan/4-p1' }),
        unit('hubei-plan/2-1', { order: 1, assignedBy: 'hubei-plan/4-p1' }),
        unit('hubei-plan/2-3', { order: 3, assignedBy: 'hubei-plan/4-p2' }),
        unit('hubei-plan/4-p1', { order: 4 }),
      ],
      departments: [],
      themes: [],
      provinces: [],
    });
    expect(given.assignedTo('hubei-plan/4-p1').map((task) => task.id)).toEqual(['hubei-plan/2-1', 'hubei-plan/2-2']);
    expect(given.assignedTo('hubei-plan/2-1')).toEqual([]);
  });
  it('counts what the knowledge base holds', () => {
    expect(corpusCounts(corpus)).toEqual({
      documents: 4,
      units: 9,
      measures: 6,
      departments: 3,
      themes: 3,
      provinces: 3,
      targets: 1,
    });
  });
});

describe('groupBy', () => {
  it('keeps first-seen order', () => {
    expect([...groupBy([3, 1, 4, 1, 5], (n) => n % 2).entries()]).toEqual([
      [1, [3, 1, 1, 5]],
      [0, [4]],
    ]);
  });
});
