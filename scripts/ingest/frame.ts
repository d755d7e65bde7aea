/**
 * The frame of a document: what surrounds its body. Decided once every line has its shape:
 *
 *   header    field lines copied from a gazette or web page (索引号：…, 颁布时间：…) at the very top,
 *             the masthead of a printed document (`河南省人民政府文件` over its 文号), and of
 *             minutes or a bulletin (`会议纪要` over its number, issuer and date)
 *   wrapper   a notice that forwards the plan (…关于印发《X》的通知 … signature), the 公告 or 令
 *             that publishes a law or a rule, or the 公告 asking for comments on a draft, when there
 *             is one
 *   title     the plan's own title (1–3 lines, after `附件` when the plan is attached), with the
 *             bracketed 文号, date or period lines right under it
 *
 * Documents come with a forwarding notice that has a title, with one that starts at its addressees
 * (the title was lost in copying), or without any wrapper (an 意见 issued directly, or a bare plan).
 */
import {
  isAttachmentLabel,
  isBracketedMeta,
  isIssueNote,
  isSpeakerLine,
  isStandardCoverLine,
  isForwardingNotice,
  sendsDocument,
  isCallForComments,
  isPublishingOrder,
  isLetterhead,
  opensJointTitle,
  isMasthead,
  looksLikeTitle,
  looksLikeTitlePiece,
} from './line-shapes.ts';
import { fold } from '../../src/model/fold.ts';
import type { LineNode } from './tree.ts';
import { isFullJointTitle } from './joint-title.ts';

export interface Frame {
  /** Lines `[0, headerEnd)` are header fields. */
  headerEnd: number;
  /** Lines `[headerEnd, wrapperEnd)` are the forwarding notice (equal to headerEnd when there is none). */
  wrapperEnd: number;
  /** Lines `[start, end)` are the plan's title, when it has one. */
  title?: { start: number; end: number };
}

const MAX_TITLE_LINES = 3;

/**
 * A notice's note on its publication or circulation, under its signature: `（此件主动公开）`,
 * `（此件不予公开）`, `（此件发至各党支部）`, `（此件发至县级）`, and an ethnic area's on the text's other
 * language (`（本文件同时以藏文印发，藏、汉两种文字文本具有同等效力。）`).
 */
const PUBLICATION_NOTE =
  /^\((?:此件(?:主动公开|公开发布|依申请公开|不予公开|不公开|发至[^()]{1,20}|[^()]{0,10}公开)|本(?:文件|通知|件)同时以[^()]{1,6}文(?:字)?(?:印发|发布)[^()]{0,30})\)$/u;

/** The kind of paper a masthead of minutes or a bulletin names, its letters often spaced (`会 议 纪 要`). */
const PAPER_KIND = /^(?:会议)?纪要$|^(?:工作)?简报$|^专报$/u;
/** Under it, the paper's number (`〔2024〕1号`, `第3期`) and the line of its issuer and date. */
const PAPER_NUMBER = /^(?:[〔[(【]\d{4}[〕\])】])?第?\d{1,5}[号期]$/u;
const ENDS_WITH_DATE = /\d{4}年\d{1,2}月\d{1,2}日$/u;

/**
 * The masthead of minutes or a bulletin: the issuing body's name over the kind of paper, then its
 * number and a line of its issuer and date (`某市…领导小组` / `会 议 纪 要` / `〔2024〕1号` /
 * `某市…办公室    2024年4月12日`). The end of its lines from `from`, or `from` when there is none.
 */
function paperMastheadEnd(folded: string[], from: number): number {
  const compact = (index: number) => (folded[index] ?? '').replace(/\s/gu, '');
  const kind = [0, 1, 2].find((offset) => PAPER_KIND.test(compact(from + offset)));
  if (kind === undefined) return from;
  let end = from + kind + 1;
  while (end < folded.length && (PAPER_NUMBER.test(compact(end)) || ENDS_WITH_DATE.test(compact(end)))) end += 1;
  return end;
}

/**
 * A web page's title over its fields, the document's title again under them (`…的通知` / `索 引 号：…` /
 * `发文机关：…` / … / `…的通知`), or under the order that publishes it (`…的决定` / `发布时间：…` /
 * `海南省人民政府令` / … / `…的决定`), or its `关于…` part alone: the page's title and fields are its header;
 * `from` when there is none.
 */
function pageTitleEnd(lines: LineNode[], folded: string[], from: number): number {
  const end = titleBlock(lines, folded, from);
  if (end === undefined) return from;
  let fields = end;
  while (lines[fields]?.role === 'header') fields += 1;
  if (fields === end) return from;
  // The title again, right under the fields or under the order or masthead that publishes it.
  const text = (start: number, stop: number) => folded.slice(start, stop).join('').replace(/\s/gu, '');
  for (let again = fields; again < Math.min(lines.length, fields + PAGE_TITLE_AGAIN); again++) {
    const stop = titleBlock(lines, folded, again);
    // Or again without the issuer the page's title names first (`四川省交通运输厅关于…的答复` / … / `关于…的答复`).
    const short = stop !== undefined && /^关于/u.test(text(again, stop)) && text(from, end).endsWith(text(again, stop));
    if (
      stop !== undefined &&
      (text(again, stop) === text(from, end) || isFullJointTitle(text(from, end), text(again, stop)) || short)
    )
      return fields;
  }
  return from;
}

