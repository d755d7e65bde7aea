/**
 * Preloaded (`node --import`) into each process scripts/build.ts starts: when the build script is
 * gone (killed with SIGKILL, which it cannot forward), this process is re-parented, and it then
 * kills its own process group (itself and whatever it started, e.g. esbuild), so no step of a dead
 * build keeps running. A signal the build script can catch is forwarded by it instead (children.ts).
 */
import process from 'node:process';

const parent = process.ppid;
const POLL_MS = 200;

setInterval(() => {
  if (process.ppid === parent) return;
  try {
    // The build script starts each step as the leader of its own group, whose id is its pid.
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    process.exit(129);
  }
}, POLL_MS).unref();
