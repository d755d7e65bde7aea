/**
 * Pagefind mode: the same queries, filters and answers as the bundle engine (engine.ts), over the
 * Pagefind index of the units (record.ts: one custom record per unit, its folded text
 * with every character its own word; filters valued by id; the original text in the meta).
 *
 * - A term is the exact Pagefind phrase of its characters (record.ts phraseQuery). A term that
 *   names departments (Lexicon.departmentsNamed) also matches the units of those departments: the
 *   phrase search and a 部门 filter search are merged by id (Pagefind cannot OR a text with a
 *   filter); the filter counts of the union are A + B − (A ∩ B), the last one a third search.
 * - Several terms: each searched, the ids intersected (AND), in the first term's order, then ordered
 *   by rank.ts (what is known before the fragments: the document's date; Pagefind's order among equals).
 * - Filters: OR within a group (`any`), AND across groups. The counts of a group are taken from a
 *   search under the OTHER groups' selections, as in the bundle engine.
 * - Every result is verified before it is shown: its original text (fragment meta) is folded and
 *   every term must occur in it or name one of its departments, so a false hit is never shown.
 *   A term with punctuation or spaces (not indexed) is searched as its runs of letters and digits
 *   (each a phrase, intersected), which gives candidates only: when there are at most
 *   VERIFY_ALL_MAX of them all are verified (exact count), else the count is shown as "约 N".
 * - Counts with several terms: exact from the fragments when the results fit in one verified
 *   batch (≤ EXACT_FACETS_MAX), else upper bounds (the smallest single-term count), shown as ≤ N.
 */
import { GROUPS, type Group, type Selection } from './engine.ts';
import { type Range, occurrences } from './highlight.ts';
import type { Lexicon } from './meta.ts';
import { type Term, parseQuery } from './query.ts';
import { type RankFacts, type SortOrder, orderFor, rank } from './rank.ts';
import { FILTER_KEYS, RECORD_GROUPS, phraseIsExact, phraseQuery } from './record.ts';
import { suggestionsFor } from './related.ts';
import { lookUpRelated } from './related-lookup.ts';
import { pagefindRelatedSource, withFilter } from './pagefind-related.ts';
import { type FacetCount, NO_SUGGESTIONS, type SearchView, type ShownHit, verifiedPager } from './view.ts';

/** Candidates verified in one go when a count cannot be trusted (~1 KiB of fragment each). */
export const VERIFY_ALL_MAX = 100;
/** Multi-term queries: counts computed from the fragments up to this many results. */
export const EXACT_FACETS_MAX = 20;

// ---- the part of Pagefind's JS API used here (pagefind.js 1.6) ----------------------------------
export interface PagefindFragment {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number> | undefined>;
}
export type PagefindFilter = Record<string, unknown>;
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: PagefindFilter }) => Promise<PagefindResponse | null>;
}

type Counts = Record<Group, Map<string, number>>;

export interface Found {
  /** Result ids, best first. */
  ids: string[];
  counts: Counts;
}

const emptyCounts = (): Counts => ({
  status: new Map(),
  province: new Map(),
  dept: new Map(),
  theme: new Map(),
  doc: new Map(),
  kind: new Map(),
});

export class PagefindEngine {
  readonly lexicon: Lexicon;
  private readonly pf: PagefindApi;
  /** Every result object seen, by id (fragments are loaded through them, once). */
  private readonly results = new Map<string, PagefindResult>();
  private readonly fragments = new Map<string, Promise<PagefindFragment>>();
  private readonly cache = new Map<string, Promise<Found>>();

  constructor(pf: PagefindApi, lexicon: Lexicon) {
    this.pf = pf;
    this.lexicon = lexicon;
  }

  /** One Pagefind search (kept: the same search is never run twice). */
  async run(term: string | null, filters: PagefindFilter): Promise<Found> {
    const key = JSON.stringify([term, filters]);
    let found = this.cache.get(key);
    if (!found) {
      found = this.pf.search(term, { filters }).then((response) => {
        if (!response) return { ids: [], counts: emptyCounts() };
        for (const r of response.results) if (!this.results.has(r.id)) this.results.set(r.id, r);
        return { ids: response.results.map((r) => r.id), counts: this.countsOf(response) };
      });
      this.cache.set(key, found);
    }
    return found;
  }

  /** The status id of a document id (`` when it has none): 状态 is answered through 文件. */
  private statusOf(docId: string): string {
    const meta = this.lexicon.meta;
    return meta.statuses[meta.documents[this.lexicon.indexOf('doc', docId)]?.status ?? -1]?.id ?? '';
  }

