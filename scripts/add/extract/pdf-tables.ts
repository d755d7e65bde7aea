/**
 * Task tables in a PDF. Its text items carry where they stand, and nothing else says which cell a
 * piece of text is in: lines rebuilt across a table's row run its cells together (`1开展…市市场监管局
 * 市财政局2025年底前`), and a cell's wrapped lines fall on lines of their own, above and below the
 * row's number. So each line is laid out as `pdftotext -layout` would print it (pdf-lines.ts), the
 * pages one after another with a form feed between them, and each table found there by its header is
 * read as such a converter's table is (layout-table.ts) and written as text-table.ts writes a table:
 * a task line per row. The lines of those rows are replaced by the task lines, which stand whole:
 * no wrap is joined to them.
 */
import { unifyRadicals } from '../../../src/model/radicals.ts';
import type { PdfLine } from './pdf-lines.ts';
import { layoutTableAt } from './layout-table.ts';
import { isTableHeader, rowsAsLines } from './text-table.ts';
import type { MeasuredLine } from './unwrap.ts';

export function withTaskTables(pages: PdfLine[][], notes: string[]): MeasuredLine[] {
  // Pages apart by a form feed, lines apart by a wide gap by a blank line, as a converter prints them.
  const lines: Array<PdfLine | undefined> = [];
  const layout: string[] = [];
  const add = (line: PdfLine | undefined, text: string) => {
    lines.push(line);
    layout.push(text);
  };
  pages.forEach((page, index) => {
    if (index) add(undefined, '\f');
    for (const line of page) {
      if (line.apart) add(undefined, '');
      // Radicals a font wrote for characters (`⼀、主要任务`) are read as the characters.
      add(line, unifyRadicals(line.layout).text);
    }
  });
  const out: MeasuredLine[] = [];
  for (let index = 0; index < lines.length;) {
    const line = lines[index];
    const table = line ? layoutTableAt(layout, index, isTableHeader) : undefined;
    if (!line || !table) {
      if (line) out.push(line);
      index += 1;
      continue;
    }
    const above = out.findLast((kept) => kept.text.trim())?.text;
    for (const text of rowsAsLines(table.rows, notes, above))
      out.push({ text, left: line.left, right: line.left, size: line.size, whole: true });
    index = table.next;
  }
  return out;
}
