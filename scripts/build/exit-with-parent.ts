/**
 * Preloaded (`node --import`) into each process scripts/build.ts starts: when the build script is
 * gone (killed with SIGKILL, which it cannot forward), this process is re-parented, and it then
 * kills its own process group (itself and whatever it started, e.g. esbuild), so no step of a dead
 * build keeps running. A signal the build script can catch is forwarded by it instead (children.ts).
 *
 * The watch runs in a worker thread: the step's main thread can be busy for many seconds (astro
 * renders pages synchronously), and a timer there would wait for it. The worker is unref'd, so it
 * never keeps the step alive.
 */
import process from 'node:process';
import { Worker, isMainThread } from 'node:worker_threads';

const WATCH = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid === workerData.parent) return;
  // The build script starts each step as the leader of its own group, whose id is its pid.
  try { process.kill(-process.pid, 'SIGKILL'); } catch { process.kill(process.pid, 'SIGKILL'); }
}, 200);
`;

// Workers the step starts itself load this preload too; one watch per process is enough.
if (isMainThread) {
  new Worker(WATCH, { eval: true, execArgv: [], workerData: { parent: process.ppid } }).unref();
}
