/**
 * Hard-wrapped lines joined back into their paragraphs. A PDF breaks every paragraph at the width of
 * its text block, and text copied out of a PDF (into a .txt, or into a web site's editor) keeps
 * those breaks. Left as they are, a responsibility clause cut in two (`（省市场监管局、省公安厅按` /
 * `职责分工负责）`) loses its departments, and a figure cut from its verb loses its target.
 *
 * A line is a wrap, not a paragraph's end, when:
 * - it reaches the right edge of the text block (within `FULL_TOLERANCE` characters: a character
 *   that may not start a line pushes another one down, punctuation is squeezed), or falls short of
 *   it only by a number or Latin word that went down whole (a copied text has lost the spacing
 *   that justified it);
 * - the next line starts at the left edge (a paragraph's first line is indented; a centred title
 *   or a signature set to the right are not at the edge);
 * - both are set in the body's font size (a title in a larger size is never joined to the body);
 * - the next line does not open an item (`二、`, `（三）`, `4.`, `第五条`, `①`, `附件`), nor, after a
 *   finished sentence or bracketed clause, a short line with no punctuation (a heading, a signature);
 * - neither is a line of its own whatever surrounds it: a 文号, a date, a bracketed period or note
 *   under a title, a notice's addressees, a line set out in columns (a space-aligned table's row).
 *   Rows in columns play no part in finding the edges either: a table wider than the text block
 *   leaves the paragraphs around it to be joined.
 *
 * The text block's edges are read from the lines themselves: its left edge is the leftmost place
 * several lines start at (wrapped lines start there), its right edge where most long lines end. A
 * text that shows no such edge (one paragraph per line, as Word and most web pages give) is left as
 * it is: fewer than MIN_FULL lines, or under MIN_FULL_SHARE of its long lines, reach a common right
 * edge, or some run past it.
 */

import { fold } from '../../../src/model/fold.ts';
import { COUNTED, matchLabel } from '../../ingest/labels.ts';
import { CONTENTS_LEADER, endsWithResponsibility, shapeOf } from '../../ingest/line-shapes.ts';
import { continuesBracket } from './cut-in-brackets.ts';
import { cutInNumber } from './cut-in-number.ts';
import { withoutPageFurniture } from './page-furniture.ts';
import { tabbedSingleSpacedRows } from './single-spaced-table.ts';

/** A line with its horizontal extent, in any unit (PDF points, or characters for plain text). */
export interface MeasuredLine {
  text: string;
  /** Where the text starts (its indentation included). */
  left: number;
  /** Where the text ends. */
  right: number;
  /** The font size, in the same unit: one CJK character's width. */
  size: number;
  /** A line that stands whole (a table's row written as a task line): no wrap ends or starts it. */
  whole?: boolean;
}

/** How far short of the right edge a line may end and still be full, in characters. */
const FULL_TOLERANCE = 1.5;
/** How far right of the left edge a line may start and still be at the edge, in characters. */
const EDGE_TOLERANCE = 0.5;
/** A line at least this many characters wide counts towards finding the right edge. */
const LONG_LINE = 10;
/** Evidence of hard wrapping: this many full lines, and this share of the long lines. */
const MIN_FULL = 3;
const MIN_FULL_SHARE = 0.3;
/** A line this short (in characters) without punctuation is a heading, a signature or a date. */
const SHORT_LINE = 16;

/** How far short of the edge a line may end when a number or a Latin word went down whole. */
const RUN_TOLERANCE = 4;
/** What goes down whole: a number, a Latin word, a 文号's year and number (`（鹭城管` / `〔2017〕5号）…`). */
const RUN = /^(?:[A-Za-z0-9]|〔\d{4}〕\d{1,4}号)/u;
/** A line that ends naming a rule or citing by it, so that an article of it follows (`…依照本办法`). */
const CITES_ON =
  /(?:(?:本|该|上述|前述)(?:办法|条例|规定|细则|法|规则|决定|实施意见)|依照|按照|根据|依据|违反|适用|参照)$/u;

