/**
 * What the search page renders, whichever engine answered: the exact engine (engine.ts, the test oracle,
 * synchronous) or the index (shards/engine.ts), asynchronous and verified page by page (verifiedPager).
 */
import type { SearchEngine } from './engine.ts';
import { GROUPS, type Group } from './filter-groups.ts';
import type { Range } from './highlight.ts';
import type { DepartmentNote, SearchMeta } from './lexicon.ts';
import type { Term } from './query.ts';
import type { SortOrder } from './rank.ts';
import { RELATED_MAX, type Suggestions, suggestionsFor } from './related.ts';

/** What a query with exact results suggests: nothing. */
export const NO_SUGGESTIONS: Suggestions = { concepts: [], departments: [], themes: [] };

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
  /** The document's status (现行有效, 已失效…), `` when unknown; shown as a badge. */
  status: string;
  kind: string;
  /** In the order written, then the names the registry does not know; `alias`: reached through a term that names the department. */
  depts: { name: string; alias: boolean }[];
  /** A related result (related.ts): how it was reached (concepts' labels, departments' names). */
  via?: string[];
}

/** A unit as both engines know it: its own fields, and the numbers of its document, kind and departments. */
export interface HitSource {
  id: string;
  number: string;
  title: string;
  text: string;
  doc: number;
  kind: number;
  depts: readonly number[];
  /** Bodies named that the registry does not know, as written (bundle.ts `others`). */
  others?: readonly string[];
}

/** A result as the page shows it: the unit with the labels of its document, kind and departments. */
export function shownHit(
  meta: SearchMeta,
  unit: HitSource,
  ranges: Range[],
  alias: ReadonlySet<number>,
  /** The names of `others` a term was found in, marked as `alias` departments are. */
  others: ReadonlySet<string> = new Set(),
): ShownHit {
  const doc = meta.documents[unit.doc]!;
  return {
    id: unit.id,
    number: unit.number,
    title: unit.title,
    text: unit.text,
    ranges,
    docId: doc.id,
    docName: doc.name,
    province: meta.provinces[doc.province]?.name ?? '',
    status: meta.statuses[doc.status]?.name ?? '',
    kind: meta.kinds[unit.kind]?.name ?? '',
    depts: [
      ...unit.depts.map((d) => ({ name: meta.departments[d]?.name ?? '', alias: alias.has(d) })),
      ...(unit.others ?? []).map((name) => ({ name, alias: others.has(name) })),
    ],
  };
}

/** Candidates verified at most per page of results when they are not proven matches. */
export const VERIFY_PAGE_MAX = 60;

/** Pages through candidates that must each be verified before they are shown. */
export interface VerifiedPager<H = ShownHit> {
  /** The next `count` verified hits (fewer when the candidates or this page's budget run out). */
  next: (count: number) => Promise<H[]>;
  /** Candidates not yet looked at. */
  left: () => number;
  /** Candidates looked at, and those of them that were not matches. */
  seen: () => { looked: number; rejected: number };
}

/**
 * An engine that cannot trust its candidates (shards for long terms) uses this:
 * candidates are verified in batches, in order, and at most VERIFY_PAGE_MAX (or `count`) per page,
 * so a term matching everything costs a bounded number of texts per page.
 * `verify` returns, per candidate of the batch, its hit or undefined when it does not match.
 */
export function verifiedPager<T, H = ShownHit>(
  candidates: readonly T[],
  verify: (batch: T[]) => Promise<(H | undefined)[]>,
  /** Candidates looked at for one page at most (a prose page's fragment costs more than a text). */
  perPage = VERIFY_PAGE_MAX,
): VerifiedPager<H> {
  let cursor = 0;
  let rejected = 0;
  return {
    next: async (count) => {
      const page: H[] = [];
      const budget = cursor + Math.max(perPage, count);
      while (page.length < count && cursor < candidates.length && cursor < budget) {
        const batch = candidates.slice(cursor, cursor + (count - page.length));
        cursor += batch.length;
        for (const hit of await verify(batch)) {
          if (hit) page.push(hit);
          else rejected++;
        }
      }
      return page;
    },
    left: () => candidates.length - cursor,
    seen: () => ({ looked: cursor, rejected }),
  };
}

