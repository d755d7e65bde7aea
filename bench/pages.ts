// Page benchmark: what each page type transfers, Lighthouse scores, and (with
// --starlight) the same five documents in a stock Starlight site for comparison.
//
//   npm run bench:pages [-- --dist dist] [--build] [--starlight] [--no-lighthouse] [--keep]
//
// --dist DIR      the built site to measure (default dist/; built with the default base `/`).
// --build         build first: `npm run build` for dist/, else `node scripts/build.mjs --dist DIR` with
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
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { startServer } from '../scripts/serve/static-server.ts';
import { type StageTime, buildOurs, timed } from './pages/build.ts';
import { reportBytes } from './pages/bytes-report.ts';
import { loadAverage, machine } from './pages/machine.ts';
import { type PageMeasure, measurePage } from './pages/measure.ts';
import { pageList } from './pages/page-list.ts';
import { cpu, out } from './pages/print.ts';
import { type Check, printTargets } from './pages/targets.ts';
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

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

async function main(): Promise<void> {
  const checks: Check[] = [];
  out(`bench:pages — ${machine()}`);
  out(`site: ${dist}`);

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
  const specs = pageList(departments, themes);

  const chromePath = findChromium();
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] });
  const server = await startServer({ root: dist, gzip: 9 });
  const measures: PageMeasure[] = [];
  try {
    for (const spec of specs) measures.push(await measurePage(browser, server.url, spec));
    checks.push(...reportBytes(measures, root, dist));
    if (!values['no-lighthouse']) {
      const { reportLighthouse } = await import('./pages/lighthouse-report.ts');
      checks.push(...(await reportLighthouse(chromePath, server.url, specs, Number(values['lighthouse-runs']), root)));
    }
    if (values.starlight) {
      const { compareWithStarlight } = await import('./pages/starlight-comparison.ts');
      checks.push(
        ...(await compareWithStarlight({
          root,
          dist,
          browser,
          units,
          departments,
          ourBuild: ourBuild!,
          measures,
          keep: values.keep!,
        })),
      );
    }
  } finally {
    await server.close();
    await browser.close();
  }

  printTargets(checks);
  out(`\nload average at the end: ${loadAverage()}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-pages: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
