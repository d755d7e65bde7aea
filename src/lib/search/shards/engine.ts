/**
 * The search page's engine: the same queries, filters and answers as the exact engine (engine.ts,
 * the test oracle), over the index (format.ts) in either layout, fetching only what a query needs.
 *
 * - Start-up: start.json.gz (labels, aliases, folding, thesaurus, and the facet codes of every
 *   unit), so filters, filter counts and department aliases are answered locally, for every query.
 * - The units of a term: in the single-file layout, by reading every text in memory; sharded, from
 *   the gram index (gram-index.ts: exact up to 4 code units, proven by positions above, or a
 *   superset shown as an estimate, "约 N", until every candidate has been verified).
 * - A term naming departments (Lexicon.departmentsNamed) also matches the units of those departments
 *   (facet codes, no fetch). Several terms: AND. Filters (selection-filter.ts): OR within a group,
 *   AND across groups; the counts of a group under the OTHER groups' selections, exactly as engine.ts.
 * - Results in the order of rank.ts (rank-facts.ts; sharded: from what the start file knows, kind,
 *   date and position; single file: titles and coverage too). Only the texts of the units shown are
 *   fetched (text-packs.ts: x/<k>.bin.gz, packs of consecutive units), and every one is verified
 *   against its folded text before it is shown (text-hits.ts; precision is 100% by construction),
 *   which also gives the ranges to mark.
 * - Related results (related-lookup.ts, reading the index through related-source.ts) by the same
 *   rule as the exact engine, apart from the hits; the view holds them as a promise, so the exact
 *   results never wait for their files.
 */
import { GROUPS, type Selection } from '../filter-groups.ts';
import { Lexicon } from '../lexicon.ts';
import { QUERY_LIMITS, type Term, parseQuery } from '../query.ts';
import { type SortOrder, orderFor, rank } from '../rank.ts';
import { suggestionsFor } from '../related.ts';
import { lookUpRelated } from '../related-lookup.ts';
import { NO_SUGGESTIONS, type SearchView, verifiedPager } from '../view.ts';
import type { StartFile, UnitText } from './format.ts';
import { GramIndex, type ShardFetch, type TermUnits } from './gram-index.ts';
import { rankFacts } from './rank-facts.ts';
import { relatedSource } from './related-source.ts';
import { SelectionFilter } from './selection-filter.ts';
import { limitInFlight, remember } from './requests.ts';
import { intersect, union } from './sets.ts';
import { OtherNames } from './other-names.ts';
import { matchText, textHit } from './text-hits.ts';
import { TextPacks } from './text-packs.ts';
import { UnitFacets } from './unit-facets.ts';

/** Largest cost (compressed bytes of position packs) spent proving one term's candidates. */
export const POSITION_BUDGET = 16 * 1024;

export interface ShardEngineOptions {
  lexicon?: Lexicon;
  /** Bytes spent at most proving a long term's candidates (default POSITION_BUDGET). */
  positionBudget?: number;
  /** Texts of the first results requested as soon as the results are known (default 20, a page). */
  prefetch?: number;
  /** Requests open at once (default QUERY_LIMITS.inFlight). */
  inFlight?: number;
}

export class ShardEngine {
  readonly lexicon: Lexicon;
  private readonly prefetch: number;
  readonly start: StartFile;
  private readonly fetch: ShardFetch;
  /** What the start file knows of every unit (filters and counts come from it). */
  readonly facets: UnitFacets;
  private readonly grams: GramIndex;
  /** The sharded layout: the texts, fetched pack by pack. */
  private readonly packs?: TextPacks;
  /** The single-file layout: every text, and its folded copy (the terms are matched in memory). */
  private readonly local?: { texts: UnitText[]; folded: string[] };
  private readonly termCache = new Map<string, Promise<TermUnits>>();
  /** Bodies named that the registry does not know: a term in their names reaches their units. */
  private readonly others: OtherNames;

  constructor(start: StartFile, fetch: ShardFetch, options: ShardEngineOptions = {}) {
    this.start = start;
    this.fetch = limitInFlight(fetch, options.inFlight ?? QUERY_LIMITS.inFlight);
    this.grams = new GramIndex(this.fetch, start.shards, options.positionBudget ?? POSITION_BUDGET);
    this.lexicon = options.lexicon ?? new Lexicon(start.meta);
    this.prefetch = options.prefetch ?? 20;
    const n = start.units;
    this.facets = new UnitFacets(start);
    this.others = new OtherNames(start, this.lexicon.fold);
    if (start.texts) {
      if (start.texts.length !== n) throw new Error(`search index: ${start.texts.length} texts, expected ${n}`);
      this.local = { texts: start.texts, folded: start.texts.map((text) => this.lexicon.fold(text.x)) };
    } else this.packs = new TextPacks(start, this.fetch);
  }

