/**
 * 任务分工 tables, tables of main indicators and of bodies' duties in a plain-text file. A table copied out of Word or
 * WPS into a .txt keeps its rows as lines and its cells separated by tabs; one copied out of a PDF
 * has its cells aligned with runs of spaces; one typed has them between bars. Either way it loses
 * everything else: the ingest would read each row as one run of text, its departments, deadlines and
 * goals in columns it cannot see. So a block of consecutive lines of cells, whose first line is a 任务分工 header
 * (table.ts isTaskHeader: 重点任务｜牵头单位｜配合单位｜完成时限…) or an indicator header
 * (indicator-table.ts: 指标｜2020年｜2025年…) or a duty header (duty-table.ts: 部门｜主要职责), is
 * rewritten as a Word table is: one line per task, `<序号>. <任务>（牵头单位：…；配合单位：…；完成时限：…）`,
 * per indicator or per body (table.ts tableLines).
 * Any other lines are left as they are.
 *
 * Tabs: a tab at the start or end of a line is indentation, not a cell boundary; an empty cell (two
 * tabs in a row) is a cell. Bars: a table typed or pasted as text (`序号 | 重点任务 | 责任单位`, with
 * or without bars at the ends) has its cells between them, and its ruling lines (`|---|---|`) are
 * no rows. One cell a line (Word's table pasted without tabs): cell-lines-table.ts; Excel's quoted
 * cells over several lines: excel-rows.ts. Spaces: two or more spaces (or one ideographic space) end a
 * cell (spaced-table.ts); one space, the rows wrapped as text: single-spaced-table.ts, which tabs them
 * before the text is unwrapped; laid out by a PDF converter: layout-table.ts.
 */
import type { Element, ElementContent } from 'hast';
import { fold } from '../../../src/model/fold.ts';
import { endsAsName } from '../../ingest/name-lists.ts';
import { cellLinesTableAt } from './cell-lines-table.ts';
import { joinWrapped } from './cell-text.ts';
import { excelRow, QUOTED_CELL, quotedRow } from './excel-rows.ts';
import { layoutTableAt } from './layout-table.ts';
import { cellsFromLeft, goesOnCells, repeatsHeader, withCellsGoingOn } from './page-break-rows.ts';
import { spacedTableAt } from './spaced-table.ts';
import { isDepartmentHeader, isTableHeader, mergedColumns, tableLines } from './table.ts';
import { GROUP_HEADING } from './table-headers.ts';

/** The cells of a line that has a tab between two of them, else undefined. */
function tabCells(line: string): string[] | undefined {
  const inner = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return inner.includes('\t') ? inner.split('\t').map((cell) => cell.trim()) : undefined;
}

const BAR = /[|｜]/u;
/** The cells of a line with bars between them (`1 | 任务 | 单位`, `| 1 | 任务 |`), else undefined. */
function barCells(line: string): string[] | undefined {
  const inner = line.trim().replace(/^[|｜]|[|｜]$/gu, '');
  const cells = inner.split(BAR).map((cell) => cell.trim());
  return BAR.test(line) && cells.length >= 2 ? cells : undefined;
}

/** A line that only rules the table (`|---|:---:|`, `+----+`): no row of it. */
const RULE = /^(?=.*[-—–=])[\s|｜:：+\-—–=]+$/u;

/**
 * A tabbed row's cells: a row under a header keeps its leading tabs as empty cells when that makes it
 * as wide as the header (`\t\t（2）推行…\t\t区行政服务中心\t`, a row going on under a merged 序号 and
 * task), else its tabs at the ends are indentation (tabCells).
 */
function tabbedRow(line: string, width: number): string[] | undefined {
  const cells = tabCells(line) ?? barCells(line);
  const raw = line.replace(/\r$/u, '').split('\t');
  // Blank first cells are cells, not indentation, when they make the row as wide as the header
  // (`\t\t6.负责…`: a body's duties going on under its row).
  const blankFirst = !cells && width >= 3 && /^\t/u.test(line);
  return (cells || blankFirst) && line.includes('\t') && raw.length === width ? raw.map((cell) => cell.trim()) : cells;
}

