/**
 * The date of issue: a line that is only a date (the signature's, or `（2015年5月2日）` under a
 * title), else a header field (`成文日期：`, `颁布时间：2015-05-02`). Written dates are read in
 * the forms `2015年5月2日`, `二〇一五年五月二日` and `2015-05-02`; the sidecar gets `YYYY-MM-DD`.
 */
import { fold } from '../../../src/model/fold.ts';
import { chineseNumeralValue } from '../../../src/model/ids.ts';
import type { HeaderField } from './header.ts';
import { unbracket } from './lines.ts';
import type { Found, TextLine } from './lines.ts';

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  O: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const CN_DIGIT = '[〇零○O一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

const FORMS: Array<{ pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] | undefined }> = [
  {
    pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u,
    read: (match) => [Number(match[1]), Number(match[2]), Number(match[3])],
  },
  {
    pattern: new RegExp(`(${CN_DIGIT}{4})\\s*年\\s*(${CN_SMALL})\\s*月\\s*(${CN_SMALL})\\s*日`, 'u'),
    read: (match) => {
      const year = Number([...match[1]!].map((char) => YEAR_DIGITS[char]).join(''));
      const month = chineseNumeralValue(match[2]!);
      const day = chineseNumeralValue(match[3]!);
      return month && day ? [year, month, day] : undefined;
    },
  },
  {
    pattern: /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u,
    read: (match) => [Number(match[1]), Number(match[2]), Number(match[3])],
  },
];

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

/** The first valid date written in folded text. */
export function findDate(text: string): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { pattern, read } of FORMS) {
    const match = pattern.exec(text);
    const parts = match && read(match);
    if (!match || !parts || !isValid(...parts)) continue;
    if (!best || match.index < best.index) best = { iso: iso(...parts), index: match.index, length: match[0].length };
  }
  return best;
}

/** A line that is only a date, bracketed or not (`2015年5月2日`, `（2015年5月2日）`). */
export function dateAlone(line: TextLine): { iso: string; bracketed: boolean } | undefined {
  const inner = unbracket(line.text);
  const text = inner ? inner.inner.trim() : line.text;
  const found = findDate(text);
  if (!found || found.index !== 0 || found.length !== text.length) return undefined;
  return { iso: found.iso, bracketed: inner !== undefined };
}

export function readDate(lines: TextLine[], header: HeaderField | undefined): Found | undefined {
  for (const line of lines) {
    const alone = dateAlone(line);
    if (alone) return { value: alone.iso, lines: [line.number] };
  }
  const found = header && findDate(fold(header.value));
  return found ? { value: found.iso, lines: header.lines } : undefined;
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A date as given by a person: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or any written form above. */
export function normalizeDateFlag(value: string): string | undefined {
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value)) return value;
  const found = findDate(fold(value.trim()));
  return found && found.length === value.trim().length ? found.iso : undefined;
}
