/**
 * A table exported from Excel as CSV and pasted into a .txt: cells parted by commas, a cell that holds a
 * comma, a quote or a line break in double quotes, its own quotes doubled (`1,"推进…⏎完善…",市食安办`).
 * Rewritten as the same table copied out of Excel with tabs (text-table.ts reads that: excel-rows.ts
 * for its quoted cells), from a header the rewriting knows (a 任务分工, indicator or duty header) to
 * the first row that is not as wide or is empty; its title row above it (`…任务清单,,,,,,`) loses its
 * empty cells, and so do the rows of its width after it that are empty or hold a note in their first
 * cell (`"注：1.…⏎2.…",,,,,,`): the note's text alone, as under a table copied out of Excel. Any other
 * line, and a comma in a sentence, is left as it is.
 */
import { clipboardCell, quotedRecord } from './excel-rows.ts';
import { isTableHeader } from './table.ts';

/** A table as wide as this at least is one (`序号,任务,单位`). */
const MIN_WIDTH = 3;

export function csvTablesAsTabs(lines: readonly string[]): { lines: string[]; tables: number } {
  const out: string[] = [];
  let tables = 0;
  for (let index = 0; index < lines.length;) {
    const header = lines[index]!.includes('\t') ? undefined : record(lines, index);
    if (!header || header.cells.length < MIN_WIDTH || !isTableHeader(header.cells)) {
      out.push(lines[index]!);
      index += 1;
      continue;
    }
    tables += 1;
    // The table's title, alone in its row's first cell.
    const title = /^([^,"]+),+\s*$/u.exec(out.at(-1) ?? '');
    if (title) out[out.length - 1] = title[1]!;
    const width = header.cells.length;
    out.push(header.cells.join('\t'));
    let next = header.next;
    for (;;) {
      const row = next < lines.length && lines[next]!.trim() ? record(lines, next) : undefined;
      if (!row || row.cells.length !== width || row.cells.every((cell) => !cell)) break;
      out.push(...row.cells.map(clipboardCell).join('\t').split('\n'));
      next = row.next;
    }
    for (;;) {
      const row = next < lines.length && lines[next]!.trim() ? record(lines, next) : undefined;
      if (!row || row.cells.length !== width || row.cells.slice(1).some(Boolean)) break;
      out.push(...(row.cells[0] ? row.cells[0].split('\n') : ['']));
      next = row.next;
    }
    index = next;
  }
  return { lines: out, tables };
}

/**
 * The record that starts at line `index`, read as CSV (quoted cells may run over lines, their line
 * breaks kept), and the line after it; undefined for a line with no comma outside quotes or a quote
 * left open.
 */
function record(lines: readonly string[], index: number): { cells: string[]; next: number } | undefined {
  const found = quotedRecord(lines, index, ',', (_, cell) => `${cell}\n`);
  return found?.separated ? { cells: found.cells, next: found.last + 1 } : undefined;
}
