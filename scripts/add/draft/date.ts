/**
 * The date of issue: a line that is only a date (the signature's, or `（2015年5月2日）` under a
 * title), else a header field (`成文日期：`, `颁布时间：2015-05-02`), but for a page's day of
 * publishing (`发布时间：`), which comes after the day the 版记 says the document was printed
 * (`…办公室    2024年8月21日印发`). Written dates are read in the forms `2015年5月2日`,
 * `二〇一五年五月二日` and `2015-05-02`; the sidecar gets `YYYY-MM-DD`.
 */
import { fold } from '../../../src/model/fold.ts';
import { findDate, monthAlone } from '../../../src/model/written-date.ts';
import { imprint, type HeaderField } from './header.ts';
import { unbracket } from './lines.ts';
import type { Found, TextLine } from './lines.ts';

export { findDate } from '../../../src/model/written-date.ts';

/** The day a speech or a report was given, and where: `——2026年1月18日在…会议上`; group 1 the day. */
const SPOKEN_AT = /^[—－-]{1,2}\s*(\S{6,16}?日)\s*在\S{2,60}?(?:会议|大会|会)上(?:的(?:讲话|报告|发言))?$/u;

/** How far down a cover may date a document by its month alone, in lines. */
const COVER_LINES = 20;

/**
 * A line that is only a date, bracketed or not (`2015年5月2日`, `（2015年5月2日）`); on a cover, the
 * day a speech or a report was given (`——2026年1月18日在…会议上`), or a month alone (`二〇二五年六月` under the issuer of a draft or a plan: `2025-06`), which further down
 * is a table's cell.
 */
export function dateAlone(line: TextLine): { iso: string; bracketed: boolean } | undefined {
  const inner = unbracket(line.text);
  const text = inner ? inner.inner.trim() : line.text;
  const found = findDate(text);
  if (found && found.index === 0 && found.length === text.length)
    return { iso: found.iso, bracketed: inner !== undefined };
  if (inner || line.number > COVER_LINES) return undefined;
  // A speech's or a report's day and meeting under its title (`——2026年1月18日在…人民代表大会第六次会议上`).
  const spoken = SPOKEN_AT.exec(text);
  const day = spoken && findDate(spoken[1]!);
  if (day && day.index === 0) return { iso: day.iso, bracketed: false };
  const month = monthAlone(text);
  return month ? { iso: month, bracketed: false } : undefined;
}

export function readDate(lines: TextLine[], header: HeaderField | undefined): Found | undefined {
  for (const line of lines) {
    const alone = dateAlone(line);
    if (alone) return { value: alone.iso, lines: [line.number] };
  }
  // A page's day of publishing (`发布时间：`) gives way to the day the document says it was printed.
  const field = header && !PUBLISHED.test(header.label.replace(/\s/gu, '')) ? header : undefined;
  const found = [field, imprint(lines)?.date, header].find((given) => given && findDate(fold(given.value)));
  return found ? { value: findDate(fold(found.value))!.iso, lines: found.lines } : undefined;
}

/** A page's field of the day it published the document, not the day the document was made. */
const PUBLISHED = /^(?:发布|公布|公开)(?:日期|时间)$/u;

/** A date as given by a person: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or any written form above. */
export function normalizeDateFlag(value: string): string | undefined {
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(value)) return value;
  const found = findDate(fold(value.trim()));
  return found && found.length === value.trim().length ? found.iso : undefined;
}
