// Related results in shards mode against the exact engine's scan (engine.ts), on the real corpus and
// thesaurus (content/generated/data, `npm run ingest`), for the benchmark's short-form and thesaurus
// queries: the same units, the same count, the same ways of reaching them.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { T2S } from '../../../model/t2s.ts';
import { buildBundle } from '../bundle.ts';
import { SearchEngine } from '../engine.ts';
import { makeMatchFold } from '../normalize.ts';
import { RELATED_MAX } from '../related.ts';
import { buildShards } from './build.ts';
import { ShardEngine } from './engine.ts';
import type { StartFile } from './format.ts';
import { unpackCodes } from './string-codes.ts';
import { readBundleInput } from '../bundle-input.ts';

const DATA = fileURLToPath(new URL('../../../../content/generated/data/', import.meta.url));
const QUERIES = fileURLToPath(new URL('../../../../bench/search/queries.json', import.meta.url));

describe('related results in shards mode', () => {
  let exact: SearchEngine;
  let shards: ShardEngine;
  let built: ReturnType<typeof buildShards>;
  let start: StartFile;
  const queries = (
    JSON.parse(readFileSync(QUERIES, 'utf8')) as { queries: { q: string; related?: string[] }[] }
  ).queries
    .filter((query) => query.related)
    .map((query) => query.q);

  beforeAll(() => {
    const bundle = buildBundle(readBundleInput(DATA));
    exact = new SearchEngine(bundle);
    built = buildShards(bundle, makeMatchFold(T2S));
    start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
    shards = new ShardEngine(start, (file) => {
      const data = built.files.get(file);
      return data ? Promise.resolve(data) : Promise.reject(new Error(`no file ${file}`));
    });
  });

  it('has queries to check, some with more related units than a page shows (read with more)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => exact.search(q).related.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(queries.some((q) => exact.search(q).related.length > RELATED_MAX)).toBe(true);
  });

  it.each([{}, { province: ['henan'] }, { kind: ['measure'] }])(
    'finds what the scan finds, filters %j',
    async (filters) => {
      for (const q of queries) {
        const want = exact.search(q, filters).related;
        const found = await (await shards.search(q, filters)).related;
        const shown = [...found.related];
        while (found.left() > 0) shown.push(...(await found.more(RELATED_MAX)));
        const ids = (list: { id: string }[]) => list.map((hit) => hit.id).sort();
        expect(found.total, q).toBe(want.length);
        expect(ids(shown), q).toEqual(ids(want.map((hit) => ({ id: exact.bundle.units[hit.unit]!.id }))));
        const via = new Map(want.map((hit) => [exact.bundle.units[hit.unit]!.id, [...hit.via].sort()]));
        for (const hit of shown) {
          expect([...(hit.via ?? [])].sort(), `${q} ${hit.id}`).toEqual(via.get(hit.id));
          // Every mark is a term or a label that reached the unit, never empty.
          for (const r of hit.ranges) expect(r.end, `${q} ${hit.id}`).toBeGreaterThan(r.start);
        }
      }
    },
  );

  it('never shows an exact result among the related ones', async () => {
    for (const q of ['电子商务', '质量', '工信 质量', '网购 电子商务']) {
      const found = await (await shards.search(q)).related;
      const exactIds = new Set(exact.search(q).hits.map((hit) => exact.bundle.units[hit.unit]!.id));
      for (const hit of found.related) expect(exactIds.has(hit.id), `${q} ${hit.id}`).toBe(false);
      expect(found.total).toBe(exact.search(q).related.length);
    }
  });

  it('gives the exact results without waiting for the files the related lookup reads', async () => {
    // A query with exact and related results, whose related units are not all in packs of exact ones.
    let first = 0;
    const packStarts = unpackCodes(start.textRuns).map((count) => (first += count) - count);
    const packOf = (unit: number) => packStarts.findLastIndex((s) => s <= unit);
    const q = queries.find((query) => {
      const outcome = exact.search(query);
      const exactPacks = new Set(outcome.hits.map((hit) => packOf(hit.unit)));
      return outcome.hits.length > 0 && outcome.related.some((hit) => !exactPacks.has(packOf(hit.unit)));
    })!;
    expect(q).toBeDefined();
    const exactPacks = new Set(exact.search(q).hits.map((hit) => `x/${packOf(hit.unit)}.bin`));
    // Texts of packs without an exact result never arrive: only the related lookup asks for them.
    let held = 0;
    const engine = new ShardEngine(start, (file) => {
      if (file.startsWith('x/') && !exactPacks.has(file)) {
        held++;
        return new Promise<Uint8Array>(() => undefined);
      }
      return Promise.resolve(built.files.get(file)!);
    });
    const answer = await Promise.race([
      engine.search(q).then(async (view) => ({ view, page: await view.next(10) })),
      new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 2000)),
    ]);
    if (answer === 'waited') throw new Error(`${q}: the exact results waited for the related lookup`);
    const { view, page } = answer;
    expect(page.length).toBe(Math.min(10, exact.search(q).hits.length));
    expect(held, q).toBeGreaterThan(0);
    let settled = false;
    void view.related.finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
  });
});
