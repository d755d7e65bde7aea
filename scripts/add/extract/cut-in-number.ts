/**
 * A line of a PDF's copy that ends inside a number's phrase: the number, then on the next line its
 * per cent sign or its unit (`非化石能源消费占比达到21.5` / `%左右，…`, `不少于500` / `万平方米`), or a date
 * cut before its day (`2025年12月` / `31日前`); or inside a Latin word or a code (`IPv` / `6改造`, `80EFL` /
 * `OPS`, `10G` / `bps`, `（FP1` / `6，下同）`). Half-width characters make such a line look short of the
 * text block's edge, yet no paragraph opens with a unit, a day or the rest of a word, so the lines are one.
 */

/** A line's end: a number (with its multiplier, `300万`), or a date up to its month or year. */
const NUMBER_END = /[0-9０-９](?:\.[0-9]+)?[十百千万亿]*$/u;
const DATE_END = /[0-9０-９]{4}年$|[0-9０-９]{1,2}月$/u;
/** What goes on a number: a per cent sign, a unit of count, money, weight, area, length or time. */
const UNIT_START =
  /^(?:[%％‰]|[万亿千百][^\p{P}]|[个元吨家项件人次亩台座套辆户所批例株头只]|平方|立方|公里|千米|米|千瓦|兆瓦|小时|分钟|倍|成(?![立效为功果员])|个百分点)/u;
/** A date's day or month after a cut: `31日前`, `6月底前`. */
const DAY_START = /^[0-9０-９]{1,2}[日月号]/u;

/** A Latin word or code at a line's end and at the next one's start, one of them with a letter. */
const TOKEN_END = /[A-Za-z0-9]+$/u;
const TOKEN_START = /^[A-Za-z0-9]+/u;

export function cutInNumber(end: string, head: string): boolean {
  const before = TOKEN_END.exec(end)?.[0];
  const after = TOKEN_START.exec(head)?.[0];
  const word = before !== undefined && after !== undefined && /[A-Za-z]/u.test(before + after);
  return (NUMBER_END.test(end) && UNIT_START.test(head)) || (DATE_END.test(end) && DAY_START.test(head)) || word;
}
