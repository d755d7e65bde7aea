/**
 * When a deadline written without its year falls, against the date its document was issued: a month
 * already past is the next year's, and one that comes back is first due after the issue.
 */
import type { Recurrence } from '../../src/model/index.ts';

/** How many years before the document's own a dated 前 may be and still be a time to meet (a late plan's). */
export const PAST_YEARS = 1;
/** The year of `issued` (`YYYY-MM-DD`), or -Infinity without one. */
export const issuedYear = (issued: string | undefined): number =>
  Number(/^\d{4}/u.exec(issued ?? '')?.[0] ?? 0) || -Infinity;

/** Months between the dates of a deadline that comes back by the month. */
const STEP: Record<Exclude<Recurrence, 'weekly'>, number> = { yearly: 12, 'half-yearly': 6, quarterly: 3, monthly: 1 };

/**
 * The year and month a recurring deadline is first due on or after `issued` (`YYYY-MM-DD`), from its
 * first in the document's year: a month before the issue's, or its day before the day, is past.
 */
export function firstDue(
  year: number,
  month: number,
  day: string | undefined,
  recurring: Exclude<Recurrence, 'weekly'>,
  issued: string | undefined,
): [number, string] {
  const date = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(issued ?? '');
  if (!date) return [year, String(month)];
  const [issuedAt, dueDay] = [Number(date[1]) * 12 + Number(date[2]) - 1, Number(day ?? 31)];
  let due = year * 12 + month - 1;
  while (due < issuedAt || (due === issuedAt && date[3] !== undefined && dueDay < Number(date[3])))
    due += STEP[recurring];
  return [Math.floor(due / 12), String((due % 12) + 1)];
}

/** Whether `month` of `year` ended before the month of `issued` (`YYYY-MM-DD`; a year alone says nothing). */
export function monthPassed(year: number, month: number, issued: string | undefined): boolean {
  const date = /^(\d{4})-(\d{2})/u.exec(issued ?? '');
  return date !== null && Number(date[1]) === year && month < Number(date[2]);
}

/**
 * The first day of the week `weekday` (1 Monday … 7 Sunday) on or after `issued` (`YYYY-MM-DD`); of
 * a date without its day, the date as far as it goes (`2024-03`, `2024`).
 */
export function firstWeekday(weekday: number, issued: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(issued);
  if (!date) return issued;
  const day = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  day.setUTCDate(day.getUTCDate() + ((weekday - (day.getUTCDay() || 7) + 7) % 7));
  return day.toISOString().slice(0, 10);
}
