// Page benchmark: what each page type transfers, Lighthouse scores, and (with
// --starlight) the same five documents in a stock Starlight site for comparison.
//
//   npm run bench:pages [-- --dist dist] [--build] [--starlight] [--no-lighthouse] [--keep]
//
// --dist DIR      the built site to measure (default dist/; built with the default base `/`).
// --build         build first: `npm run build` for dist/, else `node scripts/build.ts --dist DIR` with
//                 a cold ingest (so a private copy does not disturb dist/). Timed.
// --starlight     also build and measure stock Starlight (bench/pages/starlight.ts); implies
//                 --build so both build times come from the same run.
// --no-lighthouse skip Lighthouse. --lighthouse-runs N (default 3): the median performance run.
//
// Pages are served by scripts/serve/static-server.ts, which gzips text like a real host, and loaded
// in Debian's Chromium (Playwright) with an empty cache; every response is recorded. Per page:
// HTML/CSS/JS/fonts/other, raw and gzip -9. Targets (exit 1 when one is missed):
//   - no JavaScript on pages other than search
//   - all the site's CSS ≤ 10 KiB gzip
//   - a document page's HTML gzip ≤ 1.6 × the gzip -9 size of its plain text (003 and 000)
//   - the 003 document page ≤ 35 KiB in all (gzip)
//   - Lighthouse ≥ 98 in all four categories for every page type (desktop preset)
//   - with --starlight: fewer page bytes, shorter build, higher search precision than Starlight

import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { type StageTime, buildOurs, timed } from './pages/build.ts';
import { KINDS, type PageMeasure, type PageSpec, measurePage, siteCss } from './pages/measure.ts';
import { htmlBreakdown } from './pages/html-breakdown.ts';
import { brotli11, gzip9 } from './pages/compression.ts';
import { startServer } from '../scripts/serve/static-server.ts';
import type { TruthDepartment, TruthUnit } from './search/truth.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    build: { type: 'boolean', default: false },
    starlight: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(values.dist!);
/** Document pages with a plain-text budget: the longest seed (003) and seed 000. */
const DOC_003 = 'shanxi-2013-opinions';
const DOC_000 = 'shanxi-2015-plan';
const HTML_FACTOR = 1.6;
const DOC_003_TOTAL = 35 * 1024;
const CSS_BUDGET = 10 * 1024;
const LIGHTHOUSE_MIN = 98;

