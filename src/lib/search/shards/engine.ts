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
 *   (facet codes, no fetch). Several terms: AND. Filters: OR within a group, AND across groups; the
 *   counts of a group under the OTHER groups' selections, exactly as engine.ts.
 * - Results in the order of rank.ts (sharded: from what the start file knows, kind, date and
 *   position; single file: titles and coverage too). Only the texts of the units shown are fetched
 *   (x/<k>.bin.gz, packs of consecutive units), and every one is verified against its folded text
 *   before it is shown (precision is 100% by construction), which also gives the ranges to mark.
 * - Related results (related-lookup.ts) by the same rule as the exact engine, apart from the hits;
 *   the view holds them as a promise, so the exact results never wait for their files.
 */
import { GROUPS, type Group, type Selection } from '../filter-groups.ts';
import { type Range, occurrences } from '../highlight.ts';
import { Lexicon } from '../lexicon.ts';
import { QUERY_LIMITS, type Term, parseQuery } from '../query.ts';
import { type RankFacts, type SortOrder, coverage, orderFor, rank, titleTier } from '../rank.ts';
import { suggestionsFor } from '../related.ts';
import { type RelatedSource, lookUpRelated } from '../related-lookup.ts';
import { type FacetCount, NO_SUGGESTIONS, type SearchView, type ShownHit, shownHit, verifiedPager } from '../view.ts';
import type { StartFile, UnitText } from './format.ts';
import { unpackCodes } from './string-codes.ts';
import { decodeUtf16 } from './bytes.ts';
import { GramIndex, type ShardFetch, type TermUnits } from './gram-index.ts';
import { limitInFlight, remember } from './requests.ts';
import { UnitFacets } from './unit-facets.ts';
import { intersect, union, upperBound } from './sets.ts';

/** Largest cost (compressed bytes of position packs) spent proving one term's candidates. */
export const POSITION_BUDGET = 16 * 1024;

