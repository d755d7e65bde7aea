/**
 * The relations a sidecar states (`supersedes`, `amends`, `implements`), each a corpus id or a 文号,
 * resolved against the corpus. An id that names no corpus document, or a value that is neither an id
 * nor a 文号, is reported at its place in the sidecar and left out of the relation.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { MetaValueInput, Relation } from '../../../src/model/index.ts';
import { slugSchema } from '../../../src/model/index.ts';
import { normalizeDocNumber } from '../extract-citations.ts';
import { report } from '../messages.ts';

export const RELATION_KEYS = ['supersedes', 'amends', 'implements'] as const;
export type RelationKey = (typeof RELATION_KEYS)[number];

/** What the resolver knows of a corpus document. */
export interface CorpusDocument {
  id: string;
  title: string;
  docNumber?: string;
}

export interface SidecarPlace {
  file: VFile;
  locate(path: Array<string | number>): Position | undefined;
}

export function resolveRelations(
  values: MetaValueInput[] | undefined,
  key: RelationKey,
  corpus: CorpusDocument[],
  place: SidecarPlace | undefined,
): Relation[] {
  const relations: Relation[] = [];
  (values ?? []).forEach((entry, index) => {
    const value = typeof entry === 'string' ? entry : entry.value;
    const inferred = typeof entry === 'string' ? {} : { basis: entry.basis };
    const flag = typeof entry !== 'string';
    const problem = (message: string) => {
      if (place)
        report(place.file, 'sidecar:unknown-relation', message, place.locate([key, index]) ?? { line: 1, column: 1 });
    };
    if (slugSchema.safeParse(value).success) {
      const document = corpus.find((other) => other.id === value);
      if (!document) {
        problem(`Unexpected \`${value}\` in \`${key}\`, expected the id of a corpus document or a 文号`);
        return;
      }
      relations.push({
        document: document.id,
        ...(document.docNumber ? { docNumber: document.docNumber } : {}),
        title: document.title,
        inferred: flag,
        ...inferred,
      });
      return;
    }
    const docNumber = normalizeDocNumber(value);
    if (!docNumber) {
      problem(
        `Unexpected \`${value}\` in \`${key}\`, expected a corpus document id or a 文号 such as 国办发〔2015〕19号`,
      );
      return;
    }
    const document = corpus.find((other) => other.docNumber && normalizeDocNumber(other.docNumber) === docNumber);
    relations.push({
      ...(document ? { document: document.id, title: document.title } : {}),
      docNumber,
      inferred: flag,
      ...inferred,
    });
  });
  return relations;
}
