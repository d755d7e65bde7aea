/**
 * Records read and bytes per query of the sharded index, without a browser, so the figures do not
 * depend on the machine's load: the page's engine (src/lib/search/shards/engine.ts) over an index
 * built in memory from a site's open data, for several layouts, answering the benchmark's query set
 * in order (files fetched once are kept, as on the page), each query's first page (10) and its
 * related block. Bytes are gzip -9, as the files are served. A record is one request at most: the
 * page reads records that lie close together by one (shards/merged-reads.ts).
 *
 *   node bench/search/requests.ts --dist .scratch/dist-1000
 *   (a large site without its pages: bench/search/dist.ts)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { T2S } from '../../src/model/t2s.ts';
import { buildBundle } from '../../src/lib/search/bundle.ts';
import { makeMatchFold } from '../../src/lib/search/normalize.ts';
import { type ShardOptions, buildShards } from '../../src/lib/search/shards/build.ts';
import { ShardEngine } from '../../src/lib/search/shards/engine.ts';
import type { StartFile } from '../../src/lib/search/shards/format.ts';
import { dataDir, readBundleInput } from '../../src/lib/search/bundle-input.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const bundle = buildBundle(readBundleInput(dataDir(values.dist!)));
const queries = (
  JSON.parse(readFileSync(new URL('queries.json', import.meta.url), 'utf8')) as { queries: { q: string }[] }
).queries.map((query) => query.q);

const LAYOUTS: [string, ShardOptions][] = [
  ['one file per text, lists > 1 KiB in files', { bigList: 1024, textPackBytes: 1 }],
  ['one file per text, lists ≤ 4 KiB inline', { bigList: 4096, textPackBytes: 1 }],
  ['text packs of 2 KiB, lists ≤ 4 KiB inline (default)', {}],
  ['text packs of 4 KiB, lists ≤ 4 KiB inline', { bigList: 4096, textPackBytes: 4096 }],
];

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
process.stdout.write(`${bundle.units.length} units, ${queries.length} queries (the first one starts the page)\n`);
for (const [name, options] of LAYOUTS) {
  const sizes = new Map<Uint8Array, number>();
  const gzip = (data: Uint8Array) => {
    let n = sizes.get(data);
    if (n === undefined) sizes.set(data, (n = gzipSync(data, { level: 9 }).length));
    return n;
  };
  const built = buildShards(bundle, makeMatchFold(T2S), { ...options, compressedSize: gzip });
  const start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
  let requests = 0;
  let bytes = 0;
  const engine = new ShardEngine(
    start,
    (file) => {
      const data = built.files.get(file);
      if (!data) return Promise.reject(new Error(`no file ${file}`));
      requests++;
      bytes += gzip(data);
      return Promise.resolve(data);
    },
    { prefetch: 10 },
  );
  const later: { q: string; requests: number; bytes: number }[] = [];
  for (const [i, q] of queries.entries()) {
    requests = 0;
    bytes = 0;
    const view = await engine.search(q);
    await view.next(10);
    await view.related;
    if (i > 0) later.push({ q, requests, bytes });
  }
  const most = later.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const r = later.map((m) => m.requests);
  process.stdout.write(
    `${name}: ${built.files.size} files, start ${kib(gzip(built.files.get('start.json')!))}; later queries: ` +
      `records median ${median(r)}, max ${Math.max(...r)}, total ${r.reduce((a, b) => a + b, 0)}; ` +
      `bytes median ${kib(median(later.map((m) => m.bytes)))}, max ${kib(most.bytes)} (${most.q})\n`,
  );
}
