/**
 * Related results: units the exact search does not find, reached through the policy thesaurus
 * (网购 → units saying 电子商务 or 网络销售) or through a department's short form (工信 → the units of
 * the 工业和信息化主管部门). They are never part of the exact results, their count or their filter
 * counts; the page shows them apart (相关结果), each saying how it was reached (经由“电子商务”).
 *
 * A unit is related when every term matches it exactly (in its text, or as an alias of one of its
 * departments) or through one of the term's alternatives, at least one term through an alternative:
 *   - a label of a concept the term is a label of (preferred or alternative), found in the text;
 *   - a department the term is a short form of (lexicon.ts departmentsAbbreviated), responsible for it;
 *   - a department before or after one the term names, through a reorganisation (市场监管局 → the
 *     units of 质量技术监督局 and 工商行政管理局: lexicon.ts departmentsInLineage), responsible for it.
 * When nothing matches at all, suggestions: the thesaurus concepts, departments and themes near it.
 */
import type { BundleConcept, Labelled } from './bundle.ts';
import { occurrences } from './highlight.ts';
import type { Range } from './highlight.ts';
import type { Lexicon } from './lexicon.ts';
import type { Term } from './query.ts';
import { searchStrings } from './strings.ts';

/** Related results shown at most (they are a pointer to more, not a second result list). */
export const RELATED_MAX = 20;

/** One way a term can reach a unit other than its own text. */
export interface Alternative {
  /** What the page says: `经由“<via>”` (a concept's preferred label or a department's name). */
  via: string;
  /** A folded label to find in the text (thesaurus), or… */
  label?: string;
  /** …a department (index) responsible for the unit (short form). */
  department?: number;
}

/** The thesaurus as search reads it: concepts by folded label. */
export class Thesaurus {
  readonly concepts: readonly BundleConcept[];
  private readonly byLabel = new Map<string, number[]>();

  constructor(concepts: readonly BundleConcept[]) {
    this.concepts = concepts;
    concepts.forEach((concept, i) => {
      for (const label of concept.labels) this.byLabel.set(label, [...(this.byLabel.get(label) ?? []), i]);
    });
  }

  /** Concepts one of whose labels is exactly the folded term. */
  labelled(folded: string): number[] {
    return this.byLabel.get(folded) ?? [];
  }

  /**
   * Concepts near a folded term, for suggestions: labelled by it, with a label inside it or
   * containing it (two characters at least), then their related, broader and narrower concepts.
   */
  near(folded: string): number[] {
    const found = new Set(this.labelled(folded));
    if ([...folded].length >= 2)
      this.concepts.forEach((concept, i) => {
        if (concept.labels.some((label) => label.includes(folded) || (label.length >= 2 && folded.includes(label))))
          found.add(i);
      });
    for (const i of [...found]) for (const n of this.concepts[i]?.near ?? []) found.add(n);
    return [...found];
  }
}

/**
 * The alternatives of a term: the other labels of its concepts, the departments it is a short form
 * of, and the departments before and after those it reaches.
 */
export function alternativesOf(term: Term, thesaurus: Thesaurus, lexicon: Lexicon): Alternative[] {
  const out: Alternative[] = [];
  for (const c of thesaurus.labelled(term.folded)) {
    const concept = thesaurus.concepts[c]!;
    for (const label of concept.labels)
      if (label !== term.folded && !label.includes(term.folded)) out.push({ via: concept.name, label });
  }
  const name = (department: number): string => lexicon.meta.departments[department]?.name ?? '';
  for (const department of lexicon.departmentsAbbreviated(term.folded)) out.push({ via: name(department), department });
  for (const { department, relation } of lexicon.departmentsInLineage(term.folded))
    out.push({ via: searchStrings.lineageVia(name(department), relation), department });
  return out;
}

/** How a unit matches through alternatives: the ranges to mark, the ways it was reached. */
export interface RelatedMatch {
  ranges: Range[];
  via: string[];
  departments: number[];
}

/**
 * Whether a unit (folded text, departments) is related: every term exactly or through an
 * alternative, at least one through an alternative. `exact[i]` tells whether term i matched exactly.
 */
