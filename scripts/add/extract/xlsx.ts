/**
 * An Excel workbook (`.xlsx`), as a 任务清单 or 分工表 often arrives: each sheet's used range written as
 * Excel copies it to the clipboard, a row a line and its cells parted by tabs, a cell that holds a line
 * break or a quote in quotes with its quotes doubled; text-table.ts then reads the task table as it
 * reads one pasted into a .txt. A row with only its first cell (a title across the sheet) is that cell
 * alone; a merged cell's value stands in its first cell, the others blank, as a copy leaves them; a
 * number as its format shows it (xlsx-numbers.ts: a date `2025年12月31日`, a rate `95%`).
 * Sheets follow one another in the workbook's order, a blank line between them.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { ExtractError } from './error.ts';
import { clipboardCell } from './excel-rows.ts';
import { numberStyle, showNumber, type NumberStyle } from './xlsx-numbers.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function xlsxLines(bytes: Uint8Array, fileName: string, notes: string[]): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ExtractError(`${fileName} is not a readable .xlsx (not a zip package): save it again from Excel or WPS`);
  }
  const read = async (path: string) => {
    const file = zip.file(path);
    return file ? new DOMParser().parseFromString(await file.async('string'), 'text/xml') : undefined;
  };
  const workbook = await read('xl/workbook.xml');
  if (!workbook)
    throw new ExtractError(`${fileName} has no workbook (xl/workbook.xml): save it again from Excel or WPS`);
  const strings = sharedStrings(await read('xl/sharedStrings.xml'));
  const styles = cellStyles(await read('xl/styles.xml'));
  const targets = relationshipTargets(await read('xl/_rels/workbook.xml.rels'));
  const lines: string[] = [];
  let sheets = 0;
  for (const sheet of elements(workbook, 'sheet')) {
    const target = targets.get(sheet.getAttributeNS(RELATIONSHIPS, 'id') || '');
    const document = target && (await read(target.startsWith('/') ? target.slice(1) : `xl/${target}`));
    if (!document) continue;
    const rows = sheetRows(document, strings, styles);
    if (rows.length === 0) continue;
    if (lines.length) lines.push('');
    lines.push(...rows);
    sheets += 1;
  }
  notes.push(`Excel 工作簿：${sheets} 个工作表按行写出，单元格以制表符分隔。`);
  return lines;
}

const elements = (node: Document | Element, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(MAIN, name));

/** The text of each shared string, its runs joined. */
function sharedStrings(document: Document | undefined): string[] {
  if (!document) return [];
  return elements(document, 'si').map((item) =>
    elements(item, 't')
      .map((text) => text.textContent ?? '')
      .join(''),
  );
}

/** Each cell style (its index in cellXfs) and how it shows a number; undefined: General. */
function cellStyles(document: Document | undefined): Array<NumberStyle | undefined> {
  if (!document) return [];
  const custom = new Map(
    elements(document, 'numFmt').map((format) => [
      Number(format.getAttribute('numFmtId')),
      format.getAttribute('formatCode') ?? '',
    ]),
  );
  const formats = elements(document, 'cellXfs')[0];
  if (!formats) return [];
  return elements(formats, 'xf').map((style) => numberStyle(Number(style.getAttribute('numFmtId') || 0), custom));
}

/** Relationship id → the part it points to. */
function relationshipTargets(document: Document | undefined): Map<string, string> {
  if (!document) return new Map();
  return new Map(
    Array.from(document.getElementsByTagName('Relationship')).map((relation) => [
      relation.getAttribute('Id') ?? '',
      relation.getAttribute('Target') ?? '',
    ]),
  );
}

/** A cell's column (0-based) from its reference (`C7` → 2). */
function columnOf(reference: string): number {
  let column = 0;
  for (const letter of /^[A-Z]+/u.exec(reference)?.[0] ?? 'A') column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

/** A sheet's rows as lines, as wide as its used range. */
function sheetRows(
  document: Document,
  strings: readonly string[],
  styles: ReadonlyArray<NumberStyle | undefined>,
): string[] {
  const grid: string[][] = [];
  for (const row of elements(document, 'row')) {
    const cells: string[] = [];
    elements(row, 'c').forEach((cell, position) => {
      const column = cell.getAttribute('r') ? columnOf(cell.getAttribute('r')!) : position;
      cells[column] = cellText(cell, strings, styles);
    });
    const index = Number(row.getAttribute('r') || grid.length + 1) - 1;
    grid[index] = Array.from(cells, (cell) => cell ?? '');
  }
  const width = Math.max(0, ...grid.map((row) => (row ? row.findLastIndex((cell) => cell.trim() !== '') + 1 : 0)));
  const lines: string[] = [];
  for (const row of grid) {
    const cells = Array.from({ length: width }, (_, column) => row?.[column]?.trim() ?? '');
    const filled = cells.filter(Boolean).length;
    if (filled === 0) {
      if (lines.length && lines.at(-1) !== '') lines.push('');
      continue;
    }
    // A title across the sheet, or a note under the table: its text alone.
    if (filled === 1 && cells[0]) lines.push(...cells[0].split('\n'));
    else lines.push(...cells.map(clipboardCell).join('\t').split('\n'));
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A cell's text: a shared or inline string, a formula's cached value, a number as its style shows it. */
function cellText(cell: Element, strings: readonly string[], styles: ReadonlyArray<NumberStyle | undefined>): string {
  // xmldom gives an absent attribute as `''`.
  const type = cell.getAttribute('t') || 'n';
  const value = elements(cell, 'v')[0]?.textContent ?? '';
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'inlineStr')
    return elements(cell, 't')
      .map((text) => text.textContent ?? '')
      .join('');
  if (type === 'b') return value === '1' ? 'TRUE' : value ? 'FALSE' : '';
  if (type === 'n') return showNumber(value, styles[Number(cell.getAttribute('s') || 0)]);
  return value;
}
