/**
 * Running the build's steps so that none outlives the build:
 * - each step is started as the leader of its own process group (`detached`), with
 *   exit-with-parent.ts preloaded, so the whole group can be signalled at once;
 * - SIGINT, SIGTERM and SIGHUP to the build script are forwarded to the running step's group
 *   (SIGTERM, then SIGKILL after a grace period), and the build stops;
 * - if the build script's own parent goes away (e.g. npm killed), it stops the same way;
 * - if the build script is killed with SIGKILL, each step notices it was re-parented and kills its
 *   group (exit-with-parent.ts);
 * - when a step exits, whatever is left in its group is killed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import process from 'node:process';

const GUARD = new URL('./exit-with-parent.ts', import.meta.url).pathname;
const GRACE_MS = 3000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type StepResult = { ok: true } | { ok: false; why: string };

export class Steps {
  /** The signal that stopped the build, once one did. */
  stoppedBy: NodeJS.Signals | undefined;
  private current: ChildProcess | undefined;
  private readonly parent = process.ppid;
  private readonly watch: NodeJS.Timeout;

  constructor() {
    for (const signal of SIGNALS) process.on(signal, () => this.stop(signal));
    this.watch = setInterval(() => {
      if (process.ppid !== this.parent) this.stop('SIGHUP');
    }, 200);
    this.watch.unref();
  }

  /** Runs `node <script> ...args` as its own process group; resolves when it exits. */
  run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<StepResult> {
    if (this.stoppedBy) return Promise.resolve({ ok: false, why: `stopped by ${this.stoppedBy}` });
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', GUARD, script, ...args], {
        stdio: 'inherit',
        detached: true,
        env,
      });
      this.current = child;
      child.once('error', (error) => resolve({ ok: false, why: error.message }));
      child.once('exit', (code, signal) => {
        this.current = undefined;
        killGroup(child, 'SIGKILL');
        if (this.stoppedBy) resolve({ ok: false, why: `stopped by ${this.stoppedBy}` });
        else if (signal) resolve({ ok: false, why: `killed by ${signal}` });
        else if (code !== 0) resolve({ ok: false, why: `exit code ${code}` });
        else resolve({ ok: true });
      });
    });
  }

  /** Stops the build: the running step's group gets SIGTERM, then SIGKILL if it lingers. */
  stop(signal: NodeJS.Signals): void {
    if (this.stoppedBy) return;
    this.stoppedBy = signal;
    const child = this.current;
    if (!child) return;
    killGroup(child, 'SIGTERM');
    setTimeout(() => killGroup(child, 'SIGKILL'), GRACE_MS).unref();
  }

  /** Exit code for a build stopped by a signal (128 + its number, as shells report it). */
  exitCode(): number {
    const numbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
    return this.stoppedBy ? 128 + (numbers[this.stoppedBy] ?? 1) : 1;
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
