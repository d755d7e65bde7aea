/**
 * What the related lookup (related-lookup.ts) reads of the index, through the page's engine
 * (engine.ts): the units whose text holds a label, the units of a department, a unit's text and
 * the hit shown for it.
 */
import type { Lexicon } from '../lexicon.ts';
import type { RelatedSource } from '../related-lookup.ts';
import type { UnitText } from './format.ts';
import type { TermUnits } from './gram-index.ts';
import { textHit } from './text-hits.ts';
import type { UnitFacets } from './unit-facets.ts';

/** What of the engine the related lookup reads. */
export interface RelatedIndex {
  readonly lexicon: Lexicon;
  readonly facets: UnitFacets;
  textUnits(folded: string): Promise<TermUnits>;
  text(unit: number): Promise<UnitText>;
}

/** The related lookup's source over the index; `arrange` filters and ranks units as the query's results. */
export function relatedSource(index: RelatedIndex, arrange: (units: number[]) => number[]): RelatedSource<number> {
  return {
    lexicon: index.lexicon,
    textUnits: async (folded) => (await index.textUnits(folded)).units,
    departmentUnits: (department) => Promise.resolve(index.facets.unitsOfDepartments([department])),
    arrange,
    read: async (unit) => {
      const text = await index.text(unit);
      return { text: text.x, depts: text.d };
    },
    show: async (unit, ranges, departments) =>
      textHit(index.lexicon, index.facets, unit, await index.text(unit), ranges, new Set(departments)),
  };
}
