/**
 * Running the build's steps so that none outlives the build:
 * - each step is started as the leader of its own process group (`detached`), with
 *   exit-with-parent.ts preloaded, so the whole group can be signalled at once;
 * - SIGINT, SIGTERM and SIGHUP to the build script are forwarded to the running step's group
 *   (SIGTERM, then SIGKILL after a grace period), and the build stops;
 * - if the build script's own parent goes away (e.g. npm stopped with SIGTERM: npm forwards it to
 *   its `sh -c`, which exits), it stops the same way. npm killed with SIGKILL forwards nothing and
 *   its shell lives on: the build then runs to its end, all or nothing like any other;
 * - if the build script is killed with SIGKILL, each step notices it was re-parented and kills its
 *   group (exit-with-parent.ts). Node cannot ask the kernel for a parent-death signal (prctl), so
 *   the step polls its parent pid instead;
 * - when a step exits, whatever is left in its group is killed.
 * Steps run in groups of their own (rather than in the build script's) so that they can be
 * signalled without signalling the build script, which must stay to clean up.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import process from 'node:process';

const GUARD = new URL('./exit-with-parent.ts', import.meta.url).pathname;
const GRACE_MS = 3000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type StepResult = { ok: true } | { ok: false; why: string; code?: number };

export class Steps {
  /** The signal that stopped the build, once one did (SIGHUP when its parent went away). */
  stoppedBy: NodeJS.Signals | undefined;
  /** Why the build stopped, for messages. */
  private reason = '';
  private current: ChildProcess | undefined;
  private readonly parent = process.ppid;
  private readonly watch: NodeJS.Timeout;

  constructor() {
    for (const signal of SIGNALS) process.on(signal, () => this.stop(signal));
    this.watch = setInterval(() => {
      if (process.ppid !== this.parent) this.stop('SIGHUP', 'its parent process exited');
    }, 200);
    this.watch.unref();
  }

  /** Runs `node <script> ...args` as its own process group; resolves when it exits. */
  run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<StepResult> {
    if (this.stoppedBy) return Promise.resolve({ ok: false, why: this.reason });
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
        if (this.stoppedBy) resolve({ ok: false, why: this.reason });
        else if (signal) resolve({ ok: false, why: `killed by ${signal}` });
        else if (code !== 0) resolve({ ok: false, why: `exit code ${code}`, code: code ?? undefined });
        else resolve({ ok: true });
      });
    });
  }

  /** Stops the build: the running step's group gets SIGTERM, then SIGKILL if it lingers. */
  stop(signal: NodeJS.Signals, why = `stopped by ${signal}`): void {
    if (this.stoppedBy) return;
    this.stoppedBy = signal;
    this.reason = why;
    const child = this.current;
    if (!child) return;
    killGroup(child, 'SIGTERM');
    setTimeout(() => killGroup(child, 'SIGKILL'), GRACE_MS).unref();
  }

  /** Why the build stopped ('' while it runs). */
  get why(): string {
    return this.reason;
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