  // ---- fetching ----------------------------------------------------------------------------------

  /** A unit's text, from its pack (text-packs.ts), or from memory (single file). */
  text(unit: number): Promise<UnitText> {
    return this.local ? Promise.resolve(this.local.texts[unit]!) : this.packs!.text(unit);
  }

  // ---- matching ------------------------------------------------------------------------------------

  /** The units a term reaches (its text, or its departments), and whether that set is exact. */
  termUnits(term: Term, onCandidates?: (units: readonly number[]) => void): Promise<TermUnits> {
    return remember(this.termCache, term.folded, () => this.resolveTerm(term.folded, true, onCandidates));
  }

  /** The units whose text holds a folded label (a thesaurus label: its text only, no department). */
  textUnits(folded: string): Promise<TermUnits> {
    return remember(this.termCache, `\u0000${folded}`, () => this.resolveTerm(folded, false));
  }

  private async resolveTerm(
    folded: string,
    departments: boolean,
    onCandidates?: (units: readonly number[]) => void,
  ): Promise<TermUnits> {
    const aliasUnits = departments
      ? union(this.facets.unitsOfDepartments(this.lexicon.departmentsNamed(folded)), this.others.unitsOf(folded))
      : [];
    if (this.local) {
      const units: number[] = [];
      this.local.folded.forEach((text, u) => {
        if (text.includes(folded)) units.push(u);
      });
      return { units: union(units, aliasUnits), exact: true };
    }
    return this.grams.resolve(folded, aliasUnits, onCandidates);
  }

  async search(query: string, selection: Selection = {}, order: SortOrder = 'relevance'): Promise<SearchView> {
    const lex = this.lexicon;
    const { terms, cut } = parseQuery(query, lex.fold);
    const filter = new SelectionFilter(lex, this.facets, selection);
    const named = lex.departmentsOfQuery(terms);
    const arranged = (units: readonly number[]): number[] =>
      rank(
        filter.active.length > 0 ? units.filter((u) => filter.passes(u)) : [...units],
        (unit) => rankFacts(lex, this.facets, this.local, unit, terms, named),
        orderFor(order, terms.length),
      );
    /** Asks for the texts of the first page of ranked units (each fetched once: asking again costs nothing). */
    const prefetch = (ranked: readonly number[]): void => {
      for (const unit of ranked.slice(0, this.prefetch)) void this.text(unit).catch(() => undefined);
    };

    let matched: number[];
    let exact = true;
    let each: TermUnits[] = [];
    if (terms.length === 0) matched = Array.from({ length: this.start.units }, (_, u) => u);
    else {
      // One term: its first page's texts are asked for as soon as its candidates are known, with the
      // position packs that prove them (one round of requests less for a long term).
      const early = terms.length === 1 ? (units: readonly number[]) => prefetch(arranged(units)) : undefined;
      each = await Promise.all(terms.map((t) => this.termUnits(t, early)));
      matched = each.map((e) => e.units).reduce((a, b) => intersect(a, b));
      exact = each.every((e) => e.exact);
    }

    // The texts of the first page are requested now, while the counts are made: the pause lets the
    // reads just asked for go out first (the page gathers them into requests in a microtask), rather
    // than after the counts and the related lookup below, 10 to 30 ms on a large result.
    const hits = arranged(matched);
    prefetch(hits);
    await Promise.resolve();
    // Related results (related-lookup.ts) are looked up while the counts are made and the first page
    // is shown, not waited for: their files come after the first page's texts, already asked.
    const related = lookUpRelated(
      relatedSource(this, arranged),
      terms,
      each.map((e) => e.units),
    );
    // Handled here too, so a failed lookup never surfaces as an unhandled rejection when nothing asks for it.
    related.catch(() => undefined);

    const facets = filter.counts(matched);
    const pager = verifiedPager(hits, async (batch) => {
      const texts = await Promise.all(batch.map((u) => this.text(u)));
      return batch.map((unit, i) => {
        const m = matchText(lex, texts[i]!, terms);
        return m ? textHit(lex, this.facets, unit, texts[i]!, m.ranges, m.alias, m.others) : undefined;
      });
    });
    const view: SearchView = {
      terms,
      cut,
      notes: lex.departmentNotes(terms),
      total: hits.length,
      approximate: !exact,
      unfiltered: matched.length,
      facets,
      boundGroups: new Set(exact ? [] : GROUPS),
      next: async (count) => {
        const page = await pager.next(count);
        if (!exact) {
          const { looked, rejected } = pager.seen();
          view.total = hits.length - rejected;
          view.approximate = looked < hits.length;
          if (!view.approximate) view.boundGroups = new Set();
        }
        return page;
      },
      left: pager.left,
      related,
      suggestions: hits.length === 0 ? suggestionsFor(terms, lex.thesaurus, lex) : NO_SUGGESTIONS,
    };
    return view;
  }
}
