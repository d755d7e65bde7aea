/**
 * What the search page renders, whichever engine answered: the bundle engine (engine.ts, exact,
 * synchronous) or Pagefind (pagefind-engine.ts, asynchronous, verified page by page).
 */
import type { SearchEngine } from './engine.ts';
import { GROUPS, type Group } from './engine.ts';
import type { Range } from './highlight.ts';
import type { Term } from './query.ts';

export interface ShownHit {
  id: string;
  number: string;
  title: string;
  /** Original text; `ranges` are offsets in it. */
  text: string;
  ranges: Range[];
  docId: string;
  docName: string;
  province: string;
  kind: string;
  /** In the order written; `alias`: reached through a term that names the department. */
  depts: { name: string; alias: boolean }[];
}

export interface FacetCount {
  /** Index into the group's labels. */
  value: number;
  id: string;
  count: number;
  selected: boolean;
}

export interface SearchView {
  terms: Term[];
  /** Per term naming departments: their names. */
  notes: { term: Term; departments: string[] }[];
  /** Matching units after the filters. */
  total: number;
  /** `total` (and `unfiltered`) are upper bounds: not every candidate could be verified. */
  approximate: boolean;
  unfiltered: number;
  facets: Record<Group, FacetCount[]>;
  /** Groups whose counts are upper bounds (multi-term Pagefind queries with many results). */
  boundGroups: Set<Group>;
  /** The next `count` hits (verified), or fewer at the end. */
  next(count: number): Promise<ShownHit[]>;
  /** Hits not yet returned by next() (an estimate when approximate). */
  left(): number;
}

/** Bundle mode: the exact engine, wrapped. */
export function bundleView(
  engine: SearchEngine,
  query: string,
  selection: Parameters<SearchEngine['search']>[1],
): SearchView {
  const outcome = engine.search(query, selection);
  const b = engine.bundle;
  let shown = 0;
  const facets = {} as Record<Group, FacetCount[]>;
  for (const group of GROUPS) {
    facets[group] = outcome.facets[group].map((f) => ({
      value: f.value,
      id: f.id,
      count: f.count,
      selected: f.selected,
    }));
  }
  const hitOf = (i: number): ShownHit => {
    const hit = outcome.hits[i]!;
    const unit = b.units[hit.unit]!;
    const doc = b.documents[unit.doc]!;
    const via = new Set(hit.matches.flatMap((m) => m.departments));
    return {
      id: unit.id,
      number: unit.number,
      title: unit.title,
      text: unit.text,
      ranges: hit.matches.flatMap((m) => m.ranges),
      docId: doc.id,
      docName: doc.name,
      province: b.provinces[doc.province]?.name ?? '',
      kind: b.kinds[unit.kind]?.name ?? '',
      depts: unit.depts.map((d) => ({ name: b.departments[d]?.name ?? '', alias: via.has(d) })),
    };
  };
  return {
    terms: outcome.terms,
    notes: outcome.terms
      .map((term) => ({
        term,
        departments: engine.departmentsNamed(term.folded).map((d) => b.departments[d]?.name ?? ''),
      }))
      .filter((n) => n.departments.length > 0),
    total: outcome.hits.length,
    approximate: false,
    unfiltered: outcome.unfiltered,
    facets,
    boundGroups: new Set(),
    next: (count) => {
      const from = shown;
      shown = Math.min(outcome.hits.length, shown + count);
      const page: ShownHit[] = [];
      for (let i = from; i < shown; i++) page.push(hitOf(i));
      return Promise.resolve(page);
    },
    left: () => outcome.hits.length - shown,
  };
}