/** A sentence or a bracketed clause ends: the next line may open a new paragraph. */
const ENDS_CLAUSE = /[。！？；：!?;:）)]$/u;
/**
 * But for the levels a body's name lists in brackets (`各县（区）` / `人民政府`, `各县（市、区）` /
 * `财政局`): its name goes on. Folded text.
 */
const LEVELS_BRACKET = /[市县区州盟旗乡镇]\([市县区州盟旗乡镇、]{1,8}\)$/u;
const endsClause = (end: string) => ENDS_CLAUSE.test(end) && !LEVELS_BRACKET.test(fold(end));
/** A notice's addressees (`各市人民政府，省政府各部门：`): the opening paragraph follows. */
const ADDRESSEE = /^[^。；]{2,40}(?:人民政府|部门|单位|委员会|管委会)[：:]$/u;
/** An item's number (`二、`, `（三）`, `4.`, `第五条`, `①`, `——`), as the ingest reads labels, or `附件`. */
const opensItem = (folded: string) =>
  (matchLabel(folded) !== undefined && !NUMERAL_LIST.test(folded)) || folded.startsWith('附件');
/**
 * A range of years or numbers cut after its first (`…实施方案（2023` / `—2025年）》已经…`): the dash is
 * its, no bullet's.
 */
const rangeGoesOn = (end: string, folded: string) => /\d$/u.test(end) && /^[—–~-]{1,2}\d/u.test(folded);
/**
 * Numerals listed in a sentence, which a wrap may bring to a line's start: besides what the ingest
 * never reads as a chapter (labels.ts COUNTED: `一、二类`, `三、四部分`), a count of things (`三、四个`),
 * which a chapter's title may open with but a wrapped line here does not.
 */
const NUMERAL_LIST = new RegExp(`^[一二三四五六七八九十]、[一二三四五六七八九十](?:${COUNTED}|个|次)`, 'u');
/** A bracketed period or date (`（2021—2025年）`), or note of adoption (`（…省政府常务会议通过）`). */
const BRACKETED_NOTE =
  /^(?:\([\d〇○一二三四五六七八九十零—–\-－~～至年月日\s]+\)|\([^()]{4,40}(?:通过|发布|公布|施行)\))$/u;
/**
 * A line of its own: a 文号 or a date as the ingest reads them (bracketed or not), a 版记's line
 * (`抄送：…`, `…印发`), or a bracketed note.
 */
const standsAlone = (folded: string) =>
  ['date', 'doc-number', 'distribution'].includes(shapeOf(folded)) || BRACKETED_NOTE.test(folded);
const PUNCTUATION = /[，。、；：！？（）《》“”,.;:!?()]/u;
/**
 * A line set out in columns: a row of a space-aligned table (as `pdftotext -layout` gives it) or an
 * issuer and a date on one line. It is nobody's wrap, and its width says nothing of the text block's.
 * One ideographic space is prose's (`各乡镇人民政府\u3000县市场监管局`), two or more spaces are a gap.
 */
const IN_COLUMNS = /\S(?: {2,}|\u3000{2,}|\t)\S/u;
/** So is a table of contents' entry, its dots leading to its page (`1.1 编制依据……………1`). */
const inColumns = (line: MeasuredLine) => IN_COLUMNS.test(line.text.trim()) || CONTENTS_LEADER.test(line.text.trim());

/**
 * The lines with every wrap joined, and how many joins were made. A line cut inside its brackets is
 * joined whether or not the text shows a text block's edges (cut-in-brackets.ts).
 */
