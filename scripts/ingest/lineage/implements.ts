/**
 * An `implements` relation read from the preamble: a document that says it was made to carry out
 * another (`为贯彻落实《…》（国办发〔2015〕19号）…制定本行动计划`, `根据《…》要求…制订本…`) implements it.
 * Inferred, since the sidecar does not state it; the basis names the line.
 */
import type { Citation, Relation, Unit } from '../../../src/model/index.ts';
import { citedRelation, citingSentence, relationKey } from './citing-sentence.ts';

/** Units before the body: the notice that issues the document and its preamble. */
const PREAMBLE_KINDS = new Set(['notice', 'preamble']);
/** Before the citation, in its sentence: the document is made to carry the cited one out. */
const CARRY_OUT = /(?:贯彻|落实|根据|依据|按照)/u;
/** After the citation, in its sentence: and this is that document. */
const MADE = /(?:制定|制订|现提出|特提出)/u;

export const PREAMBLE_BASIS = '前言所述制定依据';

export function inferImplements(units: Unit[], citations: Citation[]): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const citation of citations) {
    if (!citation.docNumber && !citation.document) continue;
    const sentence = citingSentence(units, citation);
    if (!sentence || !PREAMBLE_KINDS.has(sentence.unit.kind)) continue;
    if (!CARRY_OUT.test(sentence.before) || !MADE.test(sentence.after)) continue;
    const relation = citedRelation(citation, `${PREAMBLE_BASIS}（第${citation.line}行）`);
    if (seen.has(relationKey(relation))) continue;
    seen.add(relationKey(relation));
    relations.push(relation);
  }
  return relations;
}
