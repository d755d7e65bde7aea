/**
 * The `interrupted` step of `npm test`: a build killed at any point leaves dist/ the previous
 * complete site (same files, same hashes), no process of the build keeps running, and the next
 * build succeeds. The build is one process (scripts/build.mjs: astro build, whose content loaders
 * run the ingest and whose build hook writes the search index, into a staging folder), killed:
 *
 *   1. SIGKILL to its process group as the ingest starts (its `[ingest]` line)
 *   2. SIGKILL to the group while astro build writes the staging folder
 *   3. SIGTERM to the build script alone while astro build writes the staging folder: it removes
 *      the staging folder and exits 143
 *   then a whole build: it succeeds, dist/ is byte-identical to the site before, and no staging
 *   or old folder is left. While the build runs, every process it started must have Astro's
 *   telemetry switched off in its environment.
 *
 * The search index has no kill of its own: it is no longer a process but the last tens of
 * milliseconds of the same one, writing into the same staging folder as the pages (2 and 3), and a
 * kill timed for it would race the build's end.
 *
 * dist/ is taken as the previous site when it holds a built site (the `build` step runs first in
 * `npm test`); otherwise a build makes one first. Linux only (processes are found in /proc).
 *
 *   node scripts/quality/interrupted-build.ts
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ASTRO_ENV } from '../build/env.ts';
import {
  type RunningBuild,
  describeProcesses,
  environmentOf,
  processesOf,
  startBuild,
  until,
} from './build-processes.ts';
import { differences, manifest } from './reproducible.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const BUILD = ['scripts/build.mjs'];
/** How long the steps of a killed build may take to notice and exit. */
const SETTLE_MS = 10_000;

const failures: string[] = [];
const log = (line: string): void => void process.stdout.write(`interrupted: ${line}\n`);
const fail = (line: string): void => {
  failures.push(line);
  process.stdout.write(`interrupted: ✗ ${line}\n`);
};

const staging = (build: RunningBuild): string => `${DIST}.tmp-${build.child.pid}`;
const leftovers = (): string[] => readdirSync(ROOT).filter((name) => /^dist\.(?:tmp|old)-\d+$/.test(name));

interface Scenario {
  name: string;
  /** Waits until the build is at the point to kill; false if it never got there. */
  reach: (build: RunningBuild) => Promise<boolean>;
  signal: 'SIGKILL' | 'SIGTERM';
  /** Signal the build script's whole process group, or the build script alone. */
  target: 'group' | 'script';
}

/** Once the build has started writing its staging folder (or 8 s after astro build started). */
const inAstro = async (build: RunningBuild): Promise<boolean> =>
  (await build.printed('build: astro build')) && (await until(() => existsSync(staging(build)), 8000), true);

const scenarios: Scenario[] = [
  {
    name: 'as the ingest starts, SIGKILL to the group',
    reach: (build) => build.printed('[ingest] content/sources'),
    signal: 'SIGKILL',
    target: 'group',
  },
  { name: 'during astro build, SIGKILL to the group', reach: inAstro, signal: 'SIGKILL', target: 'group' },
  { name: 'during astro build, SIGTERM to the build script', reach: inAstro, signal: 'SIGTERM', target: 'script' },
];

/**
 * Every process the build started has Astro's telemetry off (checked while astro build runs). The
 * build script sets it in its own environment before loading Astro, which /proc cannot show (it
 * holds the environment a process started with); the processes it starts (esbuild) inherit it.
 */
function checkTelemetryOff(build: RunningBuild): void {
  const [name, value] = Object.entries(ASTRO_ENV)[0]!;
  const started = processesOf(build.run).filter((pid) => pid !== build.child.pid);
  for (const pid of started)
    if (environmentOf(pid)?.get(name) !== value) fail(`${describeProcesses([pid])} runs without ${name}=${value}`);
}

async function interrupt(scenario: Scenario, before: Record<string, string>): Promise<void> {
  const started = Date.now();
  const build = startBuild(BUILD, ROOT);
  if (!(await scenario.reach(build))) {
    fail(`${scenario.name}: the build never got there (exit ${await build.exited}):\n${build.output().slice(-2000)}`);
    return;
  }
  if (build.child.exitCode !== null) {
    fail(`${scenario.name}: the build had finished before the kill`);
    return;
  }
  if (scenario.name.includes('astro')) checkTelemetryOff(build);
  process.kill(scenario.target === 'group' ? -build.child.pid! : build.child.pid!, scenario.signal);
  const code = await build.exited;
  if (scenario.signal === 'SIGTERM' && code !== 143)
    fail(`${scenario.name}: exit code ${code}, expected 143:\n${build.output().slice(-2000)}`);
  if (!(await until(() => processesOf(build.run).length === 0, SETTLE_MS))) {
    const left = processesOf(build.run);
    fail(`${scenario.name}: still running ${SETTLE_MS / 1000} s after the kill: ${describeProcesses(left)}`);
    for (const pid of left) process.kill(pid, 'SIGKILL');
  }
  const changed = differences(before, manifest(DIST));
  if (changed.length > 0) fail(`${scenario.name}: dist/ changed: ${changed.slice(0, 10).join(', ')}`);
  log(`✓ ${scenario.name}: dist/ unchanged, no process left (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function wholeBuild(): Promise<boolean> {
  const build = startBuild(BUILD, ROOT);
  const code = await build.exited;
  if (code !== 0) fail(`the build failed (exit ${code}):\n${build.output().slice(-3000)}`);
  return code === 0;
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'search/engine.json'))) {
    log('no built site in dist/: building one first');
    if (!(await wholeBuild())) return 1;
  }
  const before = manifest(DIST);
  for (const file of ['index.html', 'search/engine.json'])
    if (!(file in before)) fail(`the previous site has no ${file}`);
  log(`previous site: ${Object.keys(before).length} files`);
  for (const scenario of scenarios) await interrupt(scenario, before);
  if (await wholeBuild()) {
    const changed = differences(before, manifest(DIST));
    if (changed.length > 0) fail(`the next build differs from the previous site: ${changed.slice(0, 10).join(', ')}`);
    else log('✓ the next build succeeds, byte-identical to the previous site');
  }
  if (leftovers().length > 0) fail(`left beside dist/: ${leftovers().join(', ')}`);
  log(
    `${failures.length === 0 ? 'passed' : `${failures.length} failure(s)`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
