/**
 * Cells merged over several rows of a table in a PDF whose cells are centred on their rows. Such a
 * cell's lines stand centred on its rows together, so they fall among the rows' own lines and the
 * rows part them (`市市场监管局` to row 1, `市教育局` to row 2, of one cell `市市场监管局、市教育局` over
 * both), or leave a row of the cell with none (a lead merged over three rows, beside its middle row's
 * number). Where the lines stand tells them apart: a cell's lines are one line's height apart exactly,
 * and a cell of one row is centred on that row's number, as its other cells are; a cell merged over
 * rows is centred on them all. Each row the cell is merged over takes its whole text.
 */
import type { Piece } from './layout-lines.ts';

/** A table's row as layout-rows.ts gathers it: its pieces by column, and its number. */
export interface PiecesRow {
  cells: Piece[][];
  number?: Piece;
  heading?: string;
}

/** How far apart a cell's lines stand at most off the usual line's height, as a share of it. */
const SAME_CELL = 0.06;
/** How far off its rows' middle a cell centred on them may stand, as a share of a line's height. */
const CENTRED = 0.25;

/**
 * Gives each row the cells merged over it. `columns`: those whose cells may be merged over rows (not
 * the number's or the task's); `filled`: those every row has a cell of (a lead's), so a row without one
 * is under a merged one; `depth`: where a line of the table stands down its page, in points; `page`:
 * which page a line is on.
 */
export function spreadMergedCells(
  rows: PiecesRow[],
  columns: readonly number[],
  filled: ReadonlySet<number>,
  depth: (piece: Piece) => number | undefined,
  page: (line: number) => number,
): void {
  const numbered = rows.filter((row) => row.number && row.cells.flat().every((piece) => depth(piece) !== undefined));
  const height = lineHeight(numbered, depth);
  if (!height) return;
  const pages = new Map<number, PiecesRow[]>();
  for (const row of numbered) {
    const at = page(row.number!.line);
    pages.set(at, [...(pages.get(at) ?? []), row]);
  }
  for (const run of pages.values())
    for (const column of columns) spreadColumn(run, column, filled.has(column), height, (piece) => depth(piece)!);
}

/** The height of a line in the table's cells: the commonest distance between two lines of one cell. */
function lineHeight(rows: PiecesRow[], depth: (piece: Piece) => number | undefined): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows)
    for (const cell of row.cells) {
      const depths = [...new Set(cell.map(depth))].filter((at) => at !== undefined);
      depths.sort((a, b) => a - b);
      for (let index = 1; index < depths.length; index++) {
        const gap = Math.round((depths[index]! - depths[index - 1]!) * 10) / 10;
        if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
      }
    }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

interface CellLine {
  depth: number;
  row: number;
  pieces: Piece[];
}

function spreadColumn(
  rows: PiecesRow[],
  column: number,
  filled: boolean,
  height: number,
  depth: (piece: Piece) => number,
): void {
  // Each row's extent from its other cells, and the rows' bounds halfway between them.
  const extents = rows.map((row) => {
    const depths = row.cells.flatMap((cell, at) => (at === column ? [] : cell.map(depth)));
    return [Math.min(...depths) - height / 2, Math.max(...depths) + height / 2] as const;
  });
  const bounds = extents.map(([top], index) => (index ? (extents[index - 1]![1] + top) / 2 : top));
  bounds.push(extents.at(-1)![1]);
  const middle = (from: number, to: number) => (bounds[from]! + bounds[to + 1]!) / 2;
  const lines: CellLine[] = [];
  rows.forEach((row, index) => {
    for (const piece of row.cells[column] ?? []) {
      const at = depth(piece);
      // Pieces of one line of the cell (the converter parted them at a wide space).
      const line = lines.find((other) => other.row === index && other.pieces[0]!.line === piece.line);
      if (line) line.pieces.push(piece);
      else lines.push({ depth: at, row: index, pieces: [piece] });
    }
  });
  lines.sort((a, b) => a.depth - b.depth);
  // A cell: lines one line's height apart.
  const cells: CellLine[][] = [];
  for (const line of lines) {
    const cell = cells.at(-1);
    const last = cell?.at(-1);
    if (cell && last && Math.abs(line.depth - last.depth - height) <= height * SAME_CELL) cell.push(line);
    else cells.push([line]);
  }
  for (const cell of cells) {
    const held = [...new Set(cell.map((line) => line.row))];
    // Cells of rows standing close, each centred on its own row, are the rows' own.
    if (
      held.every((row) =>
        centredOn(
          cell.filter((line) => line.row === row),
          rows[row]!,
          depth,
          height,
        ),
      )
    ) {
      if (held.length > 1 || !filled) continue;
    }
    const centre = (cell[0]!.depth + cell.at(-1)!.depth) / 2;
    const top = cell[0]!.depth - height / 2;
    const bottom = cell.at(-1)!.depth + height / 2;
    // The rows the cell reaches into: those it holds lines of, and those it covers a quarter line of.
    const reached = rows.flatMap((_row, index) =>
      held.includes(index) || Math.min(bounds[index + 1]!, bottom) - Math.max(bounds[index]!, top) > height * CENTRED
        ? [index]
        : [],
    );
    let from = Math.min(...reached);
    let to = Math.max(...reached);
    const pieces = new Set(cell.flatMap((line) => line.pieces));
    // A row the cell may cover: one with no other text in the column.
    const free = (index: number) =>
      index >= 0 && index < rows.length && rows[index]!.cells[column]!.every((piece) => pieces.has(piece));
    const fits = (a: number, b: number) => Math.abs(middle(a, b) - centre) <= height * CENTRED;
    if (!range(from, to).every(free)) continue;
    // A lead's cell also covers the rows beside it that have none, as long as it stays centred on them.
    for (let wider = filled; wider;) {
      const next = [
        [from - 1, to + 1],
        [from, to + 1],
        [from - 1, to],
      ].find(([a, b]) => free(a!) && free(b!) && fits(a!, b!));
      if (next) [from, to] = next as [number, number];
      wider = next !== undefined;
    }
    if (from === to || !fits(from, to)) continue;
    for (let index = from; index <= to; index++) rows[index]!.cells[column] = [...pieces];
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_value, index) => from + index);

/** Whether a cell's lines stand centred on its row's number. */
function centredOn(lines: CellLine[], row: PiecesRow, depth: (piece: Piece) => number, height: number): boolean {
  const centre = (lines[0]!.depth + lines.at(-1)!.depth) / 2;
  return Math.abs(centre - depth(row.number!)) <= height * CENTRED;
}
