/**
 * A unit's text as a hit of the page's engine (engine.ts): how the text matches the terms, which
 * verifies every result before it is shown (the gram index may answer a superset) and gives the
 * ranges to mark, and the hit shown for it.
 */
import { type Range, occurrences } from '../highlight.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Term } from '../query.ts';
import { type ShownHit, shownHit } from '../view.ts';
import type { UnitText } from './format.ts';
import type { UnitFacets } from './unit-facets.ts';

/** How a unit's text matches the terms (same rule as SearchEngine.matchUnit), or undefined. */
export function matchText(
  lexicon: Lexicon,
  text: UnitText,
  terms: readonly Term[],
): { ranges: Range[]; alias: Set<number>; others: Set<string> } | undefined {
  const folded = lexicon.fold(text.x);
  const ranges: Range[] = [];
  const alias = new Set<number>();
  const others = new Set<string>();
  for (const term of terms) {
    const found = occurrences(folded, term.folded);
    const named = lexicon.departmentsNamed(term.folded).filter((d) => text.d.includes(d));
    const other = (text.o ?? []).filter((name) => lexicon.fold(name).includes(term.folded));
    if (found.length === 0 && named.length === 0 && other.length === 0) return undefined;
    ranges.push(...found);
    for (const d of named) alias.add(d);
    for (const name of other) others.add(name);
  }
  return { ranges, alias, others };
}

/** The hit shown for a unit: its text, with the ranges to mark and the departments it matched by. */
export function textHit(
  lexicon: Lexicon,
  facets: UnitFacets,
  unit: number,
  text: UnitText,
  ranges: Range[],
  alias: Set<number>,
  others?: ReadonlySet<string>,
): ShownHit {
  const source = { id: text.id, number: text.n, title: text.t, text: text.x, depts: text.d, others: text.o };
  const unitOf = { ...source, doc: facets.docOf[unit]!, kind: facets.kindOf[unit]! };
  return shownHit(lexicon.meta, unitOf, ranges, alias, others);
}