export type { ShardFetch };

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
  private readonly textPacks = new Map<number, Promise<UnitText[]>>();
  /** First unit of each text pack (x/<k>), ascending. */
  private readonly packStarts: number[];
  /** The single-file layout: every text, and its folded copy (the terms are matched in memory). */
  private readonly local?: { texts: UnitText[]; folded: string[] };
  private readonly termCache = new Map<string, Promise<TermUnits>>();

  constructor(start: StartFile, fetch: ShardFetch, options: ShardEngineOptions = {}) {
    this.start = start;
    this.fetch = limitInFlight(fetch, options.inFlight ?? QUERY_LIMITS.inFlight);
    this.grams = new GramIndex(this.fetch, start.shards, options.positionBudget ?? POSITION_BUDGET);
    this.lexicon = options.lexicon ?? new Lexicon(start.meta);
    this.prefetch = options.prefetch ?? 20;
    const n = start.units;
    this.facets = new UnitFacets(start);
    let first = 0;
    this.packStarts = unpackCodes(start.textRuns).map((count) => (first += count) - count);
    if (start.texts) {
      if (start.texts.length !== n) throw new Error(`search index: ${start.texts.length} texts, expected ${n}`);
      this.local = { texts: start.texts, folded: start.texts.map((text) => this.lexicon.fold(text.x)) };
    } else if (first !== n) throw new Error(`search index: ${first} units in textRuns, expected ${n}`);
  }

  // ---- fetching ----------------------------------------------------------------------------------

  // Every file is fetched once and kept, unless fetching it failed: then the next query retries.

  /** A unit's text, from its pack (fetched once for all its units), or from memory (single file). */
  async text(unit: number): Promise<UnitText> {
    if (this.local) return this.local.texts[unit]!;
    const pack = upperBound(this.packStarts, unit) - 1;
    const texts = await remember(this.textPacks, pack, () =>
      this.fetch(`x/${pack}.bin`).then((bytes) => JSON.parse(decodeUtf16(bytes)) as UnitText[]),
    );
    const text = texts[unit - this.packStarts[pack]!];
    if (!text) throw new Error(`search index: no text of unit ${unit} in pack ${pack}`);
    return text;
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
    const aliasUnits = departments ? this.facets.unitsOfDepartments(this.lexicon.departmentsNamed(folded)) : [];
    if (this.local) {
      const units: number[] = [];
      this.local.folded.forEach((text, u) => {
        if (text.includes(folded)) units.push(u);
      });
      return { units: union(units, aliasUnits), exact: true };
    }
    return this.grams.resolve(folded, aliasUnits, onCandidates);
  }

  /** How a unit's text matches the terms (same rule as SearchEngine.matchUnit), or undefined. */
  match(text: UnitText, terms: readonly Term[]): { ranges: Range[]; alias: Set<number> } | undefined {
    const folded = this.lexicon.fold(text.x);
    const ranges: Range[] = [];
    const alias = new Set<number>();
    for (const term of terms) {
      const found = occurrences(folded, term.folded);
      const named = this.lexicon.departmentsNamed(term.folded).filter((d) => text.d.includes(d));
      if (found.length === 0 && named.length === 0) return undefined;
      ranges.push(...found);
      for (const d of named) alias.add(d);
    }
    return { ranges, alias };
  }

  private shown(unit: number, text: UnitText, ranges: Range[], alias: Set<number>): ShownHit {
    const source = { id: text.id, number: text.n, title: text.t, text: text.x, depts: text.d };
    return shownHit(
      this.lexicon.meta,
      { ...source, doc: this.facets.docOf[unit]!, kind: this.facets.kindOf[unit]! },
      ranges,
      alias,
    );
  }

  /**
   * What rank.ts orders a unit by: kind, date and position from the start file; with the texts in
   * memory (single file) also the title and how much of the text the terms cover, as the exact
   * engine does. Sharded, those would need every candidate's text: 0 for all, the rest decides.
   */
  private facts(unit: number, terms: readonly Term[]): RankFacts {
    const meta = this.lexicon.meta;
    const local = this.local;
    const text = local?.folded[unit] ?? '';
    return {
      title: local ? titleTier(this.lexicon.fold(local.texts[unit]!.t), terms) : 0,
      kind: meta.kinds[this.facets.kindOf[unit]!]?.id ?? '',
      coverage: local
        ? coverage(
            terms.flatMap((term) => occurrences(text, term.folded)),
            text.length,
          )
        : 0,
      date: meta.documents[this.facets.docOf[unit]!]?.date ?? '',
      position: unit,
    };
  }

  /** What the related lookup reads of this index (units by label and department, texts). */
  private relatedSource(arrange: (units: number[]) => number[]): RelatedSource<number> {
    return {
      lexicon: this.lexicon,
      textUnits: async (folded) => (await this.textUnits(folded)).units,
      departmentUnits: (department) => Promise.resolve(this.facets.unitsOfDepartments([department])),
      arrange,
      read: async (unit) => {
        const text = await this.text(unit);
        return { text: text.x, depts: text.d };
      },
      show: async (unit, ranges, departments) => this.shown(unit, await this.text(unit), ranges, new Set(departments)),
    };
  }

  async search(query: string, selection: Selection = {}, order: SortOrder = 'relevance'): Promise<SearchView> {
    const lex = this.lexicon;
    const { terms, cut } = parseQuery(query, lex.fold);
    const chosen: Partial<Record<Group, Set<number>>> = {};
    for (const group of GROUPS) {
      const set = new Set((selection[group] ?? []).map((id) => lex.indexOf(group, id)).filter((i) => i >= 0));
      if (set.size > 0) chosen[group] = set;
    }
    const active = GROUPS.filter((g) => chosen[g]);
    const passes = (unit: number, except?: Group): boolean =>
      active.every((group) => group === except || this.facets.values(group, unit).some((v) => chosen[group]!.has(v)));
    const arranged = (units: readonly number[]): number[] =>
      rank(
        active.length > 0 ? units.filter((u) => passes(u)) : [...units],
        (unit) => this.facts(unit, terms),
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

    // The texts of the first page are requested now, while the counts are made.
    const hits = arranged(matched);
    prefetch(hits);
    // Related results (related-lookup.ts) are looked up while the counts are made and the first page
    // is shown, not waited for: their files come after the first page's texts, already asked.
    const related = lookUpRelated(
      this.relatedSource((units) => arranged(units)),
      terms,
      each.map((e) => e.units),
    );

    const facets = {} as Record<Group, FacetCount[]>;
    for (const group of GROUPS) {
      const counts = new Array<number>(lex.labels(group).length).fill(0);
      const others = active.filter((g) => g !== group);
      for (const unit of matched) {
        if (others.length > 0 && !passes(unit, group)) continue;
        this.facets.count(group, unit, counts);
      }
      facets[group] = lex.labels(group).map((label, value) => ({
        value,
        id: label.id,
        count: counts[value]!,
        selected: chosen[group]?.has(value) ?? false,
      }));
    }

    const pager = verifiedPager(hits, async (batch) => {
      const texts = await Promise.all(batch.map((u) => this.text(u)));
      return batch.map((unit, i) => {
        const m = this.match(texts[i]!, terms);
        return m ? this.shown(unit, texts[i]!, m.ranges, m.alias) : undefined;
      });
    });
    // Handled here too, so a failed lookup never surfaces as an unhandled rejection when nothing asks for it.
    related.catch(() => undefined);
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