/**
 * A row whose cell held a line break, so that it runs over the next lines (`6\t提升…\t（1）…；` then
 * `（2）…。\t区商务委\t…`): those lines joined to it, the last cell of one and the first of the next
 * as one cell, when that makes it exactly as wide as the header; undefined otherwise.
 */
function rowOverLines(
  lines: string[],
  index: number,
  cells: string[],
  header: string[],
): { cells: string[]; last: number } | undefined {
  let joined = cells;
  for (let last = index + 1; last <= index + 3 && last < lines.length; last++) {
    const line = lines[last]!;
    if (!line.trim() || RULE.test(line)) return undefined;
    const more = line.includes('\t')
      ? line
          .replace(/\r$/u, '')
          .split('\t')
          .map((cell) => cell.trim())
      : [line.trim()];
    const column = joined.length - 1;
    joined = [...joined.slice(0, -1), joinWrapped(header[column]!, joined[column]!, more[0]!), ...more.slice(1)];
    if (joined.length === header.length) return { cells: joined, last };
    if (joined.length > header.length) return undefined;
  }
  return undefined;
}

/** How many lines a row's last cell may run over when copied without quotes. */
const MAX_CELL_LINES = 12;
/** The numbered points a cell lists (`1.…；2.…`): its last number. */
const POINT = /(?:^|[；;。\s])(\d{1,2})[.．、]/gu;

/**
 * A row whose last cell held line breaks, copied without Excel's quotes (a web page's or Word's table
 * pasted as text): `2⇥市经信委⇥1.牵头…；` / `2.推动…；` / `3.会同…。` / `3⇥市教育局⇥…`, or a column of
 * bodies a line each (`省住房城乡建设厅` / `省交通运输厅`). The lines from `index` go on the cell when
 * a row of the table follows them (numbered next to this one, when the rows are numbered), or when each
 * is a body's name under a column of bodies or goes on the cell's own numbered points (`2.`, `3.` after
 * `1.`), as the table's last row's do. The
 * index of the line after them; undefined when they are not the cell's.
 */
function cellGoingOn(lines: string[], index: number, row: string[], header: string[]): number | undefined {
  if (row.length !== header.length) return undefined;
  let end = index;
  while (end < lines.length && end < index + MAX_CELL_LINES && lines[end]!.trim() && !lines[end]!.includes('\t'))
    end += 1;
  if (end === index) return undefined;
  // Before the next row: numbered next to this one, or going on under merged cells (`⇥2.考核督导…`).
  const nextRow = tabbedRow(lines[end] ?? '', header.length);
  const numbered = /^\d{1,3}$/u.test(row[0]!);
  if (
    nextRow &&
    nextRow.length <= header.length &&
    (numbered ? Number(nextRow[0]) === Number(row[0]) + 1 : nextRow[0] === '' || !/^\d{1,3}$/u.test(nextRow[0]!))
  )
    return end;
  // Without a row after them: only bodies' names under a column of bodies, a name a line,
  if (isDepartmentHeader(header.at(-1)!)) {
    let at = index;
    while (
      at < end &&
      endsAsName(lines[at]!.trim()) &&
      !/[，。；：,.;:]/u.test(lines[at]!) &&
      lines[at]!.trim().length <= 30
    )
      at += 1;
    return at > index ? at : undefined;
  }
  // or the cell's numbered points going on, one a line.
  let point = Math.max(0, ...[...row.at(-1)!.matchAll(POINT)].map((match) => Number(match[1])));
  if (!point) return undefined;
  for (let at = index; at < end; at++) {
    const number = /^(\d{1,2})[.．、]/u.exec(lines[at]!.trim());
    if (!number || Number(number[1]) !== point + 1) return at > index ? at : undefined;
    point += 1;
  }
  return end;
}

/** How many more lines a header's cells may break over. */
const HEADER_LINES = 3;

/**
 * A header row of tabbed cells, and its last line: on one line, or over several when its cells'
 * notes in brackets went to lines of their own, their line breaks copied without quotes
 * (`序号⇥抽查领域⇥…⇥抽查比例` / `（不低于5%）⇥抽查时间` / `（2025年3月—11月）⇥发起部门⇥配合部门`): each
 * further line goes on with the last cell, then adds its own.
 */
