/**
 * The one rule for file names in content/sources: a source is a regular file `<id>.txt` (lower-case
 * extension) with its sidecar `<id>.yml` beside it. Anything else gets a message on that file, so
 * nothing in the folder is taken or ignored silently: an error for a source the ingest cannot take
 * (`x.TXT`, a link, a folder named `x.txt`), a warning for a file it does not use (an orphan `x.yml`,
 * `x.yaml`, `README.md`).
 */
import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../messages.ts';
import { describeError } from './read-input.ts';

export interface SourceEntry {
  /** The file name without `.txt`; checked to be a slug by the loader. */
  id: string;
  name: string;
  path: string;
  /** `<id>.yml`, when it is a regular file. */
  sidecarPath?: string;
}

export interface SourceListing {
  /** In id order. */
  sources: SourceEntry[];
  /** Files of the folder that are not taken, each with its message. */
  files: VFile[];
}

const TEXT = '.txt';
const SIDECAR = '.yml';

export function listSources(directory: string, cwd: string): SourceListing {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    const folder = new VFile({ path: relative(cwd, directory) || directory, value: '' });
    report(folder, 'ingest:read-failed', `Unexpected folder: ${describeError(error)}, expected a readable folder`, {
      line: 1,
      column: 1,
    });
    return { sources: [], files: [folder] };
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  // Stems of the names that claim to be sources, taken or not: their sidecars need no second message.
  const sourceStems = new Set(
    entries.filter((entry) => entry.name.toLowerCase().endsWith(TEXT)).map((entry) => stemOf(entry.name)),
  );
  const sources: SourceEntry[] = [];
  const files: VFile[] = [];
  const refuse = (
    entry: Dirent,
    rule: 'ingest:not-a-file' | 'ingest:file-name' | 'ingest:unused-file',
    reason: string,
  ) => {
    const file = new VFile({ path: relative(cwd, join(directory, entry.name)), value: '' });
    report(file, rule, reason, { line: 1, column: 1 });
    files.push(file);
  };
  const notAFile = (entry: Dirent) =>
    refuse(entry, 'ingest:not-a-file', `Unexpected ${kindOf(entry)} \`${entry.name}\`, expected a regular file`);
  for (const entry of entries) {
    const { name } = entry;
    const stem = stemOf(name);
    if (name.endsWith(TEXT)) {
      if (!entry.isFile()) notAFile(entry);
      else {
        const sidecar = byName.get(`${stem}${SIDECAR}`);
        const sidecarPath = sidecar?.isFile() ? join(directory, sidecar.name) : undefined;
        sources.push({ id: stem, name, path: join(directory, name), sidecarPath });
      }
    } else if (name.toLowerCase().endsWith(TEXT)) {
      refuse(
        entry,
        'ingest:file-name',
        `Unexpected file name \`${name}\`, expected the lower-case extension \`${TEXT}\` (\`${stem}${TEXT}\`)`,
      );
    } else if (name.endsWith(SIDECAR) && sourceStems.has(stem)) {
      if (!entry.isFile() && byName.get(`${stem}${TEXT}`)?.isFile()) notAFile(entry);
    } else if (name.endsWith(SIDECAR)) {
      refuse(entry, 'ingest:unused-file', `Unexpected sidecar without a source, expected \`${stem}${TEXT}\` beside it`);
    } else if (/\.ya?ml$/iu.test(name)) {
      refuse(
        entry,
        'ingest:unused-file',
        `Unexpected file name \`${name}\`, expected a sidecar named \`${stem}${SIDECAR}\``,
      );
    } else {
      refuse(
        entry,
        'ingest:unused-file',
        `Unexpected ${kindOf(entry)} \`${name}\`, expected only sources \`<id>${TEXT}\` and their sidecars \`<id>${SIDECAR}\``,
      );
    }
  }
  return { sources, files };
}

const stemOf = (name: string) => (name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name);

function kindOf(entry: Dirent): string {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  return 'special file';
}
