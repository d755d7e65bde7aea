/**
 * The note under a regulation's title that says which body adopted it and when:
 * `（2022年9月29日四川省第十三届人民代表大会常务委员会第三十七次会议通过）`,
 * `（2023年11月20日省人民政府第15次常务会议通过）`. A 条例 or 办法 published this way has no
 * signature, so the note is where its date and its issuer are written; a 政府规章's note also names the
 * order that published it (`2019年3月20日省人民政府令第215号公布`), its 文号 and date. A 政府规章 may
 * also come as the order itself: `河南省人民政府令` over `第二百三十一号`, the adoption in a sentence,
 * then the head of government's name and the date (readOrderMasthead).
 */
import { findDate } from '../../../src/model/written-date.ts';
import { provincesOnly, type Province } from '../../../src/model/index.ts';
import { isHeaderLine } from './header.ts';
import { unbracket } from './lines.ts';
import type { Found, TextLine } from './lines.ts';

/** How far from the top the note stands: under a title of up to three lines, and a header. */
const WITHIN_LINES = 12;
/** The meeting after the body: `第三十七次会议`, `第15次常务会议`, `全体会议`. */
const MEETING = /(?:第[\d一二三四五六七八九十百零〇]+次)?(?:全体|常务|主任)?会议(?:审议)?(?:通过|批准)/u;

export interface Adoption {
  /** The date of adoption, as the sidecar writes it, with its line. */
  date: Found;
  /** The adopting body as written, without its term (`第十三届`): `四川省人民代表大会常务委员会`. */
  body: string;
  line: number;
  /**
   * The government's order that published it, when the note says so (`2019年3月20日省人民政府令第215号公布`):
   * its number as written, and its date, the regulation's own.
   */
  order?: { number: string; date?: Found };
}

/** `2019年3月20日省人民政府令第215号公布`: the order that published a 政府规章, with its date. */
const ORDER = /([^\s。,;]{0,14}?令第[\d一二三四五六七八九十百零〇]+号)(?:公布|发布)/u;

export function readAdoption(lines: TextLine[]): Adoption | undefined {
  for (const line of lines.slice(0, WITHIN_LINES)) {
    const inner = unbracket(line.text)?.inner.trim();
    const date = inner ? findDate(inner) : undefined;
    if (!inner || !date || date.index !== 0) continue;
    const rest = inner.slice(date.length);
    const meeting = MEETING.exec(rest);
    if (!meeting) continue;
    const body = rest
      .slice(0, meeting.index)
      .replace(/第[\d一二三四五六七八九十百零〇]+届/u, '')
      .trim();
    if (!body) continue;
    const adoption: Adoption = { date: { value: date.iso, lines: [line.number] }, body, line: line.number };
    const after = rest.slice(meeting.index + meeting[0].length).trim();
    const published = findDate(after);
    const order = ORDER.exec(published?.index === 0 ? after.slice(published.length) : after);
    if (order)
      adoption.order = {
        number: order[1]!.trim(),
        ...(published?.index === 0 ? { date: { value: published.iso, lines: [line.number] } } : {}),
      };
    return adoption;
  }
  return undefined;
}

/**
 * The adopting body under its full name: a body written with its level only (`省人民政府`,
 * `自治区人民代表大会常务委员会`) takes the name of the province whose name the title carries.
 */
export function adoptingBody(adoption: Adoption, title: string | undefined, provinces: Province[]): string {
  return withProvince(adoption.body, title, provinces);
}

/** The number of the order that published the regulation, its body named as adoptingBody names it. */
export function orderNumber(adoption: Adoption, title: string | undefined, provinces: Province[]): string | undefined {
  return adoption.order && withProvince(adoption.order.number, title, provinces);
}

function withProvince(name: string, title: string | undefined, provinces: Province[]): string {
  const level = /^(?:省|自治区|市)(?=人民)/u.exec(name);
  const province = title ? provincesOnly(provinces).find((candidate) => title.includes(candidate.name)) : undefined;
  return level && province ? province.name + name.slice(level[0].length) : name;
}

/**
 * A government's order at the head of a 政府规章 as published, or a people's congress standing
 * committee's announcement over a 地方性法规: its issuer and number, with its lines.
 */
export interface OrderMasthead {
  /** The government or standing committee that issues it: `河南省人民政府`. */
  issuer: Found;
  /** The order's or announcement's number, its 文号: `河南省人民政府令第二百三十一号`, `…常务委员会公告（第46号）`. */
  number: Found;
}

/** How far from the top an order's masthead stands (below a page's menu, breadcrumb and title, if copied). */
const MASTHEAD_LINES = 8;
const NUMBER = String.raw`[(]?第[\d一二三四五六七八九十百千零〇]+号[)]?`;
const ORDER_LINE = new RegExp(
  String.raw`^(\S{2,30}?(?:人民政府|人民代表大会常务委员会))(令|公告)\s*(${NUMBER})?$`,
  'u',
);
const ORDER_NUMBER = new RegExp(`^${NUMBER}$`, 'u');

/**
 * `河南省人民政府令` over `第二百三十一号`, or `贵州省人民代表大会常务委员会公告` over `（第46号）` (or on
 * one line), among the first lines; a page's fields above it (`制定机关：…`, `公布日期：…`, as a
 * regulations library sets them) are not counted.
 */
export function readOrderMasthead(lines: TextLine[]): OrderMasthead | undefined {
  const top = lines.filter((line) => line.text !== '' && !isHeaderLine(line)).slice(0, MASTHEAD_LINES);
  for (const [index, line] of top.entries()) {
    const order = ORDER_LINE.exec(line.text.replace(/\s+/gu, ''));
    if (!order) continue;
    const next = top[index + 1];
    const number = order[3] ?? (next && ORDER_NUMBER.test(next.text.trim()) ? next.raw.trim() : undefined);
    if (!number) continue;
    const numberLines = order[3] ? [line.number] : [line.number, next!.number];
    return {
      issuer: { value: order[1]!, lines: [line.number] },
      number: { value: `${order[1]}${order[2]}${number}`, lines: numberLines },
    };
  }
  return undefined;
}
