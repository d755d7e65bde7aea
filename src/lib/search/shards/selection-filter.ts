/**
 * A query's filters in the page's engine (engine.ts), over what the start file knows of every unit
 * (unit-facets.ts), so they cost no fetch: which units the selection lets through (OR within a
 * group, AND across groups), and each group's counts under the OTHER groups' selections, exactly as
 * the exact engine's filters (unit-filters.ts).
 */
import { GROUPS, type Group, type Selection } from '../filter-groups.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Chosen } from '../unit-filters.ts';
import type { FacetCount } from '../view.ts';
import type { UnitFacets } from './unit-facets.ts';

export class SelectionFilter {
  /** The groups with a value chosen. */
  readonly active: readonly Group[];
  private readonly chosen: Chosen = {};
  private readonly lexicon: Lexicon;
  private readonly facets: UnitFacets;

  /** `selection`: ids per group; unknown ids are dropped. */
  constructor(lexicon: Lexicon, facets: UnitFacets, selection: Selection) {
    this.lexicon = lexicon;
    this.facets = facets;
    for (const group of GROUPS) {
      const set = new Set((selection[group] ?? []).map((id) => lexicon.indexOf(group, id)).filter((i) => i >= 0));
      if (set.size > 0) this.chosen[group] = set;
    }
    this.active = GROUPS.filter((g) => this.chosen[g]);
  }

  /** Whether a unit has one of the chosen values of every active group but `except`. */
  passes(unit: number, except?: Group): boolean {
    return this.active.every(
      (group) => group === except || this.facets.values(group, unit).some((v) => this.chosen[group]!.has(v)),
    );
  }

  /** Per group: its values with their counts among the matched units under the OTHER groups' selections. */
  counts(matched: readonly number[]): Record<Group, FacetCount[]> {
    const facets = {} as Record<Group, FacetCount[]>;
    for (const group of GROUPS) {
      const counts = new Array<number>(this.lexicon.labels(group).length).fill(0);
      const others = this.active.filter((g) => g !== group);
      for (const unit of matched) {
        if (others.length > 0 && !this.passes(unit, group)) continue;
        this.facets.count(group, unit, counts);
      }
      facets[group] = this.lexicon.labels(group).map((label, value) => ({
        value,
        id: label.id,
        count: counts[value]!,
        selected: this.chosen[group]?.has(value) ?? false,
      }));
    }
    return facets;
  }
}
