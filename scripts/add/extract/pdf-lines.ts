/**
 * Rebuilding lines from a PDF page's text items: items on one baseline (within half a font size)
 * form a line, read left to right; a space is put between two items only where Latin letters or
 * digits meet across a visible gap (Chinese text has none). Lines are kept as the page breaks them,
 * with where each starts and ends (spaces at its start count as indentation), for ./unwrap.ts.
 */
import type { StructuredTextItem } from 'unpdf';
import type { MeasuredLine } from './unwrap.ts';

/** A PDF's line as ./unwrap.ts measures it, and as a converter lays it out (./layout-table.ts reads tables so). */
export interface PdfLine extends MeasuredLine {
  /**
   * The line's items each from its column, counted in characters of the line's size from the page's
   * left edge (`pdftotext -layout`'s way), one space at least where a visible gap parts two of them.
   */
  layout: string;
  /**
   * A gap above it wider than its size's lines usually stand apart on the page, as a table's cell
   * padding leaves between two rows (the lines of a cell stand closer): a converter prints a blank line
   * there.
   */
  apart: boolean;
  /**
   * Where each of the line's items stands down its page (its baseline, in points from a fixed height),
   * by the column of `layout` it starts at: a line gathers items up to half a size apart, as a cell's
   * lines centred beside another cell's stand, and a table's merged cells are found by where they stand.
   */
  depths: Array<{ column: number; depth: number }>;
}

/** How much wider than the usual gap between lines of its size a gap is a blank line. */
const BLANK_GAP = 1.2;

export function pageLines(items: StructuredTextItem[]): PdfLine[] {
  const rows: Array<{ y: number; size: number; items: StructuredTextItem[] }> = [];
  for (const item of items) {
    if (!item.str) continue;
    const size = item.fontSize || item.height || 10;
    const row = rows.find((entry) => Math.abs(entry.y - item.y) <= Math.max(entry.size, size) * 0.5);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, size, items: [item] });
  }
  const edge = Math.min(...items.filter((item) => item.str.trim()).map((item) => item.x));
  const written = rows.filter((row) => row.items.some((item) => item.str.trim())).sort((a, b) => b.y - a.y);
  const gaps = written.map((row, index) => (index ? written[index - 1]!.y - row.y : 0));
  const usual = usualGaps(
    written.map((row) => row.size),
    gaps,
  );
  return written.map((row, index) => {
    const sorted = row.items.sort((a, b) => a.x - b.x);
    const apart = index > 0 && gaps[index]! > (usual.get(Math.round(row.size)) ?? row.size * 1.25) * BLANK_GAP;
    return { ...measured(sorted, row.size), ...laidOut(sorted, row.size, edge), apart };
  });
}

/**
 * The usual gap between two lines of each size (rounded to a point) on a page: the narrowest that
 * comes twice at least, as between a cell's lines (rows and paragraphs stand further apart), else the
 * commonest; a full line's, not the half of one between a cell's lines and its neighbour's centred
 * beside them.
 */
function usualGaps(sizes: number[], gaps: number[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  sizes.forEach((size, index) => {
    const gap = Math.round(gaps[index]!);
    if (index === 0 || gap < size * 0.8 || gap > size * 3) return;
    const bySize = counts.get(Math.round(size)) ?? new Map<number, number>();
    counts.set(Math.round(size), bySize.set(gap, (bySize.get(gap) ?? 0) + 1));
  });
  return new Map(
    [...counts].map(([size, bySize]) => {
      const recurring = [...bySize].filter(([, count]) => count >= 2).sort((a, b) => a[0] - b[0]);
      return [size, (recurring[0] ?? [...bySize].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!)[0]];
    }),
  );
}

/** Where a gap between two items is a gap between columns, not within a run of text: in characters. */
const COLUMN_GAP = 0.6;

function laidOut(items: StructuredTextItem[], size: number, edge: number): Pick<PdfLine, 'layout' | 'depths'> {
  let line = '';
  let end: number | undefined;
  const depths: PdfLine['depths'] = [];
  for (const item of items) {
    // A run of spaces a PDF writer put between cells, as wide as the gap: the gap itself.
    if (!item.str.trim()) continue;
    const text = end === undefined ? item.str.trimStart() : item.str;
    if (end !== undefined && item.x - end < size * COLUMN_GAP) line += text;
    else {
      const column = Math.round((item.x - edge) / size);
      line += ' '.repeat(Math.max(end === undefined ? 0 : 1, column - [...line].length)) + text.trimStart();
      depths.push({ column: [...line].length - [...text.trimStart()].length, depth: -item.y });
    }
    end = item.x + item.width;
  }
  return { layout: line.replace(/\s+$/u, ''), depths };
}

function measured(items: StructuredTextItem[], size: number): MeasuredLine {
  const text = joinItems(items);
  const last = items.at(-1)!;
  // Spaces typed before the text (some PDFs indent so) are indentation, as an offset would be.
  const spaces = [...(/^[\s\u3000]*/u.exec(text)?.[0] ?? '')].reduce(
    (sum, char) => sum + (char === '\u3000' ? 1 : 0.5),
    0,
  );
  return { text, left: items[0]!.x + spaces * size, right: last.x + last.width, size };
}

function joinItems(items: StructuredTextItem[]): string {
  let line = '';
  let end: number | undefined;
  for (const item of items) {
    const gap = end === undefined ? 0 : item.x - end;
    const size = item.fontSize || item.height || 10;
    if (gap > size * 0.25 && /[A-Za-z0-9]$/u.test(line) && /^[A-Za-z0-9]/u.test(item.str)) line += ' ';
    line += item.str;
    end = item.x + item.width;
  }
  return line.replace(/[ \t]+$/u, '');
}
