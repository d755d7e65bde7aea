/**
 * Line roles: what each line is by its own shape (line-shapes.ts) and its neighbours (an addressee after
 * the frame's first lines, an issuer right before a date), and the numbering label as officials cite it.
 */
import {
  CONTENTS_LEADER,
  isBracketedMeta,
  isMasthead,
  looksLikeTitle,
  looksLikeTitlePiece,
  isSignatureNames,
  looksLikeAddressee,
  looksLikeSignature,
  shapeOf,
} from './line-shapes.ts';
import { type Label, matchLabel } from './labels.ts';
import { bulletHeadings } from './bullet-headings.ts';
import { flattenedLadder } from './flat-numbering.ts';
import { ordinalParagraphs } from './ordinal-paragraphs.ts';
import { isOrgList } from './body-lists.ts';
import type { LineNode } from './tree.ts';
import { SIGNATURE_ROLES } from './unit-kind.ts';

/** How far from the top (in non-blank lines) the addressee under a title may stand. */
const ADDRESSEE_WITHIN = 10;

/** Set `role` and `label` of every line; return the parsed labels. */
export function assignRoles(lines: LineNode[], folded: string[]): Array<Label | undefined> {
  // The non-blank lines so far, and the last of them: a blank line may stand between a title and its addressees.
  let written = 0;
  let lastWritten: string | undefined;
  const labels = lines.map((line, index) => {
    const text = folded[index]!;
    line.role = shapeOf(text);
    const previous = lines[index - 1];
    const afterFrameLine =
      index === 0 || previous?.role === 'header' || previous?.role === 'doc-number' || previous?.role === 'date';
    // Under the title when the 文号 stands above it (a 批复's `某市人民政府：`), or a title set over
    // lines under a joint masthead (`…办公厅` / `…办公厅` / `关于…的实施意见` / `伊犁哈萨克自治州人民政府，…：`):
    // only a list of bodies.
    const underTitle =
      written < ADDRESSEE_WITHIN &&
      lastWritten !== undefined &&
      looksLikeTitle(lastWritten) &&
      text
        .replace(/:$/u, '')
        .split(/[,，;；]/u)
        .every((names) => isOrgList(names));
    if (text.trim()) {
      written += 1;
      lastWritten = text;
    }
    // A list of bodies and its colon under a title is its addressees, not a list of those responsible.
    const listed = line.role === 'responsibility' && underTitle;
    if (
      (line.role === 'body' || listed) &&
      looksLikeAddressee(text) &&
      (afterFrameLine || underTitle || /^各/.test(text))
    )
      line.role = 'addressee';
    const next = lines[index + 1];
    const nextIsDate = next && shapeOf(folded[index + 1]!) === 'date' && !isBracketedMeta(folded[index + 1]!);
    if (line.role === 'body' && nextIsDate && looksLikeSignature(text)) {
      line.role = 'issuer';
    }
    let label =
      line.role === 'body' || line.role === 'header' || SIGNATURE_ROLES.has(line.role) || line.role === 'responsibility'
        ? undefined
        : matchLabel(text);
    // Inside a table typed with tabs, a row's number stands alone in its first cell (`2\t白岭市\t92.8`);
    // one with words after it in the cell labels the row's subject (`一、本年新收申请数量\t22\t5`,
    // a report's table), no part of the document's own numbering.
    if (
      label &&
      text.includes('\t') &&
      folded[index - 1]?.includes('\t') &&
      label.length < text.split('\t')[0]!.length
    ) {
      label = undefined;
      line.role = 'body';
    }
    if (label) line.labelEnd = label.length;
    return label;
  });
  readContentsAsText(lines, folded, labels);
  forwardedHeads(lines, folded, labels);
  outlineChapters(lines, folded, labels);
  flattenedLadder(lines, folded, labels);
  bulletHeadings(lines, folded, labels);
  ordinalParagraphs(lines, folded, labels);
  // Each label as cited, once the passes above have settled its role.
  labels.forEach((label, index) => {
    if (label) lines[index]!.label = citedLabel(lines[index]!.value.slice(0, label.length), label);
  });
  // A joint signature: the bodies named on the lines above the last one sign too, and the label over
  // them (`签署单位：`, a memorandum's).
  for (let index = lines.length - 2; index >= 0; index--)
    if (
      lines[index + 1]!.role === 'issuer' &&
      lines[index]!.role === 'body' &&
      (isSignatureNames(folded[index]!) || SIGNERS_LABEL.test(folded[index]!))
    )
      lines[index]!.role = 'issuer';
  partiesSigning(lines, folded);
  wrappedDistribution(lines, folded);
  return labels;
}

/** The line of a 版记 that says who it is copied to: `抄送：省委各部门，…`. */
const COPIED_TO = /^(?:抄送|抄报|分送)\s*:/u;

