/**
 * Metadata field lines copied from a gazette or a web page: `发文机关：…`, `颁布时间：2015-05-02 (ideographic space) 发文单位：…`,
 * `文号：…`. Several fields may share a line; a value runs to the next label or the end of the line.
 * Also the masthead line of minutes and bulletins (纪要, 简报), which gives the issuer and the date
 * on one line, apart by spaces (`某市质量强市工作领导小组办公室    2024年4月12日`).
 */
import { findDate } from '../../../src/model/written-date.ts';
import { HEADER_LABELS, SPACED_HEADER_LABEL } from '../../ingest/header-labels.ts';
import { isSignatureNames } from '../../ingest/line-shapes.ts';
import type { Found, TextLine } from './lines.ts';

export type HeaderKey = Exclude<keyof typeof HEADER_LABELS, 'other'>;

/**
 * A label, its characters perhaps set apart by spaces as an info box aligns them (`文  号：`, full-width
 * spaces), or in brackets as a legal database sets it (`【发布部门】`).
 */
const LABEL = new RegExp(`【?(${SPACED_HEADER_LABEL})\\s*(?::|】)\\s*`, 'gu');

/** A web page's buttons in brackets, and all after them: `【字体：大 中 小】`, `【打印】【关闭】`. */
const PAGE_BUTTONS = /\s*【[^】]*】[\s\S]*$/u;

/** How far down a header field line may be: header blocks sit at the very top. */
const HEADER_SCAN = 20;

export interface HeaderField extends Found {
  label: string;
}

/** The header fields of the text, by key (the first field of each key wins). */
export function readHeader(lines: TextLine[]): Partial<Record<HeaderKey, HeaderField>> {
  const fields: Partial<Record<HeaderKey, HeaderField>> = {};
  for (const line of lines.filter((entry) => entry.text).slice(0, HEADER_SCAN)) {
    if (!isHeaderLine(line)) {
      const head = masthead(line);
      if (head) {
        fields.issuer ??= head.issuer;
        fields.date ??= head.date;
      }
      continue;
    }
    const matches = [...line.text.matchAll(LABEL)];
    matches.forEach((match, index) => {
      const start = match.index + match[0].length;
      const end = index + 1 < matches.length ? matches[index + 1]!.index : line.text.length;
      // A page's buttons after the last field are none of its value (`来源：…  【字体：大 中 小】  【打印】`).
      const value = line.raw.slice(start, end).replace(PAGE_BUTTONS, '').trim();
      const key = keyOf(match[1]!);
      if (key && value && !fields[key]) fields[key] = { value, lines: [line.number], label: match[1]! };
    });
  }
  return fields;
}

/** A line that starts with a field label. */
export function isHeaderLine(line: TextLine): boolean {
  const match = new RegExp(LABEL.source, 'u').exec(line.text);
  return match?.index === 0;
}

function keyOf(spaced: string): HeaderKey | undefined {
  const label = spaced.replace(/\s/gu, '');
  for (const key of ['title', 'issuer', 'date', 'docNumber', 'publisher'] as const)
    if ((HEADER_LABELS[key] as readonly string[]).includes(label)) return key;
  return undefined;
}

/** A masthead line (`某市…办公室    2024年4月12日`). */
export const isMasthead = (line: TextLine): boolean => masthead(line) !== undefined;

/** A masthead line: the names of the bodies that issue the paper, then its date, apart by spaces. */
function masthead(line: TextLine): { issuer: HeaderField; date: HeaderField } | undefined {
  const match = /^(\S.*?\S)\s{2,}(\S.*)$/u.exec(line.text);
  if (!match || !isSignatureNames(match[1]!)) return undefined;
  const date = findDate(match[2]!);
  if (date?.index !== 0 || date.length !== match[2]!.length) return undefined;
  const at = { lines: [line.number], label: '版头' };
  return {
    issuer: { ...at, value: line.raw.slice(0, match[1]!.length) },
    date: { ...at, value: line.raw.slice(line.text.length - match[2]!.length) },
  };
}

/** How far up from a document's foot its 版记 is looked for, in lines. */
const IMPRINT_SCAN = 12;

/**
 * The last line of a printed document's 版记, at its foot: the office that printed it and the day
 * (`沅川省人民政府办公厅    2024年8月21日印发`), the date and issuer of minutes that have no signature.
 */
export function imprint(lines: TextLine[]): { issuer: HeaderField; date: HeaderField } | undefined {
  for (const line of lines.slice(-IMPRINT_SCAN).reverse()) {
    const match = /^(\S.*?\S)\s{2,}(\S.*?)\s*印发$/u.exec(line.text);
    if (!match || !isSignatureNames(match[1]!)) continue;
    const date = findDate(match[2]!);
    if (date?.index !== 0 || date.length !== match[2]!.length) continue;
    const at = { lines: [line.number], label: '版记' };
    return { issuer: { ...at, value: line.raw.slice(0, match[1]!.length) }, date: { ...at, value: match[2]! } };
  }
  return undefined;
}
