// Lighthouse in Debian's Chromium, launched by chrome-launcher with the project's CHROMIUM_ARGS plus
// --headless; desktop preset; the four category scores.
//
// Lighthouse and chrome-launcher are the bench package's own dependencies (bench/package.json, exact
// versions; `npm run bench:pages` installs them), not the product's. They are loaded by name at run
// time, typed by the few fields read here, so the product's install and type check need neither.

import { CHROMIUM_ARGS } from '../../scripts/browser.ts';

interface LighthouseReport {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; displayValue?: string; numericValue?: number } | undefined>;
}
type Lighthouse = (url: string, flags: object, config: object) => Promise<{ lhr: LighthouseReport } | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[]; logLevel: string }): Promise<{
    port: number;
    kill(): unknown;
  }>;
}

/** A module of the bench package, by name (a variable specifier: no compile-time resolution). */
function load<T>(name: string): Promise<T> {
  return import(name) as Promise<T>;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores?: Record<Category, number>;
  /** Failed audits (score < 1, weighted) per category, for the report. */
  failing?: string[];
  metrics?: { fcp: number; lcp: number; tbt: number; cls: number };
  error?: string;
  /** Performance scores of every run (the reported run is the median one). */
  runs?: number[];
}

/**
 * Lighthouse for each URL, `runs` times (the machine is shared and the performance score moves with
 * its load: Lighthouse's desktop preset measures the real main-thread time); reports the run with
 * the median performance score, and every run's performance score.
 */
export async function runLighthouse(chromePath: string, urls: string[], runs = 3): Promise<LighthouseResult[]> {
  const all: LighthouseResult[][] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(chromePath, urls));
  return urls.map((_, u) => {
    const mine = all.map((r) => r[u]!);
    const ok = mine.filter((r) => r.scores).sort((a, b) => a.scores!.performance - b.scores!.performance);
    if (ok.length === 0) return mine[0]!;
    return { ...ok[Math.floor((ok.length - 1) / 2)]!, runs: mine.map((r) => r.scores?.performance ?? NaN) };
  });
}

async function runOnce(chromePath: string, urls: string[]): Promise<LighthouseResult[]> {
  const [chromeLauncher, { default: lighthouse }, { default: desktopConfig }] = await Promise.all([
    load<ChromeLauncher>('chrome-launcher'),
    load<{ default: Lighthouse }>('lighthouse'),
    load<{ default: object }>('lighthouse/core/config/desktop-config.js'),
  ]);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless'],
    logLevel: 'silent',
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      try {
        const run = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          desktopConfig,
        );
        if (!run) throw new Error('no result');
        const lhr = run.lhr;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as Record<Category, number>;
        const failing: string[] = [];
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failing.push(`${c}: ${ref.id} (${audit.score})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
            }
          }
        }
        const num = (id: string): number => Number(lhr.audits[id]?.numericValue ?? NaN);
        results.push({
          url,
          scores,
          failing,
          metrics: {
            fcp: num('first-contentful-paint'),
            lcp: num('largest-contentful-paint'),
            tbt: num('total-blocking-time'),
            cls: num('cumulative-layout-shift'),
          },
        });
      } catch (error) {
        results.push({ url, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