/**
 * A 版记's list of who it is copied to, wrapped onto lines of its own (`抄送：省委各部门，…` /
 * `各民主党派省委，省工商联…` / `…办公厅 2024年6月19日印发`): the lines between it and the next line of
 * the 版记 are the 版记's, no paragraph of the text.
 */
function wrappedDistribution(lines: LineNode[], folded: string[]): void {
  lines.forEach((line, index) => {
    if (line.role !== 'distribution' || !COPIED_TO.test(folded[index]!)) return;
    let end = index + 1;
    while (end < lines.length && lines[end]!.role === 'body' && end - index <= 3) end += 1;
    if (end > index + 1 && lines[end]?.role === 'distribution')
      for (let at = index + 1; at < end; at++) lines[at]!.role = 'distribution';
  });
}

/**
 * A line of an agreement's signature block: `甲方：某市人民政府（盖章）`, `甲方（盖章）：…  乙方（盖章）：…`,
 * `法定代表人：…`, `县长（签字）：…`, `签订日期：`.
 */
const PARTY_LINE =
  /^(?:[甲乙丙]\s*方(?:代表)?|法定代表人|(?:主要)?负责人|责任人|签订(?:日期|时间)|签\s*字|盖\s*章|\p{Script=Han}{1,8}\((?:签字|签章|签名)\))\s*(?:\([^()]*\))?\s*:/u;
/**
 * Its date as a field, for each party side by side (`日期：2024年2月28日    日期：2024年2月28日`), or after
 * the place it was signed (`签订地点：某县    签订日期：2024年3月18日`).
 */
const DATE_FIELD = /^(?:签订地点\s*:\s*\S+\s+)?(?:签订|签署|签字)?日期\s*:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/**
 * An agreement (a 责任书) is signed by its parties, a line each or side by side, with their
 * representatives, right above its date (a line of its own, or a field of each party's): those lines
 * sign as an issuer's line does. Parties named at the top, before the text, are not its signature.
 */
function partiesSigning(lines: LineNode[], folded: string[]): void {
  lines.forEach((line, index) => {
    const field = line.role === 'body' && DATE_FIELD.test(folded[index]!.trim());
    if (line.role !== 'date' && !field) return;
    let signed = false;
    // Each party may be several bodies, the others on lines of their own under its first
    // (`甲方：沅川省财政厅    乙方：岚州省财政厅` / `沅川省生态环境厅    岚州省生态环境厅`).
    const names: LineNode[] = [];
    for (let above = index - 1; above >= 0 && index - above <= 12; above--) {
      const text = folded[above]!.trim();
      if (!text) continue;
      if (lines[above]!.role === 'body' && !PARTY_LINE.test(text) && isSignatureNames(text)) {
        names.push(lines[above]!);
        continue;
      }
      if (lines[above]!.role !== 'body' || !PARTY_LINE.test(text)) break;
      for (const line of [lines[above]!, ...names.splice(0)]) line.role = 'issuer';
      signed = true;
    }
    if (field && signed) line.role = 'date';
  });
}

/** The label over a joint signature's bodies: `签署单位：`, `联合发文单位：`. */
const SIGNERS_LABEL = /^(?:签署|签约|联合发文|发文)(?:单位|部门|机关)\s*:$/u;

/**
 * An entry of contents with its page after a space or a tab, as a standard's are: a part it does not
 * number (`前言⇥II`, `附录A（资料性）日常检查记录表⇥6`), and a numbered one whose tab made it look like a
 * table's row (`1 范围⇥1`).
 */
const PAGED_PART = /^[^。;,]{1,40}?\s+(?:[IVX]{1,4}|\d{1,3})$/u;
/** A page number after a space or a tab, at the end of a contents entry (`1 范围⇥1`, `前言 II`). */
const PAGE_AFTER_SPACE = /\s+(?:[IVX]{1,4}|\d{1,3})$/u;

/**
 * A table of contents (`目录`, then `第一章 总则` … `第七章 附则`) is text, not chapters: they
 * come again below it. Its entries are the numbered titles right under 目录, up to the first one
 * that comes again or the first line that is none (a preamble may stand between them and the
 * text); it is one only if its first entry comes again after them. Its lines keep their text and lose their labels, and make one unit
 * (unit-builder.ts).
 */
function readContentsAsText(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  // A standard calls its contents 目次.
  const heading = folded.findIndex((text) => /^目\s*(?:录|次)$/u.test(text));
  const isEntry = (index: number) => Boolean(labels[index]) || PAGED_PART.test(folded[index]!);
  if (heading < 0 || !isEntry(heading + 1)) return;
  // An entry may lead its dots to its page (`1.1 编制依据……………1`): the title is what comes again.
  const compact = (index: number) =>
    folded[index]!.replace(CONTENTS_LEADER, '').replace(PAGE_AFTER_SPACE, '').replace(/\s+/gu, '');
  let end = heading + 2;
  while (end < folded.length && isEntry(end) && compact(end) !== compact(heading + 1)) end += 1;
  if (!folded.some((_, index) => index >= end && compact(index) === compact(heading + 1))) return;
  lines[heading]!.role = 'contents';
  for (let index = heading + 1; index < end; index++) {
    const line = lines[index]!;
    line.role = 'contents';
    delete line.label;
    delete line.labelEnd;
    labels[index] = undefined;
  }
}

