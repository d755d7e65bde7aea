/** Overview matrices (theme × province, department × theme) as plain counts with heat levels. */
import type { Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';

export interface Matrix<R, C> {
  rows: R[];
  columns: C[];
  /** counts[row][column] */
  counts: number[][];
  max: number;
}

function build<R, C>(
  rows: R[],
  columns: C[],
  units: Unit[],
  rowKeys: (unit: Unit) => string[],
  columnKeys: (unit: Unit) => string[],
  rowId: (r: R) => string,
  columnId: (c: C) => string,
): Matrix<R, C> {
  const rowIndex = new Map(rows.map((r, i) => [rowId(r), i]));
  const columnIndex = new Map(columns.map((c, i) => [columnId(c), i]));
  const counts = rows.map(() => columns.map(() => 0));
  for (const unit of units) {
    for (const r of new Set(rowKeys(unit))) {
      for (const c of new Set(columnKeys(unit))) {
        const i = rowIndex.get(r);
        const j = columnIndex.get(c);
        if (i !== undefined && j !== undefined) counts[i]![j]! += 1;
      }
    }
  }
  return { rows, columns, counts, max: Math.max(0, ...counts.flat()) };
}

/** Units per theme (primary or secondary) and province. */
export function themeProvinceMatrix(corpus: Corpus) {
  return build(
    corpus.activeThemes,
    corpus.activeProvinces,
    corpus.units,
    (u) => u.themes,
    (u) => [u.provinceId],
    (t) => t.id,
    (p) => p.id,
  );
}

/**
 * Units per registry department named and theme (primary or secondary); departments most often named
 * first. Unresolved names are not rows (/departments/unresolved/ lists them).
 */
export function departmentThemeMatrix(corpus: Corpus) {
  const matrix = build(
    corpus.activeDepartments,
    corpus.activeThemes,
    corpus.namingUnits,
    (u) => u.departments.flatMap((d) => d.id ?? []),
    (u) => u.themes,
    (d) => d.id,
    (t) => t.id,
  );
  const order = matrix.rows.map((_, i) => i).sort((a, b) => sum(matrix.counts[b]!) - sum(matrix.counts[a]!) || a - b);
  const themes = matrix.columns.map((_, j) => j).filter((j) => matrix.counts.some((row) => row[j]! > 0));
  return {
    rows: order.map((i) => matrix.rows[i]!),
    columns: themes.map((j) => matrix.columns[j]!),
    counts: order.map((i) => themes.map((j) => matrix.counts[i]![j]!)),
    max: matrix.max,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Heat level 0…5 of a count (0 only for zero), for the `heat-N` CSS classes. Logarithmic, so that
 * 1, 2 and 5 still look different when one cell holds 30.
 */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((Math.log1p(count) / Math.log1p(max)) * 5)));
}
