/**
 * Writing an added document: the file as received (byte for byte) in the originals folder, its
 * text as `<id>.txt` (UTF-8) and the drafted `<id>.yml` in the sources folder. An id already used
 * by any of these is refused unless `force`; with `force` an original of the same id with
 * another extension is removed, so each id keeps one original.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export class AddError extends Error {
  override name = 'AddError';
}

export interface Placed {
  original: string;
  text: string;
  sidecar: string;
}

export function placesOf(id: string, file: string, sources: string, originals: string): Placed {
  return {
    original: join(originals, `${id}${extname(file).toLowerCase()}`),
    text: join(sources, `${id}.txt`),
    sidecar: join(sources, `${id}.yml`),
  };
}

/** Originals of this id, whatever their extension. */
function originalsOf(id: string, originals: string): string[] {
  if (!existsSync(originals)) return [];
  return readdirSync(originals)
    .filter((name) => name.slice(0, name.length - extname(name).length) === id)
    .map((name) => join(originals, name));
}

export function writeAdded(
  id: string,
  file: string,
  content: { text: string; yaml: string },
  folders: { sources: string; originals: string },
  force: boolean,
): Placed {
  const placed = placesOf(id, file, folders.sources, folders.originals);
  const taken = [placed.text, placed.sidecar, ...originalsOf(id, folders.originals)].filter((path) => existsSync(path));
  if (taken.length && !force) {
    throw new AddError(
      `id \`${id}\` is taken (${taken.join(', ')}): pass --id to choose another id, or --force to replace that document`,
    );
  }
  for (const path of originalsOf(id, folders.originals)) rmSync(path);
  mkdirSync(folders.originals, { recursive: true });
  mkdirSync(folders.sources, { recursive: true });
  copyFileSync(file, placed.original);
  writeFileSync(placed.text, content.text, 'utf8');
  writeFileSync(placed.sidecar, content.yaml, 'utf8');
  return placed;
}
