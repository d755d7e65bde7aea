// The machine a run is on, printed with its figures: the machine is shared, so times only mean
// something next to its CPUs and its load.

import { cpus, loadavg, totalmem } from 'node:os';
import process from 'node:process';

/** The 1, 5 and 15-minute load averages. */
export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export function machine(): string {
  const cpu = cpus()[0]?.model?.trim() ?? 'cpu';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadAverage()}`;
}