function headerOverLines(lines: string[], index: number): { cells: string[]; last: number } | undefined {
  const cells = tabCells(lines[index]!) ?? barCells(lines[index]!);
  if (!cells) return undefined;
  let last = index;
  if (tabCells(lines[index]!))
    for (let next = index + 1; next <= index + HEADER_LINES; next++) {
      const parts = (lines[next] ?? '').replace(/\r$/u, '').split('\t');
      const note = parts[0]!.trim();
      if (parts.length < 2 || !/^[(（][^()（）]{1,20}[)）]$/u.test(note)) break;
      cells[cells.length - 1] += note;
      cells.push(...parts.slice(1).map((cell) => cell.trim()));
      last = next;
    }
  return isTableHeader(cells) ? { cells, last } : undefined;
}

/** The table whose header is line `index`, as rows of cells, and the line after it; undefined if none. */
function tableAt(lines: string[], index: number): { rows: string[][]; next: number } | undefined {
  const separated = (line = '') => tabCells(line) ?? barCells(line);
  const head = separated(lines[index]) ? headerOverLines(lines, index) : undefined;
  const oneCellALine = head ? undefined : cellLinesTableAt(lines, index);
  if (oneCellALine) return oneCellALine;
  if (head) {
    const first = head.cells;
    const rows = [first];
    let next = head.last + 1;
    for (;;) {
      const line = lines[next] ?? '';
      // A group's heading between rows (`一、责任落实（15分）`), unindented and before a row of as many
      // cells as the header (an indented one is the text going on), is a row of one cell across the table;
      // copied out of Excel, it keeps the tabs of its row's empty cells after it.
      const following = lines[next + 1] ?? '';
      const heading =
        !separated(line) &&
        GROUP_HEADING.test(line.replace(/[\t\r]+$/u, '')) &&
        (tabbedRow(following, first.length)?.length === first.length ||
          (QUOTED_CELL.test(following) && quotedRow(lines, next + 1, first) !== undefined));
      // A row copied out of Excel with a cell in quotes, which may hold line breaks (`"1.…` / `2.…"`).
      const quoted = QUOTED_CELL.test(line) ? quotedRow(lines, next, first) : undefined;
      if (quoted) {
        rows.push(quoted.cells);
        next = quoted.last + 1;
        continue;
      }
      const cells = RULE.test(line) ? [] : heading ? [line.trim()] : tabbedRow(line, first.length);
      // A cell's line breaks copied without quotes (from a web page or Word): its lines go on the row above.
      const goesOn = !cells ? cellGoingOn(lines, next, rows.at(-1)!, first) : undefined;
      if (goesOn !== undefined) {
        const row = rows.at(-1)!;
        for (const more of lines.slice(next, goesOn))
          row[row.length - 1] = joinWrapped(first.at(-1)!, row.at(-1)!, more.trim());
        next = goesOn;
        continue;
      }
      // The header again at the top of a page, a row's cells going on under it (page-break-rows.ts).
      const fromLeft = cellsFromLeft(line, first.length);
      const repeated = fromLeft && repeatsHeader(fromLeft.cells, first);
      if (
        rows.length > 1 &&
        fromLeft &&
        (repeated || goesOnCells(fromLeft.cells, fromLeft.written, rows.at(-1)!, first))
      ) {
        if (!repeated) rows[rows.length - 1] = withCellsGoingOn(rows.at(-1)!, fromLeft.cells, first);
        next += 1;
        continue;
      }
      // A row wider than the header is not of this table: its cells would have no column to go to.
      if (!cells || cells.length > first.length) break;
      // A row going on under a merged first cell keeps its leading tab as that cell when, with the
      // lines its cells run over, it is then as wide as the header (`⇥5.食品安全…⇥6⇥1.…` / `…⇥省市场监管局`).
      const merged = /^\t/u.test(line)
        ? line
            .replace(/\r$/u, '')
            .split('\t')
            .map((cell) => cell.trim())
        : undefined;
      const whole =
        !heading && cells.length && cells.length < first.length
          ? ((merged && merged.length < first.length ? rowOverLines(lines, next, merged, first) : undefined) ??
            rowOverLines(lines, next, cells, first))
          : undefined;
      if (cells.length) rows.push(whole?.cells ?? cells);
      next = (whole?.last ?? next) + 1;
    }
    return rows.length > 1 ? { rows, next } : undefined;
  }
  const laidOut = layoutTableAt(lines, index, isTableHeader);
  if (laidOut) return laidOut;
  return spacedTableAt(lines, index, isTableHeader);
}

