/**
 * Reading the editors' notes (content/notes/*.mdx) and checking them against this run's exports: the
 * notes' vfiles with their messages, and each note's entry for the site (content/generated/notes.json).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import type { NoteEntry, Province } from '../../../src/model/index.ts';
import { slugSchema } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import { checkNote, type KnownIds } from '../notes/check-note.ts';
import type { Exports } from '../to-exports.ts';
import { readInput } from './read-input.ts';
import { newestFirst } from '../../../src/lib/notes.ts';

export function knownIds(exports: Exports, provinces: readonly Province[]): KnownIds {
  const active = new Set(exports.documents.map((document) => document.provinceId));
  return {
    documents: new Set(exports.documents.map((document) => document.id)),
    units: new Set(exports.measures.map((unit) => unit.id)),
    departments: new Set(exports.departments.map((department) => department.id)),
    themes: new Set(exports.themes.map((theme) => theme.id)),
    provinces: new Set(provinces.filter((province) => active.has(province.id)).map((province) => province.id)),
    metrics: new Set(exports.targets.map((target) => target.metric)),
  };
}

/** Every note of `directory` (none when it does not exist), newest first, with its messages. */
export function loadNotes(directory: string, cwd: string, known: KnownIds): { files: VFile[]; notes: NoteEntry[] } {
  if (!existsSync(directory)) return { files: [], notes: [] };
  const files: VFile[] = [];
  const notes: NoteEntry[] = [];
  for (const name of readdirSync(directory)
    .filter((entry) => entry.endsWith('.mdx'))
    .sort()) {
    const read = readInput(join(directory, name));
    const file = new VFile({
      path: relative(cwd, join(directory, name)),
      value: read.ok ? read.bytes.toString('utf8') : '',
    });
    files.push(file);
    if (!read.ok) {
      report(file, 'notes:syntax', `Unexpected file: ${read.reason}, expected a readable file`, { line: 1, column: 1 });
      continue;
    }
    if (!slugSchema.safeParse(file.stem).success) {
      report(
        file,
        'notes:invalid-frontmatter',
        `Unexpected file name \`${file.basename}\`, expected lower-case ASCII words joined by "-" (the note's address)`,
        { line: 1, column: 1 },
      );
      continue;
    }
    const note = checkNote(file, known);
    if (note) notes.push(note);
  }
  return { files, notes: newestFirst(notes) };
}
