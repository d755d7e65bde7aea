/**
 * Query parsing: what the user typed → the terms that must all occur (AND).
 *
 *   电梯 质监        two terms, both must occur (in any order, anywhere in the text)
 *   "QC 小组"        one term, matched as written, space included (also “…” and 「…」)
 *   ＱＣ小组 / 電梯   folded like the text (see normalize.ts): = qc小组 / 电梯
 *   国办发2015年19号  a 文号 as said aloud: = 国办发〔2015〕19号 (any brackets)
 *   电梯"安全        a quote without its partner is dropped: one term, 电梯安全
 *   "  -  ，         nothing to search (no letter, digit or symbol): no term at all
 *
 * Every term is a plain substring (Ctrl+F semantics): 质监 finds 省质监局, 2365 finds 12365.
 * Every engine (the exact one, shards) reads its query here, so the limits below bound them all.
 */
import type { CharFolder } from './normalize.ts';

export interface Term {
  /** As typed (inside the quotes for a phrase). */
  raw: string;
  /** Folded form, the one that is searched (never empty). */
  folded: string;
  /** Typed between quotes. */
  phrase: boolean;
}

export interface Query {
  terms: Term[];
  /** The query was longer than QUERY_LIMITS: only its beginning was searched (the page says so). */
  cut: boolean;
}

/**
 * What one query may cost, whatever its engine.
 *  - chars 64 (characters, after runs of spaces became one): official queries are short (the
 *    benchmark's 77: at most 8 characters, at most 3 words; typical ones under 30), and a pasted
 *    sentence of a policy text (30–60 characters) still searches whole. Longer input is cut to its
 *    first 64 characters. Why: in shards mode a term of n code units needs its n − 3 four-grams, each
 *    in its own shard file: 1,500 characters cost 1,366 requests and 5.5 s, 10,000 characters 5,630
 *    requests, half refused by the browser, and the page never answered. With the limit a
    10,000-character query costs 59 requests on the test site (e2e/search-limits.spec.ts).
 *  - terms 8: every term is at least one lookup;
 *    no real query has more than a few words.
 *  - grams 64: four-grams looked up over all terms (about one shard request each); 64 characters
 *    of ordinary text need at most 61, but characters outside the BMP are two code units each.
 *  - inFlight 6: requests a sharded query keeps open at once (shards/engine.ts; on the search page
 *    the merged range reads, shards/merged-reads.ts), the connections a browser opens to one host
 *    over HTTP/1.1; more only wait in the browser's own, bounded, queue.
 */
export const QUERY_LIMITS = { chars: 64, terms: 8, grams: 64, inFlight: 6 } as const;

/** Opening quote → its closing quote. */
const QUOTES = new Map([
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);
const CLOSERS = new Set(QUOTES.values());

/**
 * A term needs one of these to be searched: a run of quotes, dashes, commas or spaces is not a query,
 * but a symbol (℃, ＋) or a sign of measure (%, ‰, an officials' `％` for rates) is.
 */
const SEARCHABLE = /[\p{L}\p{N}\p{S}%‰‱]/u;

/** Collapses whitespace runs to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Longest gram of the shards index (shards/grams.ts GRAM_MAX), repeated here rather than imported,
 * so that the query parser depends on no module of the index.
 */
const GRAM_MAX = 4;

/** Grams a folded term is looked up with in shards mode (shards/grams.ts termGrams): one when it is short. */
function gramsOf(folded: string): number {
  return Math.max(1, folded.length - GRAM_MAX + 1);
}

/** The first `units` code units of a text, never half a surrogate pair. */
function headUnits(text: string, units: number): string {
  const code = text.charCodeAt(units - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? units - 1 : units);
}

/** Phrases (between a pair of quotes) and words, in typed order; unpaired quotes are dropped. */
function tokens(input: string): { raw: string; phrase: boolean }[] {
  const out: { raw: string; phrase: boolean }[] = [];
  let word = '';
  const flush = (): void => {
    for (const raw of word.split(/\s+/u)) if (raw !== '') out.push({ raw, phrase: false });
    word = '';
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    const close = QUOTES.get(ch);
    const end = close === undefined ? -1 : input.indexOf(close, i + 1);
    if (end >= 0) {
      flush();
      out.push({ raw: input.slice(i + 1, end), phrase: true });
      i = end;
    } else if (close === undefined && !CLOSERS.has(ch)) word += ch;
  }
  flush();
  return out;
}

/**
 * A 文号 typed with 年 for its brackets (`国办发2015年19号`, as officials say it), searched as documents
 * write it: the folded brackets (normalize.ts) around the year.
 */
const SPOKEN_DOC_NUMBER = /^(.*?[发字函办令])(\d{4})年(\d{1,4})号$/u;
const searched = (folded: string): string => folded.replace(SPOKEN_DOC_NUMBER, '$1($2)$3号');

export function parseQuery(input: string, fold: CharFolder): Query {
  const spaced = collapseSpace(input);
  const chars = Array.from(spaced);
  let cut = chars.length > QUERY_LIMITS.chars;
  const text = cut ? chars.slice(0, QUERY_LIMITS.chars).join('') : spaced;

  const terms: Term[] = [];
  const seen = new Set<string>();
  let grams = 0;
  for (const token of tokens(text)) {
    let raw = collapseSpace(token.raw);
    let folded = searched(collapseSpace(fold(raw)));
    if (!SEARCHABLE.test(folded) || seen.has(folded)) continue;
    if (terms.length === QUERY_LIMITS.terms || grams === QUERY_LIMITS.grams) {
      cut = true;
      break;
    }
    if (grams + gramsOf(folded) > QUERY_LIMITS.grams) {
      // matchFold keeps lengths, so the raw text is cut at the same place as the folded one.
      raw = headUnits(raw, QUERY_LIMITS.grams - grams + GRAM_MAX - 1);
      folded = collapseSpace(fold(raw));
      cut = true;
      if (!SEARCHABLE.test(folded)) break;
    }
    seen.add(folded);
    terms.push({ raw, folded, phrase: token.phrase });
    grams += gramsOf(folded);
  }
  return { terms, cut };
}
