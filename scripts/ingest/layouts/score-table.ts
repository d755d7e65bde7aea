/** Prints layout scores as a fixed-width table with a totals row (the mean of each column). */
import type { DocumentScore, Score } from './score.ts';

const columns: Array<[keyof Score, string]> = [
  ['units', 'units'],
  ['kinds', 'kinds'],
  ['numbering', 'numb'],
  ['departments', 'depts'],
  ['resolution', 'resol'],
  ['targetPrecision', 'tgtP'],
  ['targetRecall', 'tgtR'],
  ['comparators', 'cmp'],
  ['header', 'head'],
];

export function totals(scores: DocumentScore[]): Score {
  const mean = (key: keyof Score) =>
    scores.length ? scores.reduce((sum, entry) => sum + entry.score[key], 0) / scores.length : 1;
  return Object.fromEntries(columns.map(([key]) => [key, mean(key)])) as unknown as Score;
}

export function formatTable(scores: DocumentScore[], withProblems = false): string {
  const width = Math.max(8, ...scores.map((entry) => entry.id.length));
  const row = (name: string, score: Score) =>
    [name.padEnd(width), ...columns.map(([key, label]) => score[key].toFixed(2).padStart(label.length + 1))].join(' ');
  const lines = [[''.padEnd(width), ...columns.map(([, label]) => ` ${label}`)].join(' ')];
  for (const entry of scores) {
    lines.push(row(entry.id, entry.score));
    if (withProblems) for (const problem of entry.problems) lines.push(`    ${problem}`);
  }
  lines.push(row('TOTAL', totals(scores)));
  return lines.join('\n');
}
