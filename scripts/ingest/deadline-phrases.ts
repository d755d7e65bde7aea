/**
 * The deadlines a line writes, on folded text: `2015年12月15日前`, `2015年底前`, `12月底前` and `年底前`,
 * `今年年底前`, a date under a deadline label without 前 as 任务分工 lines and tables write it
 * (`完成时限：2020年底`, `完成时间：2019年6月`), a month after 到 or 于 (`到2026年6月底，完成…`), a quarter's
 * or half-year's end, the ones that come back (`每年11月底前`, `每月5日前`: recurrence.ts) and a
 * festival (`春节前`: festivals.ts). Which year each falls in is extract-deadlines.ts's.
 */
import { DEADLINE_LABEL } from './deadline-label.ts';
import type { Recurrence } from '../../src/model/index.ts';
import { recurringDeadlines } from './recurrence.ts';
import { FESTIVAL } from './festivals.ts';

/** A day may give its weekday and hour before 前 (`6月9日（星期一）17:00前`): the day is due. */
const DEADLINE =
  /(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日(?:\s*\((?:星期|周)[一二三四五六日天]\))?(?:\s*(?:上午|下午|晚上)?\d{1,2}[:：]\d{2})?)?(底|末|上半年|下半年)?(?:之前|以前|前)/gu;
/**
 * A deadline label (deadline-label.ts) and its date, the whole value of the field (a date ending in 前
 * is DEADLINE's, and `2016年起` or `2016年6月开始` is not a deadline); group 1 is the date. A span of
 * months in one year is due at its end (`抽查时间：2025年6—9月`, `2025年4月1日—11月30日`).
 */
const LABELLED = new RegExp(
  String.raw`${DEADLINE_LABEL}\s*:\s*((\d{4})年(?:\d{1,2}月?(?:\d{1,2}日)?\s*[-—–－~至到]\s*)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(底|末|上半年|下半年)?)(?=\s*(?:[);,。]|$))`,
  'dgu',
);

/**
 * Other dates a deadline field's whole value may be (deadline-label.ts): a quarter or a half-year
 * (`完成时限：2026年第三季度`, `上半年`), its end; a month or day without the year (`11月30日`, `6月底`), of
 * the document's; a date in dots (`2026.12`, `2026.12.31`); the first of a list of them (`一季度末、6月底前、
 * 年底前`), whose others are read as any date is. Groups: year, quarter, half, month, day, part; dotted
 * year, month, day.
 */
const LABELLED_OTHER = new RegExp(
  String.raw`${DEADLINE_LABEL}\s*:\s*((?:(\d{4})年)?(?:第?([一二三四1-4])季度|([上下])半年)(?:末|底)?|(\d{1,2})月(?:(\d{1,2})日)?(底|末)?|(\d{4})[.．/](\d{1,2})(?:[.．/](\d{1,2}))?)(?=\s*(?:[);,。、]|$))`,
  'dgu',
);

/** A deadline a line writes, where it stands and what it says. */
export interface FoundDeadline {
  start: number;
  end: number;
  year?: string;
  month?: string;
  day?: string;
  part?: string;
  /** How often it comes back (`每年11月底前`, `每月5日前`, `每周五前`). */
  recurring?: Recurrence;
  /** The day of the week one that comes back weekly falls on, 1 Monday … 7 Sunday. */
  weekday?: number;
  /** The end of the document's year, written without its number (`年底前`). */
  ownYear?: boolean;
  /** Written without a year after `次年` or `明年`: the year after the document's. */
  nextYear?: boolean;
  /** A festival it is due before (`春节前`): its day is the festival's (festivals.ts). */
  festival?: string;
}

/**
 * The end of the document's own year, written without its number: `年底前`, `今年年底前`, `本年末前`, and
 * `年内` before what is done (`年内实现大中型企业全覆盖`); not a count of years (`三年内`, `5年内`).
 */
const YEAR_END =
  /(?<![\d年])(?:(?:今|本|当)年)?年(底|末)(?:之前|以前|前)|(?<![\d年一二两三四五六七八九十几数多每])(?:今|本|当)?年(内)(?=\s*(?:完成|建成|实现|全面|全部|基本|,))/gu;

