/**
 * `node scripts/quality/fixture-site.ts <fixture> [--keep] [--as-of YYYY-MM-DD]`: a site built from one
 * ingest fixture, checked in a browser by its own spec.
 *
 * Builds the site from scripts/ingest/fixtures/<fixture>/sources in a temporary copy of the project
 * (node_modules symlinked, like bench-scale) with one astro build (its content loaders run the
 * ingest, with no cache in the copy; its build hook writes the search index),
 * then runs e2e/sites/<fixture>.spec.ts against it (FIXTURE_SITE=<fixture>; playwright.config.ts runs
 * only that spec then). The sites:
 *   - hostile-text: `{alert(1)}`, `<script>alert(2)</script>`, `import`/`export` lines, `<img onerror>`,
 *     `{props.x}` and a right-to-left override show literally and nothing from them runs;
 *   - lineage-supersession: a newer plan that repeals an older one, seen from both sides;
 *   - extract-departments-task-table: body tasks given their departments by the plan's task table.
 *   - extract-departments-central: central documents, filed under the nation (国家), which heads the
 *     list of provinces and is no province of its counts; their bodies on their departments' pages.
 * `--as-of` fixes the date statuses are computed for (SOURCE_DATE_EPOCH). Exit 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ASTRO_ENV } from '../build/env.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'scripts/ingest/fixtures');
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
});
const fixture = positionals[0] ?? '';
const spec = join(ROOT, 'e2e/sites', `${fixture}.spec.ts`);
if (positionals.length !== 1 || !existsSync(join(FIXTURES, fixture, 'sources')) || !existsSync(spec)) {
  process.stderr.write(
    `Usage: node scripts/quality/fixture-site.ts <fixture> [--keep] [--as-of YYYY-MM-DD], with a fixture that has both sources/ and e2e/sites/<fixture>.spec.ts: ${readdirSync(
      join(ROOT, 'e2e/sites'),
    )
      .map((file) => file.replace(/\.spec\.ts$/u, ''))
      .join(', ')}\n`,
  );
  process.exit(2);
}
const asOf = values['as-of'];
if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(asOf)) {
  process.stderr.write(`Unexpected --as-of \`${asOf}\`, expected a date like 2021-06-30\n`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), `policy-kb-${fixture}-`));
for (const entry of readdirSync(ROOT)) {
  if (!SKIP.has(entry)) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
cpSync(join(ROOT, 'content/registry'), join(work, 'content/registry'), { recursive: true });
mkdirSync(join(work, 'content/sources'), { recursive: true });
cpSync(join(FIXTURES, fixture, 'sources'), join(work, 'content/sources'), { recursive: true });
// A fixture's editors' notes, when it has some (hostile-text: hostile text quoted through a note).
if (existsSync(join(FIXTURES, fixture, 'notes')))
  cpSync(join(FIXTURES, fixture, 'notes'), join(work, 'content/notes'), { recursive: true });

const steps: Array<[string, string[]]> = [
  // Not --silent: the ingest's messages come through Astro's logger.
  [process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']],
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
      // Not frail: the hostile fixture's right-to-left override warns (check-characters:bidi) on
      // purpose. Errors still leave a document out, and astro build then exits 1.
      INGEST_FRAIL: '0',
      FIXTURE_SITE: fixture,
      ...(asOf ? { SOURCE_DATE_EPOCH: String(Date.parse(`${asOf}T00:00:00Z`) / 1000) } : {}),
      BASE_PATH: '/',
      E2E_PORT: process.env.E2E_PORT ?? '4331',
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
    },
  });
  if (result.status !== 0) {
    process.stderr.write(
      `${fixture}: failed (${result.signal ?? `exit ${result.status}`}); the copy is kept in ${work}\n`,
    );
    status = 1;
    break;
  }
}
if (status === 0 && !values.keep) rmSync(work, { recursive: true, force: true });
else if (status === 0) process.stdout.write(`${fixture}: kept ${work}\n`);
process.exit(status);
