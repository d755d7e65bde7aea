/**
 * An `implements` relation read from the preamble: a document that says it was made to carry out
 * another (`为贯彻落实《…》（国办发〔2015〕19号）…制定本行动计划`, `根据《…》要求…制订本…`) implements it.
 * Inferred, since the sidecar does not state it; the basis names the line.
 */
import type { Citation, Relation, Unit } from '../../../src/model/index.ts';

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
    const unit = units.find((entry) => entry.id === citation.unit);
    if (!unit || !PREAMBLE_KINDS.has(unit.kind)) continue;
    const at = unit.text.indexOf(citation.raw);
    if (at < 0) continue;
    const sentenceStart = Math.max(unit.text.lastIndexOf('。', at) + 1, 0);
    const end = unit.text.indexOf('。', at);
    const sentenceEnd = end < 0 ? unit.text.length : end;
    const before = unit.text.slice(sentenceStart, at);
    const after = unit.text.slice(at + citation.raw.length, sentenceEnd);
    if (!CARRY_OUT.test(before) || !MADE.test(after)) continue;
    const key = citation.document ?? citation.docNumber!;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({
      ...(citation.document ? { document: citation.document } : {}),
      ...(citation.docNumber ? { docNumber: citation.docNumber } : {}),
      ...(citation.title ? { title: citation.title } : {}),
      inferred: true,
      basis: `${PREAMBLE_BASIS}（第${citation.line}行）`,
    });
  }
  return relations;
}
