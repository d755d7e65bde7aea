/**
 * The exact engine's filters with counts (engine.ts): the values every unit of the bundle has in each
 * group, which units a selection lets through, and each group's counts. The index makes the same
 * counts from its start file (shards/unit-facets.ts), and the tests compare the two.
 */
import type { SearchBundle } from './bundle.ts';
import { GROUPS, type Group, type Selection } from './filter-groups.ts';
import type { Lexicon } from './lexicon.ts';

export interface FacetValue {
  /** Index into the group's labels. */
  value: number;
  id: string;
  name: string;
  count: number;
  selected: boolean;
}

/** The values chosen in each group, as indexes into its labels; a group without any lets every unit through. */
export type Chosen = Partial<Record<Group, Set<number>>>;

export class UnitFilters {
  private readonly lexicon: Lexicon;
  /** Per group, per unit: the indexes of its values (−1: none). */
  private readonly values: Record<Group, number[][]>;

  constructor(bundle: SearchBundle, lexicon: Lexicon) {
    this.lexicon = lexicon;
    this.values = {
      status: bundle.units.map((u) => [bundle.documents[u.doc]?.status ?? -1]),
      province: bundle.units.map((u) => [bundle.documents[u.doc]?.province ?? -1]),
      dept: bundle.units.map((u) => u.depts),
      theme: bundle.units.map((u) => u.themes),
      doc: bundle.units.map((u) => [u.doc]),
      kind: bundle.units.map((u) => [u.kind]),
    };
  }

  /** Resolves a selection of ids into value indexes per group (unknown ids are dropped). */
  resolve(selection: Selection): Chosen {
    const resolved: Chosen = {};
    for (const group of GROUPS) {
      const ids = selection[group];
      if (!ids || ids.length === 0) continue;
      const labels = this.lexicon.labels(group);
      const set = new Set(ids.map((id) => labels.findIndex((l) => l.id === id)).filter((i) => i >= 0));
      if (set.size > 0) resolved[group] = set;
    }
    return resolved;
  }

  /** Whether a unit has one of the chosen values of every group but `except`. */
  passes(chosen: Chosen, unit: number, except?: Group): boolean {
    return GROUPS.every((group) => {
      const set = chosen[group];
      return group === except || !set || (this.values[group][unit] as number[]).some((v) => set.has(v));
    });
  }

  /** Per group: values with their counts among `units` under the OTHER groups' selections. */
  facets(chosen: Chosen, units: readonly number[]): Record<Group, FacetValue[]> {
    const facets = {} as Record<Group, FacetValue[]>;
    for (const group of GROUPS) {
      const labels = this.lexicon.labels(group);
      const counts = new Array<number>(labels.length).fill(0);
      for (const unit of units) {
        if (!this.passes(chosen, unit, group)) continue;
        for (const v of this.values[group][unit] as number[]) if (v >= 0) counts[v] = (counts[v] ?? 0) + 1;
      }
      facets[group] = labels.map((label, value) => ({
        value,
        id: label.id,
        name: label.name,
        count: counts[value] ?? 0,
        selected: chosen[group]?.has(value) ?? false,
      }));
    }
    return facets;
  }
}
