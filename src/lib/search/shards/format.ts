/**
 * The sharded search index: file formats, shared by the builder (build.ts) and the page's engine
 * (engine.ts). Pure: no DOM, no fetch, no Node APIs.
 *
 * Grams are runs of 1 to GRAM_MAX (4) UTF-16 code units of matchFold(text) (normalize.ts), every
 * code unit counted (punctuation, spaces and line breaks too), so a folded term of ≤ 4 code units
 * is answered EXACTLY by the unit list of its one gram, and a longer term by its 4-grams, whose
 * positions prove adjacency (see engine.ts).
 *
 * While the corpus is small the index is its start file alone, holding every text (StartFile.texts:
 * the single-file layout); above that (scripts/search-index.ts), the sharded layout, whose records
 * are stored in a few volume files and read by range request (volumes.ts). Records, named by their
 * kind and number, each gzip-compressed on its own:
 *   start.json.gz     (a file of its own) StartFile: labels, aliases, folding, per-unit facet codes, counts.
 *   g/<k>.bin         gram shard k = gramHash(gram) % shards: GramEntry records (below).
 *   l/<k>.bin         a big unit list (the shard entry points to it).
 *   p/<k>.bin         position pack k: the positions of some 4-grams in their units.
 *   x/<k>.bin         text pack k: the UnitTexts of a run of consecutive units (StartFile.textRuns),
 *                     a JSON array in UTF-16LE (units numbered in export order). A page of results
 *                     mostly falls in a few documents, so its texts come in a few requests.
 *
 * Gram shard:  count:varint, then per entry
 *   length:varint, code units:varint×length, df:varint, list kind:byte (0 delta, 1 bitmap; +2:
 *   the list is the file l/<file>, then file:varint, cost:varint; else bytes:varint, list bytes);
 *   4-grams then add pack+1:varint (0 = none), offset:varint, length:varint, pack cost:varint
 *   (the pack's compressed size, what fetching it costs).
 *   delta list: varint gaps (first = unit, then unit − previous − 1); bitmap: bit u of byte u>>3.
 * Position entry (in a pack, at offset, for length bytes): per unit of the gram's list, in order,
 *   occurrences−1:varint, then the positions as varint gaps (first = position, then p − prev − 1).
 */
import type { SearchMeta } from '../lexicon.ts';
import { ByteReader, ByteWriter } from './bytes.ts';

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
/** Longest gram indexed (code units); its grams also carry positions. */
export const GRAM_MAX = 4;
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
  /** Per unit, its kind: one code character (codeChar) per unit. */
  kinds: string;
  /** Per unit, its themes (code characters), units separated by SEPARATOR. */
  themes: string;
  /** Per unit, its departments in index order (code characters), units separated by SEPARATOR. */
  depts: string;
  /** Per text pack (x/<k>), how many consecutive units it holds: one code character each. */
  textRuns: string;
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
}

// ---- small codes in strings (gzip-friendly, JSON-safe) -------------------------------------------

export const SEPARATOR = '/';
const CODE_BASE = 0x30;

/** One character for a small non-negative integer (0 → `0`; below the surrogates, up to 55,247). */
export function codeChar(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value + CODE_BASE >= 0xd800)
    throw new Error(`code out of range: ${value}`);
  return String.fromCharCode(value + CODE_BASE);
}

/** Lists of small integers as one string: codes, lists separated by SEPARATOR. */
export function packLists(lists: readonly (readonly number[])[]): string {
  return lists.map((list) => list.map(codeChar).join('')).join(SEPARATOR);
}

export function unpackLists(packed: string, count: number): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c === 0x2f) {
      lists.push(current);
      current = [];
    } else current.push(c - CODE_BASE);
  }
  lists.push(current);
  if (lists.length !== count) throw new Error(`packed lists: ${lists.length} lists, expected ${count}`);
  return lists;
}

export function unpackCodes(packed: string): number[] {
  return Array.from(packed, (ch) => ch.charCodeAt(0) - CODE_BASE);
}

// ---- unit lists ------------------------------------------------------------------------------------

/** Sorted, distinct unit numbers → the smaller of a delta varint list and a bitmap. */
export function encodeList(units: ArrayLike<number>, unitCount: number): { kind: 0 | 1; bytes: Uint8Array } {
  const w = new ByteWriter();
  let previous = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u <= previous || u >= unitCount) throw new Error('unit list not sorted or out of range');
    w.varint(u - previous - 1);
    previous = u;
  }
  const bitmapBytes = Math.ceil(unitCount / 8);
  if (w.length <= bitmapBytes) return { kind: 0, bytes: w.done() };
  const bitmap = new Uint8Array(bitmapBytes);
  for (let i = 0; i < units.length; i++) bitmap[units[i]! >> 3]! |= 1 << (units[i]! & 7);
  return { kind: 1, bytes: bitmap };
}

