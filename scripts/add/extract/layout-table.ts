/**
 * A 任务分工 table as a PDF converter lays it out in text (`pdftotext -layout`, or pdf-tables.ts from a
 * PDF's own items): each line of the page printed where it stands, so a row of the table is several
 * lines, a cell's wrapped lines one under the other and centred on the row, the row's 序号 on its
 * middle line, often alone, the header's cells broken over lines (`序` over `号`) and printed again
 * after a page break. Nothing but position says which cell a piece of text is in, and the positions
 * are the converter's: it counts characters, not the width on screen, starts a column within a few
 * characters of where it started on the line above, and may put one space between two cells. So:
 *
 * - the columns are found from the body, not the header (whose words are centred over their columns):
 *   the pieces' starts, gathered round the header's cells (the row numbers apart), in characters or on
 *   screen, whichever gathers them closer (a table typed in an editor is aligned on screen);
 * - a row is found by its number (layout-rows.ts): within the lines between blank ones, rows centred
 *   on their numbers part where each is most nearly centred, rows set at their tops at their numbers;
 *   lines beside no number go on with the row before a page break, stand as a row of their own when
 *   they fill the task's column (`合计`), and otherwise belong to the nearer number (a list of bodies
 *   begun above its row's number); a group's heading at the margin (`一、重点任务`) stands alone.
 *
 * Text typed into a table with spaces, a row a line, is text-table.ts's; in a text, this reader takes a
 * table only when the converter's marks are there: a blank line or page break among its rows, a number
 * alone on a line, a header over several lines, or a row's first line above its number. Lines laid out
 * from a PDF's items (pdf-tables.ts) are a converter's whatever they look like: a Word table's rows set
 * at their tops without padding have none of those marks.
 */
import { endsAsName } from '../../ingest/name-lists.ts';
import { headerAt, headerCells, type Header } from './layout-header.ts';
import {
  aboveItsNumber,
  blocksOf,
  type BodyLine,
  bodyLines,
  characters,
  type Metric,
  type Piece,
  piecesOf,
  ROW_NUMBER,
  screen,
} from './layout-lines.ts';
import { columnStarts, nearest } from './layout-columns.ts';
import { rowsOf } from './layout-rows.ts';
import { isDeadlineHeader, isDepartmentHeader, mergedColumns } from './table.ts';
import { NUMBER_HEADER, plainHeader } from './table-headers.ts';

/** Where the lines come from. */
export interface LayoutSource {
  /** The line after the table's last at the latest (where a PDF's type changes size). */
  end?: number;
  /**
   * Given for lines laid out from a PDF's items, which are a converter's layout without its marks too:
   * where the text starting at a line's column stands down its page, in points (layout-merged.ts finds
   * merged cells by it).
   */
  depthAt?: (line: number, column: number) => number | undefined;
}

/**
 * The table whose header is line `index`, laid out by a PDF converter, as rows of cells (the header
 * first) and the line after it; undefined when the lines do not look so laid out.
 */
export function layoutTableAt(
  lines: string[],
  index: number,
  isHeader: (cells: string[]) => boolean,
  { end = lines.length, depthAt }: LayoutSource = {},
): { rows: string[][]; next: number } | undefined {
  const header = headerAt(lines, index);
  if (!header || !isHeader(header.cells)) return undefined;
  const starts = headerCells(header.lines, characters).map((cell) => cell.at);
  const { body, next } = bodyLines(lines, header, starts, end);
  const rowLines = body.flatMap((line) => (line.kind === 'row' ? [line.text] : []));
  const blocks = blocksOf(body);
  const centred = aboveItsNumber(body, blocks);
  // The converter's marks: a blank line among the rows, a number alone on its line, a header over two
  // lines, or a row's first line above its number.
  const converted =
    depthAt !== undefined ||
    header.lines.length > 1 ||
    blocks.length > 1 ||
    rowLines.some((line) => ROW_NUMBER.test(line.trim())) ||
    centred;
  if (rowLines.length < 2 || !converted) return undefined;
  const first = header.index + header.lines.length;
  const depth = depthAt && ((piece: Piece) => depthAt(first + piece.line, piece.column));
  const laid = [characters, screen]
    .map((metric) => layOut(body, header, metric, centred, depth))
    .filter((result) => result !== undefined)
    .sort((a, b) => a.spread - b.spread)[0];
  if (!laid || laid.rows.length === 0) return undefined;
  return { rows: [header.cells, ...laid.rows], next };
}

