/**
 * Writing outputs: atomically (a failed run leaves the previous output intact), in place file by
 * file (`astro dev`, whose watchers follow files, not a swapped folder), or comparing with what is
 * on disk (`--check`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Relative path → content. */
export type Outputs = Map<string, string>;

/**
 * Replace `directory` with exactly `outputs`: write a sibling temp folder, then swap. Callers remove
 * what killed runs left beside it first (`removeLeftovers`, scripts/leftovers.ts).
 */
export function writeAtomically(directory: string, outputs: Outputs): void {
  const temporary = `${directory}.tmp-${process.pid}`;
  const previous = `${directory}.old-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  for (const [path, content] of [...outputs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = join(temporary, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  if (existsSync(directory)) renameSync(directory, previous);
  renameSync(temporary, directory);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Make `directory` hold exactly `outputs` by writing only the files that differ and removing the
 * extra ones, in place: `astro dev` watches each generated file, and a folder swapped in by
 * renaming would be a new folder its watchers never see. Returns the paths changed.
 */
export function writeChanged(directory: string, outputs: Outputs): string[] {
  const changed = compareWithDisk(directory, outputs);
  for (const difference of changed) {
    const kind = difference.slice(0, difference.indexOf(' '));
    const path = difference.slice(kind.length + 1);
    const target = join(directory, path);
    if (kind === 'extra') rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputs.get(path)!);
    }
  }
  return changed;
}

/** Paths that differ between `outputs` and the folder on disk (missing, extra or changed). */
export function compareWithDisk(directory: string, outputs: Outputs): string[] {
  const onDisk = new Set(existsSync(directory) ? listFiles(directory).map((path) => relative(directory, path)) : []);
  const differences: string[] = [];
  for (const [path, content] of outputs) {
    if (!onDisk.has(path)) differences.push(`missing ${path}`);
    else if (readFileSync(join(directory, path), 'utf8') !== content) differences.push(`changed ${path}`);
    onDisk.delete(path);
  }
  for (const path of onDisk) if (!path.startsWith('.cache/')) differences.push(`extra ${path}`);
  return differences.sort();
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
