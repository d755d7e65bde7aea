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
import { readBundleInput } from '../bundle-input.ts';

const DATA = fileURLToPath(new URL('../../../../content/generated/data/', import.meta.url));
const QUERIES = fileURLToPath(new URL('../../../../bench/search/queries.json', import.meta.url));

describe('related results in shards mode', () => {
  let exact: SearchEngine;
  let shards: ShardEngine;
  const queries = (
    JSON.parse(readFileSync(QUERIES, 'utf8')) as { queries: { q: string; related?: string[] }[] }
  ).queries
    .filter((query) => query.related)
    .map((query) => query.q);

  beforeAll(() => {
    const bundle = buildBundle(readBundleInput(DATA));
    exact = new SearchEngine(bundle);
    const built = buildShards(bundle, makeMatchFold(T2S));
    const start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
    shards = new ShardEngine(start, (file) => {
      const data = built.files.get(file);
      return data ? Promise.resolve(data) : Promise.reject(new Error(`no file ${file}`));
    });
  });

  it('has queries to check, each with every related unit shown (so the sets compare whole)', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => exact.search(q).related.length > 0).length).toBeGreaterThanOrEqual(30);
    for (const q of queries) expect(exact.search(q).related.length, q).toBeLessThanOrEqual(RELATED_MAX);
  });

  it.each([{}, { province: ['henan'] }, { kind: ['measure'] }])(
    'finds what the scan finds, filters %j',
    async (filters) => {
      for (const q of queries) {
        const want = exact.search(q, filters).related;
        const view = await shards.search(q, filters);
        const ids = (list: { id: string }[]) => list.map((hit) => hit.id).sort();
        expect(view.relatedTotal, q).toBe(want.length);
        expect(ids(view.related), q).toEqual(ids(want.map((hit) => ({ id: exact.bundle.units[hit.unit]!.id }))));
        const via = new Map(want.map((hit) => [exact.bundle.units[hit.unit]!.id, [...hit.via].sort()]));
        for (const hit of view.related) {
          expect([...(hit.via ?? [])].sort(), `${q} ${hit.id}`).toEqual(via.get(hit.id));
          // Every mark is a term or a label that reached the unit, never empty.
          for (const r of hit.ranges) expect(r.end, `${q} ${hit.id}`).toBeGreaterThan(r.start);
        }
      }
    },
  );

  it('never shows an exact result among the related ones', async () => {
    for (const q of ['电子商务', '质量', '工信 质量', '网购 电子商务']) {
      const view = await shards.search(q);
      const exactIds = new Set(exact.search(q).hits.map((hit) => exact.bundle.units[hit.unit]!.id));
      for (const hit of view.related) expect(exactIds.has(hit.id), `${q} ${hit.id}`).toBe(false);
      expect(view.relatedTotal).toBe(exact.search(q).related.length);
    }
  });
});
