/**
 * `npm run build`: one `astro build`, in this process, into a staging folder beside dist/ that
 * replaces dist/ only when the build has succeeded. The build is the whole site: its content
 * loaders run the ingest (scripts/astro/ingest-runner.ts; frail here: INGEST_FRAIL=1, so warnings
 * fail as errors do), and the integration writes the search index when the pages are done
 * (scripts/astro/integration.ts).
 * Until the swap dist/ stays the previous complete site, servable throughout; a failed or
 * interrupted build leaves it untouched.
 *
 *   node scripts/build.mjs [--dist dist]   (the entry, ../build.mjs, turns the compile cache on first)
 *
 * The swap is two renames in one folder: dist → dist.old-<pid>, dist.tmp-<pid> → dist, then the
 * old copy is removed. Staging and old folders of builds that were killed are removed at the start
 * (scripts/leftovers.ts), and dist/ is put back from its old copy if a build was killed between the
 * two renames. Astro's telemetry is off (scripts/build/env.ts).
 *
 * Prints `build: astro build → <staging>` before the build and `build: <dist>/ replaced` after the
 * swap (the interruption test waits for the first, and for the ingest's first line).
 * Stopping: SIGINT, SIGTERM, SIGHUP, or the script's parent going away (npm stopped with SIGTERM
 * forwards it to its `sh -c`, which exits): the staging folder is removed and the script exits at
 * once, 128 + the signal's number. Killed with SIGKILL, it leaves the staging folder to the next
 * build; nothing of it runs on (esbuild's service exits when its pipe to this process closes).
 * Exit code 1 when the build fails. When the ingest left documents out (their errors are printed
 * and it sets the exit code 1, as its CLI would), the site of the rest is still built and swapped
 * in, and the build then exits 1 so CI fails.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { ASTRO_ENV } from './env.ts';
import { removeLeftovers } from '../leftovers.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);
const staging = `${dist}.tmp-${process.pid}`;
const previous = `${dist}.old-${process.pid}`;
const shown = path.relative(process.cwd(), dist) || '.';

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

function fail(why: string, code = 1): never {
  // Astro's workers may still be writing into the staging folder when a signal stops the build: its
  // removal can then fail (ENOTEMPTY), which must not turn the signal's exit code into an uncaught
  // error's 1. What is left is removed at the next build's start (scripts/leftovers.ts).
  try {
    rmSync(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  } catch (error) {
    process.stderr.write(`build: ${staging} left for the next build (${(error as Error).message})\n`);
  }
  process.stderr.write(`build: ${why}; ${shown}/ is unchanged\n`);
  process.exit(code);
}

// Signals are handled between synchronous calls only, so the swap below is never cut by them.
for (const [signal, number] of Object.entries(SIGNAL_NUMBERS))
  process.on(signal, () => fail(`stopped by ${signal}`, 128 + number));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) fail('its parent process exited', 128 + SIGNAL_NUMBERS.SIGHUP);
}, 200).unref();

Object.assign(process.env, ASTRO_ENV, { INGEST_FRAIL: '1' });
const { build } = await import('astro');
const { IngestError } = await import('../astro/ingest-report.ts');

removeLeftovers(dist);
const started = performance.now();
process.stdout.write(`build: astro build → ${path.relative(process.cwd(), staging)}\n`);
try {
  await build({ outDir: staging });
} catch (error) {
  // The ingest's own failure (IngestError, scripts/astro/ingest-report.ts) has printed its messages;
  // anything else is shown with its stack.
  const ingest = error instanceof IngestError;
  process.stderr.write(
    `${error instanceof Error ? (ingest ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
  );
  fail('astro build failed');
}
// The ingest's exit code 1: documents left out, the rest written; the rest still makes a site.
const leftOut = process.exitCode === 1;
if (!existsSync(path.join(staging, 'index.html'))) fail(`${staging} has no index.html`);
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
process.stdout.write(`build: ${shown}/ replaced in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
if (leftOut)
  process.stderr.write('build: the ingest left documents out (see its messages above); the site holds the rest\n');
process.exit(leftOut ? 1 : 0);
