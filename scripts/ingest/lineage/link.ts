/**
 * The lineage of every document of the corpus: its dates and validity, the relations its sidecar
 * states or its preamble implies, the reverse side of every relation between corpus documents, and its
 * status as of the build's date.
 */
import type { Lineage, Relation, Sidecar } from '../../../src/model/index.ts';
import type { PolicyModel } from '../to-model.ts';
import { relationKey } from './citing-sentence.ts';
import { inferImplements } from './implements.ts';
import { inferRepeals } from './repeals.ts';
import { RELATION_KEYS, resolveRelations } from './relations.ts';
import type { CorpusDocument, SidecarPlace } from './relations.ts';
import { statusOf } from './status.ts';
import { datesOf, metaField } from './validity.ts';

export interface LineageSource {
  sidecar: Sidecar;
  place?: SidecarPlace;
}

const REVERSE = { supersedes: 'supersededBy', amends: 'amendedBy', implements: 'implementedBy' } as const;

export function linkLineage(
  models: PolicyModel[],
  sources: Map<string, LineageSource>,
  asOf: string,
): Map<string, Lineage> {
  const corpus: CorpusDocument[] = models.map(({ document }) => ({
    id: document.id,
    title: document.title.value,
    docNumber: document.docNumber?.value,
  }));
  const own = new Map(
    models.map(({ document, units, citations }) => {
      const source = sources.get(document.id)!;
      const stated = Object.fromEntries(
        RELATION_KEYS.map((key) => [key, resolveRelations(source.sidecar[key], key, corpus, source.place)]),
      ) as Record<(typeof RELATION_KEYS)[number], Relation[]>;
      // A relation the sidecar states is not inferred again from the text; a document is never its own.
      const read = { implements: inferImplements(units, citations), ...inferRepeals(units, citations) };
      for (const key of RELATION_KEYS) {
        const known = new Set(stated[key].map(relationKey));
        for (const relation of read[key])
          if (relation.document !== document.id && !known.has(relationKey(relation))) stated[key].push(relation);
      }
      return [document.id, stated];
    }),
  );
  const byId = new Map(models.map(({ document }) => [document.id, document]));
  const lineages = new Map<string, Lineage>();
  for (const { document } of models) {
    const source = sources.get(document.id)!;
    const relations = own.get(document.id)!;
    const reverse = (key: (typeof RELATION_KEYS)[number]): Relation[] =>
      models.flatMap(({ document: other }) => {
        const theirs = own.get(other.id)![key];
        return theirs
          .filter((relation) => relation.document === document.id)
          .map(({ inferred, basis }) => ({
            document: other.id,
            ...(other.docNumber ? { docNumber: other.docNumber.value } : {}),
            title: other.title.value,
            inferred,
            ...(basis ? { basis } : {}),
          }));
      });
    const dated = (list: Relation[]) =>
      list.flatMap((relation) => {
        const other = relation.document ? byId.get(relation.document) : undefined;
        return other ? [{ id: other.id, title: other.title.value, date: other.date.value }] : [];
      });
    const dates = datesOf(source.sidecar);
    const supersededBy = reverse('supersedes');
    const amendedBy = reverse('amends');
    lineages.set(document.id, {
      ...dates,
      status: statusOf({
        stated: metaField(source.sidecar.status),
        validTo: dates.validTo,
        supersededBy: dated(supersededBy),
        amendedBy: dated(amendedBy),
        asOf,
      }),
      asOf,
      supersedes: relations.supersedes,
      [REVERSE.supersedes]: supersededBy,
      amends: relations.amends,
      [REVERSE.amends]: amendedBy,
      implements: relations.implements,
      [REVERSE.implements]: reverse('implements'),
    });
  }
  return lineages;
}
