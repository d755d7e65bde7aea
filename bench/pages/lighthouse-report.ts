// The Lighthouse part of bench:pages: each page type scored (desktop preset, the median run by
// performance), printed as a table with the paint and layout metrics, and the target that every
// page scores at least LIGHTHOUSE_MIN in every category.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, runLighthouse } from './lighthouse.ts';
import type { ListedPage } from './page-list.ts';
import { out, table } from './print.ts';
import type { Check } from './targets.ts';

const LIGHTHOUSE_MIN = 98;

/**
 * Scores the pages of `pages` marked for Lighthouse on the site served at `siteUrl`, prints them and
 * returns the checks; `root` is the project (for Lighthouse's version).
 */
export async function reportLighthouse(
  chromePath: string,
  siteUrl: string,
  pages: ListedPage[],
  runs: number,
  root: string,
): Promise<Check[]> {
  const checks: Check[] = [];
  const lhSpecs = pages.filter((s) => s.lighthouse);
  const started = performance.now();
  const results = await runLighthouse(
    chromePath,
    lhSpecs.map((s) => new URL(s.path, siteUrl).href),
    runs,
  );
  const { version } = JSON.parse(
    readFileSync(path.join(root, 'bench/node_modules/lighthouse/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  out(
    `\nLighthouse ${version}, desktop preset, Debian Chromium headless, median of ${runs} runs by performance (${((performance.now() - started) / 1000).toFixed(0)} s):\n`,
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
  return checks;
}
