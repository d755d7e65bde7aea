// The Starlight part of bench:pages (--starlight): the same five documents built as a stock
// Starlight site (bench/pages/starlight.ts) and compared with ours on page bytes, build time and
// memory, and search precision and recall, with the targets that ours does better on each.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import type { StageTime } from './build.ts';
import type { PageMeasure } from './measure.ts';
import { ourSearch } from './our-search.ts';
import { DOC_000, DOC_003 } from './page-list.ts';
import { cpu, kib, out, table } from './print.ts';
import { runStarlight } from './starlight.ts';
import type { Check } from './targets.ts';
import type { TruthDepartment, TruthUnit } from '../search/truth.ts';

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export interface ComparisonInput {
  /** The project. */
  root: string;
  /** The site of ours measured. */
  dist: string;
  browser: Browser;
  units: TruthUnit[];
  departments: TruthDepartment[];
  /** Our build's stages, timed in the same run. */
  ourBuild: StageTime[];
  /** Our pages, as measured (page-list.ts order: 003 second, 000 third). */
  measures: PageMeasure[];
  /** Keep Starlight's temporary folder. */
  keep: boolean;
}

export async function compareWithStarlight(input: ComparisonInput): Promise<Check[]> {
  const { root, dist, browser, units, departments, ourBuild, measures, keep } = input;
  const checks: Check[] = [];
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
    keep,
  });
  const ours = ourSearch(root, dist);
  const slGot = sl.search.perQuery.reduce((s, q) => s + q.got, 0);
  const slCorrect = sl.search.perQuery.reduce((s, q) => s + q.correct, 0);
  const slTruth = sl.search.perQuery.reduce((s, q) => s + q.truth, 0);
  const slFound = sl.search.perQuery.reduce((s, q) => s + q.found, 0);
  const slPrecision = slGot === 0 ? 0 : slCorrect / slGot;
  const slRecall = slTruth === 0 ? 1 : slFound / slTruth;
  const ourTotal = ourBuild.reduce((s, t) => s + t.seconds, 0);
  const ourCpu = ourBuild.reduce((s, t) => s + (t.cpuSeconds ?? NaN), 0);
  const m003 = measures[1]!;
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
          `${ourTotal.toFixed(1)} (${ourBuild.map((s) => `${s.name} ${s.seconds.toFixed(1)}`).join(' + ')})`,
          `${sl.build.seconds.toFixed(1)}`,
          (ourTotal / sl.build.seconds).toFixed(2),
        ],
        [
          'build CPU (user + system), s',
          `${ourCpu.toFixed(1)} (${ourBuild.map((s) => `${s.name} ${cpu(s)}`).join(' + ')})`,
          cpu(sl.build),
          (ourCpu / (sl.build.cpuSeconds ?? NaN)).toFixed(2),
        ],
        [
          'load average (1 min) at build start',
          ourBuild.map((s) => s.load.toFixed(1)).join(' / '),
          sl.build.load.toFixed(1),
          '',
        ],
        [
          'build peak memory, MiB',
          ourBuild.map((s) => (s.peakMiB ?? NaN).toFixed(0)).join(' / '),
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
  return checks;
}
