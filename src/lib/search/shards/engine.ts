/**
 * Shards mode: the same queries, filters and answers as the bundle engine (engine.ts), over the
 * sharded index (format.ts), fetching only what a query needs.
 *
 * - Start-up: start.json.gz (labels, aliases, folding, and the facet codes of every unit), so
 *   filters, filter counts and department aliases are answered locally, for every query.
 * - A term of ≤ 4 code units (GRAM_MAX): the unit list of its one gram: EXACT.
 * - A longer term: its 4-grams. First the lists held in its shards and the rarest list; when the
 *   departments the term names already cover every candidate, that is the answer. Otherwise the
 *   candidates are proven with positions: the cheapest chain of 4-grams covering the term (each
 *   next one starting at most 4 code units after the previous one) must occur at the term's
 *   offsets; its lists and position packs must cost ≤ POSITION_BUDGET bytes. Then the count is
 *   exact. When the proof costs more, the lists that fit the budget narrow the candidates (a
 *   superset, in practice nearly always equal), and the count is shown as an estimate ("约 N")
 *   until every candidate has been verified.
 * - A term naming departments (Lexicon.departmentsNamed) also matches the units of those departments
 *   (facet codes, no fetch). Several terms: AND. Filters: OR within a group, AND across groups; the
 *   counts of a group under the OTHER groups' selections, exactly as engine.ts.
 * - Results in the order of rank.ts (from what the start file knows: kind, date, position). Only the texts of the units shown are fetched (x/<k>.bin.gz, packs of consecutive units),
 *   and every one is verified against its folded text before it is shown (precision is 100% by
 *   construction), which also gives the ranges to highlight.
 */
import { GROUPS, type Group, type Selection } from '../engine.ts';
import { type Range, occurrences } from '../highlight.ts';
import { Lexicon } from '../meta.ts';
import { QUERY_LIMITS, type Term, parseQuery } from '../query.ts';
import { type RankFacts, type SortOrder, coverage, orderFor, rank, titleTier } from '../rank.ts';
import { suggestionsFor } from '../related.ts';
import { type RelatedSource, lookUpRelated } from '../related-lookup.ts';
import { type FacetCount, NO_SUGGESTIONS, type SearchView, type ShownHit, verifiedPager } from '../view.ts';
import {
  type GramEntry,
  type StartFile,
  type UnitText,
  decodeList,
  decodeUtf16,
  gramHash,
  readPositions,
  readShard,
  termGrams,
  unpackCodes,
  unpackLists,
} from './format.ts';
import { limitInFlight, remember } from './requests.ts';
import { cheapestCover, indexIn, intersect, union, upperBound } from './sets.ts';

/** Largest cost (compressed bytes of position packs) spent proving one term's candidates. */
export const POSITION_BUDGET = 16 * 1024;

/** Fetches a file of the index (path relative to search/shards/, without `.gz`), decompressed. */
export type ShardFetch = (path: string) => Promise<Uint8Array>;

