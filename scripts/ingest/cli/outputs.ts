/**
 * The files one run generates, by path relative to content/generated: the open-data exports, the
 * documents' pages, what the notes cite, and the registry as the run read it. Built in memory, so
 * that write.ts can write them atomically, in place, or compare them with what is on disk.
 */
import type { NoteEntry, Registry } from '../../../src/model/index.ts';
import { THESAURUS_TITLE, thesaurusJsonLd } from '../../../src/model/thesaurus-export.ts';
import type { Exports } from '../to-exports.ts';
import { documentPages } from './document-mdx.ts';
import type { Outputs } from './write.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file, by path relative to content/generated. */
export function outputsOf(exports: Exports, notes: NoteEntry[], registry: Registry): Outputs {
  const outputs: Outputs = new Map();
  outputs.set('data/documents.json', json(exports.documents));
  outputs.set('data/measures.json', json(exports.measures));
  outputs.set('data/departments.json', json(exports.departments));
  outputs.set('data/themes.json', json(exports.themes));
  outputs.set('data/targets.json', json(exports.targets));
  outputs.set('data/cited.json', json(exports.cited));
  outputs.set('data/thesaurus.json', json(exports.thesaurus));
  outputs.set('data/thesaurus.jsonld', json(thesaurusJsonLd(exports.thesaurus, THESAURUS_TITLE)));
  for (const [path, page] of documentPages(exports.documents, exports.measures)) outputs.set(path, page);
  // What each note cites, for the site's lists of notes (解读); not an open-data export.
  outputs.set('notes.json', json(notes));
  // The registry's entries as validated (defaults filled in), for the site's collections: the YAML
  // is parsed once, here, with positions for its messages; the site reads JSON.
  outputs.set('registry/departments.json', json(registry.departments));
  outputs.set('registry/themes.json', json(registry.themes));
  outputs.set('registry/provinces.json', json(registry.provinces));
  return outputs;
}
