/**
 * Starting a build for the interruption test and finding every process it started, by a marker
 * in the environment that children inherit (Linux: /proc/<pid>/environ).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { stripVTControlCharacters } from 'node:util';

const MARKER = 'POLICY_KB_BUILD_RUN';

export interface RunningBuild {
  child: ChildProcess;
  /** The marker's value in the environment of this build's processes. */
  run: string;
  /** Output so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code, or 128 + the signal's number. */
  exited: Promise<number>;
  /** Resolves when a line of the output contains `text` (or the build exits, with false). */
  printed: (text: string) => Promise<boolean>;
}

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** `node <args>` in `cwd`, as the leader of a new process group, with a fresh marker. */
export function startBuild(args: string[], cwd: string): RunningBuild {
  const run = randomUUID();
  const child = spawn(process.execPath, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [MARKER]: run },
  });
  let raw = '';
  // Astro colours its log where CI is set, even into a pipe: the lines are matched without colours.
  let output = '';
  const waiting: Array<{ text: string; resolve: (seen: boolean) => void }> = [];
  const take = (chunk: Buffer): void => {
    raw += chunk.toString('utf8');
    output = stripVTControlCharacters(raw);
    for (const wait of [...waiting]) {
      if (!output.includes(wait.text)) continue;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(true);
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => {
      for (const wait of waiting.splice(0)) wait.resolve(output.includes(wait.text));
      resolve(signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : (code ?? 1));
    });
  });
  const printed = (text: string): Promise<boolean> =>
    output.includes(text) || child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(output.includes(text))
      : new Promise((resolve) => waiting.push({ text, resolve }));
  return { child, run, output: () => output, exited, printed };
}

/** Pids of the live processes whose environment carries `run` as the marker. */
export function processesOf(run: string): number[] {
  const wanted = `${MARKER}=${run}`;
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const environment = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      // A zombie has an empty environ: it has exited and holds no resources but its table entry.
      return environment.includes(wanted) ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/** The environment of a live process, as a map (undefined when it has gone). */
export function environmentOf(pid: number): Map<string, string> | undefined {
  try {
    const entries = readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').filter(Boolean);
    return new Map(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
  } catch {
    return undefined;
  }
}

/** The command line of a live process ('' when it has gone). */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Commands of `pids`, shortened, for messages. */
export function describeProcesses(pids: number[]): string {
  return pids.map((pid) => `${pid} ${commandOf(pid).slice(0, 160) || '(gone)'}`).join('; ');
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it is true or `ms` have passed; returns its last value. */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(50);
  }
  return check();
}