  /** A response's filter counts; a status counts the results of the documents that have it. */
  private countsOf(response: PagefindResponse): Counts {
    const counts = emptyCounts();
    for (const group of RECORD_GROUPS) {
      for (const [id, n] of Object.entries(response.filters[FILTER_KEYS[group]] ?? {})) counts[group].set(id, n);
    }
    for (const [doc, n] of counts.doc) {
      const status = this.statusOf(doc);
      if (status) counts.status.set(status, (counts.status.get(status) ?? 0) + n);
    }
    return counts;
  }

  fragment(id: string): Promise<PagefindFragment> {
    let data = this.fragments.get(id);
    if (!data) {
      data = this.results.get(id)!.data();
      this.fragments.set(id, data);
    }
    return data;
  }

  /** Pagefind filter for a selection (known ids only); `{}` when nothing is selected. */
  private filterOf(selection: Selection, except?: Group): PagefindFilter {
    const filter: PagefindFilter = {};
    for (const group of RECORD_GROUPS) {
      if (group === except) continue;
      const ids = (selection[group] ?? []).filter((id) => this.lexicon.indexOf(group, id) >= 0);
      if (ids.length > 0) filter[FILTER_KEYS[group]] = { any: ids };
    }
    // A status is the documents that have it (a known status has one at least, so `any` is never empty).
    const statuses = new Set(
      (except === 'status' ? [] : (selection.status ?? [])).filter((id) => this.lexicon.indexOf('status', id) >= 0),
    );
    if (statuses.size === 0) return filter;
    const docs = this.lexicon.meta.documents.filter((d) => statuses.has(this.statusOf(d.id))).map((d) => d.id);
    return withFilter(filter, { [FILTER_KEYS.doc]: { any: docs } });
  }

  /** Every unit (a null search needs a filter): all kinds. */
  private everything(filter: PagefindFilter): PagefindFilter {
    if (Object.keys(filter).length > 0) return filter;
    return { [FILTER_KEYS.kind]: { any: this.lexicon.meta.kinds.map((k) => k.id) } };
  }

  /** Ids in all; counts: the smallest (upper bounds, used only for candidate terms). */
  private async intersect(parts: Promise<Found>[]): Promise<Found> {
    const all = await Promise.all(parts);
    const sets = all.slice(1).map((f) => new Set(f.ids));
    const counts = emptyCounts();
    for (const group of GROUPS) {
      for (const [v, n] of all[0]!.counts[group])
        counts[group].set(v, Math.min(n, ...all.slice(1).map((f) => f.counts[group].get(v) ?? 0)));
    }
    return { ids: all[0]!.ids.filter((id) => sets.every((s) => s.has(id))), counts };
  }

  /**
   * The units whose text holds a folded term under a filter. Punctuation and spaces may or may not
   * hold a position in the index: a term with any is searched as its runs of letters and digits,
   * each an exact phrase, intersected (candidates).
   */
  textFound(folded: string, filter: PagefindFilter): Promise<Found> {
    const runs = folded.split(/[^\p{L}\p{N}]+/u).filter((r) => r !== '');
    return runs.length === 0
      ? this.run(null, this.everything(filter))
      : runs.length === 1
        ? this.run(phraseQuery(runs[0]!), filter)
        : this.intersect(runs.map((r) => this.run(phraseQuery(r), filter)));
  }

  /** The units one term reaches under a filter: its phrase, OR its departments. */
  async termFound(term: Term, filter: PagefindFilter): Promise<Found> {
    const named = this.lexicon.departmentsNamed(term.folded).map((d) => this.lexicon.meta.departments[d]!.id);
    const text = this.textFound(term.folded, filter);
    if (named.length === 0) return text;
    const deptFilter = { [FILTER_KEYS.dept]: { any: named } };
    const [a, b, ab] = await Promise.all([
      text,
      this.run(null, withFilter(filter, deptFilter)),
      this.textFound(term.folded, withFilter(filter, deptFilter)),
    ]);
    const seen = new Set(a.ids);
    const ids = [...a.ids, ...b.ids.filter((id) => !seen.has(id))];
    const counts = emptyCounts();
    for (const group of GROUPS) {
      for (const source of [a, b])
        for (const [id, n] of source.counts[group]) counts[group].set(id, (counts[group].get(id) ?? 0) + n);
      for (const [id, n] of ab.counts[group]) counts[group].set(id, (counts[group].get(id) ?? 0) - n);
    }
    return { ids, counts };
  }