export function unwrapLines(lines: readonly MeasuredLine[]): { lines: string[]; joined: number } {
  const edges = blockEdges(lines);
  const out: string[] = [];
  let joined = 0;
  // Whether the previous line opened its paragraph (was joined to no line before it).
  let opened = true;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    // A blank line inside a bracket (where a page's number and header were) ends no paragraph.
    if (!line.text.trim() && out.length && insideBrackets(out.at(-1)!, lines, index)) return;
    if (
      previous &&
      ((edges && isWrap(previous, line, edges, opened)) || cutInBrackets(out.at(-1)!, line, linesAfter(lines, index)))
    ) {
      out[out.length - 1] = joinText(out.at(-1)!, line.text);
      joined++;
      opened = false;
    } else {
      out.push(line.text);
      opened = true;
    }
  });
  return { lines: out, joined };
}

interface Edges {
  size: number;
  left: number;
  right: number;
  /**
   * The paragraphs' first lines lost their indentation (a plain copy of a PDF): they start at the
   * left edge and end INDENT characters short of the right one, wrapped all the same.
   */
  lostIndent: boolean;
}

/** A paragraph's first-line indentation, in characters. */
const INDENT = 2;
/** How far from INDENT characters right of the commonest line end a line may end to count there. */
const WIDER_TOLERANCE = 1;
/** How far right of the commonest line end the edge is where lines of squeezed punctuation are longer. */
const SQUEEZED = 1;

function isWrap(line: MeasuredLine, next: MeasuredLine, edges: Edges, opensParagraph: boolean): boolean {
  const { size } = edges;
  const end = line.text.trim();
  const head = next.text.trim();
  const folded = fold(head);
  if (!end || !head || line.whole || next.whole) return false;
  if (!sameSize(line.size, size) || !sameSize(next.size, size)) return false;
  if (line.text.includes('\t') || next.text.includes('\t') || inColumns(line) || inColumns(next)) return false;
  if (standsAlone(folded) || ADDRESSEE.test(end)) return false;
  if (next.left > edges.left + EDGE_TOLERANCE * size) return false;
  // A number and its unit, or a date and its day, are one phrase however short the line looks.
  if (cutInNumber(end, head)) return true;
  // A task's closing clause ends its paragraph (`…前完成资金清算。（责任单位：省商务厅、省财政厅）` / `本政策
  // 措施自印发之日起施行…`), even where the line is full and the next lost its indentation.
  if (endsClause(end) && /[)）]$/u.test(end) && endsWithResponsibility(fold(end))) return false;
  const indentLost = edges.lostIndent && opensParagraph && line.left <= edges.left + EDGE_TOLERANCE * size;
  const full = (edges.right - line.right) / size;
  // A paragraph's first line that reaches the edge itself was set flush, not indented (a notice's
  // addressees, `伊犁哈萨克自治州人民政府，…各地区行政公` / `署，…`): full, as any other line.
  const shortBy = indentLost && full - INDENT < -FULL_TOLERANCE ? full : full - (indentLost ? INDENT : 0);
  if (shortBy < -FULL_TOLERANCE) return false;
  // Short of the edge, a line is a wrap only where a number, a Latin word or a 文号 too long for what
  // was left went down whole: the line ends mid-sentence and the next one starts with it.
  if (shortBy > FULL_TOLERANCE && (shortBy > RUN_TOLERANCE || endsClause(end) || !RUN.test(head))) return false;
  // An item's number opens a new item whatever ends the line before (a list of names of one width),
  // but for a 第 that ends it: `…安全第` / `一、预防为主…`, `…第（二）项、第` / `（三）项规定的`, and for
  // a rule the line names last, whose article follows: `…依照本办法` / `第九条评价为优秀的…`.
  if (opensItem(folded) && !end.endsWith('第') && !CITES_ON.test(fold(end)) && !rangeGoesOn(end, folded)) return false;
  return !(endsClause(end) && isBare(next, size));
}

/** Whether the blank lines from `index` on stand between `text`, a bracket left open, and the line that closes it. */
function insideBrackets(text: string, lines: readonly MeasuredLine[], index: number): boolean {
  const next = lines.slice(index + 1).find((line) => line.text.trim());
  const at = lines.indexOf(next!);
  return next !== undefined && cutInBrackets(text, next, linesAfter(lines, at));
}