export function matchRelated(
  text: string,
  depts: readonly number[],
  alternatives: readonly Alternative[][],
  exact: readonly boolean[],
): RelatedMatch | undefined {
  const ranges: Range[] = [];
  const via = new Set<string>();
  const departments = new Set<number>();
  for (let i = 0; i < alternatives.length; i++) {
    if (exact[i]) continue;
    let reached = false;
    for (const alternative of alternatives[i]!) {
      if (alternative.label !== undefined) {
        const found = occurrences(text, alternative.label);
        if (found.length === 0) continue;
        ranges.push(...found);
      } else if (alternative.department === undefined || !depts.includes(alternative.department)) continue;
      else departments.add(alternative.department);
      via.add(alternative.via);
      reached = true;
    }
    if (!reached) return undefined;
  }
  return via.size > 0 ? { ranges, via: [...via], departments: [...departments] } : undefined;
}

/** The alternatives of each term; none at all: the query has no related results. */
export function alternativesFor(terms: readonly Term[], lexicon: Lexicon): Alternative[][] {
  return terms.map((term) => alternativesOf(term, lexicon.thesaurus, lexicon));
}

/**
 * Whether a unit (folded text, its departments) is a related result of the terms, in every engine:
 * not an exact hit (some term neither in its text nor naming one of its departments), every other
 * term reached through an alternative. The ranges mark the terms and the labels found.
 */
export function relatedMatch(
  text: string,
  depts: readonly number[],
  terms: readonly Term[],
  alternatives: readonly Alternative[][],
  lexicon: Lexicon,
): RelatedMatch | undefined {
  const own = terms.map((term) => occurrences(text, term.folded));
  const exact = terms.map(
    (term, i) => own[i]!.length > 0 || lexicon.departmentsNamed(term.folded).some((d) => depts.includes(d)),
  );
  if (exact.every(Boolean)) return undefined;
  const match = matchRelated(text, depts, alternatives, exact);
  return match && { ...match, ranges: [...own.flat(), ...match.ranges] };
}

/**
 * The candidates of related results for engines that look units up in an index (shards):
 * the units every term reaches, exactly (`exact[i]`, its own units) or through an alternative
 * (`reach`: the units whose text may hold a label, or a department's units), less the exact hits
 * (every term exactly). A superset is fine as long as each candidate is checked with relatedMatch.
 */
export async function relatedCandidates<U>(
  exact: readonly (readonly U[])[],
  alternatives: readonly Alternative[][],
  reach: (alternative: Alternative) => Promise<readonly U[]>,
): Promise<U[]> {
  const reached = await Promise.all(
    alternatives.map(async (list, i) => {
      const units = new Set(exact[i]);
      for (const found of await Promise.all(list.map(reach))) for (const u of found) units.add(u);
      return units;
    }),
  );
  const hits = exact.slice(1).map((units) => new Set(units));
  const isHit = (u: U) => hits.every((units) => units.has(u));
  const exactFirst = new Set(exact[0]);
  return [...(reached[0] ?? [])].filter(
    (u) => reached.every((units) => units.has(u)) && !(exactFirst.has(u) && isHit(u)),
  );
}

/** What to suggest when nothing matches: concepts, departments and themes near the terms. */
export interface Suggestions {
  /** Preferred labels of thesaurus concepts. */
  concepts: string[];
  departments: string[];
  themes: Labelled[];
}

export function suggestionsFor(terms: readonly Term[], thesaurus: Thesaurus, lexicon: Lexicon): Suggestions {
  const concepts = new Set<number>();
  const departments = new Set<number>();
  const themes = new Set<number>();
  for (const term of terms) {
    for (const c of thesaurus.near(term.folded)) concepts.add(c);
    for (const d of lexicon.departmentsReached(term.folded)) departments.add(d);
    lexicon.meta.themes.forEach((theme, i) => {
      if (lexicon.fold(theme.name).includes(term.folded)) themes.add(i);
    });
  }
  for (const c of concepts) for (const t of thesaurus.concepts[c]?.themes ?? []) themes.add(t);
  return {
    concepts: [...concepts].slice(0, 12).map((c) => thesaurus.concepts[c]!.name),
    departments: [...departments].map((d) => lexicon.meta.departments[d]?.name ?? ''),
    themes: [...themes].slice(0, 6).map((t) => lexicon.meta.themes[t]!),
  };
}
