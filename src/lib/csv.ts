/**
 * CSV for spreadsheet users: UTF-8 with a BOM (so Excel opens Chinese correctly), CRLF line ends and
 * RFC 4180 quoting; arrays are joined with the full-width semicolon `；`.
 */
export type CsvValue = string | number | boolean | null | undefined | Array<string | number>;

export const BOM = '\uFEFF';
export const ARRAY_SEPARATOR = '；';

/** One field, quoted when it holds a quote, comma, CR or LF (or leading/trailing space). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(ARRAY_SEPARATOR) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header, rows, each line ending in CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A column: its header and how to read it from an item. */
export interface Column<T> {
  header: string;
  value: (item: T) => CsvValue;
}

export function tableToCsv<T>(columns: Array<Column<T>>, items: T[]): string {
  return toCsv(
    columns.map((c) => c.header),
    items.map((item) => columns.map((c) => c.value(item))),
  );
}
