/**
 * Dates as Chinese documents write them, read into `YYYY-MM-DD`: `2015年5月2日`, `二〇一五年五月二日`,
 * `2015-05-02` (also `.` and `/`). Used by the add step to draft a sidecar and by the ingest to check
 * a stated date against the text. Runs on folded text (full-width digits are half-width there).
 */
import { chineseNumeralValue } from './ids.ts';

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  O: '0',
  // A year typed with a digit for its zero (`二0一六年`), or so read from a scan.
  '0': '0',
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
const CN_DIGIT = '[〇零○O0一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/**
 * Years written in Chinese numerals (`到二〇二五年`) as digits (`到2025年`), so that they are read as
 * years are: the same length, so every offset in the text stays valid.
 */
export function arabicYears(folded: string): string {
  return folded.replace(new RegExp(`${CN_DIGIT}{4}(?=年)`, 'gu'), (year) =>
    [...year].map((char) => YEAR_DIGITS[char]).join(''),
  );
}

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

/** A date found in text: its ISO form and where it is written. */
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

/**
 * A month written alone (`2025年6月`, `二〇二五年六月`), as a cover dates a draft or a plan: `2025-06`;
 * undefined for any other text.
 */
export function monthAlone(text: string): string | undefined {
  if (!/月$/u.test(text)) return undefined;
  // The month read as its first day, written in the text's own numerals.
  const first = findDate(`${text}${/\d月$/u.test(text) ? '1日' : '一日'}`);
  return first && first.index === 0 && first.length === text.length + 2 ? first.iso.slice(0, 7) : undefined;
}

/** Every valid date written in folded text, in ISO form, in order of appearance. */
export function datesIn(text: string): string[] {
  const found: DateMatch[] = [];
  for (const { pattern, read } of FORMS) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'gu'))) {
      const parts = read(match);
      if (parts && isValid(...parts)) found.push({ iso: iso(...parts), index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((date) => date.iso);
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