/** A line that carries on a bracket the text before it left open, and is no item, field or row of its own. */
function cutInBrackets(text: string, next: MeasuredLine, later: readonly MeasuredLine[] = []): boolean {
  const folded = fold(next.text.trim());
  const item = opensItem(folded) && !rangeGoesOn(text.trim(), folded);
  if (!folded || next.whole || next.text.includes('\t') || inColumns(next) || standsAlone(folded) || item) return false;
  // The lines after it carry the bracket on as far as it goes, none of them an item or a field of its own.
  const carried = [];
  for (const line of later) {
    const text = fold(line.text.trim());
    if (!text || line.text.includes('\t') || inColumns(line) || standsAlone(text) || opensItem(text)) break;
    carried.push(line.text);
  }
  return continuesBracket(text, next.text, carried);
}

/** How many lines after the next one may carry a bracket on to its close. */
const BRACKET_LINES = 3;
const linesAfter = (lines: readonly MeasuredLine[], index: number) => lines.slice(index + 1, index + 1 + BRACKET_LINES);

const isBare = (line: MeasuredLine, size: number) =>
  (line.right - line.left) / size <= SHORT_LINE && !PUNCTUATION.test(line.text);

const sameSize = (a: number, b: number) => Math.abs(a - b) <= b * 0.05;

/** Text joined across a wrap: nothing between CJK characters, a space between two Latin words. */
function joinText(before: string, after: string): string {
  const left = before.replace(/\s+$/u, '');
  const right = after.replace(/^[\s\u3000]+/u, '');
  // Two English words wrapped at the space between them (`Quality` / `Management`); a code or a unit cut
  // inside it has a digit or capitals on one side (`10G` / `bps`, `80EFL` / `OPS`): no space.
  const word = (text: string | undefined) => text !== undefined && /^[A-Za-z]*[a-z][A-Za-z]*$/u.test(text);
  return word(/[A-Za-z0-9]+$/u.exec(left)?.[0]) && word(/^[A-Za-z0-9]+/u.exec(right)?.[0])
    ? `${left} ${right}`
    : left + right;
}

/** The body's font size and the text block's edges, or undefined when the lines show no wrapping. */
function blockEdges(lines: readonly MeasuredLine[]): Edges | undefined {
  const written = lines.filter((line) => line.text.trim());
  const size = mode(written.map((line) => line.size));
  if (size === undefined) return undefined;
  const body = written.filter((line) => sameSize(line.size, size) && !inColumns(line));
  // Half a character is fine enough to tell an indented line from one at the edge. The left edge
  // is the leftmost place several lines start at: wrapped lines start there, a paragraph's first
  // line, a centred title or a signature further right.
  const step = size / 2;
  const starts = counts(body.map((line) => Math.round(line.left / step) * step));
  const left = Math.min(
    ...[...starts].filter(([, count]) => count >= Math.max(2, body.length * 0.05)).map(([at]) => at),
  );
  if (!Number.isFinite(left)) return undefined;
  const long = body.filter((line) => line.right - left >= LONG_LINE * size);
  const common = mode(long.map((line) => Math.round(line.right / step) * step));
  if (common === undefined) return undefined;
  // Where the paragraphs are short, their first lines, which lost their indentation, may be the
  // commonest: the edge is then where enough lines end INDENT characters further right.
  const near = (line: MeasuredLine, at: number, tolerance: number) => Math.abs(line.right - at) <= tolerance * size;
  const wider = long.filter((line) => near(line, common + INDENT * size, WIDER_TOLERANCE)).length;
  const atCommon = long.filter((line) => near(line, common, EDGE_TOLERANCE));
  const right = wider >= MIN_FULL && wider * 4 >= atCommon.length ? common + INDENT * size : common;
  const firstLines = long.filter(
    (line) => near(line, right - INDENT * size, EDGE_TOLERANCE) && !ENDS_CLAUSE.test(line.text.trim()),
  );
  const edges = { size, left, right, lostIndent: firstLines.length >= MIN_FULL };
  const full = long.filter((line) => isFull(line, edges) || (edges.lostIndent && firstLines.includes(line))).length;
  const beyond = long.filter((line) => line.right > right + FULL_TOLERANCE * size).length;
  // Lines running past the edge mean there is none: one paragraph per line, of any length.
  if (full < MIN_FULL || full < long.length * MIN_FULL_SHARE || beyond > Math.max(1, long.length * 0.1))
    return undefined;
  return right > common && !opensParagraphs(atCommon, written, left, size)
    ? { ...edges, right: common + SQUEEZED * size, lostIndent: false }
    : edges;
}

