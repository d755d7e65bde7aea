/**
 * Lineage helpers for pages: documents by date, the documents replacing one, links of
 * relations, and the citing documents of a document outside the corpus grouped by province.
 */
import type { CitedDocument, PolicyDocument, Relation, Unit } from '../model/index.ts';
import { citedId } from '../model/index.ts';
import { groupBy, type Corpus } from './corpus.ts';
import { paths } from './url.ts';

/** Newest first by date (a bare year sorts after the dated documents of that year), then by id. */
export function byDate(documents: PolicyDocument[]): PolicyDocument[] {
  return [...documents].sort((a, b) =>
    a.date.value !== b.date.value ? (a.date.value < b.date.value ? 1 : -1) : a.id < b.id ? -1 : 1,
  );
}

/** Corpus documents replacing this one (its `supersededBy` in the corpus), newest first. */
export function replacementsOf(corpus: Corpus, document: PolicyDocument): PolicyDocument[] {
  return byDate(document.lineage.supersededBy.flatMap((relation) => corpus.document(relation.document ?? '') ?? []));
}

/** Where a relation leads: the corpus document's page, else the cited page of its 文号, else nowhere. */
export function relationLink(corpus: Corpus, relation: Relation): { label: string; path?: string } {
  const document = relation.document ? corpus.document(relation.document) : undefined;
  if (document) return { label: document.title.value, path: paths.document(document.id) };
  const cited = relation.docNumber ? corpus.citedDocument(citedId(relation.docNumber)) : undefined;
  const label = [relation.title && `《${relation.title}》`, relation.docNumber].filter(Boolean).join('');
  return { label: label || (relation.document ?? ''), path: cited ? paths.cited(cited.id) : undefined };
}

export interface CitingDocument {
  document: PolicyDocument;
  /** Its units citing the cited document, in document order; none when only its sidecar names it. */
  units: Unit[];
  implements: boolean;
  /** Primary themes of the document's tasks, for the links to the theme comparisons. */
  themes: string[];
}

/** The corpus documents citing or implementing a cited document, grouped by province in registry order, newest first. */
export function citingByProvince(
  corpus: Corpus,
  cited: CitedDocument,
): Array<{ provinceId: string; province: string; documents: CitingDocument[] }> {
  const groups = groupBy(cited.citedBy, (entry) => entry.provinceId);
  return corpus.provinces.flatMap((province) => {
    const entries = groups.get(province.id);
    if (!entries) return [];
    const documents = [...groupBy(entries, (entry) => entry.document)].flatMap(([id, list]) => {
      const document = corpus.document(id);
      if (!document) return [];
      const units = list.flatMap((entry) => (entry.unit ? (corpus.unit(entry.unit) ?? []) : []));
      const themes = [
        ...new Set(
          corpus
            .unitsOf(id)
            .filter((unit) => unit.kind === 'measure')
            .flatMap((unit) => unit.themes.slice(0, 1)),
        ),
      ];
      const order = new Map(corpus.themes.map((theme, index) => [theme.id, index]));
      themes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return [{ document, units, implements: list.some((entry) => entry.implements), themes }];
    });
    // Newest first (a page shows a province's newest ones when the list is long); stable on equal dates.
    documents.sort((a, b) =>
      a.document.date.value < b.document.date.value ? 1 : a.document.date.value > b.document.date.value ? -1 : 0,
    );
    return [{ provinceId: province.id, province: province.name, documents }];
  });
}

/** Documents with at least one unit of a theme (primary or secondary), for the theme's timeline. */
export function documentsWithTheme(corpus: Corpus, themeId: string): PolicyDocument[] {
  return corpus.documents.filter((document) =>
    corpus.unitsOf(document.id).some((unit) => unit.themes.includes(themeId)),
  );
}
