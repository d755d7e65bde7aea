/**
 * The value side of a target clause, read on folded text (`％` is `%`, full-width digits are ASCII):
 * a number with its unit as written (`3万件`, `10个/万人`, `35微克/立方米`, `1.5个百分点`), lists of
 * values (`100%、95%`, `90%和95%`), and the comparator words around them.
 */

import { chineseNumeralValue } from '../../../src/model/ids.ts';

/**
 * A thousands separator as the folded text of a clause writes it: extract-targets turns the ASCII comma
 * between digits in threes (`2,184.56平方公里`, as PDFs and tables print figures) into ٬ (U+066C, the
 * Arabic thousands separator, which no folding gives), so that no clause ends inside a number.
 */
export const THOUSANDS = '\u066C';
const NUMBER = String.raw`(?:\d{1,3}(?:${THOUSANDS}\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const MULTIPLIER = '[十百千万亿]';
/**
 * Base measure words. A unit is composed, not enumerated: multipliers, one base word, an optional
 * energy tail (`吨标准煤`) and an optional `/` denominator (`个/万人`, `微克/立方米`, `元/吨`).
 * Only words that are always a measure after a number are here, so the unit stops where the
 * measured noun starts (`30户服务行业龙头企业` → `户`).
 */
const BASE = [
  '个百分点', '百分点', '个工作日', '工作日', '个等级', '个月', '个小时', '平方公里', '平方米', '立方米', '公里', '千米', '米', '公顷', '亩',
  '千瓦时', '千瓦', '兆瓦时', '兆瓦', '瓦', '吨', '千克', '公斤', '斤', '毫克', '微克', '克', '毫升', '升',
  '标准箱', '标箱', '人次', '场次', '户次', '家次', '批次', '辆次', '架次', '艘次', '列次', '起', '美元', '欧元', '列(?!入)', '个', '件', '家', '户', '所', '座', '条', '批', '种', '名', '人', '元',
  '项', '次', '辆', '台', '套', '只', '头', '张', '部', '处', '间', '床', '倍', '天', '小时', '分钟', '秒钟', '秒', '篇',
  '场', '期', '届', '岁', '年', '株', '棵', '栋', '例', '艘', '架', '支', '位', '册', '分',
  // Latin units of computing, networks, storage and power (`100EFLOPS`, `10Gbps`, `60PB`, `1000M光纤`, `10ms`),
  // whole words only: `5G` is a network's generation, no unit.
  '[EPT]?FLOPS(?![A-Za-z])', '[TGMK]bps(?![A-Za-z])', '[KMGTPE]B(?![A-Za-z])', '[kMG]Wh(?![A-Za-z])',
  '[kMG]W(?![A-Za-z])', 'ms(?![A-Za-z])', 'M(?![A-Za-z])', 'TEU(?![A-Za-z])',
].join('|'); // prettier-ignore
const UNIT = String.raw`(?:%|‰|${MULTIPLIER}*?(?:${BASE})(?:标准煤|标煤)?(?:/${MULTIPLIER}*(?:${BASE}))?|${MULTIPLIER}+)`;
/** One value; a range (`5%-8%`, `3至5个`) is one value. */
const ONE = String.raw`${NUMBER}\s*${UNIT}?(?:\s*[-~～—至]\s*${NUMBER}\s*${UNIT}?)?`;
const VALUE_AT = new RegExp(String.raw`^${ONE}`, 'u');
const UNIT_IN = new RegExp(String.raw`\d\s*${UNIT}`, 'u');
/**
 * `folded` (the fold of `raw`, of the same length) with each ASCII comma of `raw` that separates
 * thousands (`2,184.56`, `12,000`) written as THOUSANDS; a Chinese comma (`，`) ends a clause, as ever.
 */
export function markThousands(raw: string, folded: string): string {
  return folded.replace(/(?<=\d),(?=\d{3}(?!\d))/gu, (comma, at: number) => (raw[at] === ',' ? THOUSANDS : comma));
}

/** A share in Chinese numerals, as laws and regulations write it: `百分之九十`, `百分之六十五点五`, `千分之三`. */
const CN_SHARE = /([百千])分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/gu;

/**
 * `folded` with each share in Chinese numerals in figures (`百分之九十` → `0090%`), led by zeros to the
 * length it had: offsets still point into the raw text, so the value is kept as written.
 */
export function arabicShares(folded: string): string {
  return folded.replace(CN_SHARE, (share, per: string, whole: string, decimals: string | undefined) => {
    const value = chineseNumeralValue(whole);
    const fraction = decimals ? `.${[...decimals].map((digit) => chineseNumeralValue(digit) ?? 0).join('')}` : '';
    const figure = `${value}${fraction}${per === '百' ? '%' : '‰'}`;
    return value === undefined || figure.length > share.length ? share : figure.padStart(share.length, '0');
  });
}

/** The multipliers before a unit's base word, as few as the base word leaves (`百分点` has none). */
const MULTIPLIERS_OF_UNIT = new RegExp(String.raw`^(${MULTIPLIER}*?)(?:${BASE})|^${MULTIPLIER}+`, 'u');
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/**
 * The number a value stands for, its unit's multipliers applied (`1万家` → 10000, `3.5亿元` →
 * 350000000, `500万千瓦` → 5000000), so that values of one unit sort by size; a base word that
 * starts like a multiplier is none (`1.5个百分点`, `3千米`). A range gives its first number.
 */
function numberOf(value: string): number {
  const [digits] = new RegExp(`^[\\d.${THOUSANDS}]+`, 'u').exec(value)!;
  const unit = MULTIPLIERS_OF_UNIT.exec(value.slice(digits.length).trimStart());
  const multipliers = unit ? (unit[1] ?? unit[0]) : '';
  // Decimal digits stay exact: 3.5 × 1e8 is 350000000, not 349999999.99999994.
  return [...multipliers].reduce(
    (number, multiplier) => Math.round(number * MULTIPLIERS[multiplier]! * 1e6) / 1e6,
    Number(digits.replaceAll(THOUSANDS, '')),
  );
}
const LIST_SEPARATOR = /^\s*(?:、|和|及|与)\s*/u;

/** Comparator words written after the value. */
export const AFTER = /^(?:及|或)?(以上|以下|以内|左右)/u;
/**
 * Comparator words written before the value, kept as written, and their signs (`合格率≥95%`, `＜0.15人`);
 * `突破` right before the value is its 超过 (`证书数量突破4万张`; `突破关键技术50项` names what is achieved).
 */
const WRITTEN = '不低于|不少于|不高于|不超过|控制在|超过|突破|低于|高于|≥|≤|>|<|⩾|⩽';
/**
 * Verbs that only say "reach": the comparator is then `=` unless a word after the value says more.
 * 为 is one (`合格率为98%`), not inside a word (`违法行为100%得到查处`).
 */
const REACH =
  '达到|达|实现|完成|保持在|稳定在|保持|稳定|压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少至|减少到|提高到|提高至|提升到|提升至|降低到|降低至|降到|降至|下降到|下降至|增加到|增加至|增长到|增长至|增至|扩大到|扩大至|分别为|均为|(?<![行作认称以因])为';
const RISE = '提高|提升|增长|增加|上升|扩大';
const FALL = '下降|降低|减少|削减|压减|压缩';
/**
 * The verb right before a value, at the end of the text before it, and what a share is of when the
 * clause says so between them (`不低于在册机构的5%`), or whom a sum is for (`提高到每人每月213元`).
 */
const VERB_BEFORE = new RegExp(
  String.raw`(?:达到或|或)?(?:(${WRITTEN})|(${REACH})|(${RISE})|(${FALL}))了?\s*((?:[\p{Script=Han}“”"]{1,12}?)的|每(?:人|户|名)(?:每(?:年|月|天))?)?$`,
  'u',
);

export interface Value {
  start: number;
  end: number;
  number: number;
  hasUnit: boolean;
}

/** The value list starting at `start` in `text` (folded), or undefined when no number starts there. */
export function readValues(text: string, start: number): { values: Value[]; end: number } | undefined {
  const values: Value[] = [];
  let position = start;
  for (;;) {
    const match = VALUE_AT.exec(text.slice(position));
    if (!match) break;
    const end = position + match[0].trimEnd().length;
    if (isNotAValue(text, position, end)) break;
    values.push({
      start: position,
      end,
      number: numberOf(match[0]),
      hasUnit: UNIT_IN.test(match[0]),
    });
    const separator = LIST_SEPARATOR.exec(text.slice(end));
    if (!separator || !VALUE_AT.test(text.slice(end + separator[0].length))) return { values, end };
    position = end + separator[0].length;
  }
  return values.length > 0 ? { values, end: values.at(-1)!.end } : undefined;
}

/** A list of tasks' numbers up to a value: `第1、`, `第（四）至（`. */
const TASK_NUMBERS_BEFORE =
  /第(?:\s*\(?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)?\s*(?:[、,，和及与]|至|到|[~～—–-]{1,2})){1,10}\s*\(?\s*$/u;

/**
 * Numbers that are never a target value: a year, a period or a date (`2015年`, `2021-2025年`,
 * `12月`, `15日`), a document or article number (`〔2013〕21号`, `第3`), a task's in a list of them
 * (`第1、2项`), a bare year-like number,
 * a phone number after 拨打/电话/热线, the parts of a fraction (`2/3`), a list's count (`（共14件）`).
 */
function isNotAValue(text: string, start: number, end: number): boolean {
  if (/(?:第|〔|\[|No\.?|拨打|电话|热线|[-—~～])\s*$/u.test(text.slice(0, start))) return true;
  // A number of a list of tasks' numbers (`负责第一部分第1、2项工作`, `第（四）至（六）项`).
  if (TASK_NUMBERS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // The same figure again in another unit, in brackets (`4批次/千人（约1680批次）`, `（即…）`).
  if (/\d[^()]*\(\s*(?:约|即|合|折合|相当于)\s*$/u.test(text.slice(0, start))) return true;
  // A list's count in brackets (`决定废止的规范性文件（共14件）`) counts what follows, as no goal does.
  if (/\(\s*共\s*$/u.test(text.slice(0, start)) && /^\s*[件项个条份部]?\s*\)/u.test(text.slice(end))) return true;
  if (/^\s*[月日号〕\]时]/u.test(text.slice(end))) return true;
  // A fraction or a ratio written with a slash (`2/3以上`, `1/2`) is not read as two values.
  if (/^\s*\/\s*\d/u.test(text.slice(end)) || /\d\s*\/\s*$/u.test(text.slice(0, start))) return true;
  const year = /^(\d{4})(?:\s*[-~～—至]\s*\d{4})?年?$/u.exec(text.slice(start, end));
  return year !== null && Number(year[1]) >= 1900 && Number(year[1]) <= 2100;
}

export interface Verb {
  /** Where the verb starts in the text. */
  start: number;
  /** Length of what the value is a share of, written between the verb and the value (`在册机构的`). */
  base: number;
  /** Comparator it gives: the written word, `提高`/`下降` for a change, or `=`. */
  comparator: string;
  /** A change (`提高2个百分点`): it outranks a word after the value (`增长10%以上` is a rise). */
  change: boolean;
}

/** The verb (and its adverbs) ending the text before a value, if any. */
export function verbBefore(textBefore: string): Verb | undefined {
  const match = VERB_BEFORE.exec(textBefore);
  if (!match) return undefined;
  const [, written, , rise, fall, base] = match;
  const comparator = written ?? (rise ? '提高' : fall ? '下降' : '=');
  return { start: match.index, comparator, change: Boolean(rise ?? fall), base: base?.length ?? 0 };
}

/** The comparator word right after a value, with its length. */
export function comparatorAfter(textAfter: string): { comparator: string; length: number } | undefined {
  const match = AFTER.exec(textAfter);
  return match ? { comparator: match[1]!, length: match[0].length } : undefined;
}
