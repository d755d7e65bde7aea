/**
 * extract-citations: 《title》 with an optional （文号）, and bare 文号 (国办发〔2015〕19号, 国办发[2015]19号,
 * 国办发(2015)19号) with the title a list's row or heading sets beside it, and the short names the text
 * defines for them (`以下简称《若干措施》`), resolved to a corpus document by 文号 or by title.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import { report, spanInLine } from './messages.ts';
import type { ExtractedCitation, PolicyRoot } from './tree.ts';
import { readUnits, lineOffsets } from './tree.ts';

/** What the citation resolver knows of each corpus document. */
export interface CorpusEntry {
  id: string;
  title: string;
  docNumber?: string;
}

export interface ExtractCitationsOptions {
  corpus: CorpusEntry[];
  /** The document being processed: it does not cite itself, by id, 文号 or title (a notice names both). */
  self?: CorpusEntry;
}

const DOC_NUMBER = /([\u4e00-\u9fff]{1,8})[〔[(](\d{4})[〕\])](\d{1,4})号/gu;
/**
 * Words before a 文号 that are not its issuer's abbreviation: `按照国办发〔…〕`, and a 文号 inside a
 * title phrase, `关于明确豫政〔2012〕103号文件有关问题的通知` → `豫政〔2012〕103号`.
 */
const LEADING_VERBS =
  /^(?:.*(?:关于|明确|印发|转发|废止|修订|修改|延长|调整|的))?(?:按照|根据|依据|依照|参照|贯彻|落实|执行|以及|和|及|与)*/u;
/**
 * A title set beside its 文号 without 《》 (folded), as a list's row (`1\t…的若干意见\t衡政发〔2014〕22号`) or
 * heading (`一、…保障办法（衡政发〔2017〕25号）`) sets it: from the line's start, a tab or a wide space, after
 * the row's or item's number, up to the 文号 or its bracket; a title's ending, no clause of a sentence.
 */
