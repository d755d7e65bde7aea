// The one test command: `npm test` (also what .ci/run runs).
// Runs STEPS in order, each with a header and its time, and stops at the first failure.
// The last line of output is the summary `N passed, N failed` (counting steps).
//
//   node scripts/test-all.ts            all steps
//   node scripts/test-all.ts unit e2e   only the named steps, in STEPS order

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ASTRO_ENV } from './build/env.ts';
import { freePort } from './free-port.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The e2e steps serve the site on E2E_PORT. Unset, they take a port that is free now, so that two
// runs on one machine (a fresh clone tested beside a working tree) never race for the same one.
process.env.E2E_PORT ??= String(await freePort());

/** Node running this script (Node 24 from node_modules/.bin when started via npm). */
const NODE = process.execPath;

/** Absolute path of a package's bin script, so it runs with NODE rather than whatever `node` is on PATH. */
function bin(pkg: string, name: string = pkg): string {
  const manifestPath = path.join(ROOT, 'node_modules', pkg, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
  if (!entry) throw new Error(`${pkg} has no bin named ${name}`);
  return path.join(ROOT, 'node_modules', pkg, entry);
}

const npm = (...args: string[]): string[] => ['npm', ...args];
const node = (...args: string[]): string[] => [NODE, ...args];

/** A command, optionally with extra environment variables. */
type Command = string[] | { run: string[]; env: Record<string, string> };

interface Step {
  /** Short name, also used to pick steps on the command line. */
  name: string;
  /** Commands run one after another; the step fails at the first non-zero exit. */
  commands: Command[];
}

/**
 * Scratch space outside the work tree (tsc, ESLint and Prettier never see it), one per checkout: two
 * checkouts testing at once must not overwrite each other's builds and manifests.
 */
const SCRATCH = path.join(tmpdir(), `policy-kb-test-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
const MANIFEST = path.join(SCRATCH, 'dist-manifest.json');
const SUBPATH = '/policy-kb/';
const SUBPATH_DIST = path.join(SCRATCH, 'dist-subpath');
/** The sub-path build also has a site URL, so canonical links and the sitemap are tested there. */
const SUBPATH_SITE = 'https://policy.example.gov.cn';
const playwright = bin('@playwright/test', 'playwright');

// Add steps here, in the order they should run (cheap and likely-to-fail first).
export const STEPS: Step[] = [
  // e2e/ holds Playwright specs, which vitest must not collect.
  // The ingest first: some unit tests read the generated corpus (content/generated is not committed).
  {
    name: 'unit',
    commands: [node('scripts/ingest.ts', '--frail', '--quiet'), node(bin('vitest'), 'run', '--exclude', 'e2e/**')],
  },
  {
    name: 'types',
    commands: [
      // astro sync writes .astro/types.d.ts (astro:content types), which tsc needs on a fresh clone,
      // and content/generated (its content loaders run the ingest).
      node(bin('astro'), 'sync'),
      node(bin('typescript', 'tsc'), '--noEmit'),
      node(bin('astro'), 'check'),
      node('scripts/message-catalogue.ts', '--check'),
    ],
  },
  { name: 'lint', commands: [node(bin('eslint'), '.'), node(bin('prettier'), '--check', '.')] },
  { name: 'build', commands: [npm('run', 'build')] },
  // Builds killed at several points: dist/ stays the previous site, nothing keeps running, the next
  // build succeeds (and leaves dist/ as the `build` step made it, for the steps after).
  { name: 'interrupted', commands: [node('scripts/quality/interrupted-build.ts')] },
  {
    // The built site at /: every href/src resolves, every page is valid HTML; hashes kept for `rebuild`.
    name: 'quality',
    commands: [
      node('scripts/quality/check-links.ts', '--dist', 'dist', '--base', '/'),
      node('scripts/quality/validate-html.ts', '--dist', 'dist'),
      node('scripts/quality/reproducible.ts', '--dist', 'dist', '--save', MANIFEST),
    ],
  },
  // All specs on the configured projects (desktop, phone), served with the CSP header of dist/_headers;
  // then the search specs (results, and the limits of hostile queries) again on the index's sharded
  // layout (the one large corpora get).
  {
    name: 'e2e',
    commands: [
      node('scripts/browser.ts'),
      node(playwright, 'test'),
      // Rewrites the index in the sharded layout (a small build has the single file); `rebuild`
      // starts from a clean dist/.
      node('scripts/search-index.ts', '--shards'),
      {
        run: node(playwright, 'test', 'e2e/search.spec.ts', 'e2e/search-status.spec.ts', 'e2e/search-limits.spec.ts'),
        env: { SEARCH_ENGINE: 'shards' },
      },
    ],
  },
  // A second build of the same sources must be byte-identical to the first.
  {
    name: 'rebuild',
    commands: [npm('run', 'build'), node('scripts/quality/reproducible.ts', '--dist', 'dist', '--compare', MANIFEST)],
  },
  {
    // The same site under a sub-path (built outside dist/, which stays the site at /).
    name: 'subpath',
    commands: [
      // A low DEPARTMENT_LIST_LIMIT and PROSE_PART_PAGES: the per-province department pages and the
      // prose index in parts, both made for large corpora, are tested here.
      // astro build alone makes the whole site: the ingest in its content loaders, the search index in its build hook.
      {
        run: node(bin('astro'), 'build', '--silent', '--outDir', SUBPATH_DIST),
        env: { BASE_PATH: SUBPATH, DEPARTMENT_LIST_LIMIT: '50', PROSE_PART_PAGES: '3', SITE_URL: SUBPATH_SITE },
      },
      node('scripts/quality/check-links.ts', '--dist', SUBPATH_DIST, '--base', SUBPATH),
      {
        run: node(
          playwright,
          'test',
          'e2e/site.spec.ts',
          'e2e/search.spec.ts',
          'e2e/search-prose.spec.ts',
          'e2e/smoke.spec.ts',
        ),
        env: { BASE_PATH: SUBPATH, E2E_ROOT: SUBPATH_DIST, SITE_URL: SUBPATH_SITE },
      },
    ],
  },
  // Sites built from ingest fixtures, each checked by its own spec: the hostile fixture's text shows
  // literally and nothing from it runs; a repealed plan and its successor show both sides.
  {
    name: 'sites',
    commands: [
      node('scripts/quality/fixture-site.ts', 'hostile-text'),
      node('scripts/quality/fixture-site.ts', 'lineage-supersession', '--as-of', '2021-06-30'),
      node('scripts/quality/fixture-site.ts', 'extract-departments-task-table'),
      node('scripts/quality/fixture-site.ts', 'extract-departments-central'),
    ],
  },
];

function shown(command: Command): string {
  const [argv, env] = Array.isArray(command) ? [command, {}] : [command.run, command.env];
  const prefix = Object.entries(env)
    .map(([key, value]) => `${key}=${value} `)
    .join('');
  return (
    prefix +
    argv
      .map((part) =>
        part === NODE ? 'node' : part.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, part) : part,
      )
      .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replaceAll("'", "'\\''")}'`))
      .join(' ')
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Runs a command with inherited stdio; returns why it failed, or undefined on success. */
function run(command: Command): string | undefined {
  const [argv, extra] = Array.isArray(command) ? [command, {}] : [command.run, command.env];
  const [file, ...args] = argv;
  if (!file) return 'empty command';
  // PATH gets node_modules/.bin first (as under npm), so a nested plain `node` is Node 24 too;
  // Astro's telemetry is off in every step (scripts/build/env.ts).
  const env = {
    ...process.env,
    ...ASTRO_ENV,
    PATH: [path.join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(path.delimiter),
    ...extra,
  };
  const result = spawnSync(file, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) return result.error.message;
  if (result.signal) return `killed by ${result.signal}`;
  if (result.status !== 0) return `exit code ${result.status}`;
  return undefined;
}

function main(): number {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const steps = wanted.length > 0 ? STEPS.filter((step) => wanted.includes(step.name)) : STEPS;

  mkdirSync(SCRATCH, { recursive: true });
  let passed = 0;
  let failed = 0;
  const lines: string[] = [];
  const started = Date.now();

  for (const [index, step] of steps.entries()) {
    process.stdout.write(`\n━━━ [${index + 1}/${steps.length}] ${step.name} ━━━\n`);
    const stepStarted = Date.now();
    let failure: string | undefined;
    for (const command of step.commands) {
      process.stdout.write(`$ ${shown(command)}\n`);
      failure = run(command);
      if (failure) {
        failure = `${shown(command)}: ${failure}`;
        break;
      }
    }
    const took = seconds(Date.now() - stepStarted);
    if (failure) {
      failed += 1;
      lines.push(`✗ ${step.name} (${took}): ${failure}`);
      process.stdout.write(`✗ ${step.name} failed after ${took} (${failure})\n`);
      const skipped = steps.slice(index + 1).map((s) => s.name);
      if (skipped.length > 0) lines.push(`- not run: ${skipped.join(', ')}`);
      break;
    }
    passed += 1;
    lines.push(`✓ ${step.name} (${took})`);
    process.stdout.write(`✓ ${step.name} passed in ${took}\n`);
  }

  process.stdout.write(`\n━━━ summary (${seconds(Date.now() - started)}) ━━━\n${lines.join('\n')}\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
