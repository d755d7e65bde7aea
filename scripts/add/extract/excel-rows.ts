/**
 * Rows of a table copied out of Excel into a .txt: a cell that holds a line break or a quote is
 * written in quotes, its own quotes doubled, and runs over as many lines as it holds.
 */
import { isPersonsHeader } from '../../ingest/line-shapes.ts';
import { endsAsName } from '../../ingest/name-lists.ts';
import { joinWrapped } from './cell-text.ts';
import { isDeadlineHeader } from './table.ts';
import { plainHeader } from './table-headers.ts';

/** A cell as Excel copies it: in quotes, its quotes doubled, when it holds a line break or a quote. */
export const clipboardCell = (cell: string): string => (/[\n"]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A cell that opens with a quote, as Excel writes one holding a line break or a quote of its own. */
export const QUOTED_CELL = /(?:^|\t)"/u;
/** How many lines one row copied out of Excel may run over. */
const MAX_ROW_LINES = 12;

/**
 * A tabbed row as Excel copies it (`2\t\t推进…\t"1.会同…` / `2.在…试点。"\t登记注册局\t"2025年6月底前` /
 * `2025年11月底前"`): a cell in quotes runs to its closing quote, over line breaks, and its own quotes
 * are doubled (`""僵尸企业""`). The lines of a cell are joined as the cell's text goes on (a deadline
 * column's, and the names of bodies or persons, with `、`). Its cells and last line when it is exactly
 * as wide as the header; else undefined.
 */
export function quotedRow(
  lines: string[],
  index: number,
  header: string[],
): { cells: string[]; last: number } | undefined {
  const row = quotedRecord(lines, index, '\t', (cells, cell, next) => {
    // A line break inside the quotes: the cell's next line goes on from here, the next name of a
    // list of bodies or persons after a `、` (`省发展改革委` / `省能源局`, `周立新` / `陈国栋`).
    const column = header[cells.length] ?? '';
    const first = next.trim().split(/["\t]/u)[0]!;
    const joined = joinWrapped(column, cell, first);
    // Bodies' names a line each are a list whatever the column's header (a header of two rows names
    // the column in its second: `责任单位` over `配合单位`).
    const names = endsAsName(cell) && endsAsName(first) && first.length <= 60 && !/[，。；,;：:]/u.test(first);
    return /[。；;，,、：:]$/u.test(cell) || !first
      ? cell
      : isDeadlineHeader(column) || isPersonsHeader(plainHeader(column)) || names
        ? `${cell}、`
        : joined.slice(0, joined.length - first.length);
  });
  return row && row.cells.length === header.length ? { cells: row.cells, last: row.last } : undefined;
}

/**
 * A record of cells as Excel writes them, from line `index`: cells parted by `separator` (a tab as it
 * copies a row, a comma as it exports CSV); a cell that opens with a quote runs to its closing quote,
 * over line breaks, its own quotes doubled (`""僵尸企业""`). At a line break inside quotes, `lineBreak`
 * gives the cell as it goes on, from the cells before it, the cell so far and the next line. Its cells,
 * whether a separator parted any, and its last line; undefined when a quote is left open.
 */
export function quotedRecord(
  lines: readonly string[],
  index: number,
  separator: string,
  lineBreak: (cells: readonly string[], cell: string, next: string) => string,
): { cells: string[]; separated: boolean; last: number } | undefined {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let opening = true;
  let separated = false;
  for (let last = index; last < lines.length && last < index + MAX_ROW_LINES; last++) {
    const line = lines[last]!.replace(/\r$/u, '');
    for (let at = 0; at < line.length; at++) {
      const char = line[at]!;
      if (opening && char === '"') {
        quoted = true;
        opening = false;
      } else if (quoted && char === '"' && line[at + 1] === '"') {
        cell += '"';
        at++;
      } else if (quoted && char === '"') quoted = false;
      else if (!quoted && char === separator) {
        cells.push(cell.trim());
        cell = '';
        opening = true;
        separated = true;
      } else {
        cell += char;
        opening = false;
      }
    }
    if (!quoted) {
      cells.push(cell.trim());
      return { cells, separated, last };
    }
    cell = lineBreak(cells, cell, lines[last + 1] ?? '');
  }
  return undefined;
}

/** How far above a row its table's header may be. */
const HEADER_WITHIN = 60;

/**
 * A row of any other table copied out of Excel, whose quoted cells run over line breaks
 * (`⇥⇥⇥⇥"1.货值金额…的；` / `2.主动消除…"⇥一般⇥…`): its cells, on one line, as wide as the
 * nearest tabbed line above without quotes (its header), and its last line; else undefined. Its
 * lines would otherwise read as the text's own (`2.` as an item).
 */
export function excelRow(lines: string[], index: number): { cells: string[]; last: number } | undefined {
  const line = lines[index]!;
  if (!QUOTED_CELL.test(line) || !line.includes('\t')) return undefined;
  const above = lines
    .slice(Math.max(0, index - HEADER_WITHIN), index)
    .findLast((text) => /\S\t+\S/u.test(text) && !text.includes('"'));
  const header = above?.split('\t').map((cell) => cell.trim());
  const row = header ? quotedRow(lines, index, header) : undefined;
  return row && row.last > index ? row : undefined;
}
