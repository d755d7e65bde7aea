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
import { isTableHeader } from './table.ts';
import { rowsAsLines } from './text-table.ts';
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
  const ends = sizeRunEnds(lines);
  // Where the item a column of a line starts in stands: the last item starting at or before it.
  const depthAt = (at: number, column: number) => lines[at]?.depths.findLast((item) => item.column <= column)?.depth;
  const out: MeasuredLine[] = [];
  for (let index = 0; index < lines.length;) {
    const line = lines[index];
    const table = line ? layoutTableAt(layout, index, isTableHeader, { end: ends[index], depthAt }) : undefined;
    if (!line || !table) {
      if (line) out.push(line);
      index += 1;
      continue;
    }
    const above = out.findLast((kept) => kept.text.trim())?.text;
    for (const text of rowsAsLines(table.rows, notes, above))
      out.push({ text, left: line.left, right: line.left, size: line.size, whole: true });
    const right = Math.max(...lines.slice(index, table.next).map((row) => row?.right ?? -Infinity));
    index = table.next;
    const note = noteUnder(lines, index, line.size, right);
    out.push(...note.lines);
    index = note.next;
  }
  return out;
}

/**
 * Where the run of lines in each line's size of type ends: a table is set in one size, and the text
 * after it (`各单位要按照分工抓好落实。`) in the body's, which ends it. Blank lines and page breaks go on
 * with the run around them.
 */
function sizeRunEnds(lines: Array<PdfLine | undefined>): number[] {
  const ends = new Array<number>(lines.length);
  let end = lines.length;
  let size: number | undefined;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    if (line && size !== undefined && Math.abs(line.size - size) > size * 0.05) end = index + 1;
    if (line) size = line.size;
    ends[index] = end;
  }
  return ends;
}

/** An item's number at a note's line start (`2.`, `（二）`): a point of its own. */
const NOTE_POINT = /^\s*(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）])/u;

/**
 * The note under a table, in the table's size of type (`注：1.…` / `2.各县（市、区）政府负责…，` / `表中不再
 * 逐项列出。`): its lines joined where they wrapped at the table's right edge, and no wrap of the text's
 * around it, which is set in another size (./unwrap.ts measures the text's size alone).
 */
function noteUnder(
  lines: Array<PdfLine | undefined>,
  from: number,
  size: number,
  right: number,
): { lines: MeasuredLine[]; next: number } {
  const note: MeasuredLine[] = [];
  let index = from;
  while (index < lines.length && !lines[index]) index += 1;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line || Math.abs(line.size - size) > size * 0.05) break;
    const last = note.at(-1);
    const wrapped =
      last &&
      last.right >= right - size * 1.5 &&
      !/[。；！？:：]$/u.test(last.text.trim()) &&
      !NOTE_POINT.test(line.text);
    if (wrapped) note[note.length - 1] = { ...last, text: last.text + line.text.trim(), right: line.right };
    // The note's first line, or a point of it: anything else is the text going on after it.
    else if (note.length ? NOTE_POINT.test(line.text) : /^\s*(?:注|备注|说明)\s*\d*\s*[:：]/u.test(line.text))
      note.push({ ...line, whole: true });
    else break;
  }
  return note.length ? { lines: note, next: index } : { lines: [], next: from };
}