interface TermUnits {
  units: number[];
  exact: boolean;
}

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
  private readonly positionBudget: number;
  private readonly prefetch: number;
  readonly start: StartFile;
  private readonly fetch: ShardFetch;
  /** Per unit: document, kind, themes, departments (sorted). */
  readonly docOf: Int32Array;
  readonly kindOf: Uint16Array;
  /** Per document: its province, its status (−1: none). */
  readonly provinceOf: Int32Array;
  readonly statusOf: Int32Array;
  readonly themesOf: number[][];
  readonly deptsOf: number[][];
  private readonly shards = new Map<number, Promise<Map<string, GramEntry>>>();
  private readonly packs = new Map<number, Promise<Uint8Array>>();
  private readonly textPacks = new Map<number, Promise<UnitText[]>>();
  /** First unit of each text pack (x/<k>), ascending. */
  private readonly packStarts: number[];
  /** The single-file layout: every text, and its folded copy (the terms are matched in memory). */
  private readonly local?: { texts: UnitText[]; folded: string[] };
  private readonly lists = new Map<string, Promise<number[]>>();
  private readonly deptUnits = new Map<number, number[]>();
  private readonly termCache = new Map<string, Promise<TermUnits>>();

  constructor(start: StartFile, fetch: ShardFetch, options: ShardEngineOptions = {}) {
    this.start = start;
    this.fetch = limitInFlight(fetch, options.inFlight ?? QUERY_LIMITS.inFlight);
    this.lexicon = options.lexicon ?? new Lexicon(start.meta);
    this.positionBudget = options.positionBudget ?? POSITION_BUDGET;
    this.prefetch = options.prefetch ?? 20;
    const n = start.units;
    this.docOf = new Int32Array(n);
    let u = 0;
    for (let i = 0; i + 1 < start.docRuns.length; i += 2) {
      this.docOf.fill(start.docRuns[i]!, u, u + start.docRuns[i + 1]!);
      u += start.docRuns[i + 1]!;
    }
    if (u !== n) throw new Error(`search index: ${u} units in docRuns, expected ${n}`);
    this.kindOf = Uint16Array.from(unpackCodes(start.kinds));
    this.provinceOf = Int32Array.from(start.meta.documents, (d) => d.province);
    this.statusOf = Int32Array.from(start.meta.documents, (d) => d.status ?? -1);
    this.themesOf = unpackLists(start.themes, n);
    this.deptsOf = unpackLists(start.depts, n);
    let first = 0;
    this.packStarts = unpackCodes(start.textRuns).map((count) => (first += count) - count);
    if (start.texts) {
      if (start.texts.length !== n) throw new Error(`search index: ${start.texts.length} texts, expected ${n}`);
      this.local = { texts: start.texts, folded: start.texts.map((text) => this.lexicon.fold(text.x)) };
    } else if (first !== n) throw new Error(`search index: ${first} units in textRuns, expected ${n}`);
  }

  // ---- fetching ----------------------------------------------------------------------------------

  // Every file is fetched once and kept, unless fetching it failed: then the next query retries.

  private shard(k: number): Promise<Map<string, GramEntry>> {
    return remember(this.shards, k, () => this.fetch(`g/${k}.bin`).then(readShard));
  }

  private async entry(gram: string): Promise<GramEntry | undefined> {
    return (await this.shard(gramHash(gram) % this.start.shards)).get(gram);
  }

  private pack(k: number): Promise<Uint8Array> {
    return remember(this.packs, k, () => this.fetch(`p/${k}.bin`));
  }

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

  private list(entry: GramEntry): Promise<number[]> {
    return remember(this.lists, entry.gram, async () => {
      const bytes = entry.file === undefined ? entry.list : await this.fetch(`l/${entry.file}.bin`);
      return Array.from(decodeList(entry.kind, bytes, entry.df));
    });
  }

  /** Units for which any of the departments is responsible, sorted. */
  unitsOfDepartments(depts: readonly number[]): number[] {
    let out: number[] = [];
    for (const d of depts) {
      let units = this.deptUnits.get(d);
      if (!units) {
        units = [];
        for (let u = 0; u < this.start.units; u++) if (this.deptsOf[u]!.includes(d)) units.push(u);
        this.deptUnits.set(d, units);
      }
      out = union(out, units);
    }
    return out;
  }

  // ---- matching ------------------------------------------------------------------------------------

  /** The units a term reaches (its text, or its departments), and whether that set is exact. */
  termUnits(term: Term): Promise<TermUnits> {
    return remember(this.termCache, term.folded, () => this.resolveTerm(term.folded, true));
  }

  /** The units whose text holds a folded label (a thesaurus label: its text only, no department). */
  textUnits(folded: string): Promise<TermUnits> {
    return remember(this.termCache, `\u0000${folded}`, () => this.resolveTerm(folded, false));
  }

  private async resolveTerm(folded: string, departments: boolean): Promise<TermUnits> {
    const aliasUnits = departments ? this.unitsOfDepartments(this.lexicon.departmentsNamed(folded)) : [];
    if (this.local) {
      const units: number[] = [];
      this.local.folded.forEach((text, u) => {
        if (text.includes(folded)) units.push(u);
      });
      return { units: union(units, aliasUnits), exact: true };
    }
    const grams = termGrams(folded);
    const found = await Promise.all(grams.map((g) => this.entry(g)));
    if (found.some((e) => e === undefined)) return { units: aliasUnits, exact: true };
    const entries = found as GramEntry[];
    if (entries.length === 1) return { units: union(await this.list(entries[0]!), aliasUnits), exact: true };

    // A longer term. The lists fetched so far, by 4-gram offset, and their intersection.
    const lists: (number[] | undefined)[] = entries.map(() => undefined);
    let candidates: number[] | undefined;
    const take = async (offsets: readonly number[]): Promise<void> => {
      const todo = offsets.filter((o) => !lists[o]);
      const got = await Promise.all(todo.map((o) => this.list(entries[o]!)));
      todo.forEach((o, i) => {
        lists[o] = got[i]!;
        candidates = candidates ? intersect(candidates, got[i]!) : got[i]!;
      });
    };
    const unproven = (): number[] => candidates!.filter((u) => indexIn(aliasUnits, u) < 0);
    const done = (exact: boolean): TermUnits => ({ units: union(candidates!, aliasUnits), exact });
    const listCost = (o: number): number => (lists[o] || entries[o]!.file === undefined ? 0 : entries[o]!.fileCost!);

    // 1. The inline lists and the rarest one: often enough when the departments cover the rest.
    let rarest = 0;
    entries.forEach((e, o) => {
      if (e.df < entries[rarest]!.df) rarest = o;
    });
    await take([rarest, ...entries.flatMap((e, o) => (e.file === undefined ? [o] : []))]);
    if (unproven().length === 0) return done(true);

    // 2. Prove the candidates with positions: the cheapest cover whose lists and packs fit the budget.
    const cover = cheapestCover(entries.map((e, o) => listCost(o) + (e.positions?.cost ?? Infinity)));
    const packCosts = new Map<number, number>();
    let cost = 0;
    for (const o of cover.offsets) {
      const ref = entries[o]!.positions;
      cost += listCost(o);
      packCosts.set(ref?.pack ?? -1, ref?.cost ?? Infinity);
    }
    for (const c of packCosts.values()) cost += c;
    if (cost <= this.positionBudget) {
      const [, positions] = await Promise.all([
        take(cover.offsets),
        Promise.all(
          cover.offsets.map(async (o) => {
            const e = entries[o]!;
            const ref = e.positions!;
            return readPositions(await this.pack(ref.pack), ref.offset, ref.length, e.df);
          }),
        ),
      ]);
      const occurs = (u: number): boolean => {
        const at = cover.offsets.map((o, k) => positions[k]![indexIn(lists[o]!, u)]!);
        const rest = cover.offsets.slice(1).map((o, k) => ({ shift: o, set: new Set(at[k + 1]) }));
        return at[0]!.some((p) => rest.every(({ shift, set }) => set.has(p + shift)));
      };
      const proven = new Set(unproven().filter(occurs));
      candidates = candidates!.filter((u) => proven.has(u) || indexIn(aliasUnits, u) >= 0);
      return done(true);
    }

    // 3. Too dear to prove: more lists, cheapest first while they fit the budget, narrow the
    // candidates (a superset, nearly always exact); every result is verified as it is shown.
    let spent = 0;
    const rest = entries
      .map((_, o) => o)
      .filter((o) => !lists[o])
      .sort((a, b) => listCost(a) - listCost(b) || a - b);
    const affordable = rest.filter((o) => (spent += listCost(o)) <= this.positionBudget);
    await take(affordable);
    return done(unproven().length === 0);
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
    const meta = this.lexicon.meta;
    const doc = meta.documents[this.docOf[unit]!]!;
    return {
      id: text.id,
      number: text.n,
      title: text.t,
      text: text.x,
      ranges,
      docId: doc.id,
      docName: doc.name,
      province: meta.provinces[doc.province]?.name ?? '',
      status: meta.statuses[doc.status]?.name ?? '',
      kind: meta.kinds[this.kindOf[unit]!]?.name ?? '',
      depts: text.d.map((d) => ({ name: meta.departments[d]?.name ?? '', alias: alias.has(d) })),
    };
  }

  /** Adds one unit to the counts of a group (no allocation: this runs for every matching unit). */
  private count(group: Group, unit: number, counts: number[]): void {
    switch (group) {
      case 'status': {
        const s = this.statusOf[this.docOf[unit]!]!;
        if (s >= 0) counts[s]!++;
        return;
      }
      case 'province': {
        const p = this.provinceOf[this.docOf[unit]!]!;
        if (p >= 0) counts[p]!++;
        return;
      }
      case 'doc':
        counts[this.docOf[unit]!]!++;
        return;
      case 'kind':
        counts[this.kindOf[unit]!]!++;
        return;
      case 'dept':
        for (const d of this.deptsOf[unit]!) counts[d]!++;
        return;
      case 'theme':
        for (const t of this.themesOf[unit]!) counts[t]!++;
        return;
    }
  }

  private values(group: Group, unit: number): readonly number[] {
    switch (group) {
      case 'status':
        return [this.statusOf[this.docOf[unit]!]!];
      case 'province':
        return [this.provinceOf[this.docOf[unit]!]!];
      case 'dept':
        return this.deptsOf[unit]!;
      case 'theme':
        return this.themesOf[unit]!;
      case 'doc':
        return [this.docOf[unit]!];
      case 'kind':
        return [this.kindOf[unit]!];
    }
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
      kind: meta.kinds[this.kindOf[unit]!]?.id ?? '',
      coverage: local
        ? coverage(
            terms.flatMap((term) => occurrences(text, term.folded)),
            text.length,
          )
        : 0,
      date: meta.documents[this.docOf[unit]!]?.date ?? '',
      position: unit,
    };
  }

  /** What the related lookup reads of this index (units by label and department, texts). */
  private relatedSource(arrange: (units: number[]) => number[]): RelatedSource<number> {
    return {
      lexicon: this.lexicon,
      textUnits: async (folded) => (await this.textUnits(folded)).units,
      departmentUnits: (department) => Promise.resolve(this.unitsOfDepartments([department])),
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
    let matched: number[];
    let exact = true;
    let each: TermUnits[] = [];
    if (terms.length === 0) matched = Array.from({ length: this.start.units }, (_, u) => u);
    else {
      each = await Promise.all(terms.map((t) => this.termUnits(t)));
      matched = each.map((e) => e.units).reduce((a, b) => intersect(a, b));
      exact = each.every((e) => e.exact);
    }

    const chosen: Partial<Record<Group, Set<number>>> = {};
    for (const group of GROUPS) {
      const set = new Set((selection[group] ?? []).map((id) => lex.indexOf(group, id)).filter((i) => i >= 0));
      if (set.size > 0) chosen[group] = set;
    }
    const active = GROUPS.filter((g) => chosen[g]);
    const passes = (unit: number, except?: Group): boolean =>
      active.every((group) => group === except || this.values(group, unit).some((v) => chosen[group]!.has(v)));

    // The texts of the first page are requested now, while the counts are made.
    const hits = rank(
      active.length > 0 ? matched.filter((u) => passes(u)) : matched,
      (unit) => this.facts(unit, terms),
      orderFor(order, terms.length),
    );
    for (const unit of hits.slice(0, this.prefetch)) void this.text(unit).catch(() => undefined);
    // Related results (related-lookup.ts) are looked up while the counts are made.
    const related = lookUpRelated(
      this.relatedSource((units) =>
        rank(
          units.filter((u) => passes(u)),
          (u) => this.facts(u, terms),
          orderFor(order, terms.length),
        ),
      ),
      terms,
      each.map((e) => e.units),
    );

    const facets = {} as Record<Group, FacetCount[]>;
    for (const group of GROUPS) {
      const counts = new Array<number>(lex.labels(group).length).fill(0);
      const others = active.filter((g) => g !== group);
      for (const unit of matched) {
        if (others.length > 0 && !passes(unit, group)) continue;
        this.count(group, unit, counts);
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
    const found = await related;
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
      related: found.related,
      relatedTotal: found.total,
      suggestions: hits.length === 0 ? suggestionsFor(terms, lex.thesaurus, lex) : NO_SUGGESTIONS,
    };
    return view;
  }
}
