/**
 * What one ingest run says, as plain data: the worker that runs the ingest (./ingest-worker.ts)
 * sends it to the build's main thread, which prints it through Astro's logger (./ingest-runner.ts).
 * This module is all the main thread loads of the ingest: the pipeline stays in the worker.
 */
import process from 'node:process';
import type { AstroIntegrationLogger } from 'astro';

/** The folders of the project the ingest reads and writes, relative to its root. */
export const INGEST_INPUTS = ['content/sources', 'content/registry', 'content/notes'] as const;
export const INGEST_OUTPUT = 'content/generated';

/** A run that could write nothing; its messages are printed already, so its stack says nothing more. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** What a worker is asked to do. */
export interface IngestRequest {
  root: string;
  /** In place, file by file (`astro dev`, after an edit); else the whole folder swapped in at once. */
  inPlace: boolean;
}

/** What a worker is given: the request, and the process's compile cache folder if it has one. */
export interface IngestWork {
  request: IngestRequest;
  compileCache?: string;
}

export interface IngestReport {
  /** The run's messages in vfile-reporter's format (`file:line:col`), and the level to print them at. */
  messages?: { level: 'error' | 'warn' | 'info'; text: string };
  /** Nothing was written (an invalid registry, a bad setting): the run fails with this. */
  nothingWritten?: string;
  /** Documents were left out and the rest written: said as an error, and the exit code is 1. */
  leftOut?: string;
  /** The last line of the CLI's report: documents, units, departments, what was written. */
  summary?: string;
}

/** The line a run starts with (the interruption test waits for it, scripts/quality/interrupted-build.ts). */
export const startLine = (frail: boolean): string =>
  `${INGEST_INPUTS.join(', ')} → ${INGEST_OUTPUT}${frail ? ' (frail: warnings fail)' : ''}`;

/**
 * Prints a run's report; throws IngestError when it wrote nothing, and sets the process's exit code
 * to 1 when it left documents out and `setsExitCode` (not in `astro dev`, which keeps serving).
 */
export function printReport(report: IngestReport, logger: AstroIntegrationLogger, setsExitCode: boolean): void {
  if (report.messages) logger[report.messages.level](report.messages.text);
  if (report.nothingWritten !== undefined) throw new IngestError(report.nothingWritten);
  if (report.leftOut !== undefined) {
    logger.error(report.leftOut);
    if (setsExitCode) process.exitCode = 1;
  }
  if (report.summary) logger.info(report.summary);
}