/** The most lines of bodies' names a joint masthead or letterhead stands on. */
const MAX_HEAD_LINES = 8;

/** How far under a web page's fields the document's title may come again, in non-blank lines. */
const PAGE_TITLE_AGAIN = 20;

/** `title`: the title the sidecar states, looked for where the text's own shape shows none. */
export function findFrame(lines: LineNode[], folded: string[], title?: string): Frame {
  let headerEnd = 0;
  while (headerEnd < lines.length && lines[headerEnd]!.role === 'header') headerEnd += 1;
  // A masthead, or a letterhead of bodies' names (a joint letter's), over the 文号; a joint masthead
  // names its bodies on lines of their own, 文件 beside the last or, for five bodies, the middle one
  // (`国家质量监督检验检疫总局` / … / `国家工商行政管理总局    文件` / … / `国家标准化管理委员会`).
  let head = 0;
  while (
    head < MAX_HEAD_LINES &&
    (isMasthead(folded[headerEnd + head] ?? '') || isLetterhead(folded[headerEnd + head] ?? ''))
  )
    head += 1;
  // A printed head's fields may stand between it and the 文号 (`类别：A类    签发人：…`).
  let fields = 0;
  while (head && lines[headerEnd + head + fields]?.role === 'header') fields += 1;
  if (head && lines[headerEnd + head + fields]?.role === 'doc-number') headerEnd += head + fields;
  headerEnd = paperMastheadEnd(folded, headerEnd);
  headerEnd = pageTitleEnd(lines, folded, headerEnd);
  const start = headerEnd;
  let numberAbove = lines[start]?.role === 'doc-number' && !isBracketedMeta(folded[start]!) ? 1 : 0;
  // A printed head's fields under its 文号 (`签发人：…`, a reply's `办理结果类别：B类`) go with it.
  if (numberAbove) while (lines[start + numberAbove]?.role === 'header') numberAbove += 1;
  const titleEnd = titleBlock(lines, folded, start + numberAbove);
  if (titleEnd !== undefined) {
    const titleText = folded.slice(start + numberAbove, titleEnd).join('');
    const forwards =
      isForwardingNotice(titleText) ||
      isPublishingOrder(titleText) ||
      isCallForComments(titleText) ||
      (/通知$/u.test(titleText) && forwardsInBody(lines, folded, titleEnd));
    if (forwards) {
      const plan = planAfterSignature(lines, folded, titleEnd);
      if (plan) return { headerEnd, wrapperEnd: plan.start, title: plan };
    }
    // The document itself (an 意见, a bare plan, or a notice that is the policy): a 文号 above joins
    // it, and so does one right under it (titleAnnexEnd).
    const end = titleAnnexEnd(lines, folded, titleEnd);
    return { headerEnd, wrapperEnd: start, title: { start, end } };
  }
  const plan = planAfterSignature(lines, folded, start);
  if (plan) return { headerEnd, wrapperEnd: plan.start, title: plan };
  // A web page's text copied with the site around it (its name, menus, breadcrumb, the page's fields):
  // the title the sidecar states, found among the first lines, and what stands above it the page's.
  const stated = statedTitleAt(lines, folded, title);
  if (stated) return { headerEnd: stated.start, wrapperEnd: stated.start, title: stated };
  return { headerEnd, wrapperEnd: start };
}

/** How far down a copied web page the stated title is looked for, in non-blank lines. */
const STATED_TITLE_WITHIN = 30;

/**
 * The lines (1 to 3) that spell the stated title, among the first ones, with the 文号 and meta lines
 * under them.
 */
function statedTitleAt(
  lines: LineNode[],
  folded: string[],
  title: string | undefined,
): { start: number; end: number } | undefined {
  const wanted = fold(title ?? '').replace(/\s/gu, '');
  if (!wanted) return undefined;
  for (let start = 0; start < Math.min(folded.length, STATED_TITLE_WITHIN); start++)
    // Two more lines for a joint title's bodies (titleBlock).
    for (let end = start + 1; end <= Math.min(folded.length, start + MAX_TITLE_LINES + 2); end++)
      // A WeChat or news copy gives it after a label (`原标题：…`).
      if (
        folded
          .slice(start, end)
          .join('')
          .replace(/\s/gu, '')
          .replace(/^原标题:/u, '') === wanted
      )
        return { start, end: titleAnnexEnd(lines, folded, end) };
  return undefined;
}

/**
 * A notice titled by its subject (`…关于落实…任务分工的通知`) that says before its signature that it
 * sends a plan (`现将重点工作任务分工方案印发给你们`): the plan follows the signature.
 */
