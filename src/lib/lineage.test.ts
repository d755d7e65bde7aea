import { describe, expect, it } from 'vitest';
import type { Department, PolicyDocument } from '../model/index.ts';
import { createCorpus } from './corpus.ts';
import { doc, PROVINCES, theme, unit } from './fixtures.ts';
import { byDate, citingByProvince, documentsWithTheme, relationLink, replacementsOf } from './lineage.ts';
import { statusTone } from './status-tone.ts';
import { departmentsWithPages, hasHistory, successionOf } from './succession.ts';

const lineage = (extra: Partial<PolicyDocument['lineage']>) => ({ ...doc('x', 'hebei').lineage, ...extra });
const older = doc('hebei-2016-plan', 'hebei', {
  date: { value: '2016', inferred: true, basis: 'b' },
  lineage: lineage({
    status: { value: '已废止', inferred: true, basis: '已被替代' },
    supersededBy: [{ document: 'hebei-2018-plan', inferred: false }],
  }),
});
const newer = doc('hebei-2018-plan', 'hebei', {
  date: { value: '2018-09-20', inferred: false },
  lineage: lineage({ supersedes: [{ document: 'hebei-2016-plan', inferred: false }] }),
});
const plan = doc('shanxi-2015-plan', 'shanxi', { date: { value: '2015-05-01', inferred: false } });
const cited = {
  id: 'guobanfa-2015-19',
  url: '/cited/guobanfa-2015-19/',
  docNumber: '国办发〔2015〕19号',
  titles: ['通知'],
  citedBy: [
    {
      document: 'shanxi-2015-plan',
      unit: 'shanxi-2015-plan/p1',
      provinceId: 'shanxi',
      province: '山西省',
      implements: true,
    },
  ],
};
const corpus = createCorpus({
  documents: [older, newer, plan],
  units: [
    unit('shanxi-2015-plan/p1', { kind: 'preamble' }),
    unit('shanxi-2015-plan/1', { themes: ['b', 'a'] }),
    unit('shanxi-2015-plan/2', { themes: ['a'] }),
  ],
  departments: [],
  themes: [theme('a', 1), theme('b', 2)],
  provinces: PROVINCES,
  cited: [cited],
});

describe('lineage helpers', () => {
  it('tone statuses', () => {
    expect(statusTone('现行有效')).toBe('valid');
    expect(statusTone('已失效')).toBe('ended');
    expect(statusTone('已修订')).toBe('changed');
  });
  it('sort newest first, a bare year after the dated documents of its year', () => {
    expect(byDate([plan, older, newer]).map((d) => d.id)).toEqual([
      'hebei-2018-plan',
      'hebei-2016-plan',
      'shanxi-2015-plan',
    ]);
    const year = doc('a', 'shanxi', { date: { value: '2015', inferred: true, basis: 'b' } });
    expect(byDate([year, plan]).map((d) => d.id)).toEqual(['shanxi-2015-plan', 'a']);
  });
  it('find the replacement of a superseded document, and none of the newer one', () => {
    expect(replacementsOf(corpus, older).map((d) => d.id)).toEqual(['hebei-2018-plan']);
    expect(replacementsOf(corpus, newer)).toEqual([]);
  });
  it('link relations to the corpus page, the cited page, or nowhere', () => {
    expect(relationLink(corpus, { document: 'hebei-2016-plan', inferred: false }).path).toBe(
      '/documents/hebei-2016-plan/',
    );
    expect(relationLink(corpus, { docNumber: '国办发〔2015〕19号', title: '通知', inferred: true })).toEqual({
      label: '《通知》国办发〔2015〕19号',
      path: '/cited/guobanfa-2015-19/',
    });
    expect(relationLink(corpus, { docNumber: '国发〔2012〕9号', inferred: true }).path).toBeUndefined();
  });
  it('group the citing documents by province, with their primary themes in theme order', () => {
    const groups = citingByProvince(corpus, cited);
    expect(groups.map((group) => group.province)).toEqual(['山西省']);
    expect(groups[0]!.documents[0]).toMatchObject({ implements: true, themes: ['a', 'b'] });
    expect(groups[0]!.documents[0]!.units.map((u) => u.id)).toEqual(['shanxi-2015-plan/p1']);
  });
});

describe('theme timeline', () => {
  it('holds the documents with a unit of the theme', () => {
    expect(documentsWithTheme(corpus, 'a').map((d) => d.id)).toEqual(['shanxi-2015-plan']);
    expect(documentsWithTheme(corpus, 'c')).toEqual([]);
  });
});

describe('department succession', () => {
  const department = (id: string, extra: Partial<Department> = {}): Department => ({
    id,
    name: id,
    kind: 'department',
    aliases: [id],
    misspellings: [],
    patterns: [],
    ...extra,
  });
  const old = department('quality', { dissolved: 2018, succeededBy: [{ id: 'market', year: 2018 }] });
  const market = department('market', { established: 2018, formerNames: [{ name: '工商局', until: 2018 }] });
  const plain = department('plain');
  const withUnits = createCorpus({
    documents: [],
    units: [unit('a/1', { departments: [{ raw: 'q', id: 'quality', name: 'q', lead: true, role: 'lead' }] })],
    departments: [old, market, plain],
    themes: [],
    provinces: PROVINCES,
  });
  it('links predecessors (with their units) and successors', () => {
    const history = successionOf(withUnits, market);
    expect(history.predecessors.map((link) => [link.department.id, link.year, link.units])).toEqual([
      ['quality', 2018, 1],
    ]);
    expect(successionOf(withUnits, old).successors.map((link) => link.department.id)).toEqual(['market']);
    expect(hasHistory(market, history)).toBe(true);
    expect(hasHistory(plain, successionOf(withUnits, plain))).toBe(false);
  });
  it('give a page to the successor of a named department, not to an unrelated one', () => {
    expect(departmentsWithPages(withUnits).map((d) => d.id)).toEqual(['quality', 'market']);
  });
});
