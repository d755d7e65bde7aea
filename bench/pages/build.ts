// Timed builds: ours (scripts/build.mjs, what `npm run build` runs: one astro build with the ingest
// and the search index) into any output directory, and any command under /usr/bin/time for its
// peak memory.

import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { ASTRO_ENV } from '../../scripts/build/env.ts';

export interface StageTime {
  name: string;
  seconds: number;
  /** Peak resident memory of the stage's process tree root, MiB (from /usr/bin/time), when known. */
  peakMiB?: number;
  /** User + system CPU seconds of the stage and its children (from /usr/bin/time), when known: unlike
   *  the wall time, hardly moved by other work on the machine. */
  cpuSeconds?: number;
  /** 1-minute load average when the stage started (the machine is shared). */
  load: number;
}

export function timed(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): StageTime {
  const useTime = existsSync('/usr/bin/time');
  const load = loadavg()[0] ?? 0;
  const started = performance.now();
  const run = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
        cwd,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}\n`);
    throw new Error(`${name} failed (exit ${run.status}): ${command} ${args.join(' ')}`);
  }
  const [peakKiB, user, system] = useTime ? (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
  return {
    name,
    seconds,
    peakMiB: Number.isFinite(peakKiB) ? peakKiB! / 1024 : undefined,
    cpuSeconds: Number.isFinite(user) && Number.isFinite(system) ? user! + system! : undefined,
    load,
  };
}

/**
 * Our full build (what `npm run build` runs) with the output in `outDir`, its ingest cache removed
 * first so that every source is parsed: a cold build like the Starlight one.
 */
export function buildOurs(root: string, outDir: string): StageTime[] {
  const env = { ...process.env, ...ASTRO_ENV, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` };
  rmSync(path.join(root, '.cache/ingest'), { recursive: true, force: true });
  return [timed('build', process.execPath, ['scripts/build.mjs', '--dist', outDir], root, env)];
}
