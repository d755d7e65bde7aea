// Search benchmark: recall and precision against a substring ground truth, bytes and latency,
// measured in headless Chromium against a BUILT site (npm run build first, same BASE_PATH), for the
// search page's index (scripts/search-index.ts, src/scripts/search/searcher.ts).
//
//   npm run bench:search [-- --dist dist] [--engine all|shards] [--sample N]
//                        [--queries bench/search/queries.json] [--expand 200] [--verbose]
//
// The index in whichever layout the build wrote: the single file of a small corpus, or sharded
// (scripts/search-index.ts --shards on any build). A large site without building its pages:
// bench/search/dist.ts.
//
// The prose block (Pagefind over the note and document pages, loaded after the exact results) is
// measured apart: its bytes are never counted in the exact search's, and each query waits for it
// before the next, so neither competes with the other.
//
// Queries: the query set; with --sample N, N queries (deterministic): half spread over the query
// set (first one kept), half substrings of 1–4 characters cut from sampled units' texts.
//
// Ground truth (independent of the engines' code): a unit matches a query when every term
// (space-separated words; "…"/“…” phrases kept whole) occurs in fold(text) of src/model (width and
// traditional/simplified folded, case-insensitive), or names a department (canonical name, alias or
// local name of departments.json, optionally after 省/自治区/市) responsible for the unit.
//
// Per query the real page is driven: type, submit, wait for the answer (`search:done`). Shown
// results are expanded with "more" up to --expand (not counted in bytes or time).
//   recall    = found / truth, found = shown ∩ truth (+ the results left behind "more" when the
//               page's exact count covers them); precision = shown ∩ truth / shown. A count "共 N"
//               that differs from the truth is a failure; "约 N" (an estimate: Pagefind with
//               unverifiable punctuation, shards when proving a long term costs too much) is reported.
//   first search = a cold load of search/?q=<first query> until the results are shown: every byte
//               fetched (HTML, CSS, JS, index). Later queries: bytes fetched and time from submit to
//               the exact results in the DOM (single file: median of three runs; sharded: the first
//               run, cold); apart, the time until the related block, shown after them, is settled.
//   bytes: "served" = as scripts/serve.ts sends them by default (no compression), "gzip" = with
//               a compressing host (serve.ts GZIP=1: text files gzip level 6; Pagefind's chunks
//               and wasm are compressed already). Both from one run with gzip on.
//   prose:      Pagefind's bytes for the same queries (pagefind.js, its wasm and meta, index chunks,
//               the fragments of the results shown): the first query, then the later ones.
//
// Targets (issue: 1,000 documents): recall = precision = 100%, first search ≤ 150 KiB, later
// queries ≤ 30 KiB and their exact results ≤ 100 ms (bytes judged with gzip, as hosted; the related
// block's time is printed, not judged). Exit 1 when a target is missed.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { startServer } from '../scripts/serve/static-server.ts';
import { dataDir as siteDataDir, readBundleInput } from '../src/lib/search/bundle-input.ts';
import { reportEngine } from './search/report.ts';
import { runEngine } from './search/run-engine.ts';
import { type Query, sampleQueries } from './search/sample-queries.ts';
import { type Summary, printSummaries } from './search/summary.ts';
import { type MatchableUnit, type TruthDepartment, groundTruth } from './search/truth.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'all' },
    queries: { type: 'string', default: 'bench/search/queries.json' },
    dist: { type: 'string', default: 'dist' },
    sample: { type: 'string' },
    expand: { type: 'string', default: '200' },
    verbose: { type: 'boolean', default: false },
  },
});
const dist = values.dist!;
const expandTo = Number(values.expand);
// The truth comes from the site's own data (whole or in parts), as its index does.
const dataDir = siteDataDir(dist);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const input = readBundleInput(dataDir);
const units = input.units as MatchableUnit[];
const departments = input.departments as TruthDepartment[];
const allQueries = readJson<{ queries: Query[] }>(values.queries!).queries;
const queries = values.sample ? sampleQueries(allQueries, units, Number(values.sample)) : allQueries;
/** The engine the build chose. */
const chosen = existsSync(path.join(dist, 'search/engine.json'))
  ? readJson<{ engine: string }>(path.join(dist, 'search/engine.json')).engine
  : 'shards';

// Ground truth: bench/search/truth.ts, shared with bench:pages' Starlight comparison.
const truth = groundTruth(units, departments);

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'search/index.html')))
    throw new Error(`${dist}/search/ is missing: run npm run build first`);
  const files: Record<string, string> = { shards: 'search/shards/start.json.gz' };
  const available = Object.keys(files).filter((e) => existsSync(path.join(dist, files[e]!)));
  const engines = values.engine === 'all' ? available : [values.engine!];
  for (const e of engines)
    if (!available.includes(e))
      throw new Error(`${dist} has no ${e} index (engines here: ${available.join(', ') || 'none'})`);
  const server = await startServer({ root: dist, base: process.env.BASE_PATH ?? '/', gzip: true });
  const base = new URL(server.url).pathname;
  const summaries: Summary[] = [];
  try {
    for (const engine of engines) {
      const run = await runEngine(engine, server.url, { dist, queries, expand: expandTo });
      summaries.push(
        reportEngine(engine, base, server.url, run, { truth, units, queries, dataDir, verbose: values.verbose! }),
      );
    }
  } finally {
    await server.close();
  }
  printSummaries(summaries, `${units.length} units, ${queries.length} queries, build chose ${chosen}`);
  if (!summaries.find((s) => s.engine === chosen)?.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-search: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
