/**
 * The only module of src/lib that touches astro:content: loads every collection once per build, and
 * the units (./generated-data.ts says why they are not a collection), and hands pages a pure Corpus
 * (./corpus.ts).
 */
import { getCollection } from 'astro:content';
import type { NoteEntry } from '../model/index.ts';
import { createCorpus, type Corpus } from './corpus.ts';
import { readUnits } from './generated-data.ts';
import { newestFirst } from './notes.ts';

let corpus: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const [documents, departments, themes, provinces, cited] = await Promise.all([
      getCollection('documents'),
      getCollection('departments'),
      getCollection('themes'),
      getCollection('provinces'),
      getCollection('cited'),
    ]);
    return createCorpus({
      documents: documents.map((e) => e.data),
      units: readUnits(),
      departments: departments.map((e) => e.data),
      themes: themes.map((e) => e.data),
      provinces: provinces.map((e) => e.data),
      cited: cited.map((e) => e.data),
    });
  })();
  return corpus;
}

let notes: Promise<NoteEntry[]> | undefined;

/** Every note's entry (what it cites), newest first. */
export function loadNotes(): Promise<NoteEntry[]> {
  notes ??= getCollection('noteIndex').then((entries) => newestFirst(entries.map((entry) => entry.data)));
  return notes;
}
