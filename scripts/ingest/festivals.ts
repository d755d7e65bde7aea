/**
 * Deadlines set by a festival (`春节前完成隐患整改`, `2025年国庆节前`, `每年中秋节前`): the festival's day in
 * the year written, or, written without one, the first after the document was issued. The fixed ones
 * by their day; 春节 (正月初一), 端午 (五月初五) and 中秋 (八月十五) by their Gregorian days from
 * FIRST_YEAR on, as the lunar calendar gives them. `两节` is left out: it is 元旦 and 春节 in one paper
 * and 中秋 and 国庆 in another.
 */

/** A festival a task is to be done before, with the year if written; group 2 is its name. `春节前后` is a time around it. */
export const FESTIVAL =
  /(?:(\d{4})年)?(元旦春节|元旦|春节|五一|劳动节|端午节?|中秋节?|国庆节?)(?:假期)?(?:之前|以前|前)(?!后)/gu;

const FIRST_YEAR = 2000;
/** Month and day (`MMDD`) of each year from FIRST_YEAR. */
const LUNAR: Record<string, string> = {
  春节: '0205 0124 0212 0201 0122 0209 0129 0218 0207 0126 0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 0125 0212 0201 0122 0210 0129 0217 0206 0126 0213 0203 0123 0211 0131 0219 0208 0128 0215 0204 0124 0212',
  端午: '0606 0625 0615 0604 0622 0611 0531 0619 0608 0528 0616 0606 0623 0612 0602 0620 0609 0530 0618 0607 0625 0614 0603 0622 0610 0531 0619 0609 0528 0616 0605 0624 0612 0601 0620 0610 0530 0618 0607 0527 0614',
  中秋: '0912 1001 0921 0911 0928 0918 1006 0925 0914 1003 0922 0912 0930 0919 0908 0927 0915 1004 0924 0913 1001 0921 0910 0929 0917 1006 0925 0915 1003 0922 0912 1001 0919 0908 0927 0916 1004 0924 0913 1002 0920',
};
const FIXED: Record<string, string> = { 元旦: '0101', 五一: '0501', 劳动节: '0501', 国庆: '1001' };

/** A festival's name as the tables have it: `元旦春节` is due at 元旦, the first of them. */
const nameOf = (written: string) => (written === '元旦春节' ? '元旦' : written.replace(/(?<=端午|中秋|国庆)节$/u, ''));

/** The festival's day in `year` (`YYYY-MM-DD`), undefined outside the tables' years. */
function dayIn(written: string, year: number): string | undefined {
  const name = nameOf(written);
  const monthDay = FIXED[name] ?? LUNAR[name]?.split(' ')[year - FIRST_YEAR];
  return monthDay ? `${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2)}` : undefined;
}

/**
 * When a festival deadline is due: in `year` when written with it, else the first on or after `issued`
 * (`YYYY-MM-DD`) from the document's year `own`.
 */
export function festivalDue(
  written: string,
  year: number | undefined,
  own: number | undefined,
  issued: string | undefined,
): string | undefined {
  if (year) return dayIn(written, year);
  if (!own) return undefined;
  const first = dayIn(written, own);
  return first && issued && first < issued.slice(0, 10) ? dayIn(written, own + 1) : first;
}
