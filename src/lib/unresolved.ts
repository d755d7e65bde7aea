/**
 * Department names the registry does not know (responsibilities without an id, less the companies and
 * associations, which are no departments), for curators: each
 * name as written, how many units use it and which, so they know what to add to
 * content/registry/departments.yml (as an alias, a misspelling or a new department).
 */
import type { Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';
import { isResolved, roleOf, strongestRole, type Role } from './responsibility.ts';

export interface UnresolvedName {
  /** The name exactly as written. */
  raw: string;
  /** Units naming it, in corpus order, each once, with the role the text gives it there. */
  items: Array<{ unit: Unit; role: Role }>;
  /** Provinces of those units, in registry order. */
  provinces: string[];
}

/** Every unresolved name, most used first (ties: by name), with its units. */
export function unresolvedNames(corpus: Corpus): UnresolvedName[] {
  const byName = new Map<string, UnresolvedName['items']>();
  for (const unit of corpus.namingUnits) {
    for (const entry of unit.departments) {
      // A company or association is no department: there is nothing to add to the registry for it.
      if (isResolved(entry) || entry.organisation) continue;
      const items = byName.get(entry.raw) ?? [];
      const last = items.at(-1);
      if (last?.unit !== unit) items.push({ unit, role: roleOf(entry) });
      else last.role = strongestRole([last.role, roleOf(entry)])!;
      byName.set(entry.raw, items);
    }
  }
  const collator = new Intl.Collator('zh-CN');
  return [...byName]
    .map(([raw, items]) => {
      const ids = new Set(items.map((item) => item.unit.provinceId));
      const provinces = corpus.provinces.filter((p) => ids.has(p.id)).map((p) => p.name);
      return { raw, items, provinces };
    })
    .sort((a, b) => b.items.length - a.items.length || collator.compare(a.raw, b.raw));
}

/** Number of units naming at least one unresolved department. */
export const unitsWithUnresolved = (corpus: Corpus): number =>
  corpus.namingUnits.filter((unit) => unit.departments.some((entry) => !isResolved(entry) && !entry.organisation))
    .length;
