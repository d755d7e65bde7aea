import { describe, expect, it } from 'vitest';
import { createCorpus } from './corpus.ts';
import { PROVINCES, department, dept, doc, sampleCorpus, theme, unit } from './fixtures.ts';
import { columnAnchor, compareTheme, sameThemeElsewhere } from './theme.ts';

const corpus = sampleCorpus();

describe('compareTheme', () => {
  const safety = compareTheme(corpus, 'safety');
  it('has a column for every province with the theme, primary and secondary apart', () => {
    expect(safety.columns.map((c) => c.province.id)).toEqual(['shanxi', 'jilin', 'henan']);
    expect(safety.columns[0]?.primary.map((u) => u.id)).toEqual(['shanxi-plan/1-2']);
    const brand = compareTheme(corpus, 'brand');
    expect(brand.columns[0]?.primary.map((u) => u.id)).toEqual(['shanxi-plan/1-1']);
    expect(brand.columns[0]?.secondary.map((u) => u.id)).toEqual(['shanxi-plan/1-2']);
    expect(safety.total).toBe(3);
  });
  it('aligns departments across provinces, shared first', () => {
    expect(safety.rows.map((r) => [r.department.id, r.provinces, r.cells.map((c) => c.count)])).toEqual([
      ['edu', 2, [1, 0, 1]],
      ['qs', 1, [0, 1, 0]],
    ]);
    expect(safety.rows[0]?.cells.map((c) => c.role)).toEqual(['lead', undefined, 'lead']);
    expect(safety.rows[1]?.cells[1]?.role).toBe('responsible');
  });
  it('gives each cell the strongest role, and names no unresolved department', () => {
    const brand = compareTheme(corpus, 'brand');
    const role = (id: string) => brand.rows.find((r) => r.department.id === id)?.cells.map((c) => c.role);
    // edu cooperates in shanxi-plan/1-1 and leads shanxi-plan/1-2: the cell says lead.
    expect(role('edu')).toEqual(['lead', undefined]);
    expect(role('commerce')).toEqual([undefined, 'cooperating']);
    expect(compareTheme(corpus, 'safety').rows.map((r) => r.department.id)).toEqual(['edu', 'qs']);
  });
  it('is empty for an unused theme', () => {
    expect(compareTheme(corpus, 'empty')).toEqual({ columns: [], rows: [], total: 0 });
  });
  it('names column anchors after the province', () => expect(columnAnchor('shanxi')).toBe('p-shanxi'));
});

describe('sameThemeElsewhere', () => {
  it('finds units of other provinces with the same primary theme', () => {
    const result = sameThemeElsewhere(corpus, corpus.unit('shanxi-plan/1-1')!);
    expect(result.map((g) => [g.province.id, g.units.map((u) => u.id)])).toEqual([['jilin', ['jilin-plan/1']]]);
    expect(sameThemeElsewhere(corpus, corpus.unit('shanxi-plan/1')!)).toEqual([]);
  });

  it('keeps a few per province, newest document first, and tells the total', () => {
    const [jilin] = sameThemeElsewhere(corpus, corpus.unit('shanxi-plan/1-1')!, 0);
    expect(jilin).toMatchObject({ units: [], total: 1 });
  });
});

describe("a task its plan's task table assigns", () => {
  const departments = [dept('qs', true)];
  const tabled = createCorpus({
    documents: [doc('shanxi-plan', 'shanxi'), doc('jilin-plan', 'jilin')],
    units: [
      unit('shanxi-plan/1-1', { themes: ['safety'], departments, assignedBy: 'shanxi-plan/p2-1' }),
      unit('shanxi-plan/p2-1', { order: 1, themes: ['safety'], departments, assigns: 'shanxi-plan/1-1' }),
      unit('shanxi-plan/p2-2', { order: 2, themes: ['safety'], departments }),
      unit('jilin-plan/1', { themes: ['safety'], departments }),
    ],
    departments: [department('qs')],
    themes: [theme('safety', 1)],
    provinces: PROVINCES,
  });

  it('is listed and counted once: the row that gives the body task its departments is that task', () => {
    const comparison = compareTheme(tabled, 'safety');
    expect(comparison.columns[0]?.primary.map((u) => u.id)).toEqual(['shanxi-plan/1-1', 'shanxi-plan/p2-2']);
    expect(comparison.rows.map((r) => r.cells.map((c) => c.count))).toEqual([[2, 1]]);
    expect(comparison.total).toBe(3);
    const [shanxi] = sameThemeElsewhere(tabled, tabled.unit('jilin-plan/1')!);
    expect(shanxi).toMatchObject({ total: 2 });
  });
});

describe('a province with several documents', () => {
  const year = (value: string) => ({ value, inferred: false });
  const scaled = createCorpus({
    documents: [
      doc('shanxi-old', 'shanxi', { date: year('2013') }),
      doc('shanxi-new', 'shanxi', { date: year('2016') }),
      doc('shanxi-mid', 'shanxi', { date: year('2014') }),
      doc('jilin-plan', 'jilin'),
    ],
    units: [
      unit('shanxi-old/1', { themes: ['safety'] }),
      unit('shanxi-old/2', { order: 1, themes: ['safety'] }),
      unit('shanxi-new/1', { themes: ['safety'] }),
      unit('shanxi-mid/1', { themes: ['safety'] }),
      unit('jilin-plan/1', { themes: ['safety'] }),
    ],
    departments: [],
    themes: [theme('safety', 1)],
    provinces: PROVINCES,
  });

  it('shows the newest document in full on the theme page and lists the earlier ones, newest first', () => {
    const [shanxi] = compareTheme(scaled, 'safety').columns;
    expect(shanxi?.latest.map((u) => u.id)).toEqual(['shanxi-new/1']);
    // The page shows the first LIST_LIMIT of them: the most recent earlier documents, each in its order.
    expect(shanxi?.earlier.map((u) => u.id)).toEqual(['shanxi-mid/1', 'shanxi-old/1', 'shanxi-old/2']);
  });

  it('puts the newest document first under “same theme elsewhere”, capped, with the total', () => {
    const [shanxi] = sameThemeElsewhere(scaled, scaled.unit('jilin-plan/1')!, 2);
    expect(shanxi?.units.map((u) => u.id)).toEqual(['shanxi-new/1', 'shanxi-mid/1']);
    expect(shanxi?.total).toBe(4);
  });
});
