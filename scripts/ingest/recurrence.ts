/**
 * How often a target or a deadline comes back, as documents write it (folded text, years in Arabic
 * numerals): a quota every year, half-year, quarter or month (`每季度督导不少于1次`), and the dates
 * that come back (`每月5日前报送`, `每季度结束后10日内`, `每季度最后一个月25日前`, `每年年底前`).
 * A frequency alone (`每半年召开1次会议`) sets no date: it is a target's recurrence, not a deadline.
 */
import type { Recurrence } from '../../src/model/index.ts';
import { DEADLINE_LABEL } from './deadline-label.ts';

/**
 * `每年`, `每年度`, `每半年`, `每季度`, `每季`, `每月`, `每周`: not a date's (`每年11月`, `每月5日`, `每月底`),
 * nor a word's (`每周岁`, `每周期`).
 */
export const EVERY = /每(?:(年度?)(?!底|末|\d)|(半年)|(季度?)|(月)(?!\d|底|末)|(周|星期)(?![岁期边转年]))/u;

/** How often the value of a clause is to be reached, if it says (`每季度督导不少于1次`: quarterly). */
export function recurrenceOf(clause: string): Recurrence | undefined {
  const match = EVERY.exec(clause);
  if (!match) return undefined;
  if (match[1]) return 'yearly';
  if (match[2]) return 'half-yearly';
  if (match[5]) return 'weekly';
  return match[3] ? 'quarterly' : 'monthly';
}

/**
 * A deadline that comes back: where it is, how often, and the month (and day) of its first in a year,
 * or the day of the week it falls on (1 Monday … 7 Sunday).
 */
export interface RecurringDeadline {
  start: number;
  end: number;
  recurring: Recurrence;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * Before: the verb a date without 前 is the time of (`每季度末将工作进展报…`, `每月底向…报送`, `每季度末对…进行通报`).
 */
const ACTS = String.raw`(?=\s*(?:将|向|对|报|上报|提交|完成|形成|通报|公示|汇总|召开))`;
/** By a date: `前`, `之前`, `以前`. */
const BEFORE = '(?:之前|以前|前)';

/**
 * The end of each month, quarter or half-year (`every`: `每月`): by it (`每月底前`), the time of a verb
 * (`每季度末将…报…`), or a deadline field's whole value (`完成时限：每季度末。`).
 */
const endOf = (every: string): RegExp =>
  new RegExp(
    `${every}(?:底|末)(?:${BEFORE}|${ACTS})|(?<=${DEADLINE_LABEL}\\s*:\\s*)${every}(?:底|末)(?=\\s*(?:[)。;,]|$))`,
    'gu',
  );

/**
 * Each shape of a recurring date, and the month and day of its first in a year. A day counted in
 * working days (`每月前5个工作日内`) gives the month alone.
 */
const SHAPES: Array<{ pattern: RegExp; recurring: Recurrence; first: (match: RegExpExecArray) => [number, number?] }> =
  [
    // `每月25日前`, `每月5日以前`
    {
      pattern: new RegExp(String.raw`每月(\d{1,2})日${BEFORE}`, 'gu'),
      recurring: 'monthly',
      first: (m) => [1, +m[1]!],
    },
    // `每月底前`, `每月末将…`, `完成时限：每月底`
    { pattern: endOf('每月'), recurring: 'monthly', first: () => [1] },
    // `每月前5个工作日内`
    { pattern: /每月(?:前|头)\d{1,2}个工作日内/gu, recurring: 'monthly', first: () => [1] },
    // `每季度末前`, `每季度末将…`, `完成时限：每季度末`
    { pattern: endOf('每季度?'), recurring: 'quarterly', first: () => [3] },
    // `每季度结束后10日内`, `每季度结束后5个工作日内`
    {
      pattern: /每季度?(?:结束后|后)(\d{1,2})(个工作)?日内/gu,
      recurring: 'quarterly',
      first: (m) => (m[2] ? [4] : [4, +m[1]!]),
    },
    // `每季度首月10日前`, `每季度最后一个月25日前`, `每季度末月25日前`, and the month after it: `每季度次月10日前`
    {
      pattern: new RegExp(String.raw`每季度?(首月|第一个月|最后一个月|末月|次月)(\d{1,2})日${BEFORE}`, 'gu'),
      recurring: 'quarterly',
      first: (m) => [/首|第一/u.test(m[1]!) ? 1 : m[1] === '次月' ? 4 : 3, +m[2]!],
    },
    // `每半年末前`, `每半年结束后15日内`
    { pattern: endOf('每半年'), recurring: 'half-yearly', first: () => [6] },
    {
      pattern: /每半年(?:结束后|后)(\d{1,2})(个工作)?日内/gu,
      recurring: 'half-yearly',
      first: (m) => (m[2] ? [7] : [7, +m[1]!]),
    },
    // `每年年底前` (`每年底前` and `每年11月底前` are read with the other dates of a year)
    { pattern: new RegExp(`每年年(?:底|末)${BEFORE}`, 'gu'), recurring: 'yearly', first: () => [12] },
  ];

/** A day of the week as written after 周 or 星期, Monday 1 … Sunday 7. */
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * A day of each week: by it (`每周五前`, `每周一12时前`, `每周四下午5点前`, `每周五下班前`), the time of a
 * verb (`每周一将上周进展报…`), or a deadline field's whole value (`报送时间：每周五`). A weekday
 * that opens a span (`每周一至周五`) is no deadline.
 */
const WEEKLY = new RegExp(
  String.raw`每(?:周|星期)([一二三四五六日天])(?:\s*(?:上午|中午|下午|晚上)?\s*\d{1,2}(?:[:]\d{2}|[时点](?:\d{1,2}分|半)?))?(?:下班|中午)?(?:${BEFORE}|${ACTS})|(?<=${DEADLINE_LABEL}\s*:\s*)每(?:周|星期)([一二三四五六日天])(?=\s*(?:[)。;,]|$))`,
  'gu',
);

/** The recurring deadlines of a folded line, in no particular order. */
export function recurringDeadlines(folded: string): RecurringDeadline[] {
  const found: RecurringDeadline[] = [];
  for (const { pattern, recurring, first } of SHAPES)
    for (const match of folded.matchAll(pattern)) {
      const [month, day] = first(match);
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        recurring,
        month,
        ...(day ? { day } : {}),
      });
    }
  for (const match of folded.matchAll(WEEKLY))
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      recurring: 'weekly',
      weekday: WEEKDAY[match[1] ?? match[2]!]!,
    });
  return found;
}
