/**
 * The ingest as the content loaders see it: one run per process, shared by every collection, and in
 * `astro dev` a new run after each edit of its inputs.
 *
 * A run takes a worker thread (./ingest-worker.ts), so that the pipeline's modules and work stay off
 * the main thread. The integration starts the first run as soon as Astro has set the configuration
 * up (`start`): it then runs on the machine's other core while Astro starts Vite and loads the
 * content configuration, about a second of the main thread, instead of after it.
 *
 * Astro loads the collections concurrently, and every collection of src/content.config.ts reads the
 * ingest's outputs or its inputs, so all of them wait for that one run (`ready`). It runs once per
 * process (`astro build`, `astro sync`, `astro check`), its cache keeping it incremental across
 * processes.
 *
 * In `astro dev` an edit of an input (a source or its sidecar, the registry, a note) runs the ingest
 * again, writing only the generated files that changed; the inner loaders watch those files and
 * reload their entries, and Astro reloads the page. Edits close together make one run.
 */
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { readConfig } from '../../src/config.ts';
import type { IngestRunner } from '../../src/content/ingested.ts';
import {
  INGEST_INPUTS,
  type IngestReport,
  type IngestRequest,
  type IngestWork,
  printReport,
  startLine,
} from './ingest-report.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Listener = (event: string, file: string) => void;

/** How long after an edit the ingest runs again, so that a save touching several files makes one run. */
const SETTLE_MS = 100;

/** The run every load waits for; replaced by each run `astro dev` starts after an edit. */
let current: Promise<void> | undefined;
const listeners = new WeakMap<Watcher, Listener>();

export const ingestRunner: IngestRunner & {
  /**
   * Starts the process's run unless it has one: its messages go to `logger`, and documents left out
   * set the exit code if `setsExitCode` (not in `astro dev`, which keeps serving).
   */
  start(root: string, logger: AstroIntegrationLogger, setsExitCode: boolean): void;
} = {
  start(root, logger, setsExitCode) {
    current ??= run({ root, inPlace: false }, logger, setsExitCode);
  },
  /** Every collection's load calls it: it waits for the run (starting it if nothing has). */
  async ready(context) {
    const root = fileURLToPath(context.config.root);
    const logger = context.logger.fork('ingest');
    this.start(root, logger, context.watcher === undefined);
    await current;
    if (context.watcher) watchInputs(context.watcher, root, logger);
  },
};

/** One run in its own worker, its report printed when it is done. */
function run(request: IngestRequest, logger: AstroIntegrationLogger, setsExitCode: boolean): Promise<void> {
  logger.info(startLine(readConfig().ingestFrail ?? false));
  const done = inWorker(request).then((report) => printReport(report, logger, setsExitCode));
  // A run that fails before any load waits for it is not an unhandled rejection: the loads get it.
  done.catch(() => undefined);
  return done;
}

function inWorker(request: IngestRequest): Promise<IngestReport> {
  return new Promise((resolve, reject) => {
    const work: IngestWork = { request, compileCache: module.getCompileCacheDir?.() };
    const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: work });
    worker.once('message', resolve);
    worker.once('error', reject);
    // After a report or an error this changes nothing; without either, the run must still end.
    worker.once('exit', (code) => reject(new Error(`ingest: its worker stopped (exit code ${code}) without a report`)));
  });
}

/**
 * Runs the ingest again after an edit of its inputs. One listener per watcher: Astro removes the
 * loaders' listeners before each full sync, and every collection's load then offers it again.
 */
function watchInputs(watcher: Watcher, root: string, logger: AstroIntegrationLogger): void {
  let listener = listeners.get(watcher);
  if (listener && watcher.listeners('all').includes(listener)) return;
  const folders = INGEST_INPUTS.map((folder) => path.join(root, folder) + path.sep);
  let timer: NodeJS.Timeout | undefined;
  listener = (_event, file) => {
    if (!folders.some((folder) => file.startsWith(folder))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // After the run before it; a failed run is reported and leaves the generated files as they were.
      current = (current ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => run({ root, inPlace: true }, logger, false))
        .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
    }, SETTLE_MS);
  };
  listeners.set(watcher, listener);
  watcher.on('all', listener);
  for (const folder of folders) watcher.add(folder);
}
