/**
 * The worker thread one ingest run takes (started by ./ingest-runner.ts): it runs the ingest with
 * the request it was given and posts back its report. A thrown error reaches the main thread as the
 * worker's `error` event, with its stack.
 *
 * A worker shares its process's compile cache only when NODE_COMPILE_CACHE names it (as
 * scripts/build.mjs does); under Astro's own CLI it does not, so the worker enables the process's
 * folder before loading the pipeline: about 0.2 s less of module loading.
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { IngestWork } from './ingest-report.ts';

const { request, compileCache } = workerData as IngestWork;
if (compileCache) module.enableCompileCache?.(compileCache);
const { ingestInto } = await import('./ingest-run.ts');
parentPort!.postMessage(ingestInto(request));
