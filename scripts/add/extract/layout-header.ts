/**
 * The header of a table a PDF converter laid out (layout-table.ts), its cells broken over lines as a
 * narrow column breaks them (`序` over `号`, `牵头` over `单位`).
 */
import { characters, type Metric, piecesOf } from './layout-lines.ts';

/** A header row: its lines, and its cells, each a column's words read down its lines (`序` over `号`). */
export interface Header {
  index: number;
  lines: string[];
  cells: string[];
}

/** A header cell's words: no number (a row's `1`, `附件1` above the table). */
const HEADER_WORDS = /^[\p{Script=Han}（）()]+$/u;

/** The longest piece of a header's line above or below its main one (`序`, `号`, `单位`, `（部门）`). */
const HEADER_PART = 6;

/**
 * The header at line `index`: a line of three cells or more, with a line above or below it whose
 * pieces are parts of header cells broken over lines, short, no row's number. The line above may be
 * `index` itself, the main line the one after it.
 */
export function headerAt(lines: string[], index: number): Header | undefined {
  const count = (line = '') => (line.trim() ? line.trim().split(/\s+/u).length : 0);
  const main = count(lines[index]) >= 3 ? index : count(lines[index + 1]) >= 3 ? index + 1 : -1;
  if (main < 0) return undefined;
  const part = (line = '') =>
    count(line) > 0 &&
    piecesOf(line, 0, characters).every(
      (piece) =>
        characters(piece.text) <= HEADER_PART && HEADER_WORDS.test(piece.text) && !/^附[件表]/u.test(piece.text),
    );
  if (main > index && !part(lines[index])) return undefined;
  const headerLines = lines.slice(index, main + 1);
  if (part(lines[main + 1])) headerLines.push(lines[main + 1]!);
  const cells = headerCells(headerLines, characters).map((cell) => cell.text);
  return { index, lines: headerLines, cells };
}

/**
 * A header's cells from its lines, in `metric`'s columns: the pieces that overlap on screen, read down
 * the lines, are one cell; where the cell starts is its leftmost piece's start.
 */
export function headerCells(lines: string[], metric: Metric): Array<{ text: string; at: number }> {
  const pieces = lines.flatMap((line, index) =>
    piecesOf(line, index, metric).map((piece) => ({ ...piece, end: piece.at + metric(piece.text) })),
  );
  const cells: Array<{ pieces: typeof pieces; at: number; end: number }> = [];
  for (const piece of [...pieces].sort((a, b) => a.at - b.at)) {
    const cell = cells.find((other) => piece.at <= other.end && piece.end >= other.at);
    if (cell) {
      cell.pieces.push(piece);
      cell.at = Math.min(cell.at, piece.at);
      cell.end = Math.max(cell.end, piece.end);
    } else cells.push({ pieces: [piece], at: piece.at, end: piece.end });
  }
  return cells.map((cell) => ({
    text: cell.pieces
      .sort((a, b) => a.line - b.line || a.at - b.at)
      .map((piece) => piece.text)
      .join(''),
    at: cell.at,
  }));
}
