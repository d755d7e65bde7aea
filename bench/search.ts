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
//               results in the DOM (single file: median of three runs; sharded: the first run,
//               cold).
//   bytes: "served" = as scripts/serve.ts sends them by default (no compression), "gzip" = with
//               a compressing host (serve.ts GZIP=1: text files gzip level 6; Pagefind's chunks
//               and wasm are compressed already). Both from one run with gzip on.
//   prose:      Pagefind's bytes for the same queries (pagefind.js, its wasm and meta, index chunks,
//               the fragments of the results shown): the first query, then the later ones.
//
// Targets (issue: 1,000 documents): recall = precision = 100%, first search ≤ 150 KiB, later
// queries ≤ 30 KiB and ≤ 100 ms (bytes judged with gzip, as hosted). Exit 1 when a target is missed.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { groundTruth } from './search/truth.ts';
import { startServer } from '../scripts/serve/static-server.ts';
import { dataDir as siteDataDir, readBundleInput } from '../src/lib/search/bundle-input.ts';

interface Query {
  q: string;
  kind: string;
  /** Classes `short form` and `thesaurus`: the units the 相关结果 block must show, written down by hand. */
  related?: string[];
}
interface Unit {
  id: string;
  text: string;
  departments: { id: string }[];
}
interface Department {
  id: string;
  name: string;
  aliases: string[];
  localNames?: Record<string, string[]>;
}

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
const units = input.units as Unit[];
const departments = input.departments as Department[];
const allQueries = readJson<{ queries: Query[] }>(values.queries!).queries;

/** Deterministic sample: half the query set (spread, first kept), half substrings of unit texts. */
function sampleQueries(n: number): Query[] {
  if (!Number.isFinite(n) || n <= 0) return allQueries;
  const fromSet = Math.min(allQueries.length, Math.ceil(n / 2));
  const picked = Array.from({ length: fromSet }, (_, i) => allQueries[Math.floor((i * allQueries.length) / fromSet)]!);
  let seed = 20240601;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const seen = new Set(picked.map((q) => q.q));
  for (let tries = 0; picked.length < n && tries < n * 50; tries++) {
    const text = units[Math.floor(random() * units.length)]!.text.replace(/\s+/gu, '');
    const length = 1 + Math.floor(random() * 4);
    const at = Math.floor(random() * Math.max(1, text.length - length));
    const q = text.slice(at, at + length);
    if ([...q].length !== q.length || q.length === 0 || seen.has(q) || /["“”「」]/u.test(q)) continue;
    seen.add(q);
    picked.push({ q, kind: 'sampled' });
  }
  return picked;
}
const queries = values.sample ? sampleQueries(Number(values.sample)) : allQueries;
/** The engine the build chose. */
const chosen = existsSync(path.join(dist, 'search/engine.json'))
  ? readJson<{ engine: string }>(path.join(dist, 'search/engine.json')).engine
  : 'shards';

// ---- ground truth (bench/search/truth.ts, shared with bench:pages' Starlight comparison) ----
const truth = groundTruth(units, departments);

// ---- measuring ----------------------------------------------------------------------------
interface Measured {
  ids: string[];
  /** Units of the related block (相关结果). */
  related: string[];
  /** Results not shown (left behind "more"). */
  left: number;
  /** Transferred with gzip, and as served without compression. */
  bytes: number;
  plainBytes: number;
  /** Submit → results in the DOM. */
  ms: number;
  /** The prose block's bytes for the query (gzip). */
  proseBytes: number;
  /** The engine alone (bundle). */
  engineMs?: number;
  status: string;
}

type Files = [string, number, number][];
type Taken = { bytes: number; plainBytes: number; files: Files; prose: Files };

const sum = (files: Files, column: 1 | 2) => files.reduce((total, file) => total + file[column], 0);

/** Bytes fetched since the last take(): the exact search's, and the prose block's (`/pagefind/`) apart. */
function trackBytes(page: Page): { take: () => Promise<Taken> } {
  let pending: Promise<void>[] = [];
  let files: Files = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const s = await request.sizes();
        const response = await request.response();
        let plain = s.responseBodySize;
        if (response?.headers()['content-encoding'])
          plain = (await response.body().catch(() => Buffer.alloc(s.responseBodySize))).length;
        files.push([request.url(), s.responseBodySize + s.responseHeadersSize, plain + s.responseHeadersSize]);
      })(),
    );
  });
  return {
    take: async () => {
      await Promise.all(pending);
      const exact = files.filter(([url]) => !url.includes('/pagefind/'));
      const prose = files.filter(([url]) => url.includes('/pagefind/'));
      pending = [];
      files = [];
      return { bytes: sum(exact, 1), plainBytes: sum(exact, 2), files: exact, prose };
    },
  };
}

