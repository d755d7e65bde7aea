// Our search's recall and precision, for bench:pages' comparison with Starlight: bench/search.ts (the
// site's own search page) run on the same build in a process of its own, its figures read from what
// it prints, so that both benchmarks judge by the same ground truth.

import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

interface OurSearch {
  recall: number;
  precision: number;
  line: string;
}

/** Our search on the site built in `dist`; `root` is the project. Undefined when bench:search gave no figures. */
export function ourSearch(root: string, dist: string): OurSearch | undefined {
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
