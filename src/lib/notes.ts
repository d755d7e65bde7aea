/** Editors' notes as pages list them: newest first, and the notes citing a page's subject (解读). */
import type { NoteEntry } from '../model/index.ts';
import type { Corpus } from './corpus.ts';
import { unitLabel } from './format.ts';
import { paths } from './url.ts';

/** Newest first; notes of one day by id, so the order is stable. */
export function newestFirst(notes: readonly NoteEntry[]): NoteEntry[] {
  return [...notes].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}

export type CitedKind = 'documents' | 'measures' | 'departments' | 'themes';

/** The notes citing `id` (a document, unit, department or theme id), newest first as given. */
export function notesCiting(notes: readonly NoteEntry[], kind: CitedKind, id: string): NoteEntry[] {
  return notes.filter((note) => note[kind].includes(id));
}

/** A note component's `provinces="jilin henan"` as a test; without it every province is chosen. */
export function chosenProvinces(provinces: string | undefined): (provinceId: string) => boolean {
  const chosen = new Set((provinces ?? '').split(/\s+/).filter(Boolean));
  return (provinceId) => chosen.size === 0 || chosen.has(provinceId);
}

/** A link to something a note concerns. */
export interface ConcernLink {
  label: string;
  path: string;
}

/**
 * What a note concerns, as links: documents, measures, departments, themes. An id the data does not
 * have throws: the ingest has reported it with its position, and the build must not pass it.
 */
export function noteConcerns(corpus: Corpus, note: NoteEntry): ConcernLink[] {
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`note ${note.id}: unknown ${what}; run the ingest for its position`);
    return value;
  };
  return [
    ...note.documents.map((id) => ({
      label: need(corpus.document(id), `document ${id}`).title.value,
      path: paths.document(id),
    })),
    ...note.departments.map((id) => ({
      label: need(corpus.department(id), `department ${id}`).name,
      path: paths.department(id),
    })),
    ...note.themes.map((id) => ({ label: need(corpus.theme(id), `theme ${id}`).name, path: paths.theme(id) })),
    ...note.measures.map((id) => ({
      label: `${need(corpus.unit(id), `measure ${id}`).province} ${unitLabel(corpus.unit(id)!)}`,
      path: paths.unit(id),
    })),
  ];
}
