/**
 * A table copied out of a PDF viewer with its cells one space apart, its rows wrapped at the page's
 * width like the text around them:
 *   `序号 重点任务 具体措施 牵头单位 配合单位 完成时限`
 *   `1 修订村规民约 指导各村（社区）将…彩礼` / `限额写入…张榜公布 县委农办（县农业` / `农村局） 县民政局… 2025年6月` / `底前`
 * Chinese prose has no spaces, so a space ends a cell, and so does a line that ended with one; a line
 * that did not goes on the cell it broke. Before the wraps of the text are joined (unwrap.ts, which
 * would lose the spaces at lines' ends), each row is written as one line of cells apart by tabs, as a
 * Word table copied as text has them, and read from there as any tabbed table is (text-table.ts).
 *
 * A row is as wide as its header. Where a line ended at a cell's end without its space, two cells run
 * together: a time after the bodies (`…各乡镇党委、政府2025年5月底前`), bodies after the task's words
 * (`…乡贤参与县民政局`) are parted again, and what still falls short is placed by what its cells say
 * (cell-lines-table.ts). A full row's next line, cut from its first column of text and set under the
 * row (`1 社会物流总费用与地区生产总 13.6 12.8左右 预期性` / `值比率（%）`), goes on that column, unless it
 * finishes the row's cut time or name (`2025年6月` / `底前`). Tables laid out by a converter, their
 * cells under their headers, are layout-table.ts's.
 */
import {
  isNameCut,
  isNamesCell,
  isTimeCell,
  TIME_CUT,
  columnKinds,
  placeCells,
  type Column,
} from './cell-lines-table.ts';
import { isPageNumber } from './page-furniture.ts';
import { isTableHeader } from './table.ts';
import { GROUP_HEADING, MAX_HEADER } from './table-headers.ts';

/** A row's first line: its number, a space, a cell. */
const ROW = /^(\d{1,3})[.、．]? +\S/u;
/** One space or more between two cells; an ideographic space is a cell's own (the blank between `〔` and `〕` a table note writes). */
const GAP = / +/u;
/** A cell of a header: a few words without sentence punctuation. */
const HEADER_CELL = /^[\p{Script=Han}\d（）()/、]+$/u;
/** A header's second line, words under some of its columns (`基期值 目标值` under `2025年 2030年`). */
const SUB_HEADER_CELL = /^\p{Script=Han}{1,6}$/u;
/** A cell the layout set under its full row: short, no space in it. */
const WRAPPED_CELL = /^\S{1,20}$/u;
/** What ends the table: a note under it, the next attachment or part. */
const AFTER_TABLE = /^(?:注|备注|说明|附件|附表)|^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]/u;
/** Where a body's name may start inside a cell of words: a level or `各`, `团` (团县委). */
const NAME_START = /[省市州盟县区旗镇乡各团]/u;
/** How many lines a row may run over. */
const MAX_ROW_LINES = 12;

const cellsOf = (line: string) => line.trim().split(GAP);
/**
 * A cell and the rest of it after a wrap, as one: the page's width cut it anywhere, a name too
 * (`县政府` / `督查室`), so nothing is put between them but the space between two Latin words or numbers.
 */
const joined = (before: string, after: string) =>
  /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? `${before} ${after}` : before + after;

/** A header of one line, its cells one space apart, of a table that is rewritten (table.ts isTableHeader). */
function headerCells(line: string): string[] | undefined {
  if (line.includes('\t') || / {2,}|\u3000/u.test(line.trim())) return undefined;
  const cells = cellsOf(line);
  return cells.length >= 3 &&
    cells.every((cell) => HEADER_CELL.test(cell) && [...cell].length <= MAX_HEADER) &&
    isTableHeader(cells)
    ? cells
    : undefined;
}

/**
 * The header's words under its columns: a second line of fewer words goes under its columns of years
 * when it has as many words as those (`2025年` `基期值`), else under its last columns.
 */
function withSubHeader(header: string[], line: string | undefined): string[] | undefined {
  const words = line?.trim() ? cellsOf(line) : [];
  if (!words.length || words.length >= header.length || !words.every((word) => SUB_HEADER_CELL.test(word)))
    return undefined;
  const years = header.flatMap((cell, column) => (/^\d{4}年?$/u.test(cell) ? [column] : []));
  const columns =
    years.length === words.length ? years : header.map((_, column) => column).slice(header.length - words.length);
  const merged = [...header];
  columns.forEach((column, at) => (merged[column] += words[at]!));
  return merged;
}

/** A cell that starts saying when (`2025年…`, `每年…`, `长期坚持`): one that only ends so is two cells run together. */
const startsAsTime = (text: string) => /^(?:\d|每|长期|持续|常态|立行立改|年底|年内|全年|上半年|下半年)/u.test(text);

/** `text` parted before the time it ends with (`各乡镇党委、政府2025年5月底前`), when the rest names bodies. */
function timeAtEnd(text: string): [string, string] | undefined {
  for (let at = 1; at < text.length; at++) {
    const [before, time] = [text.slice(0, at), text.slice(at)];
    if (startsAsTime(time) && isTimeCell(time) && isNamesCell(before)) return [before, time];
  }
  return undefined;
}

