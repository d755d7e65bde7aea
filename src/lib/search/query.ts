/**
 * Query parsing: what the user typed → the terms that must all occur (AND).
 *
 *   电梯 质监        two terms, both must occur (in any order, anywhere in the text)
 *   "QC 小组"        one term, matched as written, space included (also “…” and 「…」)
 *   ＱＣ小组 / 電梯   folded like the text (see normalize.ts): = qc小组 / 电梯
 *
 * Every term is a plain substring (Ctrl+F semantics): 质监 finds 省质监局, 2365 finds 12365.
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

const PHRASE = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?/gu;

/** Collapses whitespace runs to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function parseQuery(input: string, fold: CharFolder): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  const add = (raw: string, phrase: boolean): void => {
    const folded = collapseSpace(fold(raw));
    if (folded === '' || seen.has(folded)) return;
    seen.add(folded);
    terms.push({ raw: collapseSpace(raw), folded, phrase });
  };
  let rest = '';
  let last = 0;
  for (const match of input.matchAll(PHRASE)) {
    rest += `${input.slice(last, match.index)} `;
    last = match.index + match[0].length;
    add(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '', true);
  }
  rest += input.slice(last);
  for (const word of fold(rest).split(/\s+/u)) if (word !== '') add(word, false);
  // Keep the typed order: phrases and words as they appear.
  const position = (t: Term): number => {
    const at = input.indexOf(t.raw);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return terms.sort((a, b) => position(a) - position(b));
}