/**
 * A month a task is to be done by, written without 前 (`到2026年6月底，完成…`, `于2025年9月30日完成`):
 * 到, 至 or 于 before it and a comma or the verb after it. A year alone (`到2025年`) is a goal's year,
 * and 截至 (截止到) a count's cut-off (`截至2023年12月底，全县共有…`).
 */
const BY_MONTH =
  /(?<=(?<!截|截止)(?:到|至|于)\s*)(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(底|末)?(?=\s*(?:,|完成|建成|实现|全面|全部|基本))/gu;

/**
 * A year's end a task is to be done by, written without 前, right before what is done (`到2026年底基本完成…`);
 * not before a comma (`到2025年底，…达到95%`), the year a goal is set for.
 */
const BY_YEAR_END = /(?<=(?<!截|截止)(?:到|至|于)\s*)(\d{4})年(底|末)(?=\s*(?:完成|建成|实现|全面|全部|基本))/gu;

/**
 * The end of a quarter (`第三季度末前`, `2025年一季度前`, `第三季度末完成85%`) or of a half-year (`上半年完成
 * 全年任务量的50%`, `下半年前`); `每季度末前` comes back and is left out.
 */
const QUARTER =
  /(?<!每)(?:(\d{4})年)?(?:第?([一二三四1-4])季度|([上下])半年)(?:(?:末|底)?(?:之前|以前|前)|(?:末|底)?(?=\s*(?:完成|建成|实现|全面|全部|基本)))/gu;
/**
 * The span of a stage of the work, in brackets after its name (`排查整治阶段（4月21日至8月31日）`,
 * `督查验收阶段（2017年9月1日—10月20日）`): the stage is due at its end, of its start's year when the end
 * names none (`总结阶段（2026年7月—12月）`). Group 1: the start's year; SPAN_END's: the end's year, month, day.
 */
const STAGE_SPAN =
  /(?<=阶段\s*\()(?:(\d{4})年)?\d{1,2}月(?:\d{1,2}日)?\s*(?:至|到|—|-|–|~)\s*(?=(?:\d{4}年)?\d{1,2}月)/gu;
const SPAN_END = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?=\s*\))/u;
const QUARTER_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * After a date, a verb and 的 that make it qualify what follows (`2000年底前建成的小区`, `此前登记的`), or 已
 * that makes it the past (`2024年以前已改户厕`).
 */
const QUALIFIES =
  /^(?:(?:建成|建设|建造|竣工|投用|投入使用|登记|注册|成立|设立|出厂|生产|购置|取得|颁发|发放)的|\s*已)/u;

/** A day listed before another that its 前 is for: `6月30日和` in `6月30日和12月20日前`. */
const SHARES_BEFORE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[和、及]$/u;
/** `每年` (`每年的`) right before a date without a year: the deadline comes back every year. */
const EVERY_YEAR = /每年(?:的)?$/u;
/** `次年`, `明年`, `翌年`, `下一年度` right before a date without a year: the year after the document's. */
const NEXT_YEAR = /(?:次|明|翌|下一?)年度?(?:的)?$/u;
/**
 * `每年` earlier in the sentence of a `次年` date: the year after each year's work, a deadline that comes
 * back (`每年开展一次评估，评估结果于次年3月底前报…`).
 */
const EACH_YEAR_BEFORE = /每(?:一)?年度?(?!底|末|\d)[^。;]*$/u;