const kib = (n: number): string => `${(n / 1024).toFixed(1)}`;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model?.trim() ?? 'cpu';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load}`;
}

const cpu = (s: StageTime): string => (s.cpuSeconds ?? NaN).toFixed(1);

function plainGzip(id: string): number {
  return gzip9(readFileSync(path.join(root, 'content/sources', `${id}.txt`))).length;
}

interface OurSearch {
  recall: number;
  precision: number;
  line: string;
}

/** Our search, measured by bench/search.ts (the site's own search page) on the same build. */
function ourSearch(): OurSearch | undefined {
  // The engine the build chose (the one a visitor gets), not the ones bench-search can force.
  const { engine } = JSON.parse(readFileSync(path.join(dist, 'search/engine.json'), 'utf8')) as { engine: string };
  const run = spawnSync(process.execPath, [path.join(root, 'bench/search.ts'), '--dist', dist, '--engine', engine], {
    cwd: root,
    encoding: 'utf8',
  });
  const recall = /recall:\s+[\d.]+% \((\d+)\/(\d+)\)/u.exec(run.stdout);
  const precision = /precision:\s+[\d.]+% \((\d+)\/(\d+)\)/u.exec(run.stdout);
  if (!recall || !precision) {
    process.stderr.write(
      `bench-search gave no figures (exit ${run.status}):\n${run.stdout.slice(-2000)}${run.stderr.slice(-2000)}\n`,
    );
    return undefined;
  }
  return {
    recall: Number(recall[1]) / Number(recall[2]),
    precision: Number(precision[1]) / Number(precision[2]),
    line: `${recall[0]}; ${precision[0]}`,
  };
}

async function main(): Promise<void> {
  const checks: [string, boolean, string][] = [];
  const out = (s = ''): void => void process.stdout.write(`${s}\n`);
  out(`bench:pages — ${machine()}`);
  out(`site: ${dist}`);

  // ---- build ------------------------------------------------------------------------------
  let ourBuild: StageTime[] | undefined;
  if (values.build || values.starlight) {
    ourBuild =
      dist === path.join(root, 'dist')
        ? [timed('npm run build', 'npm', ['run', 'build', '--silent'], root)]
        : buildOurs(root, dist);
    const total = ourBuild.reduce((s, t) => s + t.seconds, 0);
    out(
      `\nbuild (ours): ${ourBuild.map((s) => `${s.name} ${s.seconds.toFixed(1)} s wall, ${cpu(s)} s CPU${s.peakMiB ? `, ${s.peakMiB.toFixed(0)} MiB` : ''} (load ${s.load.toFixed(1)})`).join('; ')}; total ${total.toFixed(1)} s`,
    );
  }
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: build first (--build)`);

  const data = existsSync(path.join(dist, 'data/measures.json'))
    ? path.join(dist, 'data')
    : path.join(root, 'content/generated/data');
  const units = readJson<(TruthUnit & { departments: { id: string }[] })[]>(path.join(data, 'measures.json'));
  const departments = readJson<(TruthDepartment & { measures: string[] })[]>(path.join(data, 'departments.json'));
  const themes = readJson<{ id: string; measures: string[] }[]>(path.join(data, 'themes.json'));
  const biggest = <T extends { id: string; measures: string[] }>(list: T[]): T =>
    [...list].sort((a, b) => b.measures.length - a.measures.length)[0]!;
  const dept = biggest(departments);
  const theme = biggest(themes);

  const specs: (PageSpec & { type: string; lighthouse: boolean })[] = [
    { type: 'home', label: 'home', path: '', lighthouse: true },
    { type: 'document', label: `document 003 (${DOC_003})`, path: `documents/${DOC_003}/`, lighthouse: true },
    { type: 'document', label: `document 000 (${DOC_000})`, path: `documents/${DOC_000}/`, lighthouse: false },
    {
      type: 'department',
      label: `department (${dept.id}, ${dept.measures.length} units)`,
      path: `departments/${dept.id}/`,
      lighthouse: true,
    },
    {
      type: 'theme',
      label: `theme (${theme.id}, ${theme.measures.length} units)`,
      path: `themes/${theme.id}/`,
      lighthouse: true,
    },
    {
      type: 'search',
      label: 'search (?q=电梯)',
      path: `search/?q=${encodeURIComponent('电梯')}`,
      waitFor: '[data-search][data-ready]',
      lighthouse: true,
    },
  ];

  const chromePath = findChromium();
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] });
  const server = await startServer({ root: dist, gzip: 9 });
  const measures: PageMeasure[] = [];
  try {
    for (const spec of specs) measures.push(await measurePage(browser, server.url, spec));

    // ---- bytes per page ---------------------------------------------------------------------
    out('\nTransferred per page, KiB (raw / gzip -9; text is served gzip, as real hosts do):\n');
    out(
      table(
        ['page', ...KINDS.map((k) => (k === 'font' ? 'fonts' : k.toUpperCase())), 'total', 'requests'],
        measures.map((m) => [
          m.spec.label,
          ...KINDS.map((k) => (m.totals[k].raw === 0 ? '–' : `${kib(m.totals[k].raw)} / ${kib(m.totals[k].gzip)}`)),
          `${kib(m.totals.all.raw)} / **${kib(m.totals.all.gzip)}**`,
          String(m.resources.length),
        ]),
      ),
    );
    for (const m of measures) if (m.errors.length) out(`  page errors on ${m.spec.label}: ${m.errors.join('; ')}`);

    // ---- targets ----------------------------------------------------------------------------
    for (const m of measures.filter((m) => m.spec.path !== specs.at(-1)!.path)) {
      const js = m.resources.filter((r) => r.kind === 'js');
      checks.push([
        `no JS on ${m.spec.label}`,
        js.length === 0,
        js.length ? `${js.length} scripts, ${kib(m.totals.js.gzip)} KiB gzip` : '0 scripts',
      ]);
    }
    const css = siteCss(dist);
    checks.push([
      `whole-site CSS ≤ 10 KiB gzip`,
      css.gzip <= CSS_BUDGET,
      `${css.files} files, ${kib(css.raw)} KiB raw, ${kib(css.gzip)} KiB gzip (${kib(CSS_BUDGET - css.gzip)} KiB margin)`,
    ]);
    for (const id of [DOC_003, DOC_000]) {
      const m = measures.find((x) => x.spec.path === `documents/${id}/`)!;
      const text = plainGzip(id);
      const budget = HTML_FACTOR * text;
      const html = m.totals.html.gzip;
      const brotli = brotli11(readFileSync(path.join(dist, 'documents', id, 'index.html')));
      checks.push([
        `${id} HTML gzip ≤ 1.6 × plain-text gzip`,
        html <= budget,
        `${kib(html)} KiB vs 1.6 × ${kib(text)} = ${kib(budget)} KiB (${(html / text).toFixed(2)} ×; margin ${kib(budget - html)} KiB); ` +
          `with brotli -11 (a host that serves it) ${kib(brotli)} KiB, ${(brotli / text).toFixed(2)} ×`,
      ]);
    }
    for (const id of [DOC_003, DOC_000]) {
      const b = htmlBreakdown(readFileSync(path.join(dist, 'documents', id, 'index.html'), 'utf8'));
      out(
        `\nWhere the HTML of documents/${id}/ goes: ${kib(b.total)} KiB gzip in all; its visible text alone ${kib(b.text)} KiB gzip, the source .txt ${kib(plainGzip(id))} KiB gzip\n`,
      );
      out(
        table(
          ['part', 'count', 'raw KiB', 'gzip cost KiB'],
          b.parts.map((p) => [p.part, String(p.count), kib(p.raw), kib(p.gzipCost)]),
        ),
      );
    }
    const m003 = measures[1]!;
    checks.push([
      `${DOC_003} page ≤ 35 KiB in all (gzip)`,
      m003.totals.all.gzip <= DOC_003_TOTAL,
      `${kib(m003.totals.all.gzip)} KiB (margin ${kib(DOC_003_TOTAL - m003.totals.all.gzip)} KiB; on the wire with headers ${kib(m003.totals.all.wire)} KiB)`,
    ]);

    // ---- Lighthouse -------------------------------------------------------------------------
    if (!values['no-lighthouse']) {
      const { runLighthouse, CATEGORIES } = await import('./pages/lighthouse.ts');
      const lhSpecs = specs.filter((s) => s.lighthouse);
      const started = performance.now();
      const runs = Number(values['lighthouse-runs']);
      const results = await runLighthouse(
        chromePath,
        lhSpecs.map((s) => new URL(s.path, server.url).href),
        runs,
      );
      out(
        `\nLighthouse ${readJson<{ version: string }>(path.join(root, 'node_modules/lighthouse/package.json')).version}, desktop preset, Debian Chromium headless, median of ${runs} runs by performance (${((performance.now() - started) / 1000).toFixed(0)} s):\n`,
      );
      out(
        table(
          ['page', ...CATEGORIES, 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'performance, all runs'],
          results.map((r, i) =>
            r.scores
              ? [
                  lhSpecs[i]!.type,
                  ...CATEGORIES.map((c) => String(r.scores![c])),
                  r.metrics!.fcp.toFixed(0),
                  r.metrics!.lcp.toFixed(0),
                  r.metrics!.tbt.toFixed(0),
                  r.metrics!.cls.toFixed(3),
                  (r.runs ?? []).join(', '),
                ]
              : [lhSpecs[i]!.type, `error: ${r.error}`, '', '', '', '', '', '', '', ''],
          ),
        ),
      );
      for (const [i, r] of results.entries()) {
        const min = r.scores ? Math.min(...Object.values(r.scores)) : 0;
        checks.push([
          `Lighthouse ≥ ${LIGHTHOUSE_MIN} on ${lhSpecs[i]!.type}`,
          min >= LIGHTHOUSE_MIN,
          r.scores
            ? `lowest ${min}${r.failing?.length ? `; not perfect: ${r.failing.join(', ')}` : ''}`
            : `could not run: ${r.error}`,
        ]);
      }
    }

    // ---- Starlight --------------------------------------------------------------------------
    if (values.starlight) {
      const { runStarlight } = await import('./pages/starlight.ts');
      const queries = readJson<{ queries: { q: string }[] }>(path.join(root, 'bench/search/queries.json')).queries.map(
        (q) => q.q,
      );
      const sl = await runStarlight({
        root,
        browser,
        units,
        departments,
        queries,
        measureDocs: [
          { label: `document 003`, id: DOC_003 },
          { label: `document 000`, id: DOC_000 },
        ],
        keep: values.keep,
      });
      const ours = ourSearch();
      const slGot = sl.search.perQuery.reduce((s, q) => s + q.got, 0);
      const slCorrect = sl.search.perQuery.reduce((s, q) => s + q.correct, 0);
      const slTruth = sl.search.perQuery.reduce((s, q) => s + q.truth, 0);
      const slFound = sl.search.perQuery.reduce((s, q) => s + q.found, 0);
      const slPrecision = slGot === 0 ? 0 : slCorrect / slGot;
      const slRecall = slTruth === 0 ? 1 : slFound / slTruth;
      const ourTotal = ourBuild!.reduce((s, t) => s + t.seconds, 0);
      const ourCpu = ourBuild!.reduce((s, t) => s + (t.cpuSeconds ?? NaN), 0);
      const s003 = sl.pages[0]!;
      const s000 = sl.pages[1]!;
      const m000 = measures[2]!;
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      const bytes = (m: PageMeasure): string => `${kib(m.totals.all.raw)} / ${kib(m.totals.all.gzip)}`;
      out(
        `\nStock Starlight ${sl.version} (astro ${readJson<{ version: string }>(path.join(root, 'node_modules/astro/package.json')).version}) with the same five documents, same run (npm install ${sl.install.seconds.toFixed(0)} s, not counted):\n`,
      );
      out(
        table(
          ['measure', 'policy-kb', 'Starlight', 'ours / theirs'],
          [
            [
              '003 page, all bytes KiB (raw / gzip)',
              bytes(m003),
              bytes(s003),
              (m003.totals.all.gzip / s003.totals.all.gzip).toFixed(2),
            ],
            [
              '003 page: HTML / CSS / JS gzip KiB',
              `${kib(m003.totals.html.gzip)} / ${kib(m003.totals.css.gzip)} / ${kib(m003.totals.js.gzip)}`,
              `${kib(s003.totals.html.gzip)} / ${kib(s003.totals.css.gzip)} / ${kib(s003.totals.js.gzip)}`,
              '',
            ],
            [
              '000 page, all bytes KiB (raw / gzip)',
              bytes(m000),
              bytes(s000),
              (m000.totals.all.gzip / s000.totals.all.gzip).toFixed(2),
            ],
            [
              'build time (cold), wall s',
              `${ourTotal.toFixed(1)} (${ourBuild!.map((s) => `${s.name} ${s.seconds.toFixed(1)}`).join(' + ')})`,
              `${sl.build.seconds.toFixed(1)}`,
              (ourTotal / sl.build.seconds).toFixed(2),
            ],
            [
              'build CPU (user + system), s',
              `${ourCpu.toFixed(1)} (${ourBuild!.map((s) => `${s.name} ${cpu(s)}`).join(' + ')})`,
              cpu(sl.build),
              (ourCpu / (sl.build.cpuSeconds ?? NaN)).toFixed(2),
            ],
            [
              'load average (1 min) at build start',
              ourBuild!.map((s) => s.load.toFixed(1)).join(' / '),
              sl.build.load.toFixed(1),
              '',
            ],
            [
              'build peak memory, MiB',
              ourBuild!.map((s) => (s.peakMiB ?? NaN).toFixed(0)).join(' / '),
              (sl.build.peakMiB ?? NaN).toFixed(0),
              '',
            ],
            [
              `search precision, measure level (${queries.length} queries)`,
              ours ? pct(ours.precision) : 'n/a',
              `${pct(slPrecision)} (${slCorrect}/${slGot} sections)`,
              '',
            ],
            [
              'search recall, measure level',
              ours ? pct(ours.recall) : 'n/a',
              `${pct(slRecall)} (${slFound}/${slTruth} units)`,
              '',
            ],
          ],
        ),
      );
      const worst = [...sl.search.perQuery]
        .filter((q) => q.got > 0 || q.truth > 0)
        .sort((a, b) => a.found / (a.truth || 1) - b.found / (b.truth || 1))
        .slice(0, 8);
      out(
        `\n  Starlight, lowest-recall queries: ${worst.map((q) => `${q.q} ${q.found}/${q.truth} (${q.correct}/${q.got} sections right)`).join('; ')}`,
      );
      checks.push([
        'fewer bytes than Starlight (003 page, gzip)',
        m003.totals.all.gzip < s003.totals.all.gzip,
        `${kib(m003.totals.all.gzip)} vs ${kib(s003.totals.all.gzip)} KiB`,
      ]);
      checks.push([
        'faster build than Starlight (wall)',
        ourTotal < sl.build.seconds,
        `${ourTotal.toFixed(1)} vs ${sl.build.seconds.toFixed(1)} s (CPU ${ourCpu.toFixed(1)} vs ${cpu(sl.build)} s)`,
      ]);
      checks.push([
        'higher search precision than Starlight',
        ours !== undefined && ours.precision > slPrecision,
        `${ours ? pct(ours.precision) : 'n/a'} vs ${pct(slPrecision)}`,
      ]);
    }
  } finally {
    await server.close();
    await browser.close();
  }

  out('\nTargets:\n');
  out(
    table(
      ['target', 'result', 'figures'],
      checks.map(([name, ok, detail]) => [name, ok ? 'PASS' : '**FAIL**', detail]),
    ),
  );
  out(
    `\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-pages: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
