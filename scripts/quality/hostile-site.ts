/**
 * `node scripts/quality/hostile-site.ts [--keep]`: the page side of the hostile-input check.
 *
 * Builds a small site from the hostile fixture (scripts/ingest/fixtures/hostile-text/sources:
 * `{alert(1)}`, `<script>alert(2)</script>`, `import`/`export` lines, `<img onerror>`, `{props.x}`,
 * a right-to-left override in a title)
 * in a temporary copy of the project (node_modules symlinked, like bench-scale), with the real build
 * (ingest, astro build, pagefind), then runs e2e/hostile.spec.ts against it (HOSTILE=1):
 * no dialog opens, no script from the text is in the DOM, and the text shows literally. A build that
 * ran code from the text would fail here or show the text changed. Exit 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO_ENV } from '../build/env.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'scripts/ingest/fixtures/hostile-text/sources');
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.cache',
  '.scratch',
  '.git',
  'content',
  'test-results',
  'playwright-report',
]);

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'policy-kb-hostile-'));
for (const entry of readdirSync(ROOT)) {
  if (!SKIP.has(entry)) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
cpSync(join(ROOT, 'content/registry'), join(work, 'content/registry'), { recursive: true });
mkdirSync(join(work, 'content/sources'), { recursive: true });
cpSync(FIXTURE, join(work, 'content/sources'), { recursive: true });

const steps: Array<[string, string[]]> = [
  // Not --frail: the fixture's right-to-left override warns (check-characters:bidi) on purpose. Errors still fail.
  [process.execPath, ['scripts/ingest.ts', '--no-cache', '--quiet']],
  [process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']],
  [process.execPath, ['scripts/pagefind.ts']],
  [process.execPath, [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--project', 'desktop']],
];
let status = 0;
for (const [command, args] of steps) {
  process.stdout.write(`$ (${work}) ${[command === process.execPath ? 'node' : command, ...args].join(' ')}\n`);
  const result = spawnSync(command, args, {
    cwd: work,
    stdio: 'inherit',
    env: {
      ...process.env,
      ...ASTRO_ENV,
      HOSTILE: '1',
      BASE_PATH: '/',
      E2E_PORT: process.env.E2E_PORT ?? '4331',
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    },
  });
  if (result.status !== 0) {
    process.stderr.write(
      `hostile: failed (${result.signal ?? `exit ${result.status}`}); the copy is kept in ${work}\n`,
    );
    status = 1;
    break;
  }
}
if (status === 0 && !values.keep) rmSync(work, { recursive: true, force: true });
else if (status === 0) process.stdout.write(`hostile: kept ${work}\n`);
process.exit(status);
