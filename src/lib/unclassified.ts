/**
 * Units that should have a theme and have none (未分类), for curators: the ingest leaves a task
 * unthemed rather than guess, and /themes/unclassified/ lists those units by document.
 */
import type { PolicyDocument, Unit, UnitKind } from '../model/index.ts';
import type { Corpus } from './corpus.ts';

/**
 * Kinds that are tasks of the plan and so belong to a theme. The others (header, notice, title,
 * preamble, heading, principle, context, closing) are shown and searchable but compared by no theme.
 */
export const THEMED_KINDS: ReadonlySet<UnitKind> = new Set(['measure', 'goal', 'project', 'duty', 'requirement']);

export const isUnclassified = (unit: Pick<Unit, 'kind' | 'themes'>): boolean =>
  THEMED_KINDS.has(unit.kind) && unit.themes.length === 0;

export interface UnclassifiedGroup {
  document: PolicyDocument;
  units: Unit[];
}

/** Unclassified units by document (province in registry order, then document id), in document order. */
export function unclassifiedByDocument(corpus: Corpus): UnclassifiedGroup[] {
  const rank = new Map(corpus.provinces.map((province, index) => [province.id, index]));
  const documents = [...corpus.documents].sort(
    (a, b) => (rank.get(a.provinceId) ?? 0) - (rank.get(b.provinceId) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return documents.flatMap((document) => {
    const units = corpus.unitsOf(document.id).filter(isUnclassified);
    return units.length ? [{ document, units }] : [];
  });
}

export const unclassifiedCount = (corpus: Corpus): number => corpus.units.filter(isUnclassified).length;