/** Waits for the prose block's answer (it starts when the exact results are shown), if it has a query. */
async function proseDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const box = document.querySelector<HTMLElement>('[data-search-prose]');
      return !box || box.hidden || box.dataset.proseDone !== undefined;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Submits a query in the page and waits for the answer; then expands up to `expand` results. */
async function siteQuery(
  page: Page,
  q: string | null,
  bytes: ReturnType<typeof trackBytes>,
  expand: number,
): Promise<Measured> {
  const timed = await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('[data-search]')!;
    const input = document.querySelector<HTMLInputElement>('#q')!;
    // The page sets data-done to the number of the render that finished; a newer number = this one.
    const before = root.dataset.done;
    const done = new Promise<void>((resolve) => {
      const check = () => (root.dataset.done !== undefined && root.dataset.done !== before ? resolve() : undefined);
      root.addEventListener('search:done', check);
    });
    const t0 = performance.now();
    if (q !== null) {
      input.value = q;
      input.form!.requestSubmit();
      await done;
    }
    void document.body.offsetHeight; // include layout
    const ms = performance.now() - t0;
    const engineMs = Number(root.dataset.engineMs ?? NaN);
    return { ms, engineMs };
  }, q);
  await proseDone(page);
  const taken = await bytes.take();
  const rest = await page.evaluate(async (expand) => {
    const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const count = () => document.querySelectorAll('[data-search-results] li[data-unit]').length;
    while (!more.hidden && count() < expand) {
      const before = count();
      more.click();
      for (let i = 0; i < 6000 && (count() === before || more.disabled) && !more.hidden; i++)
        await new Promise((r) => setTimeout(r, 10));
      if (count() === before) break;
    }
    const ids = [...document.querySelectorAll<HTMLElement>('[data-search-results] li[data-unit]')].map(
      (li) => li.dataset.unit!,
    );
    const label = more.hidden ? '' : (more.textContent ?? '');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const related = [...document.querySelectorAll<HTMLElement>('[data-search-related-results] li[data-unit]')].map(
      (li) => li.dataset.unit!,
    );
    return { ids, status, moreHidden: more.hidden, label, related };
  }, expand);
  await bytes.take();
  const total = Number(/([0-9]+) 条/u.exec(rest.status)?.[1] ?? rest.ids.length);
  return {
    ids: rest.ids,
    related: rest.related,
    left: rest.moreHidden ? 0 : Math.max(0, total - rest.ids.length),
    bytes: taken.bytes,
    plainBytes: taken.plainBytes,
    proseBytes: sum(taken.prose, 1),
    ms: timed.ms,
    engineMs: timed.engineMs,
    status: rest.status,
  };
}

interface Row {
  query: Query;
  m: Measured;
}

