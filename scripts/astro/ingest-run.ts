/**
 * One run of the ingest as the build runs it, in a worker thread (./ingest-worker.ts): what
 * `node scripts/ingest.ts` does (leftovers removed, one run of the unified pipeline with its cache,
 * outputs written into content/generated), returning what it has to say as an IngestReport
 * (./ingest-report.ts) for the main thread to print through Astro's logger.
 *
 * Outcome, as the CLI's exit codes: nothing written (an invalid registry, a bad setting, an
 * unwritable folder) is `nothingWritten`, and the sync or build fails; documents left out are
 * `leftOut`, and the rest of the site still builds (`astro build` then exits 1 so CI fails).
 */
import path from 'node:path';
import { reporter } from 'vfile-reporter';
import { readConfig } from '../../src/config.ts';
import { removeLeftovers } from '../leftovers.ts';
import { runIngest } from '../ingest/cli/run.ts';
import { summarize } from '../ingest/cli/summary.ts';
import { writeAtomically, writeChanged } from '../ingest/cli/write.ts';
import { INGEST_INPUTS, INGEST_OUTPUT, type IngestReport, type IngestRequest } from './ingest-report.ts';

const CACHE = '.cache/ingest';

export function ingestInto({ root, inPlace }: IngestRequest): IngestReport {
  const started = performance.now();
  const out = path.join(root, INGEST_OUTPUT);
  const frail = readConfig().ingestFrail ?? false;
  removeLeftovers(out);
  const [sources, registry, notes] = INGEST_INPUTS.map((folder) => path.join(root, folder)) as [string, string, string];
  const result = runIngest({ sources, registry, notes, cwd: root, cache: path.join(root, CACHE), frail });
  const messages = result.files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const failed = errors > 0 || (frail && warnings > 0);
  const report: IngestReport = {};
  const printed = reporter(result.files, { quiet: true, verbose: false });
  if (printed)
    report.messages = { level: failed || errors > 0 ? 'error' : warnings > 0 ? 'warn' : 'info', text: printed };
  const counts = `${errors} error(s), ${warnings} warning(s)${frail && warnings ? ' (frail: warnings fail)' : ''}`;
  if (!result.exports) return { ...report, nothingWritten: `ingest: ${counts}; nothing written.` };
  let action: string;
  if (inPlace) action = `rewrote ${writeChanged(out, result.outputs).length} files in ${INGEST_OUTPUT}`;
  else {
    writeAtomically(out, result.outputs);
    action = `wrote ${result.outputs.size} files to ${INGEST_OUTPUT}`;
  }
  if (failed)
    report.leftOut = `${counts}; left out ${result.excluded.join(', ') || 'no document'}, the rest is written.`;
  // The last line of the CLI's report (its table has one row per document: thousands at scale).
  report.summary = summarize(result, performance.now() - started, action)
    .split('\n')
    .at(-1)!;
  return report;
}