/** Every deadline of a folded line, in the order the line has them. */
export function deadlinesIn(folded: string): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  for (const match of folded.matchAll(DEADLINE)) {
    const [, year, month, day, part] = match;
    // A date that dates a class (`改造2000年底前建成的老旧小区`) or what is done already (`2024年以前已改户厕`)
    // sets no deadline.
    if (QUALIFIES.test(folded.slice(match.index + match[0].length))) continue;
    // Dates listed before it share its 前 (`每年6月30日和12月20日前`): each is a deadline, the list's 每年 theirs.
    const shared: RegExpExecArray[] = [];
    let before = match.index;
    for (let date; (date = SHARES_BEFORE.exec(folded.slice(0, before))); before = date.index) shared.unshift(date);
    const every = year ? undefined : EVERY_YEAR.exec(folded.slice(0, before));
    const next = year || every ? undefined : NEXT_YEAR.exec(folded.slice(0, before));
    const yearly = every ?? (next && EACH_YEAR_BEFORE.test(folded.slice(0, next.index)) ? next : undefined);
    shared.forEach((date, at) =>
      found.push({
        start: at === 0 ? (every?.index ?? next?.index ?? date.index) : date.index,
        end: date.index + date[0].length - 1,
        year: date[1],
        month: date[2],
        day: date[3],
        ...(yearly ? { recurring: 'yearly' as const } : {}),
        ...(next ? { nextYear: true } : {}),
      }),
    );
    const start = shared.length ? match.index : every ? every.index : (next?.index ?? match.index);
    found.push({
      start,
      end: match.index + match[0].length,
      year,
      month,
      day,
      part,
      ...(yearly ? { recurring: 'yearly' as const } : {}),
      ...(next ? { nextYear: true } : {}),
    });
  }
  for (const match of folded.matchAll(YEAR_END)) {
    // `每年底前` comes back every year.
    const yearly = folded[match.index - 1] === '每';
    const start = yearly ? match.index - 1 : match.index;
    found.push({
      start,
      end: match.index + match[0].length,
      part: match[1] ?? match[2],
      ...(yearly ? { recurring: 'yearly' as const } : {}),
      ownYear: true,
    });
  }
  for (const match of folded.matchAll(BY_MONTH)) {
    const [, year, month, day, part] = match;
    found.push({ start: match.index, end: match.index + match[0].length, year, month, day, part });
  }
  for (const match of folded.matchAll(BY_YEAR_END)) {
    const [, year, part] = match;
    found.push({ start: match.index, end: match.index + match[0].length, year, part });
  }
  for (const match of folded.matchAll(STAGE_SPAN)) {
    const start = match.index + match[0].length;
    const end = SPAN_END.exec(folded.slice(start));
    if (end) found.push({ start, end: start + end[0].length, year: end[1] ?? match[1], month: end[2], day: end[3] });
  }
  for (const match of folded.matchAll(QUARTER)) {
    const [, year, quarter, half] = match;
    const month = String(half ? (half === '上' ? 6 : 12) : QUARTER_NUMBER[quarter!]! * 3);
    found.push({ start: match.index, end: match.index + match[0].length, year, month, ownYear: !year });
  }
  for (const match of folded.matchAll(FESTIVAL)) {
    const every = match[1] ? undefined : EVERY_YEAR.exec(folded.slice(0, match.index));
    found.push({
      start: every ? every.index : match.index,
      end: match.index + match[0].length,
      year: match[1],
      festival: match[2],
      ...(every ? { recurring: 'yearly' as const } : {}),
    });
  }
  for (const { start, end, recurring, month, day, weekday } of recurringDeadlines(folded))
    found.push({
      start,
      end,
      recurring,
      ...(month ? { month: String(month) } : {}),
      ...(day ? { day: String(day) } : {}),
      ...(weekday ? { weekday } : {}),
    });
  for (const match of folded.matchAll(LABELLED)) {
    const [, , year, month, day, part] = match;
    const [start, end] = match.indices![1]!;
    found.push({ start, end, year, month, day, part });
  }
  for (const match of folded.matchAll(LABELLED_OTHER)) {
    const [, , year, quarter, half, month, day, part, dottedYear, dottedMonth, dottedDay] = match;
    const [start, end] = match.indices![1]!;
    if (dottedYear) found.push({ start, end, year: dottedYear, month: dottedMonth, day: dottedDay });
    else if (month) found.push({ start, end, month, day, part, ownYear: true });
    else {
      const last = String(half ? (half === '上' ? 6 : 12) : QUARTER_NUMBER[quarter!]! * 3);
      found.push({ start, end, year, month: last, ownYear: !year });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
