/**
 * Kind and title of a unit, decided from its numbering, its chapter and its text.
 * Pure helpers of the structure plugin.
 */
import type { UnitKind } from '../../src/model/index.ts';

/** Kinds a chapter title announces (`三、发展目标` → goal). Only short titles are read this way. */
const CHAPTER_KINDS: Array<[RegExp, UnitKind]> = [
  [/指导思想|总体思路|基本原则|工作方针|总体要求|指导原则|基本思路|^原则$/, 'principle'],
  [/职责分解|职责分工|部门职责|任务分工|责任分工/, 'duty'],
  [/组织实施|保障措施|具体要求|工作要求|组织领导|实施保障|保障机制|有关要求/, 'requirement'],
  [/目标/, 'goal'],
  [/重点工程|重大工程|重点项目|^工程$/, 'project'],
];

/** The kind a chapter title gives its units; `measure` when it names none (工作任务, 主要任务…). */
export function kindOfChapter(title: string): UnitKind {
  if (title.length > 12) return 'measure';
  for (const [pattern, kind] of CHAPTER_KINDS) if (pattern.test(title)) return kind;
  return 'measure';
}

const SENTENCE_END = /[。！？!?]/;
const MAX_TITLE = 40;

/** The heading of a chapter line: the text after the label without closing punctuation. */
export function headingTitle(textAfterLabel: string): string {
  const firstSentence = textAfterLabel.split(SENTENCE_END)[0]!;
  return shorten(firstSentence.replace(/[。.:：;；,，]+$/u, ''));
}

/**
 * The title of a numbered item: its first sentence when short (`继续清理行政审批事项`), the department
 * phrase of a duty (`质监部门`), or else its first clause.
 */
export function itemTitle(textAfterLabel: string, kind: UnitKind): string {
  if (kind === 'duty') {
    const subject = /^(.{1,40}?)(?:要|应当|应|负责)/u.exec(textAfterLabel);
    if (subject) return subject[1]!;
  }
  const sentence = textAfterLabel.split(SENTENCE_END)[0]!;
  if (sentence.length <= MAX_TITLE) return sentence.replace(/[:：;；]+$/u, '');
  return shorten(sentence.split(/[，,；;：:]/u)[0]!);
}

function shorten(text: string): string {
  return text.length <= MAX_TITLE ? text : `${text.slice(0, 30)}…`;
}

/** Titles of units that have no heading of their own. */
export const UNNUMBERED_TITLES: Partial<Record<UnitKind, string>> = {
  notice: '印发通知',
  preamble: '前言',
  closing: '结束语',
};
