/**
 * The rows of a table a PDF converter laid out (layout-table.ts): the lines of each block between blank
 * ones parted among the rows' numbers, and each row's cells read from its pieces.
 */
import { joinWrapped } from './cell-text.ts';
import { type Block, type BodyLine, blocksOf, type Piece } from './layout-lines.ts';
import { groupLabels } from './layout-groups.ts';
import { type PiecesRow, spreadMergedCells } from './layout-merged.ts';
import { plainHeader } from './table-headers.ts';

/** A cell's text that ends where a sentence does. */
const ENDS_SENTENCE = /[。；！？;!?]$/u;

/** Columns whose cell says what a row is: a row without a number that fills one is a row of its own. */
const MAIN_HEADER = /任务|指标|事项|措施|内容|项目|问题|工作/u;

/** Where a PDF's table's lines stand, and the columns whose cells may be merged over rows. */
export interface Placement {
  /** Where a piece stands down its page, in points. */
  depth: (piece: Piece) => number | undefined;
  /** Columns whose cells may be merged over rows (bodies', deadlines'). */
  columns: number[];
  /** Columns every row has a cell of (a lead's). */
  filled: ReadonlySet<number>;
}

export function rowsOf(
  body: BodyLine[],
  headers: string[],
  numbers: Piece[],
  cells: Piece[],
  columnOf: (piece: Piece) => number,
  number: number,
  centred: boolean,
  placement?: Placement,
  /** Rows centred with a cell of even lines on its upper middle one: a row's line more below its number. */
  evenBelow = false,
): string[][] {
  type Row = PiecesRow;
  const emptyRow = (numberPiece?: Piece): Row => ({ cells: headers.map(() => []), number: numberPiece });
  // Every numbered row exists from the start: lines above its number may reach it first.
  const byNumber = new Map(numbers.map((anchor) => [anchor, emptyRow(anchor)]));
  for (const [anchor, row] of byNumber) row.cells[number]!.push(anchor);
  const labels = groupLabels(body, headers, numbers, cells, columnOf);
  cells = cells.filter((piece) => !labels.taken.has(piece));
  const rows: Row[] = [];
  const mainColumns = headers.flatMap((header, column) => (MAIN_HEADER.test(plainHeader(header)) ? [column] : []));
  for (const block of blocksOf(body)) {
    if (block.heading) {
      rows.push({ cells: [], heading: block.heading });
      continue;
    }
    const inBlock = new Set(block.lines);
    const anchors = numbers.filter((piece) => inBlock.has(piece.line));
    const own = cells.filter((piece) => inBlock.has(piece.line));
    const last = rows.at(-1);
    if (anchors.length && !centred) {
      // Rows set at their tops: a line is the row's whose number is on it or above it; above the first
      // number after a page break, the row the page broke goes on.
      for (const piece of own) {
        const anchor = anchors.findLast((candidate) => candidate.line <= piece.line);
        const row = anchor
          ? byNumber.get(anchor)!
          : block.afterBreak && last?.number
            ? last
            : byNumber.get(anchors[0]!)!;
        row.cells[columnOf(piece)]!.push(piece);
      }
      rows.push(...anchors.map((anchor) => byNumber.get(anchor)!));
      continue;
    }
    if (anchors.length) {
      // Rows centred on their numbers: each takes the lines up to where it and the next are most
      // nearly centred, column by column.
      const ends = rowEnds(anchors, own, columnOf, block, evenBelow);
      for (const piece of own) {
        const at = ends.findIndex((end) => piece.line <= end);
        byNumber.get(anchors[at < 0 ? anchors.length - 1 : at]!)!.cells[columnOf(piece)]!.push(piece);
      }
      rows.push(...anchors.map((anchor) => byNumber.get(anchor)!));
      continue;
    }
    const used = new Set(own.map(columnOf));
    const main = [...used].some((column) => MAIN_HEADER.test(plainHeader(headers[column]!)));
    let target: Row;
    // The row the page broke goes on; in a table without numbers, only when its task's text does not
    // end a sentence there (else the page begins a row).
    const broken =
      block.afterBreak &&
      last &&
      (number >= 0 || !mainColumns.some((column) => ENDS_SENTENCE.test(cellText(last.cells[column] ?? [], ''))));
    if (broken) {
      target = last;
    } else if (main || !last) {
      target = emptyRow(); // a row without a number (合计): its own
      rows.push(target);
    } else {
      // Lines beside no number: the nearer numbered row's, the one below on a tie (a list of its
      // bodies begun above its number's line).
      const middle = (block.lines[0]! + block.lines.at(-1)!) / 2;
      const above = numbers.findLast((anchor) => anchor.line < middle);
      const below = numbers.find((anchor) => anchor.line > middle);
      const down = below && (!above || below.line - middle <= middle - above.line);
      target = down ? byNumber.get(below)! : above ? byNumber.get(above)! : last;
    }
    for (const piece of own) target.cells[columnOf(piece)]!.push(piece);
  }
  if (placement && centred) {
    let breaks = 0;
    const pages = body.map((line) => (line.kind === 'break' ? ++breaks : breaks));
    spreadMergedCells(rows, placement.columns, placement.filled, placement.depth, (line) => pages[line]!);
  }
  for (const [anchor, row] of byNumber) for (const [column, label] of labels.of(anchor)) row.cells[column] = label;
  // A group's heading: one cell across the table.
  return rows.map((row) =>
    row.heading ? [row.heading] : row.cells.map((pieces, column) => cellText(pieces, headers[column]!)),
  );
}

