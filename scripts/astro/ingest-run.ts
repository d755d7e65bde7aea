/**
 * The ingest as the content loaders run it (scripts/astro/ingest-runner.ts): what `node scripts/ingest.ts`
 * does (leftovers removed, one run of the unified pipeline with its cache, outputs written into
 * content/generated), in the Astro process, with its messages through Astro's logger in the same
 * vfile-reporter format (`file:line:col`).
 *
 * Outcome, as the CLI's exit codes: nothing written (an invalid registry, a bad setting, an
 * unwritable folder) throws, so the sync or build fails; documents left out are reported as errors
 * and, outside `astro dev`, set the process's exit code to 1 (the rest of the site still builds,
 * and `astro build` then exits 1 so CI fails; scripts/build.ts reads it too).
 */
import path from 'node:path';
import process from 'node:process';
import type { AstroIntegrationLogger } from 'astro';
import { reporter } from 'vfile-reporter';
import { readConfig } from '../../src/config.ts';
import { removeLeftovers } from '../leftovers.ts';
import { runIngest } from '../ingest/cli/run.ts';
import { summarize } from '../ingest/cli/summary.ts';
import { writeAtomically, writeChanged } from '../ingest/cli/write.ts';

/** The folders of the project the ingest reads and writes, relative to its root. */
export const INGEST_INPUTS = ['content/sources', 'content/registry', 'content/notes'] as const;
export const INGEST_OUTPUT = 'content/generated';
const CACHE = '.cache/ingest';

/** A run that could write nothing; its messages are printed already, so its stack says nothing more. */
export class IngestError extends Error {
  override name = 'IngestError';
}

export interface IngestRunOptions {
  root: string;
  logger: AstroIntegrationLogger;
  /** In place, file by file (`astro dev`, after an edit); else the whole folder swapped in at once. */
  inPlace: boolean;
  /** A failed document sets the process's exit code (not in `astro dev`, which keeps serving). */
  setsExitCode: boolean;
}

export function ingestInto(options: IngestRunOptions): void {
  const { root, logger } = options;
  const started = performance.now();
  const out = path.join(root, INGEST_OUTPUT);
  const frail = readConfig().ingestFrail ?? false;
  logger.info(`${INGEST_INPUTS.join(', ')} → ${INGEST_OUTPUT}${frail ? ' (frail: warnings fail)' : ''}`);
  removeLeftovers(out);
  const [sources, registry, notes] = INGEST_INPUTS.map((folder) => path.join(root, folder)) as [string, string, string];
  const result = runIngest({ sources, registry, notes, cwd: root, cache: path.join(root, CACHE), frail });
  const messages = result.files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const failed = errors > 0 || (frail && warnings > 0);
  const printed = reporter(result.files, { quiet: true, verbose: false });
  if (printed) {
    const level = failed || errors > 0 ? 'error' : warnings > 0 ? 'warn' : 'info';
    logger[level](printed);
  }
  const counts = `${errors} error(s), ${warnings} warning(s)${frail && warnings ? ' (frail: warnings fail)' : ''}`;
  if (!result.exports) throw new IngestError(`ingest: ${counts}; nothing written.`);
  let action: string;
  if (options.inPlace) action = `rewrote ${writeChanged(out, result.outputs).length} files in ${INGEST_OUTPUT}`;
  else {
    writeAtomically(out, result.outputs);
    action = `wrote ${result.outputs.size} files to ${INGEST_OUTPUT}`;
  }
  if (failed) {
    logger.error(`${counts}; left out ${result.excluded.join(', ') || 'no document'}, the rest is written.`);
    if (options.setsExitCode) process.exitCode = 1;
  }
  // The last line of the CLI's report (its table has one row per document: thousands at scale).
  logger.info(
    summarize(result, performance.now() - started, action)
      .split('\n')
      .at(-1)!,
  );
}
