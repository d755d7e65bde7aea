/**
 * Titles of units: a chapter's heading, a numbered item's first sentence or clause (without the
 * responsibility clause it ends with), a duty's subject, the plan's own title, and the fixed titles
 * of units without a heading. Kinds (unit-kind.ts) are read from these titles, and duty titles are
 * refined once the kind is known.
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import {
  attachmentListStart,
  isAttachmentLabel,
  isBracketedMeta,
  isSpeakerLine,
  isCallForComments,
  isPublishingOrder,
  QUESTION,
} from './line-shapes.ts';
import { DEFINES_SHORT_NAME } from './name-lists.ts';
import { dutySubjectLength, FORMED_GROUP } from './duty-subject.ts';
import { isFinding } from './part-kinds.ts';
import { findResponsibility } from './responsibility.ts';
import type { UnitNode } from './tree.ts';

const SENTENCE_END = /[。！？!?]/;
const MAX_TITLE = 40;

/**
 * The heading of a chapter line: the text after the label without closing punctuation, and without
 * the spaces a short heading is set with (`第一章 总  则`, with ideographic spaces, is titled 总则).
 */
export function headingTitle(textAfterLabel: string): string {
  if (QUESTION.test(textAfterLabel)) return questionTitle(textAfterLabel);
  const firstSentence = textAfterLabel.split(SENTENCE_END)[0]!.replace(/[。.:：;；,，]+$/u, '');
  const spaced = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,4}$/u.test(firstSentence);
  return shorten(spaced ? firstSentence.replace(/[\s\u3000]+/gu, '') : firstSentence);
}

/**
 * The title of a numbered item: its first sentence when short (`继续清理行政审批事项`), the department
 * phrase of a duty (`质监部门`), or else its first clause.
 */
export function itemTitle(textAfterLabel: string, kind: UnitKind): string {
  if (QUESTION.test(textAfterLabel)) return questionTitle(textAfterLabel);
  if (kind === 'duty') {
    // The subject when it names bodies (`质监部门要…`, `省市场监管局：负责…`), read as
    // extract-departments reads it; not a task whose words hold 应 (`建立电梯应急处置平台`).
    const subject = dutySubjectLength(fold(textAfterLabel));
    // Without the short name the text defines for it (`（以下简称市局网监科）`).
    const defined = subject ? (DEFINES_SHORT_NAME.exec(fold(textAfterLabel).slice(0, subject))?.[0].length ?? 0) : 0;
    if (subject) return textAfterLabel.slice(0, subject - defined);
  }
  // A group whose fields follow its name on its line is titled by its name (`管网改造组 组长单位：…`).
  const fields = /^(\S{2,30}?)\s+\p{Script=Han}{2,8}[:：]/u.exec(textAfterLabel.trimStart());
  if (fields) return fields[1]!;
  // A working group's item is titled by the group (`综合协调组：由市市场监管局牵头，…`).
  const group = FORMED_GROUP.exec(fold(textAfterLabel));
  if (group) return textAfterLabel.trimStart().slice(0, group[1]!.length);
  // A row written as its fields is named by its name's (`政策名称：经营主体登记“零成本”；政策内容：…`).
  const named = NAME_FIELD.exec(textAfterLabel);
  if (named) return shorten(named[1]!.trim());
  // A table's row typed with tabs is named by its first cell (`食品经营许可\t行政许可\t…`).
  const sentence = withoutResponsibility(textAfterLabel.split('\t')[0]!.split(SENTENCE_END)[0]!);
  if (sentence.length <= MAX_TITLE) return sentence.replace(/[:：;；]+$/u, '');
  // A finding's label is no title alone: `问题：食品安全“党政同责”落实不够到位，…` is titled with its text.
  const field = isFinding(fold(sentence)) ? /^[^:：]+[:：]\s*/u.exec(sentence) : null;
  // A colon between digits is a clock's (`17:00前`), no clause's end.
  const clauses = sentence.slice(field?.[0].length ?? 0).split(/[，,；;]|(?<!\d)[：:]|[：:](?!\d)/u);
  // A task that opens with its time (`于2024年8月30日前，对…开展一次全面自查`) is titled by what is done:
  // the time is its deadline; so is an item that opens with the year it tells of (`1.2024年，全省…`).
  const first = fold(clauses[0]!).trim();
  const opening = clauses.length > 1 && (TIME_ONLY.test(first) || WHEN_ALONE.test(first)) ? 1 : 0;
  const clause = beforeUnclosed(clauses[opening]!);
  return shorten(field ? `${field[0].trim()}${clause}` : clause);
}

/** A row's name field, first in its text: `政策名称：…；`, `项目名称：…；`, `事项名称：…；`. */
const NAME_FIELD = /^\s*(?:政策|项目|事项|任务|活动|工程|措施)名称\s*[:：]\s*([^；;。\t]{2,60})/u;

/**
 * A clause that only says when (`于2025年4月30日前`, `自收到本通知之日起10个工作日内`, `2025年底前`), not
 * one that names who as well (`项目承担单位应当于每年3月31日前`).
 */
