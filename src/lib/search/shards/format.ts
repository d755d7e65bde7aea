/**
 * The sharded search index: its layouts and files, shared by the builder (build.ts) and the page's
 * engine (engine.ts), and the start file the page loads first. Pure: no DOM, no fetch, no Node APIs.
 *
 * Grams are runs of 1 to GRAM_MAX (4, grams.ts) UTF-16 code units of matchFold(text)
 * (normalize.ts), every code unit counted (punctuation, spaces and line breaks too), so a folded
 * term of ≤ 4 code units is answered EXACTLY by the unit list of its one gram, and a longer term by
 * its 4-grams, whose positions prove adjacency (see gram-index.ts).
 *
 * While the corpus is small the index is its start file alone, holding every text (StartFile.texts:
 * the single-file layout); above that (scripts/search-index.ts), the sharded layout, whose records
 * are stored in a few volume files and read by range request (volumes.ts). Records, named by their
 * kind and number, each gzip-compressed on its own:
 *   start.json.gz     (a file of its own) StartFile: labels, aliases, folding, per-unit facet codes
 *                     (string-codes.ts), counts.
 *   g/<k>.bin         gram shard k = gramHash(gram) % shards: GramEntry records (gram-shard.ts).
 *   l/<k>.bin         a big unit list (unit-lists.ts; the shard entry points to it).
 *   p/<k>.bin         position pack k: the positions of some 4-grams in their units (gram-positions.ts).
 *   x/<k>.bin         text pack k: the UnitTexts of a run of consecutive units (StartFile.textRuns),
 *                     a JSON array in UTF-16LE (units numbered in export order). A page of results
 *                     mostly falls in a few documents, so its texts come in a few requests.
 */
import type { SearchMeta } from '../lexicon.ts';

/** Where the index starts (`<base>search/engine.json`, scripts/search-index.ts). */
export interface EngineManifest {
  engine: 'shards';
  /** Site-relative file the engine loads first: the index's start file. */
  file: string;
  /** Site-relative directory of the sharded layout's volumes (volumes.ts); absent for a single file. */
  directory?: string;
  units: number;
}

export const SHARDS_VERSION = 2;
export const SHARDS_DIR = 'search/shards/';
export const START_FILE = `${SHARDS_DIR}start.json.gz`;

/** The file the page loads first. */
export interface StartFile {
  version: number;
  /** Number of units. */
  units: number;
  /** Number of gram shards (g/0 … g/shards−1). */
  shards: number;
  meta: SearchMeta;
  /** Document of each unit, run-length: doc, count, doc, count, … (units in export order). */
  docRuns: number[];
  /** Per unit, its kind: one code character (string-codes.ts codeChar) per unit. */
  kinds: string;
  /** Per unit, its themes (code characters), units separated by `/` (string-codes.ts packLists). */
  themes: string;
  /** Per unit, its departments in index order (code characters), units separated by `/` (packLists). */
  depts: string;
  /** Per text pack (x/<k>), how many consecutive units it holds: one code character each. */
  textRuns: string;
  /**
   * The bodies units name that the registry does not know (bundle.ts `others`), each once by name,
   * with the units naming it (ascending): a term found in the name reaches them (other-names.ts).
   * Absent when there are none.
   */
  others?: Array<{ name: string; units: number[] }>;
  /**
   * The single-file layout (start.ts singleFile): every unit's text, in unit order. Then there are
   * no gram shards or text packs (shards 0, textRuns ``): the page matches the texts in memory.
   */
  texts?: UnitText[];
}

/** What the page fetches for a unit it shows (and verifies). */
export interface UnitText {
  /** Unit id (`<document>/<local id>`). */
  id: string;
  /** Numbering as shown (`二（八）`), or ``. */
  n: string;
  /** Title. */
  t: string;
  /** Original text. */
  x: string;
  /** Departments in the order written (indexes). */
  d: number[];
  /** The bodies named that the registry does not know, as written (bundle.ts `others`); absent when none. */
  o?: string[];
}