  /** The units all terms reach under a filter (AND); counts exact only for ≤ 1 term. */
  private async queryFound(
    terms: readonly Term[],
    filter: PagefindFilter,
  ): Promise<{ ids: string[]; counts: Counts; exactCounts: boolean }> {
    if (terms.length === 0) {
      const found = await this.run(null, this.everything(filter));
      return { ...found, exactCounts: true };
    }
    const each = await Promise.all(terms.map((t) => this.termFound(t, filter)));
    if (each.length === 1) return { ...each[0]!, exactCounts: true };
    const sets = each.slice(1).map((f) => new Set(f.ids));
    const ids = each[0]!.ids.filter((id) => sets.every((s) => s.has(id)));
    // Upper bounds: the smallest count of any single term.
    const counts = emptyCounts();
    for (const group of GROUPS) {
      const values = new Set(each.flatMap((f) => [...f.counts[group].keys()]));
      for (const v of values) counts[group].set(v, Math.min(...each.map((f) => f.counts[group].get(v) ?? 0)));
    }
    return { ids, counts, exactCounts: false };
  }

  /** How a unit matches the terms (same rule as SearchEngine.matchUnit), or undefined. */
  match(fragment: PagefindFragment, terms: readonly Term[]): { ranges: Range[]; alias: Set<string> } | undefined {
    const text = this.lexicon.fold(fragment.meta.text ?? '');
    const depts = (fragment.meta.departments ?? '').split(' ').filter((d) => d !== '');
    const ranges: Range[] = [];
    const alias = new Set<string>();
    for (const term of terms) {
      const found = occurrences(text, term.folded);
      const named = this.lexicon
        .departmentsNamed(term.folded)
        .map((d) => this.lexicon.meta.departments[d]!.id)
        .filter((id) => depts.includes(id));
      if (found.length === 0 && named.length === 0) return undefined;
      ranges.push(...found);
      for (const id of named) alias.add(id);
    }
    return { ranges, alias };
  }

  shown(fragment: PagefindFragment, ranges: Range[], alias: Set<string>): ShownHit {
    const lex = this.lexicon;
    const label = (group: Group, id: string | undefined) =>
      id === undefined ? undefined : lex.labels(group)[lex.indexOf(group, id)];
    const docId = fragment.filters[FILTER_KEYS.doc]?.[0] ?? '';
    const depts = (fragment.meta.departments ?? '').split(' ').filter((d) => d !== '');
    return {
      id: fragment.meta.id ?? '',
      number: fragment.meta.number ?? '',
      title: fragment.meta.title ?? '',
      text: fragment.meta.text ?? '',
      ranges,
      docId,
      docName: fragment.meta.document ?? label('doc', docId)?.name ?? '',
      province: label('province', fragment.filters[FILTER_KEYS.province]?.[0])?.name ?? '',
      status: label('status', this.statusOf(docId))?.name ?? '',
      kind: label('kind', fragment.filters[FILTER_KEYS.kind]?.[0])?.name ?? '',
      depts: depts.map((id) => ({ name: label('dept', id)?.name ?? id, alias: alias.has(id) })),
    };
  }

  /**
   * What rank.ts orders a result by, before its fragment is loaded: its document's date (the id is
   * `<document>/<local id>`); kind, title and coverage are unknown (0 for all). The position keeps
   * Pagefind's order among equals, grouped by document for document order.
   */
  private facts(id: string, pagefindRank: number, order: SortOrder): RankFacts {
    const meta = this.lexicon.meta;
    const doc = this.lexicon.indexOf('doc', id.slice(0, id.indexOf('/')));
    return {
      title: 0,
      kind: '',
      coverage: 0,
      date: meta.documents[doc]?.date ?? '',
      position: order === 'document' ? Math.max(doc, 0) * 1_000_000 + pagefindRank : pagefindRank,
    };
  }

