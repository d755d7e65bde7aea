/**
 * Line shapes of the policy-document family, matched on the folded text (full-width → half-width,
 * traditional → simplified, same length), so `（一）` and `(一)`, `１．` and `1.` are one shape and every
 * offset found in the folded text is valid in the raw text.
 */
import { chineseNumeralValue } from '../../src/model/ids.ts';
import type { LineRole } from './tree.ts';

const CN = '[一二三四五六七八九十百零〇两]+';

/** A numbered label at the start of a line, with its level (0 = chapter … 3 = sub-sub-item). */
export interface Label {
  role: 'chapter' | 'item' | 'subitem' | 'subsubitem' | 'bullet';
  /** Length of the label in the line (including a following space). */
  length: number;
  /** Numeric value (1-based); bullets have none. */
  value?: number;
}

const LABELS: Array<{ role: Label['role']; pattern: RegExp; numeral: 'cn' | 'arabic' | 'circled' | 'none' }> = [
  { role: 'chapter', pattern: new RegExp(`^(${CN})[、,.](?!\\d)\\s*`), numeral: 'cn' },
  { role: 'chapter', pattern: new RegExp(`^第(${CN})(?:章|部分|节)\\s*[、,.:]?\\s*`), numeral: 'cn' },
  { role: 'chapter', pattern: /^第(\d{1,3})(?:章|部分|节)\s*[、,.:]?\s*/, numeral: 'arabic' },
  { role: 'item', pattern: new RegExp(`^\\((${CN})\\)\\s*`), numeral: 'cn' },
  { role: 'subitem', pattern: /^(\d{1,4})(?:\.(?!\d)|、)\s*/, numeral: 'arabic' },
  { role: 'subitem', pattern: /^(\d{1,3})\s+(?![年月日])/, numeral: 'arabic' },
  { role: 'subsubitem', pattern: /^\((\d{1,3})\)\s*/, numeral: 'arabic' },
  { role: 'subsubitem', pattern: /^([①-⑳])\s*/, numeral: 'circled' },
  { role: 'bullet', pattern: /^(?:-{1,2}|—{1,2}|–{1,2}|·|•|●|▪|■|◆)\s*/, numeral: 'none' },
];

/** The numbering label at the start of a folded line, if any. */
export function matchLabel(folded: string): Label | undefined {
  for (const { role, pattern, numeral } of LABELS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // A chapter label must be followed by text, not be a bare enumeration inside a sentence.
    if (match[0].length >= folded.length) continue;
    const digits = match[1];
    let value: number | undefined;
    if (numeral === 'cn') value = chineseNumeralValue(digits!);
    else if (numeral === 'arabic') value = Number(digits);
    else if (numeral === 'circled') value = digits!.codePointAt(0)! - 0x2460 + 1;
    if (numeral !== 'none' && value === undefined) continue;
    return { role, length: match[0].length, value };
  }
  return undefined;
}

const DATE_ALONE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const DOC_NUMBER_ALONE = /^[\u4e00-\u9fff]{1,10}[〔[(]\d{4}[〕\])]\d+号$/;
const TITLE_END =
  /(?:计划|方案|意见|办法|规定|通知|纲要|规划|决定|细则|措施|要点|通告|公告|条例|实施意见|行动计划)(?:\([^()]*\))?$/;
const PUNCTUATED = /[,。;:!?、]/;

/** The role of a line judged by its own shape (structure refines issuer/title with context). */
export function shapeOf(folded: string): LineRole {
  if (DATE_ALONE.test(folded)) return 'date';
  if (DOC_NUMBER_ALONE.test(folded)) return 'doc-number';
  const label = matchLabel(folded);
  if (label) return label.role;
  if (isResponsibilityLine(folded)) return 'responsibility';
  return 'body';
}

/** A short unpunctuated line ending like a document title (行动计划, 实施意见…). */
export function looksLikeTitle(folded: string): boolean {
  return folded.length <= 80 && !PUNCTUATED.test(folded.replace(/\([^()]*\)/g, '')) && TITLE_END.test(folded);
}

/** A short unpunctuated line: a signature line (issuer) when a date follows. */
export function looksLikeSignature(folded: string): boolean {
  return folded.length <= 40 && !PUNCTUATED.test(folded) && !/[。.]$/.test(folded);
}

/** An addressee line: `各市人民政府，省政府各厅委办：` (ends with a colon, no full stop). */
export function looksLikeAddressee(folded: string): boolean {
  return folded.length <= 160 && /:$/.test(folded) && !folded.includes('。');
}

/**
 * The closing responsibility clause: `（省质监局、省工商局等按职责分工负责）`, `(… 负责落实)`,
 * before or after the final 。. Group 1 is the list of departments.
 */
const CLAUSE_TAIL = String.raw`(?:按(?:各自|其)?职责(?:分工)?)?(?:牵头)?负责(?:落实|实施)?`;
export const CLOSING_CLAUSE = new RegExp(String.raw`\(([^()]+?)${CLAUSE_TAIL}\)[。.;]?\s*$`);

/** A line that only names responsible departments: `责任单位：省质监局、省工商局负责落实。` */
const RESPONSIBILITY_LINE = new RegExp(
  String.raw`^\(?(?:(?:责任|牵头|主办)(?:单位|部门)\s*:\s*)?([^()。;:]{2,400}?)(?:${CLAUSE_TAIL})?\)?[。.]?$`,
);

export function isResponsibilityLine(folded: string): boolean {
  const match = RESPONSIBILITY_LINE.exec(folded);
  if (!match) return false;
  const hasMarker =
    /^\(?(?:责任|牵头|主办)(?:单位|部门)\s*:/.test(folded) || new RegExp(`${CLAUSE_TAIL}\\)?[。.]?$`).test(folded);
  if (!hasMarker) return false;
  // Every name of the list must be short: a sentence with commas is not a list.
  return match[1]!.split(/[、,]/).every((name) => name.trim().length > 0 && name.trim().length <= 30);
}

/**
 * Where the department list of a unit's last line is: `[start, end)` offsets of the list inside the
 * line, or undefined. Works for the closing clause and for a responsibility-only line.
 */
export function responsibilityList(folded: string, role: LineRole | undefined): [number, number] | undefined {
  if (role === 'responsibility') {
    const match = RESPONSIBILITY_LINE.exec(folded)!;
    const start = match.index + match[0].indexOf(match[1]!);
    return [start, start + match[1]!.length];
  }
  const match = CLOSING_CLAUSE.exec(folded);
  if (!match) return undefined;
  const start = match.index + 1;
  return [start, start + match[1]!.length];
}
