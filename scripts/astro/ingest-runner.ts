/**
 * The ingest as the content loaders see it: one run per process, shared by every collection, and in
 * `astro dev` a new run after each edit of its inputs.
 *
 * Astro loads the collections concurrently, and every collection of src/content.config.ts reads the
 * ingest's outputs or its inputs, so all of them wait for one shared run: the first load starts it,
 * the others await the same promise. It runs once per process (`astro build`, `astro sync`,
 * `astro check`), its cache keeping it incremental across processes.
 *
 * In `astro dev` an edit of an input (a source or its sidecar, the registry, a note) runs the ingest
 * again, writing only the generated files that changed; the inner loaders watch those files and
 * reload their entries, and Astro reloads the page. Edits close together make one run.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { IngestRunner } from '../../src/content/ingested.ts';
import { INGEST_INPUTS, ingestInto } from './ingest-run.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Listener = (event: string, file: string) => void;

/** How long after an edit the ingest runs again, so that a save touching several files makes one run. */
const SETTLE_MS = 100;

/** The run every load waits for; replaced by each run `astro dev` starts after an edit. */
let current: Promise<void> | undefined;
const listeners = new WeakMap<Watcher, Listener>();

/**
 * The runner the content loaders wait for (src/content/ingested.ts), installed by the integration.
 * Every collection's load calls `ready`: the first starts the run, the others await the same one.
 */
export const ingestRunner: IngestRunner = {
  async ready(context) {
    const root = fileURLToPath(context.config.root);
    const logger = context.logger.fork('ingest');
    current ??= Promise.resolve().then(() =>
      ingestInto({ root, logger, inPlace: false, setsExitCode: context.watcher === undefined }),
    );
    await current;
    if (context.watcher) watchInputs(context.watcher, root, logger);
  },
};

/**
 * Runs the ingest again after an edit of its inputs. One listener per watcher: Astro removes the
 * loaders' listeners before each full sync, and every collection's load then offers it again.
 */
function watchInputs(watcher: Watcher, root: string, logger: LoaderContext['logger']): void {
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
        .then(() => {
          try {
            ingestInto({ root, logger, inPlace: true, setsExitCode: false });
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        });
    }, SETTLE_MS);
  };
  listeners.set(watcher, listener);
  watcher.on('all', listener);
  for (const folder of folders) watcher.add(folder);
}
