/**
 * A table as a grid of cells, merged cells expanded: a cell spanning rows appears in each row it
 * covers, marked `carried` below its first row, so a row can tell its own cells from those it
 * shares with the row above; a cell spanning columns counts once (`copy` on its other columns).
 */
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';

export interface GridCell {
  /** The cell's text: its paragraphs joined (see cellText). */
  text: string;
  /** True below the first row of a cell spanning rows. */
  carried: boolean;
  /** True right of the first column of a cell spanning columns. */
  copy: boolean;
}

const isElement = (node: unknown, ...names: string[]): node is Element =>
  (node as Element).type === 'element' && names.includes((node as Element).tagName);

/** The rows of this table (not of tables nested in it). */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child, 'tr', 'thead', 'tbody', 'tfoot')) continue;
    if (child.tagName === 'tr') rows.push(child);
    else rows.push(...child.children.filter((row) => isElement(row, 'tr')));
  }
  return rows;
}

export function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th'));
}

export function buildGrid(table: Element, join: (column: number) => string): GridCell[][] {
  const grid: GridCell[][] = [];
  rowsOf(table).forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (grid[rowIndex]![column]) column++;
      const rowSpan = Math.max(1, Number(cell.properties.rowSpan ?? 1) || 1);
      const colSpan = Math.max(1, Number(cell.properties.colSpan ?? 1) || 1);
      const text = cellText(cell, join(column));
      for (let down = 0; down < rowSpan; down++) {
        grid[rowIndex + down] ??= [];
        for (let right = 0; right < colSpan; right++)
          grid[rowIndex + down]![column + right] = { text, carried: down > 0, copy: right > 0 };
      }
      column += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? { text: '', carried: false, copy: false }));
}

/** A cell's line that opens with its own field's label (`牵头单位：县住建局`, `责任县领导：分管副县长`). */
export const OWN_LABEL = /^[^：:，,。、；;（）()\s]{2,8}[：:]\S/u;

/**
 * A cell's text on one line: its paragraphs joined directly after closing punctuation, else with
 * `separator` (`、` between department names, a full-width space otherwise).
 */
export function cellText(cell: Element, separator: string): string {
  const parts = toText(cell, { whitespace: 'normal' })
    .split('\n')
    .map((part) => part.replace(/\u00a0/gu, ' ').trim())
    .filter(Boolean);
  // A part in brackets (`省市场监管局` / `（省知识产权局）`) is another name of the one before it; a part
  // with its own label after a labelled one is the next field (`责任县领导：…` / `牵头单位：…` / `配合单位：…`).
  return parts.reduce(
    (text, part) =>
      text === ''
        ? part
        : OWN_LABEL.test(text) && OWN_LABEL.test(part)
          ? `${text.replace(/[；;，,、。]$/u, '')}；${part}`
          : /[。；;，,、：:！？!?）)]$/u.test(text) || /^[（(]/u.test(part)
            ? text + part
            : text + separator + part,
    '',
  );
}