/** `text` parted before the bodies it ends with (`…乡贤参与县民政局`, `…参与县委组织部、县委宣传部`). */
function namesAtEnd(text: string): [string, string] | undefined {
  let start = -1;
  let end = text.length;
  for (;;) {
    let found = -1;
    // The shortest names at the end: the longest would take the task's words with them (`乡贤参与县民政局`).
    for (let at = end - 2; at > 0; at--)
      if (NAME_START.test(text[at]!) && isNamesCell(text.slice(at, end))) {
        found = at;
        break;
      }
    if (found < 0) break;
    start = found;
    if (!/[、，]$/u.test(text.slice(0, start))) break;
    end = start - 1;
  }
  return start > 0 ? [text.slice(0, start), text.slice(start)] : undefined;
}

/**
 * A row's cells as wide as the header: cells run together parted again, from the row's end (a time
 * from its bodies, bodies from the task's words); any that still fall short placed by what they say;
 * more than the header's (a space inside a cell) joined into the first column of text.
 */
function asWide(cells: string[], kinds: Column[]): string[] {
  const row = [...cells];
  for (let column = kinds.length - 1, at = row.length - 1; column > 0 && at > 0 && row.length < kinds.length;) {
    const kind = kinds[column];
    const parted =
      kind === 'deadline' && !startsAsTime(row[at]!)
        ? timeAtEnd(row[at]!)
        : kind === 'department' && kinds[column - 1] === 'text' && !isNamesCell(row[at]!)
          ? namesAtEnd(row[at]!)
          : undefined;
    if (parted) row.splice(at, 1, ...parted);
    else at--;
    column--;
  }
  if (row.length < kinds.length)
    return kinds[0] === 'number' ? [row[0]!, ...placeCells(row.slice(1), kinds.slice(1))] : placeCells(row, kinds);
  const text = Math.max(0, kinds.indexOf('text'));
  while (row.length > kinds.length) row.splice(text, 2, `${row[text]!}${row[text + 1]!}`);
  return row;
}

/** Whether a full row's last cell is cut where its line ended: a time (`2025年6月`) or a body's name. */
function lastCellCut(row: string[], kinds: Column[]): boolean {
  const last = row.at(-1)!;
  return kinds.at(-1) === 'deadline'
    ? TIME_CUT.test(last) || /\d$/u.test(last)
    : kinds.at(-1) === 'department' && isNameCut(last);
}

interface Table {
  header: string[];
  /** Rows as cells; a group's heading between them as one cell. */
  rows: string[][];
  /** The line after the table. */
  next: number;
}

/** The table whose header is line `index`, or undefined when its lines are not so set. */
function tableAt(lines: readonly string[], index: number): Table | undefined {
  const first = headerCells(lines[index]!);
  if (!first) return undefined;
  const sub = withSubHeader(first, lines[index + 1]);
  const header = sub ?? first;
  const kinds = columnKinds(header);
  const textColumn = Math.max(0, kinds.indexOf('text'));
  const headerLine = lines[index]!.trim();
  const rows: string[][] = [];
  let exact = 0;
  let next = index + (sub ? 2 : 1);
  // Rows are numbered from 1 on: a number that is not the next one is a figure the text wrapped to a line's start.
  let numbered = 0;
  const isRow = (line: string, number = numbered + 1) => Number(ROW.exec(line.trim())?.[1]) === number;
  while (next < lines.length) {
    let line = lines[next]!.trim();
    // The header again at the top of a page; a page's number or a blank line where it broke, before
    // the next row or the header.
    const ahead = lines.slice(next + 1).find((later) => later.trim() && !isPageNumber(later)) ?? '';
    const pageBreak = !line || isPageNumber(line);
    if (line === headerLine || (pageBreak && (isRow(ahead) || ahead.trim() === headerLine))) {
      next++;
      continue;
    }
    if (GROUP_HEADING.test(line) && !line.includes(' ') && isRow(lines[next + 1] ?? '')) {
      rows.push([line]);
      next++;
      continue;
    }
    if (!isRow(line)) break;
    const row = cellsOf(line);
    let end = next + 1;
    for (; end < lines.length && end < next + MAX_ROW_LINES; end++) {
      line = lines[end]!.trim();
      if (
        !line ||
        isPageNumber(line) ||
        line === headerLine ||
        isRow(line, numbered + 2) ||
        AFTER_TABLE.test(line) ||
        GROUP_HEADING.test(line)
      )
        break;
      const spaceBefore = / $/u.test(lines[end - 1]!);
      const more = cellsOf(line);
      if (row.length >= header.length) {
        // A full row goes on only with a cut cell of one line: its last, or its first column of text.
        if (more.length > 1 || !WRAPPED_CELL.test(line) || spaceBefore) break;
        const column = lastCellCut(row, kinds) ? row.length - 1 : textColumn;
        row[column] = joined(row[column]!, line);
        continue;
      }
      if (spaceBefore) row.push(...more);
      else row.splice(row.length - 1, 1, joined(row.at(-1)!, more[0]!), ...more.slice(1));
    }
    if (row.length === header.length) exact++;
    rows.push(asWide(row, kinds));
    numbered++;
    next = end;
  }
  // Rows of exactly the header's cells show the table is so set: most of them, and two at least.
  return numbered >= 2 && exact * 2 >= numbered ? { header, rows, next } : undefined;
}

/**
 * The lines with each table whose cells stand one space apart written a row a line, its cells apart
 * by tabs (a group's heading between rows as it is), and how many such tables there were.
 */
export function tabbedSingleSpacedRows(lines: readonly string[]): { lines: string[]; tables: number } {
  const out: string[] = [];
  let tables = 0;
  for (let index = 0; index < lines.length;) {
    const table = tableAt(lines, index);
    if (!table) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    out.push(table.header.join('\t'), ...table.rows.map((row) => row.join('\t')));
    tables++;
    index = table.next;
  }
  return { lines: out, tables };
}
