/**
 * What a sentence says around a citation (the words before and after it, up to the sentence's
 * ends), and the relation a citation names: the two lineage rules read from the text
 * (implements.ts, repeals.ts) name the cited document the same way.
 */
import type { Citation, Relation, Unit } from '../../../src/model/index.ts';

export interface CitingSentence {
  /** The citation's unit. */
  unit: Unit;
  /** The sentence's words before the citation. */
  before: string;
  /** The sentence's words after the citation. */
  after: string;
}

/** Ends of a sentence: 。！？ and the end of a paragraph. */
const SENTENCE_END = /[。！？\n]/gu;

export function citingSentence(units: readonly Unit[], citation: Citation): CitingSentence | undefined {
  const unit = units.find((entry) => entry.id === citation.unit);
  if (!unit) return undefined;
  const at = unit.text.indexOf(citation.raw);
  if (at < 0) return undefined;
  let start = 0;
  let end = unit.text.length;
  for (const match of unit.text.matchAll(SENTENCE_END)) {
    if (match.index < at) start = match.index + 1;
    else if (match.index >= at + citation.raw.length) {
      end = match.index;
      break;
    }
  }
  return {
    unit,
    before: unit.text.slice(start, at),
    after: unit.text.slice(at + citation.raw.length, end),
  };
}

/** The document a citation names, as one side of an inferred relation. */
export function citedRelation(citation: Citation, basis: string): Relation {
  return {
    ...(citation.document ? { document: citation.document } : {}),
    ...(citation.docNumber ? { docNumber: citation.docNumber } : {}),
    ...(citation.title ? { title: citation.title } : {}),
    inferred: true,
    basis,
  };
}

/** The key that tells two relations to one document apart from relations to different ones. */
export function relationKey(relation: Pick<Relation, 'document' | 'docNumber' | 'title'>): string {
  return relation.document ?? relation.docNumber ?? `《${relation.title ?? ''}》`;
}

/**
 * Relations made whole from the document's other citations of the same document: a 文号 cited bare
 * takes the title a citation with that 文号 gives (`《…》（枫政办发〔2023〕29号）` in the preamble), a title
 * the 文号 its citations agree on; of two relations that then name one document, the first stays.
 */
export function completeRelations(relations: readonly Relation[], citations: readonly Citation[]): Relation[] {
  const kept = new Map<string, Relation>();
  for (const relation of relations) {
    const whole = { ...relation };
    if (whole.docNumber && !whole.title) {
      const title = citations.find((citation) => citation.docNumber === whole.docNumber && citation.title)?.title;
      if (title) whole.title = title;
    }
    if (whole.title && !whole.docNumber && !whole.document) {
      const numbers = new Set(
        citations.filter((citation) => citation.title === whole.title && citation.docNumber).map((c) => c.docNumber),
      );
      if (numbers.size === 1) whole.docNumber = [...numbers][0]!;
    }
    const key = relationKey(whole);
    if (!kept.has(key)) kept.set(key, whole);
  }
  return [...kept.values()];
}