export function decodeList(kind: number, bytes: Uint8Array, df: number): Uint32Array {
  const out = new Uint32Array(df);
  if (kind === 1) {
    let n = 0;
    for (let i = 0; i < bytes.length && n < df; i++) {
      const b = bytes[i]!;
      if (b === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) out[n++] = i * 8 + bit;
    }
    if (n !== df) throw new Error('bitmap list: wrong count');
    return out;
  }
  const r = new ByteReader(bytes);
  let previous = -1;
  for (let i = 0; i < df; i++) {
    previous += r.varint() + 1;
    out[i] = previous;
  }
  return out;
}

// ---- grams -------------------------------------------------------------------------------------------

/** FNV-1a over the code units of a gram: the gram's shard is gramHash(gram) % shards. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), 0x01000193);
    h = Math.imul(h ^ (c >>> 8), 0x01000193);
  }
  return h >>> 0;
}

/** The grams a folded term is searched with: itself when ≤ GRAM_MAX code units, else its GRAM_MAX-grams. */
export function termGrams(folded: string): string[] {
  if (folded.length <= GRAM_MAX) return [folded];
  const grams: string[] = [];
  for (let i = 0; i + GRAM_MAX <= folded.length; i++) grams.push(folded.slice(i, i + GRAM_MAX));
  return grams;
}

export interface PositionRef {
  /** Position pack number. */
  pack: number;
  offset: number;
  length: number;
  /** Bytes transferred to fetch the pack (compressed size). */
  cost: number;
}

export interface GramEntry {
  gram: string;
  df: number;
  /** 0 delta, 1 bitmap. */
  kind: number;
  /** The list (empty when it is in a file of its own). */
  list: Uint8Array;
  /** The list's own file (l/<file>), for a big list, and what fetching it costs. */
  file?: number;
  fileCost?: number;
  /** GRAM_MAX-grams: where their positions are. */
  positions?: PositionRef;
}

export function writeShard(entries: readonly GramEntry[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  for (const e of entries) {
    w.varint(e.gram.length);
    for (let i = 0; i < e.gram.length; i++) w.varint(e.gram.charCodeAt(i));
    w.varint(e.df);
    if (e.file === undefined) {
      w.byte(e.kind);
      w.varint(e.list.length);
      w.bytes(e.list);
    } else {
      w.byte(e.kind + 2);
      w.varint(e.file);
      w.varint(e.fileCost ?? 0);
    }
    if (e.gram.length === GRAM_MAX) {
      const p = e.positions;
      w.varint(p ? p.pack + 1 : 0);
      w.varint(p?.offset ?? 0);
      w.varint(p?.length ?? 0);
      w.varint(p?.cost ?? 0);
    }
  }
  return w.done();
}

export function readShard(data: Uint8Array): Map<string, GramEntry> {
  const r = new ByteReader(data);
  const entries = new Map<string, GramEntry>();
  const count = r.varint();
  for (let i = 0; i < count; i++) {
    const length = r.varint();
    let gram = '';
    for (let k = 0; k < length; k++) gram += String.fromCharCode(r.varint());
    const df = r.varint();
    const kind = r.byte();
    const entry: GramEntry =
      kind >= 2
        ? { gram, df, kind: kind - 2, list: new Uint8Array(0), file: r.varint(), fileCost: r.varint() }
        : { gram, df, kind, list: r.bytes(r.varint()) };
    if (length === GRAM_MAX) {
      const pack = r.varint();
      const offset = r.varint();
      const len = r.varint();
      const cost = r.varint();
      if (pack > 0) entry.positions = { pack: pack - 1, offset, length: len, cost };
    }
    entries.set(gram, entry);
  }
  return entries;
}

/** Positions of a gram in each unit of its list (same order): counts per unit, positions flat. */
export function writePositions(w: ByteWriter, counts: ArrayLike<number>, positions: ArrayLike<number>): void {
  let at = 0;
  for (let u = 0; u < counts.length; u++) {
    const n = counts[u]!;
    w.varint(n - 1);
    let previous = -1;
    for (let k = 0; k < n; k++) {
      const p = positions[at++]!;
      w.varint(p - previous - 1);
      previous = p;
    }
  }
}

export function readPositions(data: Uint8Array, offset: number, length: number, units: number): number[][] {
  const r = new ByteReader(data, offset, offset + length);
  const out: number[][] = [];
  for (let u = 0; u < units; u++) {
    const n = r.varint() + 1;
    const list: number[] = [];
    let previous = -1;
    for (let k = 0; k < n; k++) {
      previous += r.varint() + 1;
      list.push(previous);
    }
    out.push(list);
  }
  return out;
}
