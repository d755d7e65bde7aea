/**
 * The whole query list against one engine of a served site, in headless Chromium: a cold first
 * search (search/?q=<first query>), then each later query in the same page, twice: once with every
 * byte counted, once timed (runEngine). On
 * the single-file layout, which fetches nothing per query, the time is the median of three runs, so
 * that the machine's noise is not taken for the query's cost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.ts';
import { type Measured, type Taken, UNTRACKED, proseDone, siteQuery, sum, trackBytes } from './page-query.ts';
import type { Query } from './sample-queries.ts';

export interface Row {
  query: Query;
  m: Measured;
}

export interface EngineRun {
  rows: Row[];
  first: Taken;
  firstMs: number;
  errors: string[];
}

export interface EngineRunOptions {
  /** The built site. */
  dist: string;
  queries: Query[];
  /** Results shown are expanded with "more" up to this many. */
  expand: number;
}

/** One pass over the queries in a new browser context: with its bytes counted (`tracked`) or not. */
async function pass(
  browser: Browser,
  engine: string,
  serverUrl: string,
  options: EngineRunOptions,
  tracked: boolean,
): Promise<EngineRun> {
  const { dist, queries, expand: expandTo } = options;
  // The single-file layout fetches nothing per query (its start file holds every text).
  const singleFile =
    engine === 'shards' &&
    'texts' in JSON.parse(gunzipSync(readFileSync(path.join(dist, 'search/shards/start.json.gz'))).toString('utf8'));
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const bytes = tracked ? trackBytes(page) : undefined;
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
    const first = (await bytes?.take()) ?? UNTRACKED;
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
        run.relatedMs = [run.relatedMs, ...again.map((r) => r.relatedMs)].sort((x, y) => x - y)[1]!;
      }
      rows.push({ query, m: run });
    }
    return { rows, first, firstMs, errors };
  } finally {
    await context.close();
  }
}

/**
 * The results and bytes come from a pass that counts every response (trackBytes); the times from a
 * second pass, the same queries in the same order in a new context (an empty cache, filled as the
 * first pass filled it), where nothing reads the responses back while the page works, as nothing
 * does in a visitor's browser. Their results must be the same.
 */
export async function runEngine(engine: string, serverUrl: string, options: EngineRunOptions): Promise<EngineRun> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const counted = await pass(browser, engine, serverUrl, options, true);
    const timed = await pass(browser, engine, serverUrl, options, false);
    counted.rows.forEach((row, i) => {
      const time = timed.rows[i]!.m;
      if (time.ids.join() !== row.m.ids.join() || time.related.join() !== row.m.related.join())
        throw new Error(`“${row.query.q}”: the timed pass found other results than the counted one`);
      Object.assign(row.m, { ms: time.ms, relatedMs: time.relatedMs, engineMs: time.engineMs });
    });
    return { ...counted, firstMs: timed.firstMs, errors: [...counted.errors, ...timed.errors] };
  } finally {
    await browser.close();
  }
}
