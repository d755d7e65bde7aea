/**
 * Title lines: a title is 1–3 short unpunctuated lines whose joined text ends like a document
 * title (`…的通知`, `…行动方案`, `…规划（2021—2025年）`). A title broken over lines, e.g.
 * `河北省人民政府办公厅关于印发` + `河北省质量提升行动方案的通知`, is one title.
 */
import { dateAlone } from './date.ts';
import { docNumberAlone } from './doc-number.ts';
import { isHeaderLine, isMasthead } from './header.ts';
import { endsLikeTitle, isAttachmentLabel, opensJointTitle } from '../../ingest/line-shapes.ts';
import { fold } from '../../../src/model/fold.ts';
import type { Found, TextLine } from './lines.ts';

/** Sentence punctuation never found in a title (folded: ，；：！？ are ,;:!? here). */
const SENTENCE = /[。,;:!?]/u;
/** Numbering at the start of a line: `一、` `（一）` `1.` `第一章`. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十\d]+\)|\d+[.、,)]|第[一二三四五六七八九十\d]+[章条部节])/u;
/** An issuing body's name: may be followed by a title line only when that line starts with 关于. */
const BODY_END = /(?:政府|办公厅|办公室|委员会|公署|厅|局|委|院|部|会|署|办)$/u;
/** A line that is only an issuing body's name (`中共四川省委办公厅`), as joint documents head their title. */
const isBodyLine = (line: TextLine): boolean => BODY_END.test(line.text) && !line.text.includes('关于');

/** A headline's tag before a bar or a colon: `图解｜`, `一问一答：`, `权威解读：`. */
const HEADLINE_TAG = /^[^\s:：|｜>»›]{2,6}\s*[:：|｜]\s*(?=\S)/u;

/** A bracketed period line under a title: `（2021—2025年）`. */
export const PERIOD_LINE = /^\(\s*(\d{4})\s*[-—–~至－]\s*(\d{4})\s*年?\s*\)$/u;

/** A line that can be (part of) a title. */
export function isTitleFragment(line: TextLine): boolean {
  const { text } = line;
  // A line of signs alone (`▼▼▼` above a WeChat article's document) names nothing.
  // Joint issuers may make a title long (`A局 B局 C局 D局关于…的通知`): what follows 关于 is measured.
  const about = text.indexOf('关于');
  const measured = about > 0 ? text.slice(about) : text;
  if (text.length < 2 || text.length > 120 || measured.length > 60 || !/\p{Script=Han}/u.test(text)) return false;
  // A headline's tag before its one bar or colon (`图解｜《…实施细则》政策问答`, `一问一答：《…》政策解读`)
  // is part of it; a web page's breadcrumb (`首页 > 政务公开 > 政策解读`), copied with the page, is no
  // title, nor its menu (`部门解读 | 专家解读 | 媒体解读`, `首页 政务公开 政务服务 互动交流`).
  const tag = HEADLINE_TAG.exec(text)?.[0] ?? '';
  const rest = text.slice(tag.length);
  if (SENTENCE.test(rest.replace(/\([^()]*\)/gu, '')) || text.includes('。')) return false;
  if (NUMBERED.test(text) || /^[([〔【].*[)\]〕】]$/u.test(text)) return false;
  if (/[>»›|｜]/u.test(rest) || /^(?:当前位置|您现在的位置|您的位置)/u.test(text)) return false;
  if (/^\S{2,6}(?:\s+\S{2,6}){3,}$/u.test(text)) return false;
  if (isAttachmentLabel(text) || isHeaderLine(line) || isMasthead(line)) return false;
  // A 纪要's or 简报's number without its issuer's code (`〔2024〕1号`) is no part of a title either.
  if (/^[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号?$/u.test(text)) return false;
  return !dateAlone(line) && !docNumberAlone(line);
}

/**
 * A whole title, not its first lines: `…关于印发X规划` goes on to `…的通知`, and `…关于X` goes on
 * to its `的<type>` (`关于加快质量发展的` + `实施意见`).
 */
function isComplete(folded: string): boolean {
  if (!endsLikeTitle(folded)) return false;
  if (/关于(?:印发|转发|颁发|下发|发布|公布)/u.test(folded)) return folded.endsWith('通知');
  const about = folded.indexOf('关于');
  return about < 0 || folded.indexOf('的', about) >= 0;
}

/**
 * The title starting at `lines[start]` (a non-blank line): the shortest run of 1–3 fragments,
 * blank lines between them allowed, whose joined text ends like a title; plus a bracketed period
 * line right under it.
 */
export function titleAt(lines: TextLine[], start: number): (Found & { folded: string; end: number }) | undefined {
  const run: TextLine[] = [];
  let index = start;
  // Joint issuers, a line each, before the line that starts with 关于 do not count towards the three.
  while (run.filter((line) => !isBodyLine(line)).length < 3 && index < lines.length) {
    const line = lines[index]!;
    if (!line.text) {
      index++;
      continue;
    }
    if (!isTitleFragment(line)) return undefined;
    const previous = run.at(-1);
    if (
      previous &&
      isBodyLine(previous) &&
      !opensJointTitle(fold(line.text)) &&
      !(run.every(isBodyLine) && isBodyLine(line))
    )
      return undefined;
    run.push(line);
    const folded = run.map((entry) => entry.text).join('');
    if (isComplete(folded)) {
      const next = nextNonBlank(lines, index + 1);
      const period = next !== undefined && PERIOD_LINE.test(lines[next]!.text) ? lines[next]! : undefined;
      const all = period ? [...run, period] : run;
      // Joint issuers are parted by a space, as a title on one line writes them.
      const parted = (at: number) =>
        at > 0 && isBodyLine(all[at - 1]!) && !all[at]!.text.startsWith('关于') ? ' ' : '';
      return {
        value: all.map((entry, at) => parted(at) + entry.raw).join(''),
        folded: all.map((entry, at) => parted(at) + entry.text).join(''),
        lines: all.map((entry) => entry.number),
        end: period ? next! : index,
      };
    }
    index++;
  }
  return undefined;
}

export function nextNonBlank(lines: TextLine[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) if (lines[index]!.text) return index;
  return undefined;
}
