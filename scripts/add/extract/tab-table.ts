/**
 * 任务分工 tables and tables of main indicators in a plain-text file. A table copied out of Word or
 * WPS into a .txt keeps its rows as lines and its cells separated by tabs, and loses everything
 * else: the ingest would read each row as one run of text, its departments, deadlines and goals in
 * columns it cannot see. So a block of consecutive lines with tabs between their cells, whose first
 * line is a 任务分工 header (table.ts isTaskHeader: 重点任务｜牵头单位｜配合单位｜完成时限…) or an
 * indicator header (indicator-table.ts: 指标｜2020年｜2025年…), is rewritten as a Word table is:
 * one line per task, `<序号>. <任务>（牵头单位：…；配合单位：…；完成时限：…）`, or per indicator
 * (table.ts tableLines). Any other tabbed lines are left as they are. A tab at the start or end of a line is indentation,
 * not a cell boundary; an empty cell (two tabs in a row) is a cell.
 */
import type { Element, ElementContent } from 'hast';
import { isIndicatorHeader } from './indicator-table.ts';
import { isTaskHeader, tableLines } from './table.ts';

/** The cells of a line that has a tab between two of them, else undefined. */
function cellsOf(line: string): string[] | undefined {
  const inner = line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return inner.includes('\t') ? inner.split('\t').map((cell) => cell.trim()) : undefined;
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

/**
 * `text` with each tab-separated 任务分工 table rewritten as task lines, and each table of main
 * indicators as goal lines (indicator-table.ts); what was done goes to `notes`.
 */
export function rewriteTabTables(text: string, notes: string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length;) {
    const header = cellsOf(lines[index]!);
    if (!header || !(isTaskHeader(header) || isIndicatorHeader(header))) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    const rows = [header];
    let next = index + 1;
    for (let cells = cellsOf(lines[next] ?? ''); cells; cells = cellsOf(lines[next] ?? '')) {
      rows.push(cells);
      next++;
    }
    if (rows.length < 2) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    // Lines end as the table's first line did (a CRLF file stays CRLF).
    const end = lines[index]!.endsWith('\r') ? '\r' : '';
    out.push(...tableLines(asTable(rows), notes).map((line) => line + end));
    index = next;
  }
  return out.join('\n');
}
