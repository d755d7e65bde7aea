/**
 * The order of every result list of every engine (the exact engine.ts, shards/engine.ts, related
 * results): one rule, so the engines can never disagree.
 *
 * 相关度 (relevance, the default), in this order of importance:
 *   1. the query in the unit's title: as one phrase (its terms in the order typed) first, then every
 *      term somewhere in the title, then the rest;
 *   2. a department the query names (质监局, 发改委): the units it alone is responsible for (its
 *      own duties, `——质监部门要…`) first, then those it leads, then those it shares, then the rest;
 *   3. the kind of unit: measures and goals (what a province commits to) before principles and
 *      requirements, before headings, context and notices (which only frame them);
 *   4. how much of the unit the query covers (characters matched / characters of the text): a short
 *      unit about the query before a long one that mentions it once;
 *   5. newer documents before older ones; then document order.
 * 最新 (newest): newer documents first, each in document order. 原文顺序 (document order): the order of
 * the corpus, documents one after the other, each unit where it stands.
 * An engine that does not know a fact before fetching texts (shards: titles and coverage)
 * gives it as 0 for every unit, and the remaining facts decide.
 */
import type { Range } from './highlight.ts';
import type { Term } from './query.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'document'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What the order reads of one result. */
export interface RankFacts {
  /** 2: the query as one phrase in the title; 1: every term in the title; 0: otherwise. */
  title: number;
  /**
   * A department the query names: 3, the unit's only department (its own duty); 2, its lead; 1, one
   * of its departments; 0, none of them.
   */
  focus: number;
  /** The unit's kind id (measure, goal, heading…). */
  kind: string;
  /** Share of the unit's text the query's occurrences cover, 0 to 1. */
  coverage: number;
  /** The document's date (`2015-07-15`, or a year `2015`), `` when unknown: older than any date. */
  date: string;
  /** Corpus order of the unit (documents one after the other, units in document order). */
  position: number;
}

/** Kind tiers: 0 commitments, 1 framing rules, 2 structure and background (any other kind: 1). */
const KIND_TIER: Record<string, number> = {
  measure: 0,
  goal: 0,
  project: 0,
  duty: 0,
  principle: 1,
  requirement: 1,
  'notice-item': 1,
  preamble: 1,
  closing: 1,
  heading: 2,
  title: 2,
  header: 2,
  context: 2,
  notice: 2,
  entry: 2,
};

export function kindTier(kind: string): number {
  return KIND_TIER[kind] ?? 1;
}

/**
 * Relevance as one number, larger first: the title tier outweighs any department focus, which
 * outweighs any kind tier, which outweighs any coverage (coverage ≤ 1 contributes less than one kind step).
 */
export function score(facts: RankFacts): number {
  return (
    facts.title * 100 +
    facts.focus * 25 +
    (2 - kindTier(facts.kind)) * 10 +
    Math.min(Math.max(facts.coverage, 0), 1) * 9
  );
}

/**
 * The focus of a unit of departments `depts` (in the order written, the lead first) on the
 * departments a query names (`named`): 3 when one of them is its only department, 2 when one leads
 * it, 1 when one is among the others.
 */
export function departmentFocus(depts: readonly number[], named: ReadonlySet<number>): number {
  if (named.size === 0 || depts.length === 0) return 0;
  if (named.has(depts[0]!)) return depts.length === 1 ? 3 : 2;
  return depts.some((department) => named.has(department)) ? 1 : 0;
}

const byDate = (a: RankFacts, b: RankFacts): number => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
const byPosition = (a: RankFacts, b: RankFacts): number => a.position - b.position;

/** Comparator of the facts for a sort order (Array.prototype.sort: negative = a first). */
export function compareFacts(order: SortOrder): (a: RankFacts, b: RankFacts) => number {
  if (order === 'document') return byPosition;
  if (order === 'newest') return (a, b) => byDate(a, b) || byPosition(a, b);
  return (a, b) => score(b) - score(a) || byDate(a, b) || byPosition(a, b);
}

/** Relevance needs a query: browsing (no term) by relevance lists the corpus in document order. */
export function orderFor(order: SortOrder, terms: number): SortOrder {
  return order === 'relevance' && terms === 0 ? 'document' : order;
}

/**
 * Sorts items as compareFacts(order) does; a new array, the input is left as it was. The facts and
 * the score are computed once per item, not once per comparison: a term found in 20,000 units
 * is ranked before its first page can be asked for.
 */
export function rank<T>(items: readonly T[], factsOf: (item: T) => RankFacts, order: SortOrder): T[] {
  const keyed = items.map((item) => {
    const facts = factsOf(item);
    return { item, facts, score: order === 'relevance' ? score(facts) : 0 };
  });
  const byFacts = order === 'document' ? byPosition : (a: RankFacts, b: RankFacts) => byDate(a, b) || byPosition(a, b);
  return keyed.sort((a, b) => b.score - a.score || byFacts(a.facts, b.facts)).map(({ item }) => item);
}

/** The title tier of a folded title for the query's terms. */
export function titleTier(foldedTitle: string, terms: readonly Term[]): number {
  if (terms.length === 0) return 0;
  if (foldedTitle.includes(terms.map((t) => t.folded).join(''))) return 2;
  if (terms.length > 1 && foldedTitle.includes(terms.map((t) => t.folded).join(' '))) return 2;
  return terms.every((t) => foldedTitle.includes(t.folded)) ? 1 : 0;
}

/** Share of a text of `length` code units covered by ranges (overlaps counted once). */
export function coverage(ranges: readonly Range[], length: number): number {
  if (length === 0 || ranges.length === 0) return 0;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let covered = 0;
  let end = -1;
  for (const { start, end: stop } of sorted) {
    if (stop <= end) continue;
    covered += stop - Math.max(start, end);
    end = stop;
  }
  return covered / length;
}

/** A sort order from the URL, relevance when absent or unknown. */
export function sortOrderOf(value: string | null | undefined): SortOrder {
  return SORT_ORDERS.find((order) => order === value) ?? 'relevance';
}
