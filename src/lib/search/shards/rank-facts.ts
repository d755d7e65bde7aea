/**
 * What rank.ts orders a unit of the index by (engine.ts): kind, departments, date and position
 * from the start file; with the texts in memory (single file) also the title and how much of the text the terms
 * cover, as the exact engine does. Sharded, those would need every candidate's text: 0 for all,
 * the rest decides.
 */
import { occurrences } from '../highlight.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Term } from '../query.ts';
import { type RankFacts, coverage, departmentFocus, titleTier } from '../rank.ts';
import type { UnitText } from './format.ts';
import type { UnitFacets } from './unit-facets.ts';

/**
 * `local`: the single-file layout's texts and their folded copies, in unit order; `named`: the
 * departments the terms name (lexicon.departmentsOfQuery).
 */
export function rankFacts(
  lexicon: Lexicon,
  facets: UnitFacets,
  local: { texts: readonly UnitText[]; folded: readonly string[] } | undefined,
  unit: number,
  terms: readonly Term[],
  named: ReadonlySet<number>,
): RankFacts {
  const meta = lexicon.meta;
  const text = local?.folded[unit] ?? '';
  return {
    title: local ? titleTier(lexicon.fold(local.texts[unit]!.t), terms) : 0,
    focus: departmentFocus(facets.deptsOf[unit]!, named),
    kind: meta.kinds[facets.kindOf[unit]!]?.id ?? '',
    coverage: local
      ? coverage(
          terms.flatMap((term) => occurrences(text, term.folded)),
          text.length,
        )
      : 0,
    date: meta.documents[facets.docOf[unit]!]?.date ?? '',
    position: unit,
  };
}
