/**
 * Rebuilding lines from a PDF page's text items: items on one baseline (within half a font size)
 * form a line, read left to right; a space is put between two items only where Latin letters or
 * digits meet across a visible gap (Chinese text has none). Lines are kept as the page breaks them.
 */
import type { StructuredTextItem } from 'unpdf';

export function pageLines(items: StructuredTextItem[]): string[] {
  const rows: Array<{ y: number; size: number; items: StructuredTextItem[] }> = [];
  for (const item of items) {
    if (!item.str) continue;
    const size = item.fontSize || item.height || 10;
    const row = rows.find((entry) => Math.abs(entry.y - item.y) <= Math.max(entry.size, size) * 0.5);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, size, items: [item] });
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((row) => joinItems(row.items.sort((a, b) => a.x - b.x)))
    .filter((line) => line.trim());
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
