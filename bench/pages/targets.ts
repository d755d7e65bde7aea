// The targets of bench:pages: each part of the run checks its own and the run ends with the table of
// them all; one missed makes the run exit 1.

import { out, table } from './print.ts';

/** A target: its name, whether it is met, and the figures that say so. */
export type Check = [name: string, ok: boolean, figures: string];

export function printTargets(checks: Check[]): void {
  out('\nTargets:\n');
  out(
    table(
      ['target', 'result', 'figures'],
      checks.map(([name, ok, detail]) => [name, ok ? 'PASS' : '**FAIL**', detail]),
    ),
  );
}