/**
 * The head of a document forwarded whole below the notice's signature, as printed (`澜州市人民政府办公室文件`
 * / `澜政办秘〔2024〕45号` / its issuer and title / `各县、区人民政府…：`): its lines up to its addressees
 * are `forwarded`, and the unit builder makes the document a part of its own, numbered within itself.
 * Below a 转发 notice, a title with its 文号 under it opens such a head too (copied without the masthead).
 */
function forwardedHeads(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  const signed = lines.findIndex((line, index) => line.role === 'date' && !isBracketedMeta(folded[index]!));
  if (signed < 0) return;
  // A 转发 notice's document may be copied without its masthead, from its title and 文号 on.
  const forwarding = folded.slice(0, signed).some((text) => /转发/u.test(text) && looksLikeTitlePiece(text));
  for (let start = signed + 1; start < lines.length; start++) {
    if (!isMasthead(folded[start]!) && !(forwarding && !labels[start] && titledHead(lines, folded, start))) continue;
    let end = start + 1;
    const inHead = (index: number) =>
      !labels[index] && (lines[index]!.role === 'doc-number' || looksLikeTitlePiece(folded[index]!));
    while (end < lines.length && end - start < MAX_HEAD_LINES && lines[end]!.role !== 'addressee' && inHead(end))
      end += 1;
    if (lines[end]?.role === 'addressee') end += 1;
    for (let index = start; index < end; index++) lines[index]!.role = 'forwarded';
    start = end - 1;
  }
}

/**
 * A document's head without its masthead: a title (over one or two lines) from `start`, with its
 * 文号 under it (a web page's fields may stand between). The 文号's line, or undefined.
 */
export function titledHead(lines: LineNode[], folded: string[], start: number): LineNode | undefined {
  if (lines[start]!.role !== 'body' || !looksLikeTitlePiece(folded[start]!)) return undefined;
  const next = folded[start + 1] ?? '';
  // Over two lines only when the second is no title of its own (the head starts there, under a
  // page's `【打印本页】`).
  const title = looksLikeTitle(folded[start]!)
    ? 1
    : !looksLikeTitle(next) && looksLikeTitle(folded[start]! + next)
      ? 2
      : 0;
  if (title === 0) return undefined;
  return lines.slice(start + title, start + title + NUMBER_WITHIN).find((line) => line.role === 'doc-number');
}

/** How many lines under a title its 文号 may stand. */
const NUMBER_WITHIN = 3;

/** Lines of a forwarded document's head before its addressees: masthead, 文号, issuer, title over 1–3 lines. */
const MAX_HEAD_LINES = 6;

/**
 * In a decimal outline (`1.1 编制目的` under `1 总则`), a number and a space alone (`1 总则`) open a
 * chapter: the level above the `1.1` items, not a `1.` sub-item below them. So does a number with
 * its dot before a short title alone on its line (`1.总则`, `2．组织机构`), when the outline's items
 * under it follow (`2.1…`).
 */
function outlineChapters(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  const decimal = (text: string) => /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s*(?![\d.%万亿千百倍])[\u4e00-\u9fff]/u.test(text);
  if (!folded.some(decimal)) return;
  labels.forEach((label, index) => {
    if (label?.role !== 'subitem') return;
    const text = folded[index]!;
    const spaced = /^\d{1,2}\s+[\u4e00-\u9fff]/u.test(text);
    const titled =
      /^\d{1,2}\.\s*[\u4e00-\u9fff][^,，;；。:：]{0,15}$/u.test(text.trimEnd()) &&
      folded.slice(index + 1).some((later) => decimal(later) && later.startsWith(`${label.value}.`));
    if (!spaced && !titled) return;
    label.role = 'chapter';
    lines[index]!.role = 'chapter';
  });
}

const SEPARATOR_AFTER = /[、，,.．。·・‧:：]$/u;

/**
 * A label as officials cite it: without the separator after a chapter's number, a closing bracket or
 * a named action or problem (`二、` → `二`, `（一）、` → `（一）`, `行动一：` → `行动一`, `问题1：` → `问题1`); `1.` keeps its dot, which
 * is its only mark, at whatever level a flattened list puts it.
 */
function citedLabel(written: string, { role, dotted }: Label): string {
  const trimmed = written.trimEnd();
  const bracketed = /[)）][、，,.．。·・‧]$/u.test(trimmed);
  const named = /^(?:专项|重点)?(?:行动|工程)|^问题/u.test(trimmed);
  return (role === 'chapter' && !dotted) || bracketed || named
    ? trimmed.replace(SEPARATOR_AFTER, '').trimEnd()
    : trimmed;
}