/**
 * Whether the lines at the commonest end that start at the left edge follow a sentence's end, as the
 * first lines of paragraphs that lost their indentation do. Lines there that carry a sentence on are
 * full lines of a typesetting that squeezes punctuation (24 characters, 25 or 26 with marks in
 * them): the edge is then between those widths, not INDENT characters on.
 */
function opensParagraphs(
  atCommon: readonly MeasuredLine[],
  written: readonly MeasuredLine[],
  left: number,
  size: number,
) {
  const previous = new Map(written.map((line, index) => [line, written[index - 1]]));
  const atLeft = atCommon.filter((line) => Math.abs(line.left - left) <= EDGE_TOLERANCE * size);
  const opening = atLeft.filter((line) => {
    const before = previous.get(line)?.text.trim();
    return !before || ENDS_CLAUSE.test(before);
  });
  return opening.length * 2 >= atLeft.length;
}

const isFull = (line: MeasuredLine, { right, size }: Edges) => Math.abs(line.right - right) <= FULL_TOLERANCE * size;

function counts(values: readonly number[]): Map<number, number> {
  const counted = new Map<number, number>();
  for (const value of values) counted.set(value, (counted.get(value) ?? 0) + 1);
  return counted;
}

/** The most frequent value (the first of equals). */
function mode(values: readonly number[]): number | undefined {
  let best: [number, number] | undefined;
  for (const entry of counts(values)) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * A plain-text line measured in characters: a CJK character or full-width form is 1, a half-width
 * one ½ (as a CJK font sets them); leading spaces are its indentation (a tab counts as 2).
 */
export function measureText(text: string): MeasuredLine {
  const indent = /^[\s\u3000]*/u.exec(text)![0];
  const left = [...indent].reduce((sum, char) => sum + (char === '\t' ? 2 : widthOf(char)), 0);
  const right = left + [...text.slice(indent.length)].reduce((sum, char) => sum + widthOf(char), 0);
  return { text, left, right, size: 1 };
}

const widthOf = (char: string) => (char.codePointAt(0)! < 0x1100 ? 0.5 : 1);

/**
 * The lines of a text (a .txt, a web page's article) with their wraps joined; `notes` says what was
 * done. A blank line ends a paragraph. Page numbers (`— 3 —`, two at least) are the PDF's, not the
 * document's, and so is a line repeated beside each of them (a running header, `××人民政府办公室文件`):
 * both are dropped, and a paragraph they cut is joined across them. A PDF converter's form feeds go
 * too.
 */
export function unwrapText(lines: readonly string[], notes: string[]): string[] {
  const furnished = withoutPageFurniture(lines);
  const { pages, running } = furnished;
  // A table whose cells stand one space apart is read before its wraps are joined: a line's last space
  // ends a cell, and joining would lose it.
  const { lines: kept, tables } = tabbedSingleSpacedRows(furnished.kept);
  const result = unwrapLines(kept.map(measureText));
  const parts = [
    tables ? `单元格以空格分隔的表格 ${tables} 个按行接回` : '',
    result.joined ? `${result.joined} 处折行接回段落` : '',
    pages ? `去掉页码 ${pages} 处` : '',
    running ? `去掉页眉页脚 ${running} 处` : '',
  ].filter(Boolean);
  if (parts.length) notes.push(`按版面折行的文本：${parts.join('，')}。`);
  return result.joined ? result.lines : kept;
}