const TIME_ONLY =
  /^(?=[^年月日天周季]*[年月日天周季])(?:于|在|自|从|截至|到|至)?(?:每|本|今|明|次|收到|接到|印发|[\d〇一二三四五六七八九十])[^，,；;。]{0,22}?(?:前|内|以内|之内|之前|以前|起|为止)$/u;

/**
 * A clause that only says when something was or is (`2024年`, `近年来`, `截至2024年底`, `下一步`), or
 * where it stands among others (`第二，…`, `其次，…`).
 */
const WHEN_ALONE =
  /^(?:\d{4}年(?:度|以来|上半年|下半年|底|末|全年)?|近年来|近年|今年以来|目前|当前|下一步|截至[^，,；;。]{2,16}|第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|此外|同时|另外)$/u;

/** A question and its answer are titled by the question (`问：评价周期如何确定？` / `答：…`). */
function questionTitle(text: string): string {
  return shorten(/^[^?？]*[?？]?/u.exec(text.replace(QUESTION, ''))![0]);
}

/**
 * A sentence without the responsibility clause it ends with: a task written as one line with its
 * departments (`推进农业标准化生产（牵头单位：省农委；完成时限：2020年底）`) is titled by the task alone.
 */
function withoutResponsibility(sentence: string): string {
  const clause = findResponsibility(fold(sentence));
  return clause && !clause.wholeLine ? sentence.slice(0, clause.start).trimEnd() : sentence;
}

/**
 * A clause cut off inside a bracket ends before it: a table's row written out as its first cell and
 * its fields (`翠溪市（检查使用单位（家）：412；…）`) is titled `翠溪市`.
 */
function beforeUnclosed(clause: string): string {
  const open: number[] = [];
  for (const [index, char] of [...clause].entries()) {
    if (char === '（' || char === '(') open.push(index);
    else if ((char === '）' || char === ')') && open.length) open.pop();
  }
  return open.length && open[0]! > 0 ? [...clause].slice(0, open[0]).join('').trimEnd() : clause;
}

function shorten(text: string): string {
  return text.length <= MAX_TITLE ? text : `${text.slice(0, 30)}…`;
}

/** Titles of units that have no heading of their own. */
export const UNNUMBERED_TITLES: Partial<Record<UnitKind, string>> = {
  header: '文件信息',
  notice: '印发通知',
  preamble: '前言',
  closing: '结束语',
};

/** The title of a list of the attachments (`附件：1．…`), as the document labels it. */
const ATTACHMENT_LIST_TITLE = '附件';
/** The title of a signature block (its issuer and date). */
export const SIGNATURE_TITLE = '落款';

/** A unit's title before its kind is known (duty titles are refined once it is). */
export function titleOf(unit: UnitNode): string {
  const first = unit.children[0]!;
  if (unit.kind === 'title') return titleOfTitle(unit);
  if (unit.kind === 'header') return UNNUMBERED_TITLES.header!;
  // A second document's text is titled by its own title, the lines above its 文号 but a page's fields.
  if (unit.kind === 'appended') {
    const number = unit.children.findIndex((line) => line.role === 'doc-number');
    return unit.children
      .slice(0, number > 0 ? number : 1)
      .filter((line, index) => index === 0 || line.role !== 'header')
      .map((line) => line.value.trim())
      .join('');
  }
  if (unit.part === 'notice') {
    if (unit.numbering.length) return itemTitle(first.value.slice(first.labelEnd ?? 0), 'notice-item');
    if (unit.signature) return SIGNATURE_TITLE;
    // The 公告 or 令 that publishes a law or a rule, or one that asks for comments on a draft, is
    // titled as it is (`…常务委员会公告`, `关于公开征求《…》意见的公告`).
    const order = unit.children.find((line) => {
      const title = fold(line.value).replace(/\s/gu, '');
      return isPublishingOrder(title) || isCallForComments(title);
    });
    return order ? order.value.trim() : UNNUMBERED_TITLES.notice!;
  }
  if (unit.signature) return first.role === 'distribution' ? '版记' : SIGNATURE_TITLE;
  if (first.role === 'contents') return '目录';
  if (attachmentListStart(fold(first.value)) !== undefined) return ATTACHMENT_LIST_TITLE;
  if (!first.label) return UNNUMBERED_TITLES[unit.kind] ?? itemTitle(first.value, unit.kind);
  const afterLabel = first.value.slice(first.labelEnd ?? 0);
  return first.role === 'chapter' ? headingTitle(afterLabel) : itemTitle(afterLabel, 'measure');
}

/** The plan's title: its lines without an `附件` line above or 文号/date lines around it (a period stays). */
function titleOfTitle(unit: UnitNode): string {
  const lines = unit.children
    .filter((line) => line.role !== 'doc-number' && line.role !== 'header')
    .map((line) => line.value)
    .filter((value) => !isAttachmentLabel(fold(value)) && !isBracketedMeta(fold(value)) && !isSpeakerLine(fold(value)));
  return lines.join('') || unit.children[0]!.value;
}