/** The rows of the table in `metric`'s columns, and how closely its pieces gather round them. */
function layOut(
  body: BodyLine[],
  header: Header,
  metric: Metric,
  centred: boolean,
  depth?: (piece: Piece) => number | undefined,
): { rows: string[][]; spread: number } | undefined {
  const headers = header.cells;
  const headerPieces = headerCells(header.lines, metric);
  if (headerPieces.length !== headers.length) return undefined;
  const number = headers.findIndex((cell) => NUMBER_HEADER.test(plainHeader(cell)));
  const pieces = body.flatMap((line, at) => (line.kind === 'row' ? piecesOf(line.text, at, metric) : []));
  // A row's number: the first piece of its line, standing left of the next column's header, or the
  // first after the cells of the columns before its own (a group's label: `40分）    3    收入`).
  const numberLimit = number >= 0 ? headerPieces[number + 1]!.at : -Infinity;
  const numberAt = number >= 0 ? headerPieces[number]!.at : 0;
  const numbers: Piece[] = [];
  const cells: Piece[] = [];
  pieces.forEach((piece, at) => {
    // The pieces before it on its line start in the columns before the number's.
    const first = pieces.slice(0, at).every((other) => other.line !== piece.line || other.at < numberAt - 1);
    (first && ROW_NUMBER.test(piece.text) && piece.at < numberLimit ? numbers : cells).push(piece);
  });
  const textColumns = headers.flatMap((_cell, column) => (column === number ? [] : [column]));
  const found = columnStarts(
    textColumns.map((column) => headerPieces[column]!.at),
    cells,
  );
  if (!found) return undefined;
  const columnOf = (piece: Piece) => textColumns[nearest(found.starts, piece.at)]!;
  const placement = depth && {
    depth,
    columns: headers.flatMap((cell, column) => (isDepartmentHeader(cell) || isDeadlineHeader(cell) ? [column] : [])),
    filled: new Set(mergedColumns(headers).columns),
  };
  // Rows set at their tops unless a block's first row shows them centred on their numbers; but a row of
  // two lines has its number on the first, centred or not, and a converter may set a cell of even lines
  // on either middle line: the reading that leaves the fewest cells cut inside a bracket (`市财政局（市` /
  // `税务局配合）`) is taken, the first found of those as good.
  const readings = [
    rowsOf(body, headers, numbers, cells, columnOf, number, centred, placement),
    ...(centred ? [] : [rowsOf(body, headers, numbers, cells, columnOf, number, true, placement)]),
    rowsOf(body, headers, numbers, cells, columnOf, number, true, placement, true),
  ];
  const bodies = headers.map((cell) => isDepartmentHeader(cell));
  const cut = (reading: string[][]) => cutCells(reading, bodies);
  const rows = readings.reduce((best, reading) => (cut(reading) < cut(best) ? reading : best));
  return { spread: found.spread, rows };
}

/** Whether a cell opens a bracket it does not close, or closes one it did not open. */
function unbalanced(cell: string): boolean {
  let depth = 0;
  for (const char of cell) {
    depth += char === '（' || char === '(' ? 1 : char === '）' || char === ')' ? -1 : 0;
    if (depth < 0) return true;
  }
  return depth !== 0;
}

/**
 * How many cells of the rows are cut: a bracket left open or closed unopened, or, in a column of
 * bodies (`bodies`), a name that does not end as one (`区卫健局医政` / `医管股`).
 */
function cutCells(rows: string[][], bodies: boolean[]): number {
  return rows
    .flatMap((row) => row.map((cell, column) => ({ cell, column })))
    .filter(
      ({ cell, column }) =>
        unbalanced(cell) ||
        (bodies[column] &&
          cell
            .split(/[、，,；;]/u)
            .some((name) => name.trim() && !endsAsName(name.trim().replace(/[(（][^()（）]*[)）]$/u, '')))),
    ).length;
}