async function runEngine(
  engine: string,
  serverUrl: string,
): Promise<{ rows: Row[]; first: Taken; firstMs: number; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  // The single-file layout fetches nothing per query (its start file holds every text).
  const singleFile =
    engine === 'shards' &&
    'texts' in JSON.parse(gunzipSync(readFileSync(path.join(dist, 'search/shards/start.json.gz'))).toString('utf8'));
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bytes = trackBytes(page);
    const [firstQuery, ...laterQueries] = queries;
    if (!firstQuery) throw new Error('no queries');
    const rows: Row[] = [];

    // First search: cold load with the first query.
    await page.goto(`${serverUrl}search/?q=${encodeURIComponent(firstQuery.q)}`);
    await page.waitForSelector('[data-search][data-ready]', { timeout: 60_000 });
    const got = await page.evaluate(() => document.querySelector<HTMLElement>('[data-search]')!.dataset.engine);
    if (got !== engine) throw new Error(`the page ran ${got}, not ${engine}`);
    const firstMs = await page.evaluate(() => performance.getEntriesByName('search-ready')[0]?.startTime ?? NaN);
    await proseDone(page);
    const first = await bytes.take();
    const m = await siteQuery(page, null, bytes, expandTo);
    rows.push({
      query: firstQuery,
      m: { ...m, bytes: first.bytes, plainBytes: first.plainBytes, proseBytes: sum(first.prose, 1), ms: firstMs },
    });

    for (const query of laterQueries) {
      const run = await siteQuery(page, query.q, bytes, expandTo);
      if (singleFile) {
        // Nothing fetched per query: time = median of three runs (the machine's noise, not the query's).
        const again = [await siteQuery(page, query.q, bytes, 0), await siteQuery(page, query.q, bytes, 0)];
        const sorted = [run.ms, ...again.map((r) => r.ms)].sort((x, y) => x - y);
        run.ms = sorted[1]!;
        run.engineMs = [run.engineMs ?? NaN, ...again.map((r) => r.engineMs ?? NaN)].sort((x, y) => x - y)[1];
      }
      rows.push({ query, m: run });
    }
    await context.close();
    return { rows, first, firstMs, errors };
  } finally {
    await browser.close();
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

interface Summary {
  engine: string;
  recall: number;
  precision: number;
  first: number;
  firstPlain: number;
  laterMax: number;
  laterMaxPlain: number;
  laterMedian: number;
  msMedian: number;
  msMax: number;
  approximate: number;
  ok: boolean;
}

function report(
  engine: string,
  base: string,
  serverUrl: string,
  result: Awaited<ReturnType<typeof runEngine>>,
): Summary {
  const { rows, first, firstMs, errors } = result;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let approximate = 0;
  const failures: string[] = [];
  /** Per class (query kind): found, shown and not found; the related classes judge the related block. */
  const classes = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (kind: string, tp: number, fp: number, fn: number) => {
    const c = classes.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    classes.set(kind, { tp: c.tp + tp, fp: c.fp + fp, fn: c.fn + fn });
  };
  // Every engine computes related results by the same rule (README, Search); the expected units
  // were written down for the real corpus, so a corpus without them (synthetic) is not judged.
  const unitIds = new Set(units.map((u) => u.id));
  const judgesRelated = queries.every((q) => (q.related ?? []).every((id) => unitIds.has(id)));
  process.stdout.write(
    `\n== engine: ${engine}   base: ${base}   data: ${dataDir}   units: ${units.length}   queries: ${rows.length}\n`,
  );
  if (values.verbose || rows.length <= 100) {
    process.stdout.write(
      `${'query'.padEnd(22)}${'kind'.padEnd(13)}${'truth'.padStart(6)}${'count'.padStart(7)}${'shown'.padStart(6)}${'recall'.padStart(8)}${'prec.'.padStart(8)}${'gzip'.padStart(11)}${'served'.padStart(11)}${'ms'.padStart(8)}${'prose'.padStart(11)}\n`,
    );
  }
  for (const { query, m } of rows) {
    const expected = truth(query.q);
    const shown = new Set(m.ids);
    const hit = [...shown].filter((id) => expected.has(id)).length;
    const about = /约/u.test(m.status);
    const count = /没有找到/u.test(m.status) ? 0 : Number(/([0-9]+) 条/u.exec(m.status)?.[1] ?? NaN);
    // Not all shown (more than --expand): the results not shown count as found when the page's
    // exact count says so (the count is checked against the truth below).
    const capped = m.left > 0 && !about;
    const found = capped ? hit + Math.max(0, Math.min(count, expected.size) - shown.size) : hit;
    const recall = expected.size === 0 ? 1 : found / expected.size;
    const precision = shown.size === 0 ? (expected.size === 0 ? 1 : 0) : hit / shown.size;
    tp += found;
    fp += shown.size - hit;
    fn += expected.size - found;
    if (query.related && judgesRelated) {
      const want = new Set(query.related);
      const got = new Set(m.related);
      const good = [...got].filter((id) => want.has(id)).length;
      tally(query.kind, good, got.size - good, want.size - good);
      if (good !== want.size || good !== got.size)
        failures.push(
          `${query.q}: related block missing ${[...want]
            .filter((id) => !got.has(id))
            .slice(0, 3)
            .join(' ')} extra ${[...got]
            .filter((id) => !want.has(id))
            .slice(0, 3)
            .join(' ')}`,
        );
    } else if (!query.related) tally(query.kind, found, shown.size - hit, expected.size - found);
    if (about) approximate++;
    if (recall < 1 || precision < 1 || shown.size !== m.ids.length) {
      const missing = [...expected].filter((id) => !shown.has(id)).slice(0, 3);
      const extra = [...shown].filter((id) => !expected.has(id)).slice(0, 3);
      failures.push(
        `${query.q}: missing ${missing.join(' ')} extra ${extra.join(' ')}${shown.size !== m.ids.length ? ' (duplicates)' : ''}`,
      );
    }
    if (!about && count !== expected.size)
      failures.push(`${query.q}: the page says ${count}, the truth is ${expected.size} (${m.status})`);
    if (expected.size === 0 && !/没有找到/u.test(m.status))
      failures.push(`${query.q}: no-match message missing (status: ${m.status})`);
    if (values.verbose || rows.length <= 100) {
      const label = query.q.length > 14 ? `${query.q.slice(0, 13)}…` : query.q;
      process.stdout.write(
        `${label}${' '.repeat(Math.max(1, 22 - width(label)))}${query.kind.padEnd(13)}${String(expected.size).padStart(6)}${`${about ? '~' : ''}${count}`.padStart(7)}${String(shown.size).padStart(6)}${pct(recall).padStart(8)}${pct(precision).padStart(8)}${kib(m.bytes).padStart(11)}${kib(m.plainBytes).padStart(11)}${m.ms.toFixed(1).padStart(8)}${kib(m.proseBytes).padStart(11)}\n`,
      );
    }
  }
  process.stdout.write(`${'class'.padEnd(14)}${'queries'.padStart(8)}${'recall'.padStart(8)}${'prec.'.padStart(8)}\n`);
  for (const kind of [...new Set(rows.map((r) => r.query.kind))]) {
    const c = classes.get(kind);
    const n = rows.filter((r) => r.query.kind === kind).length;
    process.stdout.write(
      c
        ? `${kind.padEnd(14)}${String(n).padStart(8)}${pct(c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)).padStart(8)}${pct(c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)).padStart(8)}\n`
        : `${kind.padEnd(14)}${String(n).padStart(8)}  n/a: its expected units are not in this corpus\n`,
    );
  }
  const later = rows.slice(1).map((r) => r.m);
  const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const microRecall = tp / (tp + fn || 1);
  const microPrecision = tp / (tp + fp || 1);
  const s: Summary = {
    engine,
    recall: microRecall,
    precision: microPrecision,
    first: first.bytes,
    firstPlain: first.plainBytes,
    laterMax: maxOf(later.map((m) => m.bytes)),
    laterMaxPlain: maxOf(later.map((m) => m.plainBytes)),
    laterMedian: median(later.map((m) => m.bytes)),
    msMedian: median(later.map((m) => m.ms)),
    msMax: maxOf(later.map((m) => m.ms)),
    approximate,
    ok: false,
  };
  process.stdout.write(
    `recall:    ${pct(microRecall)} (${tp}/${tp + fn})   precision: ${pct(microPrecision)} (${tp}/${tp + fp})   counts shown as 约: ${approximate}\n`,
  );
  process.stdout.write(
    `first search (start-up + "${rows[0]!.query.q}"): ${kib(first.bytes)} gzip, ${kib(first.plainBytes)} served, ${first.files.length} requests, ${firstMs.toFixed(0)} ms\n`,
  );
  const listFiles = (files: Files) => {
    for (const [url, b, plain] of [...files].sort((a, b) => b[2] - a[2]))
      process.stdout.write(`    ${kib(b).padStart(10)} ${kib(plain).padStart(10)}  ${url.replace(serverUrl, '')}\n`);
  };
  listFiles(first.files);
  process.stdout.write(
    `prose block (Pagefind, after the exact results) for "${rows[0]!.query.q}": ${kib(sum(first.prose, 1))} gzip, ${kib(sum(first.prose, 2))} served, ${first.prose.length} requests\n`,
  );
  listFiles(first.prose);
  const laterProse = later.map((m) => m.proseBytes);
  process.stdout.write(
    `prose block, later queries: max ${kib(maxOf(laterProse))} gzip, median ${kib(median(laterProse))}\n`,
  );
  process.stdout.write(
    `later queries: max ${kib(s.laterMax)} gzip (${kib(s.laterMaxPlain)} served), median ${kib(s.laterMedian)}; time median ${s.msMedian.toFixed(1)} ms, max ${s.msMax.toFixed(1)} ms\n`,
  );
  if (errors.length) failures.push(...errors.map((e) => `page error: ${e}`));
  const relatedClasses = [...classes].filter(([kind]) => rows.some((r) => r.query.kind === kind && r.query.related));
  const targets: [string, boolean][] = [
    [
      'related classes (short form, thesaurus): recall and precision 100%',
      relatedClasses.every(([, c]) => c.fn === 0 && c.fp === 0),
    ],
    ['recall 100%', microRecall === 1],
    ['precision 100%', microPrecision === 1],
    ['first search ≤ 150 KiB (gzip)', first.bytes <= 150 * 1024],
    ['later queries ≤ 30 KiB (gzip)', s.laterMax <= 30 * 1024],
    ['later queries ≤ 100 ms', s.msMax <= 100],
  ];
  process.stdout.write(`${targets.map(([name, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${name}`).join('\n')}\n`);
  if (failures.length)
    process.stdout.write(
      `${failures
        .slice(0, 40)
        .map((f) => `  ✗ ${f}`)
        .join('\n')}${failures.length > 40 ? `\n  … ${failures.length - 40} more` : ''}\n`,
    );
  s.ok = targets.every(([, ok]) => ok) && failures.length === 0;
  return s;
}

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
    for (const engine of engines) summaries.push(report(engine, base, server.url, await runEngine(engine, server.url)));
  } finally {
    await server.close();
  }
  process.stdout.write(
    `\nsummary (${units.length} units, ${queries.length} queries, build chose ${chosen}; bytes gzip / served)\n`,
  );
  process.stdout.write(
    `${'engine'.padEnd(10)}${'recall'.padStart(8)}${'prec.'.padStart(8)}${'first search'.padStart(24)}${'later max'.padStart(22)}${'later med.'.padStart(12)}${'ms med.'.padStart(9)}${'ms max'.padStart(9)}${'约'.padStart(5)}\n`,
  );
  for (const s of summaries) {
    process.stdout.write(
      `${s.engine.padEnd(10)}${pct(s.recall).padStart(8)}${pct(s.precision).padStart(8)}${`${kib(s.first)} / ${kib(s.firstPlain)}`.padStart(24)}${`${kib(s.laterMax)} / ${kib(s.laterMaxPlain)}`.padStart(22)}${kib(s.laterMedian).padStart(12)}${s.msMedian.toFixed(1).padStart(9)}${s.msMax.toFixed(1).padStart(9)}${String(s.approximate).padStart(5)}  ${s.ok ? 'PASS' : 'FAIL'}\n`,
    );
  }
  if (!summaries.find((s) => s.engine === chosen)?.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-search: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
