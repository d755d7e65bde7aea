/**
 * What a page break of a PDF leaves in a table copied as text: the header repeated at the top of the
 * next page (`序号⇥重点任务⇥…⇥完成时限` again), and a row whose cells the break cut, going on under it
 * with no number and no task (`⇥⇥⇥⇥市中级法院、市委政法委⇥`, `⇥⇥⇥⇥⇥调整，此后持续推进`).
 * Neither is a row: the header is the table's, and the cells go on the row above's.
 */
import { endsAsName } from '../../ingest/name-lists.ts';
import { joinWrapped } from './cell-text.ts';
import { isDeadlineHeader, isDepartmentHeader } from './table.ts';
import { NUMBER_HEADER, plainHeader } from './table-headers.ts';

/** A row that repeats the header: the same words in every cell. */
export function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  return (
    cells.length === header.length && cells.every((cell, column) => plainHeader(cell) === plainHeader(header[column]!))
  );
}

/** A cell that opens with a label of its own (`三、`, `（2）`, `2.`, not a decimal `1.5万人`, `①`): a new item, heading or row, going on nothing. */
const LABELLED =
  /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节条])/u;

/**
 * A row whose cells go on those of the row above, each under a cell the row above has and none its
 * number (`⇥10⇥每万人口…` is row 10, whose own cells a copy broke over lines): one of bodies
 * or times only (no number, no task: a sub-task's row has a task of its own), or one whose trailing
 * cells the copy dropped (`⇥民收入影响监测`, fewer cells than the header: a row's wrapped tail, not a
 * row of its own). `written`: how many cells the line had.
 */
export function goesOnCells(
  cells: readonly string[],
  written: number,
  above: readonly string[],
  header: readonly string[],
): boolean {
  const filled = cells.flatMap((cell, column) => (cell.trim() ? [column] : []));
  return (
    cells.length === header.length &&
    above.length === header.length &&
    filled.length > 0 &&
    filled.every(
      (column) =>
        column > 0 &&
        !NUMBER_HEADER.test(plainHeader(header[column]!)) &&
        above[column]!.trim() !== '' &&
        !LABELLED.test(cells[column]!.trim()),
    ) &&
    (written < header.length ||
      filled.every((column) => isDepartmentHeader(header[column]!) || isDeadlineHeader(header[column]!)) ||
      filled.some((column) => cutAt(above[column]!, cells[column]!.trim(), header[column]!)))
  );
}

/**
 * Whether a cell of a row goes on one the copy cut at its column's edge, which no row of its own would
 * start with: a date cut after its month (`2026年11月` / `底前`, `2026年12月` / `20日前`), a body's name
 * cut inside it (`省住房城乡建` / `设厅`) or after a `、` (`省发展改革委（省能源局）、` / `省交通运输厅`).
 */
function cutAt(above: string, cell: string, header: string): boolean {
  if (isDeadlineHeader(header))
    return /\d{4}年(?:\d{1,2}月)?$/u.test(above) && /^(?:\d{1,2}日|底|末|上旬|中旬|下旬)/u.test(cell);
  if (isDepartmentHeader(header))
    return /[、，,]$/u.test(above) || !endsAsName(above.replace(/[(（][^()（）]*[)）]$/u, ''));
  return false;
}

/**
 * A tabbed line's cells from the left, as wide as the header: the empty cells after its last one, which
 * a copy drops (`⇥⇥⇥省林草局、省交通运输厅` under five columns), put back; and how many it had. Undefined
 * for a line of no tab or wider than the header.
 */
export function cellsFromLeft(line: string, width: number): { cells: string[]; written: number } | undefined {
  const cells = line.replace(/\r$/u, '').split('\t');
  if (cells.length < 2 || cells.length > width) return undefined;
  return {
    cells: [...cells.map((cell) => cell.trim()), ...Array<string>(width - cells.length).fill('')],
    written: cells.length,
  };
}

/** The row above with each of `cells` going on its own cell, as the cell's wrapped lines do. */
export function withCellsGoingOn(
  above: readonly string[],
  cells: readonly string[],
  header: readonly string[],
): string[] {
  return above.map((cell, column) => joinWrapped(header[column]!, cell, cells[column]?.trim() ?? ''));
}