function forwardsInBody(lines: LineNode[], folded: string[], from: number): boolean {
  for (let index = from; index < lines.length && lines[index]!.role !== 'date'; index++) {
    if (sendsDocument(folded[index]!)) return true;
  }
  return false;
}

/** The end of a title of 1–3 lines starting at `index`, if the lines there form one. */
function titleBlock(lines: LineNode[], folded: string[], index: number): number | undefined {
  let text = '';
  // A joint title names its bodies first, a line or two of names (`湖南省市场监督管理局 湖南省发展和改革委员会`),
  // before the line that starts with 关于: they do not count towards the three.
  let names = 0;
  while (names < MAX_TITLE_LINES && isLetterhead(folded[index + names] ?? '')) names += 1;
  if (!opensJointTitle(folded[index + names] ?? '')) names = 0;
  for (let end = index; end < Math.min(lines.length, index + names + MAX_TITLE_LINES); end++) {
    const line = lines[end]!;
    // A title line followed by a date looks like a signature's issuer; it is still a title here.
    if ((line.role !== 'body' && line.role !== 'issuer') || !looksLikeTitlePiece(withoutIssuers(folded[end]!)))
      return undefined;
    text += folded[end];
    // A title whose 《 is still open goes on (`…关于印发《…三年行动计划` / `（2024—2026年）》的通知`).
    const open = (text.match(/《/gu)?.length ?? 0) > (text.match(/》/gu)?.length ?? 0);
    if (looksLikeTitle(withoutIssuers(text)) && !open) {
      // A title that ends as one would before its year (`湖北省贯彻实施质量发展纲要` / `2015年行动计划`).
      const next = end + 1;
      const goesOn =
        next < index + names + MAX_TITLE_LINES &&
        !WRAPPER_END.test(text) &&
        lines[next]?.role === 'body' &&
        TITLE_GOES_ON.test(folded[next]!) &&
        looksLikeTitle(folded[next]!);
      return goesOn ? next + 1 : end + 1;
    }
  }
  return undefined;
}

/**
 * A title without the bodies a joint one names before 关于 on its line (`A局 B厅 C委…关于…的通知`, eight of
 * them on a portal's one line): a title's length is its own words'.
 */
const withoutIssuers = (folded: string): string =>
  opensJointTitle(folded) ? folded.slice(folded.indexOf('关于')) : folded;

/**
 * A title's last line that goes on with the line above it: its year or period first, bracketed too when
 * more follows it (`（2023—2025年）的通知`), or its 的.
 */
const TITLE_GOES_ON =
  /^(?:\(?(?:\d{4}|[〇○零一二三四五六七八九]{4})(?:[-—–~至](?:\d{4}|[〇○零一二三四五六七八九]{4}))?年(?:\)(?=.))?|的)/u;
/** The ends of a wrapper's title (a notice, a reply), under which the wrapped plan's own title stands. */
const WRAPPER_END = /(?:通知|函|批复|决定|公告|通告|通报)$/u;

/** The plan's title after the first signature date from `from` on (skipping an `附件` line). */
function planAfterSignature(
  lines: LineNode[],
  folded: string[],
  from: number,
): { start: number; end: number } | undefined {
  for (let index = from; index < lines.length; index++) {
    if (lines[index]!.role !== 'date' || isBracketedMeta(folded[index]!)) continue;
    // The notice's note on its publication (`（此件主动公开）`) closes its signature.
    let signed = index + 1;
    while (signed < lines.length && PUBLICATION_NOTE.test(folded[signed]!)) signed += 1;
    let start = signed;
    while (start < lines.length && isAttachmentLabel(folded[start]!)) start += 1;
    const end = titleBlock(lines, folded, start);
    if (end !== undefined) return { start: signed, end: withMetaLines(folded, end) };
    return undefined;
  }
  return undefined;
}

/**
 * Where the lines that go with a title end: a 文号 right under it, bracketed or not (`苏政发〔2021〕18号`),
 * after the fields a web page sets under its headline (`来源：… 发布时间：…`), and the bracketed lines.
 */
function titleAnnexEnd(lines: LineNode[], folded: string[], titleEnd: number): number {
  let under = titleEnd;
  while (lines[under]?.role === 'header') under += 1;
  return withMetaLines(folded, lines[under]?.role === 'doc-number' ? under + 1 : under);
}

/** Extend a title over the bracketed lines right under it: 文号, date, period, `（试行）`, who issued it when. */
function withMetaLines(folded: string[], end: number): number {
  let next = end;
  while (next < folded.length && isTitleAnnex(folded[next]!)) next += 1;
  return next;
}

function isTitleAnnex(folded: string): boolean {
  if (isBracketedMeta(folded) || isIssueNote(folded) || isSpeakerLine(folded) || isStandardCoverLine(folded))
    return true;
  return /^\([^()]{1,30}\)$/.test(folded) && !/(?:通过|审议|会议)/.test(folded);
}
