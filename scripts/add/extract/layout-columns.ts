/**
 * The columns of a table a PDF converter laid out (layout-table.ts), from where its pieces start: the
 * header's cells say roughly where, the pieces exactly.
 */
import type { Piece } from './layout-lines.ts';

/** Where each column starts, and how far its pieces start from it on average, for the table's width. */
export interface Columns {
  starts: number[];
  spread: number;
}

/**
 * The columns' starts, as many as `seeds` (the header's cells, in order): gathered round the header's
 * cells, or where the pieces' starts gather most closely when a column then has none (a task's text
 * starting well left of its centred header, nearer another's).
 */
export function columnStarts(seeds: number[], pieces: Piece[]): Columns | undefined {
  return seeded(seeds, pieces) ?? closest(seeds.length, pieces);
}

/**
 * The columns' starts: each piece goes to the nearest, each start moves to the middle of its pieces,
 * until nothing moves (a one-dimensional k-means seeded by the header). Undefined when the pieces
 * leave a column empty or two columns meet.
 */
function seeded(seeds: number[], pieces: Piece[]): Columns | undefined {
  let starts = [...seeds];
  let groups: Piece[][] = [];
  for (let round = 0; round < 20; round++) {
    groups = starts.map(() => []);
    for (const piece of pieces) groups[nearest(starts, piece.at)]!.push(piece);
    const moved = groups.map((group, column) =>
      group.length ? group.reduce((sum, piece) => sum + piece.at, 0) / group.length : starts[column]!,
    );
    if (moved.every((start, column) => Math.abs(start - starts[column]!) < 0.01)) break;
    starts = moved;
  }
  if (groups.some((group) => group.length === 0)) return undefined;
  if (starts.some((start, column) => column > 0 && start <= starts[column - 1]!)) return undefined;
  return withSpread(starts, pieces);
}

export function nearest(starts: number[], at: number): number {
  let best = 0;
  for (let column = 1; column < starts.length; column++)
    if (Math.abs(starts[column]! - at) < Math.abs(starts[best]! - at)) best = column;
  return best;
}

/**
 * The `count` groups of the pieces' starts, in order, whose starts lie closest to their group's middle
 * (least squares, found exactly over the distinct starts); undefined with fewer distinct starts.
 */
function closest(count: number, pieces: Piece[]): Columns | undefined {
  const values = [...new Set(pieces.map((piece) => piece.at))].sort((a, b) => a - b);
  if (values.length < count) return undefined;
  const weight = values.map((value) => pieces.filter((piece) => piece.at === value).length);
  // The squared distances of values[from..to] from their mean.
  const cost = (from: number, to: number) => {
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (let at = from; at <= to; at++) {
      n += weight[at]!;
      sum += weight[at]! * values[at]!;
      squares += weight[at]! * values[at]! ** 2;
    }
    return squares - (sum * sum) / n;
  };
  const best = Array.from({ length: count }, () => values.map(() => ({ cost: Infinity, from: 0 })));
  for (let group = 0; group < count; group++)
    for (let to = group; to < values.length; to++)
      for (let from = group; from <= to; from++) {
        const before = group === 0 ? (from === 0 ? 0 : Infinity) : best[group - 1]![from - 1]!.cost;
        const total = before + cost(from, to);
        if (total < best[group]![to]!.cost) best[group]![to] = { cost: total, from };
      }
  const starts: number[] = [];
  for (let group = count - 1, to = values.length - 1; group >= 0; group--) {
    const { from } = best[group]![to]!;
    const members = pieces.filter((piece) => piece.at >= values[from]! && piece.at <= values[to]!);
    starts.unshift(members.reduce((sum, piece) => sum + piece.at, 0) / members.length);
    to = from - 1;
  }
  return withSpread(starts, pieces);
}

function withSpread(starts: number[], pieces: Piece[]): Columns {
  const spread = pieces.reduce((sum, piece) => sum + Math.abs(piece.at - starts[nearest(starts, piece.at)]!), 0);
  const width = Math.max(1, starts.at(-1)! - starts[0]!);
  return { starts, spread: spread / pieces.length / width };
}
