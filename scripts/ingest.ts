/**
 * The ingest CLI: read content/sources and content/registry, write content/generated.
 *
 *   node scripts/ingest.ts            write (atomically) when there are no errors
 *   node scripts/ingest.ts --frail    warnings fail too (the build and CI use it)
 *   node scripts/ingest.ts --check    write nothing; fail if content/generated is not up to date
 *   --sources DIR --registry DIR --notes DIR --out DIR   other folders (tests, fixtures)
 *   --cache DIR (default .cache/ingest), --no-cache   incremental: unchanged sources are not re-parsed
 *
 * A document with errors (or warnings, with --frail) is left out of the outputs with its messages; the
 * rest of the corpus is still written. Exit code 1 when a document was left out (so CI fails), 2 when
 * nothing could be written (a registry is invalid, or --check found the outputs out of date).
 * Temp and old folders of killed runs beside the output are removed at the start
 * (scripts/leftovers.ts).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { ConfigError } from '../src/config.ts';
import { runIngest } from './ingest/cli/run.ts';
import { describeError } from './ingest/cli/read-input.ts';
import { removeLeftovers } from './leftovers.ts';
import { summarize } from './ingest/cli/summary.ts';
import { compareWithDisk, writeAtomically } from './ingest/cli/write.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    frail: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    sources: { type: 'string', default: 'content/sources' },
    registry: { type: 'string', default: 'content/registry' },
    notes: { type: 'string', default: 'content/notes' },
    out: { type: 'string', default: 'content/generated' },
    cache: { type: 'string', default: '.cache/ingest' },
    'no-cache': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const cwd = process.cwd();
// First of all, what killed runs left: the previous output is put back if a swap was cut between
// its two renames, so even a run that then fails or only checks sees it.
orExit(() => removeLeftovers(resolve(values.out)));
const result = orExit(() =>
  runIngest({
    sources: resolve(values.sources),
    registry: resolve(values.registry),
    notes: resolve(values.notes),
    cwd,
    cache: values['no-cache'] ? undefined : resolve(values.cache),
    frail: values.frail,
  }),
);
const messages = result.files.flatMap((file) => file.messages);
const errors = messages.filter((message) => message.fatal === true).length;
const warnings = messages.filter((message) => message.fatal === false).length;
const failed = errors > 0 || (values.frail && warnings > 0);

const printed = reporter(result.files, { quiet: true, verbose: false });
if (printed) console.error(printed);

const counts = `${errors} error(s), ${warnings} warning(s)${values.frail && warnings ? ' (--frail: warnings fail)' : ''}`;
if (!result.exports) {
  console.error(`ingest: ${counts}; nothing written.`);
  process.exit(2);
}
if (failed)
  console.error(
    `ingest: ${counts}; left out ${result.excluded.length ? result.excluded.join(', ') : 'no document'}, the rest is ${values.check ? 'checked' : 'written'}.`,
  );

const out = resolve(values.out);
if (values.check) {
  const differences = orExit(() => compareWithDisk(out, result.outputs));
  if (differences.length) {
    console.error(
      `ingest --check: ${values.out} is out of date (${differences.length} files):\n  ${differences.slice(0, 20).join('\n  ')}\nRun \`npm run ingest\`.`,
    );
    process.exit(2);
  }
} else {
  orExit(() => writeAtomically(out, result.outputs));
}
if (!values.quiet)
  console.log(
    summarize(
      result,
      performance.now() - started,
      values.check ? 'checked' : `wrote ${result.outputs.size} files to ${values.out}`,
    ),
  );
if (failed) process.exit(1);

/**
 * A file-system failure (EACCES, ENOSPC, EIO…) as `file: reason` and exit 1, without a stack trace.
 * A failed write on an open file carries no path: the output folder is named then. Anything that is
 * not a system error (a bug) still throws with its stack.
 */
function orExit<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('E')) throw error;
    console.error(`${path === undefined ? values.out : relative(cwd, path) || path}: ${describeError(error)}`);
    process.exit(2);
  }
}
