// Search benchmark: recall and precision against a substring ground truth, bytes and latency,
// measured in headless Chromium against the BUILT site (npm run build first, same BASE_PATH).
//
//   npm run bench:search [-- --engine site|pagefind] [--queries scripts/bench/search-queries.json] [--verbose]
//
// Ground truth (independent of the engine's code): a unit matches a query when every term
// (space-separated words; "…"/“…” phrases kept whole) occurs in fold(text) of src/model (width and
// traditional/simplified folded, case-insensitive), or names a department (canonical name, alias or
// local name of departments.json, optionally after 省/自治区/市) responsible for the unit.
//
// --engine site (default): drives the real search page (type, submit, expand all results).
//   First search = a cold page load of search/?q=<first query> until the results are shown: every
//   byte the browser fetched (HTML, CSS, JS, bundle). Later queries: submitted in that page; bytes
//   fetched meanwhile, and the time from submit to results in the DOM (performance.now in the page).
// --engine pagefind: the Pagefind index in dist/pagefind, queried with the hidden-copy scheme
//   (each term an exact phrase of its characters, terms intersected, department aliases as a
//   部门 filter): first search = pagefind.js + wasm + index chunks + the first 20 fragments.
//
// Targets (issue 4): recall = precision = 100%, first search ≤ 130 KiB, later queries ≤ 20 KiB
// and ≤ 50 ms. Exit 1 when a target is missed.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { type Page, chromium } from "@playwright/test";
import { fold, normalizeQuery } from "../src/model/fold.ts";
import { phraseQuery } from "../src/lib/search/record.ts";
import { CHROMIUM_ARGS, findChromium } from "./browser.ts";
import { startServer } from "./serve.ts";

interface Query {
  q: string;
  kind: string;
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
    engine: { type: "string", default: "site" },
    queries: { type: "string", default: "scripts/bench/search-queries.json" },
    dist: { type: "string", default: "dist" },
    verbose: { type: "boolean", default: false },
  },
});
const dist = values.dist!;
const engine = values.engine!;
const dataDir = existsSync(path.join(dist, "data/measures.json")) ? path.join(dist, "data") : "content/generated/data";
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const units = readJson<Unit[]>(path.join(dataDir, "measures.json"));
const departments = readJson<Department[]>(path.join(dataDir, "departments.json"));
const queries = readJson<{ queries: Query[] }>(values.queries!).queries;

// ---- ground truth -------------------------------------------------------------------------
const norm = (s: string): string => normalizeQuery(s).toLowerCase();
const foldedText = new Map(units.map((u) => [u.id, fold(u.text).toLowerCase()]));
const aliasDepts = new Map<string, Set<string>>();
for (const d of departments) {
  for (const name of [d.name, ...d.aliases, ...Object.values(d.localNames ?? {}).flat()]) {
    const key = norm(name);
    if (!aliasDepts.has(key)) aliasDepts.set(key, new Set());
    aliasDepts.get(key)!.add(d.id);
  }
}
const deptsNamed = (term: string): Set<string> =>
  aliasDepts.get(term) ?? aliasDepts.get(term.replace(/^(?:自治区|省|市)/u, "")) ?? new Set();

export function termsOf(q: string): string[] {
  const terms: string[] = [];
  const rest = q.replace(/"([^"]*)"?|“([^”]*)”?|「([^」]*)」?/gu, (_, a, b, c) => {
    terms.push(norm(a ?? b ?? c ?? ""));
    return " ";
  });
  terms.push(...norm(rest).split(" "));
  return [...new Set(terms.filter((t) => t !== ""))];
}

function truth(q: string): Set<string> {
  const terms = termsOf(q);
  return new Set(
    units
      .filter((u) =>
        terms.every((t) => foldedText.get(u.id)!.includes(t) || u.departments.some((d) => deptsNamed(t).has(d.id))),
      )
      .map((u) => u.id),
  );
}

// ---- measuring ----------------------------------------------------------------------------
interface Measured {
  ids: string[];
  bytes: number;
  /** Submit → results in the DOM, layout included (site), or search + first 20 fragments (pagefind). */
  ms: number;
  /** The engine alone (site). */
  engineMs?: number;
  status?: string;
}

function trackBytes(page: Page): { take: () => Promise<{ bytes: number; files: [string, number][] }> } {
  let pending: Promise<void>[] = [];
  let files: [string, number][] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then((s) => {
        files.push([request.url(), s.responseBodySize + s.responseHeadersSize]);
      }),
    );
  });
  return {
    take: async () => {
      await Promise.all(pending);
      const out = files;
      pending = [];
      files = [];
      return { bytes: out.reduce((sum, [, b]) => sum + b, 0), files: out };
    },
  };
}