const element = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

/** The rows as the table a Word file would have held: one cell per tab-separated value. */
function asTable(rows: string[][]): Element {
  return element(
    'table',
    rows.map((row) =>
      element(
        'tr',
        row.map((cell) => element('td', cell ? [{ type: 'text', value: cell }] : [])),
      ),
    ),
  );
}

/** A cell that repeats the one above it. */
const DITTO = /^(?:同上|同前|同上一行)[。.]?$/u;

/** A 序号 cell of a row of totals or remarks, which no merged cell reaches. */
const TOTAL_OR_REMARKS = /^(?:合计|总计|小计|共计|总数|备注|说明|注)$/u;

/**
 * Cells merged over several rows, which a table typed as text leaves blank under the first: a blank
 * lead or group cell (table.ts mergedColumns) of a row takes the cell above it, and `notes` says how
 * many. So does a cell of any column that says `同上`. A row of one cell (a group's heading) takes nothing.
 */
function fillFromAbove(rows: string[][], notes: string[]): void {
  const [header, ...body] = rows;
  const { columns, key } = mergedColumns(header!);
  let filled = 0;
  let ditto = 0;
  body.forEach((row, index) => {
    const above = body[index - 1];
    // A cell that says it is as the one above (`同上`) is that cell, a group's heading between them aside.
    const rowAbove = body.slice(0, index).findLast((candidate) => candidate.length === row.length);
    row.forEach((cell, column) => {
      if (DITTO.test(cell.trim()) && rowAbove?.[column]?.trim() && !DITTO.test(rowAbove[column]!.trim())) {
        row[column] = rowAbove[column]!;
        ditto++;
      }
    });
    // A row without its 序号 is the row above going on (table.ts), under the same merged cells; a row
    // of totals or remarks (`合计`, `备注`) is under none.
    if (!above || !row[key]?.trim() || row.length < header!.length || above.length < header!.length) return;
    if (TOTAL_OR_REMARKS.test(fold(row[key]!).replace(/\s/gu, ''))) return;
    for (const column of columns)
      if (!row[column]?.trim() && above[column]?.trim()) {
        row[column] = above[column]!;
        filled++;
      }
  });
  if (filled) notes.push(`表中空白的牵头或分组单元格按上一行补齐（合并单元格）：${filled} 处。`);
  if (ditto) notes.push(`表中写作“同上”的单元格按上一行补齐：${ditto} 处。`);
}

/**
 * A table's rows of cells (its header first) as lines: blank merged cells filled from above, then a
 * task line per task, a goal line per indicator or a line per row (table.ts tableLines). `above`: the
 * line before the table.
 */
export function rowsAsLines(rows: string[][], notes: string[], above?: string): string[] {
  fillFromAbove(rows, notes);
  return tableLines(asTable(rows), notes, above);
}

/**
 * `text` with each 任务分工 table (tabbed, barred or space-aligned) rewritten as task lines, and each
 * table of main indicators as goal lines (indicator-table.ts); what was done goes to `notes`.
 */
export function rewriteTextTables(text: string, notes: string[]): string {
  const lines = text.split('\n');
  const plain = lines.map((line) => line.replace(/\r$/u, ''));
  const out: string[] = [];
  let rejoined = 0;
  for (let index = 0; index < lines.length;) {
    // Lines end as the table's first line did (a CRLF file stays CRLF).
    const end = lines[index]!.endsWith('\r') ? '\r' : '';
    const table = tableAt(plain, index);
    const row = table ? undefined : excelRow(plain, index);
    if (row) {
      out.push(row.cells.join('\t') + end);
      rejoined += 1;
      index = row.last + 1;
      continue;
    }
    if (!table || table.rows.length < 2) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    const above = out.findLast((line) => line.trim());
    out.push(...rowsAsLines(table.rows, notes, above).map((line) => line + end));
    index = table.next;
  }
  if (rejoined) notes.push(`表格中 ${rejoined} 行的单元格带引号跨行（从 Excel 复制），每行接回一行。`);
  return out.join('\n');
}
