/** Small display formatters shared by pages. */
import type { SourceRef, Unit } from '../model/index.ts';

/** A chapter, section or article label, which would run into the label after it (`第三章第一节一`). */
const PART_LABEL = /第[^第]+(?:编|章|节|条|款|部分)$/u;

/**
 * `["二", "（八）"]` → `二（八）`; a `--` bullet reads as `·`; a space keeps two numbers apart
 * (`["附件2", "1."]` → `附件2 1.`, not `附件21.`) and follows a chapter, section or article
 * (`["第三章", "第一节", "一"]` → `第三章 第一节 一`).
 */
export function formatNumbering(numbering: string[]): string {
  return numbering
    .map((label) => (label === '--' ? '·' : label))
    .reduce(
      (joined, label) =>
        (/\d$/u.test(joined) && /^\d/u.test(label)) || (PART_LABEL.test(joined) && label !== '·')
          ? `${joined} ${label}`
          : joined + label,
      '',
    );
}

/** Unit label for lists and links: `二（八） 强化重点领域质量安全监管`. */
export function unitLabel(unit: Pick<Unit, 'numbering' | 'title'>): string {
  const number = formatNumbering(unit.numbering);
  return number ? `${number} ${unit.title}` : unit.title;
}

/** `原文第 37–41 行` (or `原文第 37 行`). */
export function lineRange(source: Pick<SourceRef, 'startLine' | 'endLine'>): string {
  return source.endLine > source.startLine
    ? `原文第 ${source.startLine}–${source.endLine} 行`
    : `原文第 ${source.startLine} 行`;
}

/** `2015-05-22` → `2015年5月22日`, `2015-12` → `2015年12月`, `2015` → `2015年`; other text unchanged. */
export function formatDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** `2011-2020` → `2011–2020年`, `2015` → `2015年`. */
export function formatPeriod(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}年`;
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  return match ? `${match[1]}–${match[2]}年` : value;
}

/** Numbers with a CJK-friendly thin grouping are not needed at this scale: plain digits. */
export const count = (n: number): string => String(n);
