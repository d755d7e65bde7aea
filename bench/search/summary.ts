/**
 * The summary of each engine's run (bench/search/report.ts fills it in), and the table bench:search
 * ends with: one line per engine, so that engines and runs compare at a glance.
 */
import process from 'node:process';
import { kib, pct } from './format.ts';

export interface Summary {
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

/** The summary table, one line per engine, under `summary (<heading>; …)`. */
export function printSummaries(summaries: Summary[], heading: string): void {
  process.stdout.write(`\nsummary (${heading}; bytes gzip / served)\n`);
  process.stdout.write(
    `${'engine'.padEnd(10)}${'recall'.padStart(8)}${'prec.'.padStart(8)}${'first search'.padStart(24)}${'later max'.padStart(22)}${'later med.'.padStart(12)}${'ms med.'.padStart(9)}${'ms max'.padStart(9)}${'约'.padStart(5)}\n`,
  );
  for (const s of summaries) {
    process.stdout.write(
      `${s.engine.padEnd(10)}${pct(s.recall).padStart(8)}${pct(s.precision).padStart(8)}${`${kib(s.first)} / ${kib(s.firstPlain)}`.padStart(24)}${`${kib(s.laterMax)} / ${kib(s.laterMaxPlain)}`.padStart(22)}${kib(s.laterMedian).padStart(12)}${s.msMedian.toFixed(1).padStart(9)}${s.msMax.toFixed(1).padStart(9)}${String(s.approximate).padStart(5)}  ${s.ok ? 'PASS' : 'FAIL'}\n`,
    );
  }
}