  async search(query: string, selection: Selection = {}, sort: SortOrder = 'relevance'): Promise<SearchView> {
    const lex = this.lexicon;
    const { terms, cut } = parseQuery(query, lex.fold);
    const filter = this.filterOf(selection);
    const filtered = Object.keys(filter).length > 0;
    const selected = GROUPS.filter((g) => (selection[g] ?? []).some((id) => lex.indexOf(g, id) >= 0));
    const exactTerms = terms.every((t) => phraseIsExact(t.folded));

    const [main, unfilteredFound, ...perGroup] = await Promise.all([
      this.queryFound(terms, filter),
      filtered ? this.queryFound(terms, {}) : undefined,
      ...selected.map((g) => this.queryFound(terms, this.filterOf(selection, g))),
    ]);
    let candidates = main.ids;
    let approximate = !exactTerms;
    let unfiltered = unfilteredFound ? unfilteredFound.ids.length : candidates.length;

    // Counts of each group: under the other groups' selections.
    const countsFor = (group: Group) => {
      const i = selected.indexOf(group);
      return i >= 0 ? perGroup[i]! : main;
    };
    const boundGroups = new Set<Group>(GROUPS.filter((g) => !countsFor(g).exactCounts || !exactTerms));

    // Verify everything up front when it is affordable and the count or the counts need it.
    const verified = new Map<string, ShownHit | null>();
    const verify = async (ids: readonly string[]): Promise<void> => {
      const todo = ids.filter((id) => !verified.has(id));
      const fragments = await Promise.all(todo.map((id) => this.fragment(id)));
      todo.forEach((id, i) => {
        const m = this.match(fragments[i]!, terms);
        verified.set(id, m ? this.shown(fragments[i]!, m.ranges, m.alias) : null);
      });
    };
    const facetsFromFragments = async (ids: readonly string[]): Promise<Counts> => {
      const counts = emptyCounts();
      await verify(ids);
      for (const id of ids) {
        if (!verified.get(id)) continue;
        const fragment = await this.fragment(id);
        for (const group of RECORD_GROUPS) {
          for (const v of fragment.filters[FILTER_KEYS[group]] ?? [])
            counts[group].set(v, (counts[group].get(v) ?? 0) + 1);
        }
        const status = this.statusOf(fragment.filters[FILTER_KEYS.doc]?.[0] ?? '');
        if (status) counts.status.set(status, (counts.status.get(status) ?? 0) + 1);
      }
      return counts;
    };
    if (approximate && candidates.length <= VERIFY_ALL_MAX) {
      await verify(candidates);
      candidates = candidates.filter((id) => verified.get(id));
      approximate = false;
      if (!unfilteredFound) unfiltered = candidates.length;
      else if (unfilteredFound.ids.length <= VERIFY_ALL_MAX) {
        await verify(unfilteredFound.ids);
        unfiltered = unfilteredFound.ids.filter((id) => verified.get(id)).length;
      } else approximate = true;
    }
    const counts = {} as Counts;
    for (const group of GROUPS) {
      const source = countsFor(group);
      const affordable = exactTerms ? EXACT_FACETS_MAX : VERIFY_ALL_MAX;
      if (boundGroups.has(group) && source.ids.length <= affordable) {
        counts[group] = (await facetsFromFragments(source.ids))[group];
        boundGroups.delete(group);
      } else counts[group] = source.counts[group];
    }

    const facets = {} as Record<Group, FacetCount[]>;
    for (const group of GROUPS) {
      const chosen = new Set(selection[group] ?? []);
      facets[group] = lex.labels(group).map((label, value) => ({
        value,
        id: label.id,
        count: counts[group].get(label.id) ?? 0,
        selected: chosen.has(label.id),
      }));
    }

    // A term of punctuation only matches every unit as a candidate: a bounded number is verified
    // per page (the rest stays behind "more", and the count is "约").
    const order = orderFor(sort, terms.length);
    const rankOf = new Map(candidates.map((id, i) => [id, i]));
    candidates = rank(candidates, (id) => this.facts(id, rankOf.get(id)!, order), order);
    // Related results (related-lookup.ts): each term's own units under the filters, then the lookup.
    const exactOf = await Promise.all(terms.map((t) => this.termFound(t, filter)));
    const found = await lookUpRelated(
      pagefindRelatedSource(this, filter, (ids) => {
        const at = new Map(ids.map((id, i) => [id, i]));
        return rank(ids, (id) => this.facts(id, at.get(id)!, order), order);
      }),
      terms,
      exactOf.map((f) => f.ids),
    );
    const pager = verifiedPager(candidates, async (batch) => {
      await verify(batch);
      return batch.map((id) => verified.get(id) ?? undefined);
    });
    const view: SearchView = {
      terms,
      cut,
      notes: lex.departmentNotes(terms),
      total: candidates.length,
      approximate,
      unfiltered,
      facets,
      boundGroups,
      next: async (count) => {
        const page = await pager.next(count);
        const { looked, rejected } = pager.seen();
        if (rejected > 0) {
          // A false candidate was dropped: the count was not exact.
          view.total = candidates.length - rejected;
          view.approximate = looked < candidates.length;
        }
        return page;
      },
      left: pager.left,
      related: found.related,
      relatedTotal: found.total,
      suggestions: candidates.length === 0 ? suggestionsFor(terms, lex.thesaurus, lex) : NO_SUGGESTIONS,
    };
    return view;
  }
}
