/**
 * The labels of cells merged over a group of a laid-out table's rows (layout-rows.ts): `工作类别`,
 * `考核类别`, left of the task column.
 */
import type { BodyLine, Piece } from './layout-lines.ts';
import { groupColumns } from './table.ts';

/** The most lines (as printed, between others) and characters a group's label takes (`目标完成情况（50分）`). */
const LABEL_LINES = 6;
const LABEL_LENGTH = 20;

/**
 * The labels of cells merged over a group of rows (`工作类别`, `考核类别`, left of the task), each printed
 * once at the middle of its group and broken over lines between the rows' own: each label (its lines
 * at most two apart, within a page) is every numbered row's whose number is nearer it than any other
 * label. Only when there are fewer labels than rows, each short: else each row has its own.
 */
export function groupLabels(
  body: BodyLine[],
  headers: string[],
  numbers: Piece[],
  cells: Piece[],
  columnOf: (piece: Piece) => number,
): { taken: Set<Piece>; of: (anchor: Piece) => Array<[number, Piece[]]> } {
  const taken = new Set<Piece>();
  const byColumn = new Map<number, Piece[][]>();
  for (const column of groupColumns(headers)) {
    const runs: Piece[][] = [];
    for (const piece of cells.filter((candidate) => columnOf(candidate) === column)) {
      const run = runs.at(-1);
      const last = run?.at(-1)?.line;
      const apart = last === undefined || body.slice(last + 1, piece.line).some((line) => line.kind === 'break');
      if (run && !apart && piece.line - last! <= 2) run.push(piece);
      else runs.push([piece]);
    }
    const short = (run: Piece[]) =>
      run.at(-1)!.line - run[0]!.line < LABEL_LINES && run.map((piece) => piece.text).join('').length <= LABEL_LENGTH;
    if (runs.length === 0 || runs.length >= numbers.length || !runs.every(short)) continue;
    byColumn.set(column, runs);
    for (const run of runs) for (const piece of run) taken.add(piece);
  }
  const breaks = body.flatMap((line, at) => (line.kind === 'break' ? [at] : []));
  const pageOf = (line: number) => breaks.filter((at) => at < line).length;
  const labelOf = new Map<Piece, Array<[number, Piece[]]>>();
  for (const [column, runs] of byColumn)
    groupsOf(numbers, runs, pageOf).forEach((run, row) =>
      labelOf.set(numbers[row]!, [...(labelOf.get(numbers[row]!) ?? []), [column, run]]),
    );
  const of = (anchor: Piece) => labelOf.get(anchor) ?? [];
  return { taken, of };
}

/**
 * Each numbered row's label: the rows parted, in order, into one group a label, each group's numbers
 * centred on its label as nearly as can be (summed over the groups). A group's label is centred on
 * the rows it spans on its first page, so a row the page sent on stays with it.
 */
function groupsOf(numbers: Piece[], labels: Piece[][], pageOf: (line: number) => number): Piece[][] {
  const middle = (run: Piece[]) => (run[0]!.line + run.at(-1)!.line) / 2;
  const centre = (from: number, to: number, label: Piece[]) => {
    const group = numbers.slice(from, to);
    const onPage = group.filter((anchor) => pageOf(anchor.line) === pageOf(label[0]!.line));
    const counted = onPage.length ? onPage : group;
    return counted.reduce((sum, anchor) => sum + anchor.line, 0) / counted.length;
  };
  // best[j][i]: the least cost of the first i rows in the first j groups, and where group j starts.
  const best = labels.map(() => numbers.map(() => ({ cost: Infinity, from: 0 })));
  for (let j = 0; j < labels.length; j++)
    for (let i = j; i < numbers.length; i++)
      for (let from = j; from <= i; from++) {
        const before = j === 0 ? (from === 0 ? 0 : Infinity) : (best[j - 1]![from - 1]?.cost ?? Infinity);
        const cost = before + Math.abs(centre(from, i + 1, labels[j]!) - middle(labels[j]!));
        if (cost < best[j]![i]!.cost) best[j]![i] = { cost, from };
      }
  const rows: Piece[][] = [];
  for (let j = labels.length - 1, end = numbers.length - 1; j >= 0; j--) {
    const { from } = best[j]![end]!;
    for (let row = from; row <= end; row++) rows[row] = labels[j]!;
    end = from - 1;
  }
  return rows;
}
