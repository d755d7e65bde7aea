/**
 * `npm run build`: ingest (--frail) → astro build → search index (scripts/search-index.ts), into a
 * staging folder beside dist/ that replaces dist/ only when every step has succeeded. Until then
 * dist/ stays the previous complete site, servable throughout; a failed or interrupted build leaves
 * it untouched.
 *
 *   node scripts/build.ts [--dist dist]
 *
 * The swap is two renames in one folder: dist → dist.old-<pid>, dist.tmp-<pid> → dist, then the
 * old copy is removed. Staging and old folders of builds that were killed are removed at the start
 * (scripts/leftovers.ts), and dist/ is put back from its old copy if a build was killed between the
 * two renames. How the steps are kept from outliving the build: scripts/build/children.ts.
 * Every step runs with Astro's telemetry off (scripts/build/env.ts).
 *
 * Prints `build: [n/3] <step>` before each step (the interruption test waits for these lines).
 * Exit code 1 when a step fails, 128 + the signal's number when stopped by a signal. When the ingest
 * left documents out (its exit code 1: their errors are printed, the rest of the corpus is written),
 * the site of the rest is still built and swapped in, and the build then exits 1 so CI fails.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Steps } from './build/children.ts';
import { ASTRO_ENV } from './build/env.ts';
import { removeLeftovers } from './leftovers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);
const staging = `${dist}.tmp-${process.pid}`;
const previous = `${dist}.old-${process.pid}`;

const steps = new Steps();
const env = { ...process.env, ...ASTRO_ENV };
const plan: Array<{ name: string; script: string; args: string[] }> = [
  { name: 'ingest', script: path.join(ROOT, 'scripts/ingest.ts'), args: ['--frail'] },
  {
    name: 'astro build',
    script: path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    args: ['build', '--outDir', staging],
  },
  { name: 'search index', script: path.join(ROOT, 'scripts/search-index.ts'), args: ['--dist', staging] },
];

function fail(why: string): never {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`build: ${why}; ${path.relative(process.cwd(), dist) || '.'}/ is unchanged\n`);
  process.exit(steps.stoppedBy ? steps.exitCode() : 1);
}

removeLeftovers(dist);
const started = performance.now();
let leftOut = false;
for (const [index, step] of plan.entries()) {
  process.stdout.write(`build: [${index + 1}/${plan.length}] ${step.name}\n`);
  const stepStarted = performance.now();
  const result = await steps.run(step.script, step.args, env);
  // The ingest's exit code 1: documents left out, the rest written; the rest still makes a site.
  if (!result.ok && step.name === 'ingest' && result.code === 1 && !steps.stoppedBy) leftOut = true;
  else if (!result.ok) fail(`${step.name} failed (${result.why})`);
  process.stdout.write(`build: ${step.name} took ${((performance.now() - stepStarted) / 1000).toFixed(1)} s\n`);
}
// Signals are handled between synchronous calls only, so the swap below is never cut by a forwarded stop.
if (steps.stoppedBy) fail(steps.why);
if (!existsSync(path.join(staging, 'index.html'))) fail(`${staging} has no index.html`);
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
process.stdout.write(
  `build: ${path.relative(process.cwd(), dist)}/ replaced in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
if (leftOut)
  process.stderr.write('build: the ingest left documents out (see its messages above); the site holds the rest\n');
process.exit(leftOut ? 1 : 0);
