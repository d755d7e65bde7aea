// How bench:pages prints its report: a line at a time, sizes in KiB (the unit is in the headings),
// CPU seconds of a timed stage, and Markdown tables, so that a run pastes into docs/performance.md.

import process from 'node:process';
import type { StageTime } from './build.ts';

export const out = (s = ''): void => void process.stdout.write(`${s}\n`);

export const kib = (n: number): string => `${(n / 1024).toFixed(1)}`;

export const cpu = (s: StageTime): string => (s.cpuSeconds ?? NaN).toFixed(1);

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
