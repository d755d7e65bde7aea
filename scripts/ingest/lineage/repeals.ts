/**
 * `supersedes` and `amends` read from the text: a document that repeals others says so in a clause
 * of its own (`本行动计划自印发之日起施行，《…》同时废止`, `原《…》（冀政办〔2016〕1号）停止执行`); one that
 * repeals only some articles of another (`《…》第五条同时废止`) amends it. The repealing words may
 * also come first (`决定废止《…》、《…》`, as a 废止决定 writes them); amending words before the documents
 * (`关于修改《…》的决定`, `现就延续和调整《…》`) amend them. Every citation of the clause
 * before the repealing words is repealed; a negated repeal (`不予废止`) is none. A decision's lists of
 * the documents it repeals and amends say so of each (listed-repeals.ts). Inferred, with the line as
 * basis, like the relations the preamble implies (implements.ts).
 */
import type { Citation, Relation, Unit } from '../../../src/model/index.ts';
import { citedRelation, completeRelations, relationKey } from './citing-sentence.ts';
import { inferListedRepeals } from './listed-repeals.ts';

/** Ends of a clause: a repeal names its documents and its repealing words in one. */
const CLAUSE_END = /[，,；;。！？\n]/u;
const REPEAL = /(?:废止|停止执行|不再执行)/u;
const NEGATED = /(?:不|暂不|未|不得)(?:予以|再予)?废止/u;
/** Articles or provisions named between the document and the repeal: only they are repealed. */
const PART = /第[一二三四五六七八九十百零〇\d]+[条款项章]|中.*(?:规定|条款|内容)/u;
/** The repealing words written first, right before the documents: `现决定废止《…》`, `停止执行《…》`. */
const REPEAL_FIRST = /(?:废止|停止执行)$/u;
/**
 * The amending words right before the documents, said by the document of itself: in its title (`关于修改
 * 《…》的决定`) or as it decides (`现就延续和调整《…》有关政策`, `决定对《…》作如下修改`); a plan's task to
 * revise one (`修订《…工作规则》`) amends nothing yet.
 */
const AMEND_FIRST = /(?:修改|修订|调整|延续|延长|补充)$/u;
const DECIDES = /决定|现就|现将|现对/u;
/** At most this many characters between the last document and the repealing words (`同时`, `第五条`). */
const NEAR = 20;

export const REPEAL_BASIS = '正文所述废止';
const AMEND_BASIS = '正文所述修改';

export interface Repeals {
  supersedes: Relation[];
  amends: Relation[];
}

export function inferRepeals(units: Unit[], citations: Citation[]): Repeals {
  const found: Repeals = { supersedes: [], amends: [] };
  for (const unit of units) {
    const own = citations.filter((citation) => citation.unit === unit.id && citation.raw !== '');
    if (own.length === 0) continue;
    for (const clause of clauses(unit.text)) {
      const cited = own
        .map((citation) => ({ citation, at: clause.text.indexOf(citation.raw) }))
        .filter(({ at }) => at >= 0);
      if (cited.length === 0) continue;
      const last = Math.max(...cited.map(({ citation, at }) => at + citation.raw.length));
      const rest = clause.text.slice(last);
      const before = clause.text.slice(0, Math.min(...cited.map(({ at }) => at)));
      const repeal = REPEAL.exec(rest);
      const repealsAfter = repeal !== null && repeal.index <= NEAR && !NEGATED.test(rest);
      const repealsBefore = REPEAL_FIRST.test(before) && !NEGATED.test(before);
      const amendsBefore = AMEND_FIRST.test(before) && (unit.kind === 'title' || DECIDES.test(before));
      if (!repealsAfter && !repealsBefore && !amendsBefore) continue;
      const amendsOnly = amendsBefore && !repealsAfter && !repealsBefore;
      const partial = amendsOnly || PART.test(repealsAfter ? rest.slice(0, repeal.index) : rest.slice(0, NEAR));
      for (const { citation } of cited) {
        if (!citation.document && !citation.docNumber && !citation.title) continue;
        const relation = citedRelation(citation, `${amendsOnly ? AMEND_BASIS : REPEAL_BASIS}（第${citation.line}行）`);
        (partial ? found.amends : found.supersedes).push(relation);
      }
    }
  }
  const listed = inferListedRepeals(units, citations);
  const supersedes = completeRelations([...found.supersedes, ...listed.supersedes], citations);
  // A document amended and then repealed by the same text (`现就延续和调整《…》…` / `…文件同时废止`) is repealed.
  const repealed = new Set(supersedes.map(relationKey));
  const amends = completeRelations([...found.amends, ...listed.amends], citations);
  return { supersedes, amends: amends.filter((relation) => !repealed.has(relationKey(relation))) };
}

/**
 * A unit's clauses; a 《title》 is never cut, even if it holds a comma, nor the bracket after it
 * (`《…》（枫政办发〔2022〕17号，以下简称《若干措施》）`).
 */
function clauses(text: string): { text: string }[] {
  const result: { text: string }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '《' || char === '（' || char === '(') depth++;
    else if (char === '》' || char === '）' || char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.test(char)) {
      result.push({ text: text.slice(start, i) });
      start = i + 1;
    }
  }
  result.push({ text: text.slice(start) });
  return result;
}