export interface FacetCount {
  /** Index into the group's labels. */
  value: number;
  id: string;
  count: number;
  selected: boolean;
}

/** The related block's results. */
export interface RelatedFound {
  /** The first RELATED_MAX at most, each saying how it was reached. */
  related: ShownHit[];
  /** Related units in all (more than shown when above RELATED_MAX; an index engine counts the candidates not yet checked). */
  total: number;
  /** The next `count` related results after those given so far (verified), or fewer at the end. */
  more(count: number): Promise<ShownHit[]>;
  /** Related results not yet given (an upper bound for an index engine). */
  left(): number;
}

export interface SearchView {
  terms: Term[];
  /** Only the beginning of a too long query was searched (query.ts QUERY_LIMITS): the page says so. */
  cut: boolean;
  /** Per term naming departments: their names. */
  notes: DepartmentNote[];
  /** Matching units after the filters. */
  total: number;
  /** `total` (and `unfiltered`) are upper bounds: not every candidate could be verified. */
  approximate: boolean;
  unfiltered: number;
  facets: Record<Group, FacetCount[]>;
  /** Groups whose counts are upper bounds (not every candidate was verified). */
  boundGroups: Set<Group>;
  /** The next `count` hits (verified), or fewer at the end. */
  next(count: number): Promise<ShownHit[]>;
  /** Hits not yet returned by next() (an estimate when approximate). */
  left(): number;
  /**
   * Related results (related.ts): never among the hits or their count. A promise, so an index
   * engine shows the exact results without waiting for the files the related lookup reads.
   */
  related: Promise<RelatedFound>;
  /** Thesaurus concepts, departments and themes near the query, offered when nothing matches. */
  suggestions: Suggestions;
}

/** Bundle mode: the exact engine, wrapped. */
export function bundleView(
  engine: SearchEngine,
  query: string,
  selection: Parameters<SearchEngine['search']>[1],
  order: SortOrder = 'relevance',
): SearchView {
  const outcome = engine.search(query, selection, order);
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
  const shownOf = (index: number, ranges: Range[], via: Set<number>, others?: Set<string>): ShownHit =>
    shownHit(b, b.units[index]!, ranges, via, others);
  const hitOf = (i: number): ShownHit => {
    const hit = outcome.hits[i]!;
    return shownOf(
      hit.unit,
      hit.matches.flatMap((m) => m.ranges),
      new Set(hit.matches.flatMap((m) => m.departments)),
      new Set(hit.matches.flatMap((m) => m.others)),
    );
  };
  const relatedOf = (from: number, to: number): ShownHit[] =>
    outcome.related
      .slice(from, to)
      .map((hit) => ({ ...shownOf(hit.unit, hit.ranges, new Set(hit.departments)), via: hit.via }));
  let relatedShown = Math.min(RELATED_MAX, outcome.related.length);
  return {
    terms: outcome.terms,
    cut: outcome.cut,
    notes: engine.lexicon.departmentNotes(outcome.terms),
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
    related: Promise.resolve({
      related: relatedOf(0, relatedShown),
      total: outcome.related.length,
      more: (count) => {
        const from = relatedShown;
        relatedShown = Math.min(outcome.related.length, relatedShown + count);
        return Promise.resolve(relatedOf(from, relatedShown));
      },
      left: () => outcome.related.length - relatedShown,
    }),
    suggestions:
      outcome.hits.length === 0
        ? suggestionsFor(outcome.terms, engine.lexicon.thesaurus, engine.lexicon)
        : NO_SUGGESTIONS,
  };
}
