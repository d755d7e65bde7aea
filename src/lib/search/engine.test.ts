// The engine against the real corpus (content/generated/data, written by `npm run ingest`).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { ui } from '../../ui-strings.ts';
import { type SearchBundle, buildBundle } from './bundle.ts';
import { SearchEngine } from './engine.ts';
import { makeMatchFold } from './normalize.ts';

const DATA = fileURLToPath(new URL('../../../content/generated/data/', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(DATA + name, 'utf8'));

describe('SearchEngine on the corpus', () => {
  let bundle: SearchBundle;
  let engine: SearchEngine;
  const fullFold = makeMatchFold(T2S);
  const ids = (q: string, filters = {}) => engine.search(q, filters).hits.map((h) => bundle.units[h.unit]?.id);
  const containing = (...words: string[]) =>
    bundle.units.filter((u) => words.every((w) => fullFold(u.text).includes(fullFold(w)))).map((u) => u.id);
  const sorted = (list: (string | undefined)[]) => [...list].sort();

  beforeAll(() => {
    // Not skipped when the data is missing: `npm test` runs the ingest before the unit tests.
    if (!existsSync(`${DATA}measures.json`))
      throw new Error(`${DATA}measures.json is missing: run \`npm run ingest\` first`);
    bundle = buildBundle({
      units: read('measures.json'),
      documents: read('documents.json'),
      departments: read('departments.json'),
      themes: read('themes.json'),
      kindLabels: ui.kinds,
      t2s: T2S,
    });
    // Through JSON, like the page gets it.
    engine = new SearchEngine(JSON.parse(JSON.stringify(bundle)));
  });

  it.each(['电梯', '三包', '终身责任', '12365', '首席质量官', '工信', '质量', '2365'])(
    'finds exactly the units containing %s',
    (q) => {
      expect(sorted(ids(q))).toEqual(sorted(containing(q)));
    },
  );

  it('finds something for the examples of the issue', () => {
    for (const q of ['电梯', '三包', '终身责任', '12365', '首席质量官']) expect(ids(q).length).toBeGreaterThan(0);
  });

  it('has no false hits for a non-word (工信 is in no text)', () => {
    expect(ids('工信')).toEqual(containing('工信'));
  });

  it('folds width and script on the query side', () => {
    expect(ids('ＱＣ小组')).toEqual(ids('QC小组'));
    expect(ids('qc小组').length).toBeGreaterThan(0);
    expect(ids('電梯')).toEqual(ids('电梯'));
    expect(ids('１２３６５')).toEqual(ids('12365'));
  });

  it('ANDs space-separated words', () => {
    const both = ids('电梯 质量');
    expect(sorted(both)).toEqual(sorted(containing('电梯', '质量')));
    expect(both.length).toBeLessThanOrEqual(ids('电梯').length);
  });

  it('matches a quoted phrase as written', () => {
    expect(sorted(ids('"质量月"'))).toEqual(sorted(containing('质量月')));
    expect(ids('"质量 月"')).toEqual([]);
  });

  it('reaches one department through any of its aliases', () => {
    const dept = bundle.departments.findIndex((d) => d.id === 'industry-information');
    const responsible = bundle.units.filter((u) => u.depts.includes(dept)).map((u) => u.id);
    for (const alias of ['经信委', '工信厅', '工业和信息化委', '省经信委']) {
      const found = ids(alias);
      expect(found).toEqual(expect.arrayContaining(responsible));
      // Anything else contains the alias literally.
      for (const id of found) if (id && !responsible.includes(id)) expect(containing(alias)).toContain(id);
    }
  });

  it('says nothing matched rather than showing loosely related units', () => {
    expect(ids('区块链')).toEqual([]);
    expect(ids('质监部门 区块链')).toEqual([]);
  });

  it('filters: OR within a group, AND across groups, with counts', () => {
    const all = engine.search('质量');
    const henan = engine.search('质量', { province: ['henan'] });
    const twoProvinces = engine.search('质量', { province: ['henan', 'jilin'] });
    const count = (id: string) => all.facets.province.find((f) => f.id === id)?.count ?? 0;
    expect(henan.hits.length).toBe(count('henan'));
    expect(twoProvinces.hits.length).toBe(count('henan') + count('jilin'));
    const narrowed = engine.search('质量', { province: ['henan'], kind: ['measure'] });
    expect(
      narrowed.hits.every((h) => bundle.units[h.unit]?.kind === bundle.kinds.findIndex((k) => k.id === 'measure')),
    ).toBe(true);
    // Counts of a group ignore that group's own selection (so other values can be added).
    expect(henan.facets.province.find((f) => f.id === 'jilin')?.count).toBe(count('jilin'));
    expect(henan.facets.province.find((f) => f.id === 'henan')?.selected).toBe(true);
  });

  it('browses everything with an empty query, in corpus order', () => {
    const outcome = engine.search('');
    expect(outcome.hits.map((h) => h.unit)).toEqual(bundle.units.map((_, i) => i));
    const dept = engine.search('', { dept: ['quality-supervision'] });
    expect(dept.hits.length).toBeGreaterThan(0);
  });

  it('ignores unknown filter ids', () => {
    expect(engine.search('电梯', { dept: ['no-such-department'] }).hits.length).toBe(ids('电梯').length);
  });
});
