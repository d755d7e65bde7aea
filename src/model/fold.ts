/**
 * Width and script folding: the one place where "these characters count as the same" lives.
 * Used by ingest for width-tolerant matching and by the site's search for query normalisation.
 *
 * INVARIANT (what makes fold() safe for matching in stored text): fold() maps every UTF-16 code
 * unit to exactly one UTF-16 code unit, so `fold(text).length === text.length` and an offset in
 * `fold(text)` is the same offset in `text`. Search the folded text, then slice or point into the
 * original text with the same offsets; the stored text itself is never rewritten.
 *
 * What folds:
 *   - full-width ASCII U+FF01–U+FF5E → U+0021–U+007E (Ｑ → Q, （ → (, ％ → %, ０ → 0)
 *   - U+3000 IDEOGRAPHIC SPACE → U+0020 SPACE
 *   - U+2015 HORIZONTAL BAR → U+2014 EM DASH (`2025―2027年`: a PDF's font may write one for the other)
 *   - radicals a PDF's font wrote for characters → the characters (⼈ → 人, ⺠ → 民: radicals.ts)
 *   - traditional → simplified single characters, incl. Taiwan/Hong Kong variant forms and CJK
 *     compatibility ideographs (電 → 电, 為 → 为, 衞 → 卫), from the generated table in t2s.json
 * Everything else is unchanged, including CJK punctuation that has no ASCII twin (〔〕【】、。“”)
 * and surrogate pairs (characters outside the BMP). fold() is idempotent.
 *
 * normalizeQuery() is for search input only, where no positions are kept: it may change lengths.
 */
import { RADICALS, RADICALS_LAST } from './radicals.ts';
import { T2S } from './t2s.ts';

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;
const IDEOGRAPHIC_SPACE = 0x3000;
const HORIZONTAL_BAR = 0x2015;
/** The first code unit that folds. */
const FOLD_FIRST = HORIZONTAL_BAR;

function foldCode(c: number, ch: string): string {
  if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) return String.fromCharCode(c - FULLWIDTH_OFFSET);
  if (c === IDEOGRAPHIC_SPACE) return ' ';
  if (c === HORIZONTAL_BAR) return '—';
  if (c <= RADICALS_LAST) {
    // A radical's character may be traditional (⿃ → 鳥): folded on, so that fold() stays idempotent.
    const character = RADICALS.get(ch);
    return character === undefined ? ch : (T2S.get(character) ?? character);
  }
  if (c < 0x3400) return ch; // fast path: no table key lies below CJK Extension A
  return T2S.get(ch) ?? ch;
}

let table: Uint16Array | undefined;

/**
 * What each code unit folds to (foldCode), 0 where it is unchanged: one array read per character
 * instead of a map's lookup. The ingest folds the same lines many times over (at 1,000 documents
 * the lookups were seconds). Built on first use, in a few milliseconds.
 */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = FOLD_FIRST; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const folded = foldCode(c, ch);
    if (folded !== ch) table[c] = folded.charCodeAt(0);
  }
  return table;
}

/** Folds text code unit by code unit; the result always has the same length (see above). */
export function fold(text: string): string {
  const folds = foldTable();
  let out = '';
  let unchangedFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FOLD_FIRST) continue; // nothing below the horizontal bar folds
    const folded = folds[c]!;
    if (folded !== 0) {
      out += text.slice(unchangedFrom, i) + String.fromCharCode(folded);
      unchangedFrom = i + 1;
    }
  }
  return unchangedFrom === 0 ? text : out + text.slice(unchangedFrom);
}

/**
 * Normalises a search query the same way the index is matched: NFKC (compatibility forms, e.g.
 * ① → 1, ㎡ → m2), then fold(), then trim and collapse runs of whitespace to one space.
 */
export function normalizeQuery(text: string): string {
  return fold(text.normalize('NFKC')).trim().replace(/\s+/gu, ' ');
}