async function siteQuery(page: Page, q: string): Promise<Omit<Measured, "bytes">> {
  return page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>("#q")!;
    const form = input.form!;
    const t0 = performance.now();
    input.value = q;
    form.requestSubmit();
    void document.body.offsetHeight; // include layout
    const ms = performance.now() - t0;
    const more = document.querySelector<HTMLButtonElement>("[data-search-more]")!;
    for (let i = 0; i < 100 && !more.hidden; i++) more.click();
    const ids = [...document.querySelectorAll<HTMLElement>("[data-search-results] li[data-unit]")].map((li) => li.dataset.unit!);
    const status = document.querySelector("[data-search-status]")?.textContent ?? "";
    const engineMs = Number(document.querySelector<HTMLElement>("[data-search]")?.dataset.engineMs ?? NaN);
    return { ids, ms, status, engineMs };
  }, q);
}

const pagefindTerms = (q: string) =>
  termsOf(q).map((t) => ({
    phrase: phraseQuery(t),
    depts: [...deptsNamed(t)].map((id) => departments.find((d) => d.id === id)!.name),
  }));

async function pagefindQuery(page: Page, base: string, q: string): Promise<Omit<Measured, "bytes"> & { rest: () => Promise<string[]> }> {
  const terms = pagefindTerms(q);
  const first = await page.evaluate(
    async ({ base, terms }) => {
      const w = window as unknown as { pf?: any; pfRest?: any[] };
      if (!w.pf) {
        w.pf = await import(`${base}pagefind/pagefind.js`);
        await w.pf.options({ noWorker: true });
        await w.pf.init();
      }
      const pf = w.pf;
      const t0 = performance.now();
      let ids: Map<string, any> | undefined;
      for (const term of terms) {
        const found = new Map<string, any>();
        for (const r of (await pf.search(term.phrase)).results) found.set(r.id, r);
        if (term.depts.length > 0) {
          for (const r of (await pf.search(null, { filters: { 部门: { any: term.depts } } })).results) found.set(r.id, r);
        }
        ids = ids ? new Map([...ids].filter(([id]) => found.has(id))) : found;
      }
      const results = [...(ids ?? new Map()).values()];
      const shown = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      const ms = performance.now() - t0;
      w.pfRest = results.slice(20);
      return { ids: shown.map((d: any) => d.meta.id as string), ms };
    },
    { base, terms },
  );
  return {
    ...first,
    rest: () =>
      page.evaluate(async () => {
        const w = window as unknown as { pfRest: any[] };
        return (await Promise.all(w.pfRest.map((r) => r.data()))).map((d: any) => d.meta.id as string);
      }),
  };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, "search/index.html"))) throw new Error(`${dist}/search/ is missing: run npm run build first`);
  const server = await startServer({ root: dist, base: process.env.BASE_PATH ?? "/" });
  const base = new URL(server.url).pathname;
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const bytes = trackBytes(page);
    const [firstQuery, ...laterQueries] = queries;
    if (!firstQuery) throw new Error("no queries");
    const rows: { query: Query; m: Measured }[] = [];

    // First search: cold load with the first query.
    let firstBytes: { bytes: number; files: [string, number][] };
    let firstMs: number;
    if (engine === "site") {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQuery.q)}`);
      await page.waitForSelector("[data-search][data-ready]", { timeout: 15_000 });
      firstMs = await page.evaluate(() => performance.getEntriesByName("search-ready")[0]?.startTime ?? NaN);
      firstBytes = await bytes.take();
      const m = await siteQuery(page, firstQuery.q);
      rows.push({ query: firstQuery, m: { ...m, bytes: firstBytes.bytes, ms: firstMs } });
      await bytes.take();
    } else if (engine === "pagefind") {
      await page.goto(server.url);
      await bytes.take(); // the page itself is not part of the search
      const t0 = Date.now();
      const m = await pagefindQuery(page, base, firstQuery.q);
      firstMs = Date.now() - t0;
      firstBytes = await bytes.take();
      rows.push({ query: firstQuery, m: { ids: [...m.ids, ...(await m.rest())], bytes: firstBytes.bytes, ms: firstMs } });
      await bytes.take();
    } else throw new Error(`unknown engine ${engine}`);

    for (const query of laterQueries) {
      if (engine === "site") {
        // Bytes of the first run; time = median of three runs (the machine's noise, not the query's).
        const runs = [await siteQuery(page, query.q)];
        const b = (await bytes.take()).bytes;
        runs.push(await siteQuery(page, query.q), await siteQuery(page, query.q));
        await bytes.take();
        const ms = runs.map((r) => r.ms).sort((x, y) => x - y)[1]!;
        const engineMs = runs.map((r) => r.engineMs ?? NaN).sort((x, y) => x - y)[1];
        rows.push({ query, m: { ...runs[0]!, ms, engineMs, bytes: b } });
      } else {
        const m = await pagefindQuery(page, base, query.q);
        const b = (await bytes.take()).bytes;
        rows.push({ query, m: { ids: [...m.ids, ...(await m.rest())], bytes: b, ms: m.ms } });
        await bytes.take();
      }
    }

    // ---- report -----------------------------------------------------------------------------
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let recallSum = 0;
    let precisionSum = 0;
    const failures: string[] = [];
    process.stdout.write(`engine: ${engine}   base: ${base}   data: ${dataDir}   units: ${units.length}\n\n`);
    process.stdout.write(`${"query".padEnd(22)}${"kind".padEnd(13)}${"truth".padStart(6)}${"got".padStart(6)}${"recall".padStart(9)}${"prec.".padStart(9)}${"bytes".padStart(11)}${"ms".padStart(8)}${"engine".padStart(8)}\n`);
    for (const { query, m } of rows) {
      const expected = truth(query.q);
      const got = new Set(m.ids);
      const hit = [...got].filter((id) => expected.has(id)).length;
      const recall = expected.size === 0 ? 1 : hit / expected.size;
      const precision = got.size === 0 ? (expected.size === 0 ? 1 : 0) : hit / got.size;
      tp += hit;
      fp += got.size - hit;
      fn += expected.size - hit;
      recallSum += recall;
      precisionSum += precision;
      if (recall < 1 || precision < 1 || got.size !== m.ids.length) {
        const missing = [...expected].filter((id) => !got.has(id)).slice(0, 3);
        const extra = [...got].filter((id) => !expected.has(id)).slice(0, 3);
        failures.push(`${query.q}: missing ${missing.join(" ")} extra ${extra.join(" ")}${got.size !== m.ids.length ? " (duplicates)" : ""}`);
      }
      if (query.kind === "nomatch" && engine === "site" && expected.size === 0 && !/没有找到/u.test(m.status ?? "")) {
        failures.push(`${query.q}: no-match message missing (status: ${m.status})`);
      }
      const label = query.q.length > 14 ? `${query.q.slice(0, 13)}…` : query.q;
      const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      process.stdout.write(
        `${label}${" ".repeat(Math.max(1, 22 - width(label)))}${query.kind.padEnd(13)}${String(expected.size).padStart(6)}${String(got.size).padStart(6)}${pct(recall).padStart(9)}${pct(precision).padStart(9)}${kib(m.bytes).padStart(11)}${m.ms.toFixed(1).padStart(8)}${(m.engineMs ?? NaN).toFixed(1).padStart(8)}\n`,
      );
    }
    const later = rows.slice(1).map((r) => r.m);
    const maxLaterBytes = Math.max(...later.map((m) => m.bytes));
    const sortedMs = later.map((m) => m.ms).sort((a, b) => a - b);
    const medianMs = sortedMs[Math.floor(sortedMs.length / 2)] ?? 0;
    const maxMs = sortedMs.at(-1) ?? 0;
    const engineSorted = later.map((m) => m.engineMs ?? NaN).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    const microRecall = tp / (tp + fn || 1);
    const microPrecision = tp / (tp + fp || 1);
    process.stdout.write(`\n${rows.length} queries\n`);
    process.stdout.write(`recall:    ${pct(microRecall)} overall (${tp}/${tp + fn}), ${pct(recallSum / rows.length)} mean per query\n`);
    process.stdout.write(`precision: ${pct(microPrecision)} overall (${tp}/${tp + fp}), ${pct(precisionSum / rows.length)} mean per query\n`);
    process.stdout.write(`first search (start-up + "${firstQuery.q}"): ${kib(firstBytes.bytes)} in ${firstBytes.files.length} requests, ${firstMs.toFixed(0)} ms\n`);
    for (const [url, b] of [...firstBytes.files].sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`    ${kib(b).padStart(10)}  ${url.replace(server.url, "")}\n`);
    }
    process.stdout.write(`later queries: max ${kib(maxLaterBytes)}, total ${kib(later.reduce((s, m) => s + m.bytes, 0))}; time median ${medianMs.toFixed(1)} ms, max ${maxMs.toFixed(1)} ms${engineSorted.length ? ` (engine alone: median ${engineSorted[Math.floor(engineSorted.length / 2)]!.toFixed(1)} ms, max ${engineSorted.at(-1)!.toFixed(1)} ms)` : ""}\n`);
    if (errors.length) failures.push(...errors.map((e) => `page error: ${e}`));
    const targets: [string, boolean][] = [
      ["recall 100%", microRecall === 1],
      ["precision 100%", microPrecision === 1],
      ["first search ≤ 130 KiB", firstBytes.bytes <= 130 * 1024],
      ["later queries ≤ 20 KiB", maxLaterBytes <= 20 * 1024],
      ["later queries ≤ 50 ms", maxMs <= 50],
    ];
    process.stdout.write(`\n${targets.map(([name, ok]) => `${ok ? "PASS" : "FAIL"}  ${name}`).join("\n")}\n`);
    if (failures.length) process.stdout.write(`\n${failures.map((f) => `  ✗ ${f}`).join("\n")}\n`);
    if (!targets.every(([, ok]) => ok) || failures.length > 0) process.exitCode = 1;
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-search: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
