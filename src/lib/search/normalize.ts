/**
 * Match folding for search: the one rule that decides whether a query "occurs" in a text.
 *
 * matchFold() maps every UTF-16 code unit to exactly one code unit (like fold() in src/model, which
 * it extends), so an offset found in `matchFold(text)` is the same offset in `text`: the engine
 * searches folded text and highlights the original with the same offsets.
 *
 * Per code unit, in this order:
 *   1. NFKC, when it yields a single code unit (① → 1, ｶ → カ, 㐀-compat ideographs → unified);
 *      expansions such as ㎡ → m2 or … → ... are NOT applied, on either side, so lengths never change;
 *   2. the width/script fold of src/model/fold.ts (full-width ASCII → ASCII, U+3000 → space,
 *      U+2015 → —, a radical a PDF's font wrote → its character, traditional → simplified);
 *   3. ASCII upper case → lower case (Ctrl+F is case-insensitive);
 *   4. every kind of bracket → ( or ): a 文号 is written 〔2015〕, [2015], （2015） or 【2015】 by
 *      different sites and officials, and each must find the others.
 *
 * The browser cannot afford the full traditional→simplified table, so the folding function is built
 * from a table (makeMatchFold): the build gives the client the subset of t2s.json whose key or value
 * occurs in the corpus (corpusT2S), which gives the same answers on this corpus (tested).
 */

import { RADICALS, RADICALS_FIRST, RADICALS_LAST } from '../../model/radicals.ts';

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;

export type CharFolder = (text: string) => string;

/** Brackets as texts and officials write them (after width folding: （ is already `(`). */
const OPEN_BRACKETS = new Set(['[', '〔', '【', '〖', '﹝']);
const CLOSE_BRACKETS = new Set([']', '〕', '】', '〗', '﹞']);
const bracket = (ch: string): string => (OPEN_BRACKETS.has(ch) ? '(' : CLOSE_BRACKETS.has(ch) ? ')' : ch);

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** Builds matchFold over a traditional → simplified table (single code units on both sides). */
export function makeMatchFold(t2s: ReadonlyMap<string, string>): CharFolder {
  const foldUnit = (ch: string): string => {
    let c = ch.charCodeAt(0);
    if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : bracket(ch);
    if (isSurrogate(c)) return ch;
    const nfkc = ch.normalize('NFKC');
    let out = nfkc.length === 1 ? nfkc : ch;
    if (c >= RADICALS_FIRST && c <= RADICALS_LAST) out = RADICALS.get(ch) ?? out;
    c = out.charCodeAt(0);
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) out = String.fromCharCode(c - FULLWIDTH_OFFSET);
    else if (c === 0x3000) out = ' ';
    else if (c === 0x2015) out = '—';
    else if (c >= 0x3400) out = t2s.get(out) ?? out;
    c = out.charCodeAt(0);
    return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : bracket(out);
  };
  const cache = new Map<string, string>();
  return (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch.charCodeAt(0) < 0x41) {
        out += ch;
        continue;
      }
      let folded = cache.get(ch);
      if (folded === undefined) {
        folded = foldUnit(ch);
        cache.set(ch, folded);
      }
      out += folded;
    }
    return out;
  };
}

/** The part of the t2s table that matters for a corpus: entries whose key or value it uses. */
export function corpusT2S(table: ReadonlyMap<string, string>, corpusText: string): Map<string, string> {
  const used = new Set(corpusText);
  const subset = new Map<string, string>();
  for (const [from, to] of table) if (used.has(from) || used.has(to)) subset.set(from, to);
  return subset;
}

/** Packs a table as one string of key/value pairs (`電电為为…`): smaller than JSON. */
export function packTable(table: ReadonlyMap<string, string>): string {
  let out = '';
  for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out += from + to;
  return out;
}

export function unpackTable(packed: string): Map<string, string> {
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < packed.length; i += 2) table.set(packed[i] as string, packed[i + 1] as string);
  return table;
}
