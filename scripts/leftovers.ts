/**
 * What interrupted runs leave behind. Outputs are written as `<name>.tmp-<pid>` and swapped in by
 * renaming, with the previous output moved to `<name>.old-<pid>` meanwhile. A process killed with
 * SIGKILL (or by a power cut) cannot clean up after itself, so the next run removes the leftovers
 * of processes that are gone; those of a live process are its work in progress and are kept.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';

export interface Leftover {
  /** The output's own name (`generated` for `generated.tmp-123`). */
  name: string;
  kind: 'tmp' | 'old';
  pid: number;
}

const PATTERN = /^(.+)\.(tmp|old)-(\d+)$/;

/** `generated.tmp-123` → { name: 'generated', kind: 'tmp', pid: 123 }; other names → undefined. */
export function parseLeftover(entry: string): Leftover | undefined {
  const match = PATTERN.exec(entry);
  return match ? { name: match[1]!, kind: match[2] as Leftover['kind'], pid: Number(match[3]) } : undefined;
}

/** Is `pid` a live process? (Signal 0 checks without sending; EPERM means it exists as another user's.) */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A leftover of `name` whose process is gone. */
export function isStale(entry: string, name?: string): boolean {
  const leftover = parseLeftover(entry);
  return leftover !== undefined && (name === undefined || leftover.name === name) && !isRunning(leftover.pid);
}

/**
 * Removes the leftovers of `target` (a folder or file path) left by processes that are gone.
 * When `target` itself is missing but an old copy is there, the run was killed between the two
 * renames of its swap: the old copy is renamed back first, so the previous output is kept.
 * Returns the paths removed or restored, for messages and tests.
 */
export function removeLeftovers(target: string): string[] {
  const folder = dirname(target);
  const name = basename(target);
  if (!existsSync(folder)) return [];
  const stale = readdirSync(folder).filter((entry) => isStale(entry, name));
  const handled: string[] = [];
  const old = stale.find((entry) => parseLeftover(entry)!.kind === 'old');
  if (old && !existsSync(target)) {
    renameSync(join(folder, old), target);
    handled.push(join(folder, old));
  }
  for (const entry of stale) {
    if (entry === old && handled.length > 0) continue;
    rmSync(join(folder, entry), { recursive: true, force: true });
    handled.push(join(folder, entry));
  }
  return handled;
}