const TITLE_BEFORE =
  /(?:^|\t|\s{2,})(?:\d{1,3}[.、]?\s*|[一二三四五六七八九十]{1,3}、\s*|\(\d{1,3}\)\s*)?((?:(?![\t,。;:])[^\s]){6,120}?(?:通知|意见|办法|方案|规定|决定|细则|纲要|规划|计划|措施|条例|规则|批复|函|要点|制度|预案|清单|公告|通告|规程|标准)(?:\(试行\)|\(暂行\))?)\s*\(?\s*$/u;

/**
 * A title and the short name its bracket defines (folded): `《…若干措施的通知》（枫政办发〔2022〕17号，以下简称
 * 《若干措施》）`, `《…总体规划（2021—2035年）》（以下简称《规划》）`; group 1 the title, 2 what the bracket
 * says before the short name (its 文号), 3 the short name.
 */
const DEFINES_SHORT = /《([^《》]+)》\s*\(([^()《》]*?)(?:[,;]\s*)?(?:以下)?简称\s*《([^《》]+)》\s*\)/gu;

/** A title, and the bracket after it (its 文号, its date); not a short name it defines (`（以下简称…）`). */
const TITLE = /(?<!简称\s*[“"]?)《([^《》]+)》(?:\s*\((?!以下|简称)([^()]*)\))?/gu;

/** `国办发[2015]19号` → `国办发〔2015〕19号` (half-width digits, 〔〕 brackets). */
export function normalizeDocNumber(text: string): string | undefined {
  DOC_NUMBER.lastIndex = 0;
  const match = DOC_NUMBER.exec(fold(text));
  if (!match) return undefined;
  return `${match[1]!.replace(LEADING_VERBS, '')}〔${match[2]}〕${match[3]}号`;
}

interface CorpusIndex {
  byNumber: Map<string, CorpusEntry>;
  byTitle: Map<string, CorpusEntry>;
}

/**
 * The corpus by 文号 and by folded title, made once per corpus: every document of a run resolves its
 * citations against the same corpus, and indexing it again for each document made the ingest
 * quadratic (minutes at ten thousand documents).
 */
const indexes = new WeakMap<CorpusEntry[], CorpusIndex>();
function corpusIndex(corpus: CorpusEntry[]): CorpusIndex {
  let index = indexes.get(corpus);
  if (!index) {
    index = {
      byNumber: new Map(
        corpus.filter((entry) => entry.docNumber).map((entry) => [normalizeDocNumber(entry.docNumber!)!, entry]),
      ),
      byTitle: new Map(corpus.map((entry) => [fold(entry.title), entry])),
    };
    indexes.set(corpus, index);
  }
  return index;
}

export const extractCitations: Plugin<[ExtractCitationsOptions], PolicyRoot> = function (options) {
  const { byNumber, byTitle } = corpusIndex(options.corpus);
  const self = options.self;
  const selfNumber = self?.docNumber ? normalizeDocNumber(self.docNumber) : undefined;
  /**
   * The document's own title with another 文号 is another version of it, the one it replaces
   * (`《某县特种设备事故应急预案》（某政办发〔2019〕21号）同时废止`): a citation, not the document itself.
   */
  const otherVersion = (title: string, docNumber: string | undefined) =>
    self !== undefined &&
    docNumber !== undefined &&
    selfNumber !== undefined &&
    docNumber !== selfNumber &&
    fold(title) === fold(self.title);
  const isSelf = (citation: ExtractedCitation) =>
    citation.document === self?.id ||
    (citation.docNumber !== undefined && citation.docNumber === selfNumber) ||
    (citation.title !== undefined &&
      self !== undefined &&
      fold(citation.title) === fold(self.title) &&
      !otherVersion(citation.title, citation.docNumber));
  return (tree, file) => {
    // The short names the text defines for the documents it cites stand for them wherever they are used.
    const shortNames = new Map<string, { title: string; docNumber?: string }>();
    for (const unit of readUnits(tree))
      for (const line of unit.children)
        for (const match of fold(line.value).matchAll(DEFINES_SHORT)) {
          const title = line.value.slice(match.index + 1, match.index + 1 + match[1]!.length);
          const docNumber = normalizeDocNumber(match[2]!);
          shortNames.set(match[3]!, { title, ...(docNumber ? { docNumber } : {}) });
        }
    for (const unit of readUnits(tree)) {
      const offsets = lineOffsets(unit);
      unit.children.forEach((line, lineIndex) => {
        const folded = fold(line.value);
        const covered: Array<[number, number]> = [];
        const add = (citation: ExtractedCitation, start: number, end: number) => {
          if (isSelf(citation)) {
            covered.push([start, end]);
            return;
          }
          (unit.data.citations ??= []).push(citation);
          (unit.data.highlights ??= []).push({
            start: offsets[lineIndex]! + start,
            end: offsets[lineIndex]! + end,
            kind: 'citation',
          });
          covered.push([start, end]);
        };
        for (const match of folded.matchAll(TITLE)) {
          const short = shortNames.get(match[1]!);
          const title = short?.title ?? line.value.slice(match.index + 1, match.index + 1 + match[1]!.length);
          const docNumber = (match[2] ? normalizeDocNumber(match[2]) : undefined) ?? short?.docNumber;
          const raw = line.value.slice(match.index, match.index + match[0].length);
          const numberEntry = docNumber ? byNumber.get(docNumber) : undefined;
          const titleEntry = byTitle.get(fold(title));
          const version = otherVersion(title, docNumber);
          const entry = version ? numberEntry : (numberEntry ?? titleEntry);
          const expected = titleEntry?.docNumber ? normalizeDocNumber(titleEntry.docNumber) : undefined;
          if (
            docNumber &&
            titleEntry &&
            !version &&
            ((expected && expected !== docNumber) || (numberEntry && numberEntry !== titleEntry))
          ) {
            report(
              file,
              'extract-citations:unresolved-corpus',
              `Unexpected 文号 \`${docNumber}\` for 《${title}》, expected ${expected ? `\`${expected}\`` : 'no 文号'} as the sidecar of \`${titleEntry.id}\` says`,
              spanInLine(line, match.index, match.index + match[0].length),
            );
          }
          add(
            { raw, title, docNumber, document: entry?.id, line: line.position.start.line },
            match.index,
            match.index + match[0].length,
          );
          // A 文号 inside the title (`《关于明确豫政〔2012〕103号文件…的通知》`) is cited too; the one in
          // the brackets after it is this title's own.
          covered.at(-1)![0] = match.index + 1 + match[1]!.length;
        }
        // The document's own 文号 line names each joint issuer's number (`沅财资环〔2024〕19号    岚财资环〔2024〕11号`).
        const ownLine =
          line.role === 'doc-number' && selfNumber !== undefined && normalizeDocNumber(folded) === selfNumber;
        DOC_NUMBER.lastIndex = 0;
        for (const match of folded.matchAll(DOC_NUMBER)) {
          if (ownLine || covered.some(([start, end]) => match.index >= start && match.index < end)) continue;
          const docNumber = normalizeDocNumber(match[0])!;
          const prefixTrim = match[1]!.length - match[1]!.replace(LEADING_VERBS, '').length;
          const start = match.index + prefixTrim;
          const raw = line.value.slice(start, match.index + match[0].length);
          const beside = TITLE_BEFORE.exec(folded.slice(0, start));
          const title = beside
            ? line.value.slice(beside.index + beside[0].indexOf(beside[1]!)).slice(0, beside[1]!.length)
            : undefined;
          add(
            {
              raw,
              ...(title ? { title } : {}),
              docNumber,
              document: byNumber.get(docNumber)?.id,
              line: line.position.start.line,
            },
            start,
            match.index + match[0].length,
          );
        }
      });
    }
  };
};
