/**
 * The search engine: exact substring matching over the folded text of every unit, department
 * alias expansion, filters with counts (unit-filters.ts). Pure (no DOM, no fetch), so the page, the
 * unit tests and the benchmark's ground truth run the same code.
 *
 * A unit matches a query when EVERY term (AND) either
 *   - occurs in matchFold(unit.text) (Ctrl+F semantics, width/script-folded), or
 *   - names a department (a registry alias, the canonical name or a local name, optionally with a
 *     leading 省/自治区/市) that is responsible for the unit, or
 *   - occurs in the name, as written, of a body the unit names that the registry does not know (a
 *     company a 督办 notice tasks: bundle.ts `others`).
 * No other rule: no stemming, no fuzzy matching, no partial credit, so there are no false hits.
 */
import type { SearchBundle } from './bundle.ts';
import type { Group, Selection } from './filter-groups.ts';
import { type Range, occurrences } from './highlight.ts';
import { Lexicon } from './lexicon.ts';
import { alternativesFor, relatedMatch } from './related.ts';
import { type CharFolder, makeMatchFold, unpackTable } from './normalize.ts';
import { type Term, parseQuery } from './query.ts';
import { type RankFacts, type SortOrder, coverage, departmentFocus, orderFor, rank, score, titleTier } from './rank.ts';
import { type FacetValue, UnitFilters } from './unit-filters.ts';

export interface TermMatch {
  term: Term;
  /** Occurrences in the unit's text (offsets valid in the original text). */
  ranges: Range[];
  /** Departments of the unit reached through the term as an alias (indexes). */
  departments: number[];
  /** Names of bodies the registry does not know (bundle.ts `others`) that hold the term. */
  others: string[];
}

export interface Hit {
  /** Index into bundle.units. */
  unit: number;
  /** rank.ts score() of the hit: relevance, larger first. */
  score: number;
  matches: TermMatch[];
}

/** A unit reached through the thesaurus or a department's short form (related.ts), not an exact hit. */
export interface RelatedHit {
  unit: number;
  /** Occurrences of the terms and of the labels that reached it. */
  ranges: Range[];
  /** How it was reached: concepts' preferred labels, departments' names. */
  via: string[];
  /** Departments reached through a short form. */
  departments: number[];
}

export interface Outcome {
  terms: Term[];
  /** Only the beginning of a too long query was searched (query.ts QUERY_LIMITS). */
  cut: boolean;
  /** Matching units after the filters, in the order asked for (rank.ts). */
  hits: Hit[];
  /** Matching units before the filters. */
  unfiltered: number;
  /** Related units under the same filters, in the same order (never counted among the hits). */
  related: RelatedHit[];
  /** Per group: values with their counts under the query and the OTHER groups' selections. */
  facets: Record<Group, FacetValue[]>;
}

export class SearchEngine {
  readonly bundle: SearchBundle;
  readonly fold: CharFolder;
  /** matchFold of each unit's text. */
  readonly folded: string[];
  readonly foldedTitles: string[];
  /** matchFold of the names each unit gives without a department (bundle.ts `others`), in order. */
  private readonly foldedOthers: string[][];
  /** Department names and short forms (the same rules as in every other engine). */
  readonly lexicon: Lexicon;
  private readonly filters: UnitFilters;

  constructor(bundle: SearchBundle, fold: CharFolder = makeMatchFold(unpackTable(bundle.t2s))) {
    this.bundle = bundle;
    this.fold = fold;
    this.folded = bundle.units.map((u) => fold(u.text));
    this.foldedOthers = bundle.units.map((u) => (u.others ?? []).map(fold));
    this.foldedTitles = bundle.units.map((u) => fold(u.title));
    this.lexicon = new Lexicon(bundle, fold);
    this.filters = new UnitFilters(bundle, this.lexicon);
  }

  /** Departments a term names, if it is an alias (`经信委`, `省质监局`, `质量技术监督局`). */
  departmentsNamed(folded: string): number[] {
    return this.lexicon.departmentsNamed(folded);
  }

