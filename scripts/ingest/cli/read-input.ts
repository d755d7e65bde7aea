/**
 * Read one input file without throwing: a failure of the file system (EACCES, EISDIR, EIO, ELOOP…)
 * comes back as a sentence to report on that file.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string; tooLarge?: boolean };

export interface ReadOptions {
  /** Refuse a symbolic link and anything but a regular file (sources must be files of the folder). */
  regularOnly?: boolean;
  /** Refuse a larger file before reading it. */
  maxBytes?: number;
}

export function readInput(path: string, options: ReadOptions = {}): ReadResult {
  let descriptor: number | undefined;
  try {
    // O_NOFOLLOW: a link swapped in after the folder was listed is refused too (ELOOP).
    descriptor = openSync(path, constants.O_RDONLY | (options.regularOnly ? constants.O_NOFOLLOW : 0));
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return { ok: false, reason: 'a folder' };
    if (options.regularOnly && !stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (options.maxBytes !== undefined && stats.size > options.maxBytes)
      return {
        ok: false,
        tooLarge: true,
        reason: `${formatBytes(stats.size)}, larger than the limit of ${formatBytes(options.maxBytes)}`,
      };
    return { ok: true, bytes: readFileSync(descriptor) };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** `EACCES: permission denied` from `EACCES: permission denied, open '/x/y.txt'`: the file is named anyway. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/u, '');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