/**
 * The last line of each row of a block but the last, its rows centred on their numbers (`anchors`).
 * Between two numbers, the rows part where the upper one's lines in each column stand as many below
 * its number as above it, and the lower one's as many above its number as below it (counted to
 * halfway to the number after it), most nearly summed over the columns; on a tie, nearest halfway.
 */
/**
 * How far a cell's lines are from centred on its row's number, by how many more are below it than above:
 * none for as many, or one more below (a cell of even lines, its number on the upper middle one).
 */
const offCentre = (moreBelow: number): number => Math.max(0, Math.abs(moreBelow - 0.5) - 0.5);

function rowEnds(
  anchors: Piece[],
  pieces: Piece[],
  columnOf: (piece: Piece) => number,
  block: Block,
  evenBelow: boolean,
): number[] {
  const off = evenBelow ? offCentre : Math.abs;
  const linesOf = new Map<number, Set<number>>();
  for (const piece of pieces) {
    const column = columnOf(piece);
    linesOf.set(column, (linesOf.get(column) ?? new Set()).add(piece.line));
  }
  const count = (lines: Set<number>, from: number, to: number) =>
    [...lines].filter((line) => line > from && line <= to).length;
  const ends: number[] = [];
  let top = block.lines[0]! - 1;
  for (let index = 0; index + 1 < anchors.length; index++) {
    const upper = anchors[index]!.line;
    const lower = anchors[index + 1]!.line;
    const after = anchors[index + 2]?.line;
    const bottom = after === undefined ? block.lines.at(-1)! : Math.floor((lower + after) / 2);
    let best = upper;
    let bestCost = Infinity;
    for (let end = upper; end < lower; end++) {
      let cost = 0;
      for (const lines of linesOf.values())
        cost +=
          off(count(lines, upper, end) - count(lines, top, upper - 1)) +
          off(count(lines, lower, bottom) - count(lines, end, lower - 1));
      // Between two ends as good, the nearer the middle; rows whose even cells lean below, the later.
      const distance = (at: number) => Math.abs(at + 0.5 - (upper + lower) / 2);
      const nearer = evenBelow ? distance(end) <= distance(best) : distance(end) < distance(best);
      if (cost < bestCost || (cost === bestCost && nearer)) [best, bestCost] = [end, cost];
    }
    ends.push(best);
    top = best;
  }
  return ends;
}

/** A cell's text: its pieces in reading order, a line's pieces and the lines joined as wrapped. */
function cellText(pieces: Piece[], header: string): string {
  const ordered = [...pieces].sort((a, b) => a.line - b.line || a.at - b.at);
  let text = '';
  let line: number | undefined;
  for (const piece of ordered) {
    if (line === piece.line)
      text += /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(piece.text) ? ` ${piece.text}` : piece.text;
    else text = joinWrapped(header, text, piece.text);
    line = piece.line;
  }
  return text;
}