  /**
   * How one unit matches the terms; undefined when a term is in neither its text, nor the names of its
   * departments, nor the name as written of a body it names that the registry does not know.
   */
  matchUnit(unit: number, terms: readonly Term[]): TermMatch[] | undefined {
    const text = this.folded[unit] as string;
    const { depts = [], others: written = [] } = this.bundle.units[unit] ?? {};
    const foldedOthers = this.foldedOthers[unit] ?? [];
    const matches: TermMatch[] = [];
    for (const term of terms) {
      const ranges = occurrences(text, term.folded);
      const named = this.departmentsNamed(term.folded).filter((d) => depts.includes(d));
      const others = written.filter((_, i) => foldedOthers[i]!.includes(term.folded));
      if (ranges.length === 0 && named.length === 0 && others.length === 0) return undefined;
      matches.push({ term, ranges, departments: named, others });
    }
    return matches;
  }

  /** What rank.ts orders a hit by; `named`: the departments the terms name (lexicon.departmentsOfQuery). */
  facts(unit: number, terms: readonly Term[], matches: readonly TermMatch[], named: ReadonlySet<number>): RankFacts {
    const u = this.bundle.units[unit]!;
    return {
      title: titleTier(this.foldedTitles[unit] as string, terms),
      focus: departmentFocus(u.depts, named),
      kind: this.bundle.kinds[u.kind]?.id ?? '',
      coverage: coverage(
        matches.flatMap((m) => m.ranges),
        u.text.length,
      ),
      date: this.bundle.documents[u.doc]?.date ?? '',
      position: unit,
    };
  }

  search(query: string, selection: Selection = {}, order: SortOrder = 'relevance'): Outcome {
    const { terms, cut } = parseQuery(query, this.fold);
    const matched: Hit[] = [];
    for (let unit = 0; unit < this.bundle.units.length; unit++) {
      const matches = this.matchUnit(unit, terms);
      if (matches) matched.push({ unit, score: 0, matches });
    }
    const chosen = this.filters.resolve(selection);
    const passes = (unit: number): boolean => this.filters.passes(chosen, unit);
    const facets = this.filters.facets(
      chosen,
      matched.map((hit) => hit.unit),
    );

    const facts = new Map<Hit, RankFacts>();
    const named = this.lexicon.departmentsOfQuery(terms);
    const factsOf = (hit: Hit): RankFacts => {
      let known = facts.get(hit);
      if (!known) {
        known = this.facts(hit.unit, terms, hit.matches, named);
        hit.score = score(known);
        facts.set(hit, known);
      }
      return known;
    };
    const hits = rank(
      matched.filter((hit) => passes(hit.unit)),
      factsOf,
      orderFor(order, terms.length),
    );
    const related = this.related(terms, (unit) => passes(unit), orderFor(order, terms.length));
    return { terms, cut, hits, unfiltered: matched.length, facets, related };
  }

  /** Units related to the query (related.ts) that are not exact hits, ranked like them. */
  private related(terms: readonly Term[], passes: (unit: number) => boolean, order: SortOrder): RelatedHit[] {
    const alternatives = alternativesFor(terms, this.lexicon);
    if (alternatives.every((list) => list.length === 0)) return [];
    const found: { hit: RelatedHit; facts: RankFacts }[] = [];
    const named = this.lexicon.departmentsOfQuery(terms);
    for (let unit = 0; unit < this.bundle.units.length; unit++) {
      if (!passes(unit)) continue;
      const text = this.folded[unit] as string;
      const match = relatedMatch(text, this.bundle.units[unit]!.depts, terms, alternatives, this.lexicon);
      if (!match) continue;
      const hit = { unit, ranges: match.ranges, via: match.via, departments: match.departments };
      const facts = { ...this.facts(unit, terms, [], named), coverage: coverage(hit.ranges, text.length) };
      found.push({ hit, facts });
    }
    return rank(found, (entry) => entry.facts, order).map((entry) => entry.hit);
  }
}
