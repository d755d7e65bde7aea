/**
 * A table copied out of a PDF, or typed, its cells apart by runs of spaces (two or more, or ideographic
 * ones) instead of tabs: read under its header's columns by where each cell stands on screen, or, in a
 * Word table copied a row a paragraph whose cells do not line up, by their order and what they say.
 */
import { columnKinds, placeCells } from './cell-lines-table.ts';
import { joinWrapped } from './cell-text.ts';
import { screen } from './layout-lines.ts';
import { GROUP_HEADING } from './table-headers.ts';

/** Where a cell of a space-aligned line starts on screen, and its text. */
interface PlacedCell {
  at: number;
  text: string;
}

const SPACE_GAP = /(?: {2,}|\u3000+)/u;
/** Splits a line at its gaps, keeping them (their width places the cells after them). */
const AT_GAPS = new RegExp(`(${SPACE_GAP.source})`, 'u');

/** The cells of a line with two or more of them apart by runs of spaces, else undefined. */
function spacedCells(line: string): PlacedCell[] | undefined {
  if (line.includes('\t')) return undefined;
  const cells: PlacedCell[] = [];
  let width = 0;
  let gap = '';
  for (const part of line.trimEnd().split(AT_GAPS)) {
    const text = part.trim();
    // A name's two characters set apart by one ideographic space (a spaced-out `钟扬`) are one cell's.
    const spacedName =
      gap === '\u3000' && /^\p{Script=Han}$/u.test(text) && /\p{Script=Han}$/u.test(cells.at(-1)?.text ?? '');
    if (part && !SPACE_GAP.test(part) && text) {
      if (spacedName) cells.at(-1)!.text += text;
      else cells.push({ at: width + leading(part), text });
    }
    gap = SPACE_GAP.test(part) ? part : '';
    width += screen(part);
  }
  return cells.length >= 2 ? cells : undefined;
}

/** How far from its column's start a cell may stand and still be set under it, in screen columns. */
const ALIGNED = 2;

const leading = (text: string) => screen(text.slice(0, text.length - text.trimStart().length));
/** A row's cells under the header's columns: each goes to the column starting nearest to it. */
function underColumns(header: PlacedCell[], row: PlacedCell[]): string[] {
  const cells = header.map(() => '');
  for (const cell of row) {
    let column = 0;
    for (let index = 1; index < header.length; index++)
      if (Math.abs(header[index]!.at - cell.at) < Math.abs(header[column]!.at - cell.at)) column = index;
    cells[column] = cells[column] ? `${cells[column]}${cell.text}` : cell.text;
  }
  return cells;
}

/**
 * The cells of a space-aligned table's line: two or more apart by gaps, or one alone under a column
 * after the first (a wrapped cell's last line: `划局`, `底前`); undefined for a line outside the table.
 */
function rowCells(header: PlacedCell[], line: string | undefined): PlacedCell[] | undefined {
  if (line === undefined || !line.trim() || line.includes('\t')) return undefined;
  const cells = spacedCells(line);
  if (cells) return cells;
  const at = leading(line);
  return at >= header[1]!.at - 1 ? [{ at, text: line.trim() }] : undefined;
}

/**
 * The table of cells apart by spaces whose header is line `index` (`isHeader` says which headers are
 * read), as rows of cells, and the line after it; undefined if none.
 */
export function spacedTableAt(
  lines: string[],
  index: number,
  isHeader: (cells: string[]) => boolean,
): { rows: string[][]; next: number } | undefined {
  const header = spacedCells(lines[index]!);
  if (!header || header.length < 3 || !isHeader(header.map((cell) => cell.text))) return undefined;
  const headers = header.map((cell) => cell.text);
  const rows = [headers];
  // A numbered row with cells left empty has the rest placed by what they say (cell-lines-table.ts).
  const kinds = columnKinds(headers);
  const numbered = kinds[0] === 'number';
  let next = index + 1;
  for (;;) {
    // A group's heading between rows (`一、水生态环境保护方面（7项）`), before a row: a row of one cell.
    const line = lines[next] ?? '';
    if (GROUP_HEADING.test(line.trim()) && !spacedCells(line) && spacedCells(lines[next + 1] ?? '')) {
      rows.push([line.trim()]);
      next++;
      continue;
    }
    const cells = rowCells(header, line);
    if (!cells) break;
    // A row of as many cells as the header has them in its order, wherever its gaps put them (a
    // Word table copied a row a paragraph, its cells apart by spaces of any width); a numbered row of
    // fewer, by what they say, and so a line of two cells or more without a number (of three or more, a
    // row of its own under the row above's merged first cells; of two, the row above going on); else
    // each goes under the column it stands nearest.
    const texts = cells.map((cell) => cell.text);
    const startsRow = /^\d{1,3}[.、]?$/u.test(texts[0]!);
    // Cells set under the header's columns (a converter's layout, a table typed with spaces) are placed
    // by where they stand, and a line of them without a number is the row above wrapping.
    const aligned = cells.every((cell) => header.some((column) => Math.abs(column.at - cell.at) <= ALIGNED));
    const goesOn = numbered && !aligned && !startsRow && cells.length >= 2 && rows.length > 1;
    const subRow = goesOn && cells.length >= 3;
    const row =
      cells.length === header.length
        ? texts
        : numbered && !aligned && cells.length >= 3 && startsRow
          ? [texts[0]!, ...placeCells(texts.slice(1), kinds.slice(1))]
          : goesOn
            ? ['', ...placeCells(texts, kinds.slice(1), true)]
            : underColumns(header, cells);
    // A line with nothing in the first column (the 序号, or the task) is the row above going on: its
    // cells were too long for their columns and wrapped.
    if (row[0] || rows.length === 1 || subRow) rows.push(row);
    else rows[rows.length - 1] = rows.at(-1)!.map((cell, column) => joinWrapped(headers[column]!, cell, row[column]!));
    next++;
  }
  return { rows, next };
}
