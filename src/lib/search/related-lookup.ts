/**
 * Related results (related.ts) for the engines that look units up in an index instead of reading
 * every text (shards/engine.ts). The same rule as the
 * exact engine's scan (engine.ts): candidates from the index (related.ts relatedCandidates), each
 * checked against its text with relatedMatch before it is shown, so no unit appears that the scan
 * would not show, and none is counted among the exact results.
 */
import type { Range } from './highlight.ts';
import type { Lexicon } from './lexicon.ts';
import type { Term } from './query.ts';
import { type Alternative, RELATED_MAX, alternativesFor, relatedCandidates, relatedMatch } from './related.ts';
import { type RelatedFound, type ShownHit, verifiedPager } from './view.ts';

/** What an index engine gives the lookup, for its own unit keys U (unit numbers). */
export interface RelatedSource<U> {
  lexicon: Lexicon;
  /** Units whose text may hold a folded label (a superset is fine: each is checked). */
  textUnits: (folded: string) => Promise<readonly U[]>;
  /** Units a department (index) is responsible for. */
  departmentUnits: (department: number) => Promise<readonly U[]>;
  /** Keeps the candidates that pass the filters, in the order of the results (rank.ts). */
  arrange: (candidates: U[]) => U[];
  /** A unit's original text and its departments (indexes), to check it. */
  read: (unit: U) => Promise<{ text: string; depts: readonly number[] }>;
  /** The unit as shown, with its marks and the departments reached through a short form. */
  show: (unit: U, ranges: Range[], departments: ReadonlySet<number>) => Promise<ShownHit>;
}

const NO_RELATED: RelatedFound = { related: [], total: 0, more: () => Promise.resolve([]), left: () => 0 };

/** Related results of the terms, given each term's exact units (`exact[i]`: text or department). */
export async function lookUpRelated<U>(
  source: RelatedSource<U>,
  terms: readonly Term[],
  exact: readonly (readonly U[])[],
): Promise<RelatedFound> {
  const alternatives = alternativesFor(terms, source.lexicon);
  if (alternatives.every((list) => list.length === 0)) return NO_RELATED;
  const reach = (alternative: Alternative): Promise<readonly U[]> =>
    alternative.label !== undefined
      ? source.textUnits(alternative.label)
      : source.departmentUnits(alternative.department ?? -1);
  const candidates = source.arrange(await relatedCandidates(exact, alternatives, reach));
  const pager = verifiedPager(candidates, async (batch) => {
    const units = await Promise.all(batch.map((unit) => source.read(unit)));
    return Promise.all(
      batch.map(async (unit, i) => {
        const { text, depts } = units[i]!;
        const match = relatedMatch(source.lexicon.fold(text), depts, terms, alternatives, source.lexicon);
        if (!match) return undefined;
        return { ...(await source.show(unit, match.ranges, new Set(match.departments))), via: match.via };
      }),
    );
  });
  const related = await pager.next(RELATED_MAX);
  return {
    related,
    // Read when shown: candidates found wanting by a later page leave the count.
    get total() {
      return candidates.length - pager.seen().rejected;
    },
    more: (count) => pager.next(count),
    left: () => pager.left(),
  };
}
