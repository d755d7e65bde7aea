/** Theme page helpers: the side-by-side comparison of provinces for one theme. */
import type { Department, Province, Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';

export interface ThemeColumn {
  province: Province;
  /** Units with the theme as primary theme. */
  primary: Unit[];
  /** Units that touch the theme as a secondary theme. */
  secondary: Unit[];
}

export interface AlignmentCell {
  /** Units of this province naming the department for the theme. */
  count: number;
  /** True when the department leads at least one of them. */
  lead: boolean;
}

export interface AlignmentRow {
  department: Department;
  /** One cell per column, in column order. */
  cells: AlignmentCell[];
  /** Number of provinces naming the department for this theme. */
  provinces: number;
}

export interface ThemeComparison {
  columns: ThemeColumn[];
  rows: AlignmentRow[];
  total: number;
}

/** Anchor of a province column on a theme page. */
export const columnAnchor = (provinceId: string): string => `p-${provinceId}`;

/**
 * One column per province having the theme (registry order), and one row per department named by
 * those units, showing which provinces name it: shared departments first, then each province's own.
 */
export function compareTheme(corpus: Corpus, themeId: string): ThemeComparison {
  const withTheme = corpus.units.filter((unit) => unit.themes.includes(themeId));
  const columns = corpus.activeProvinces.flatMap((province): ThemeColumn[] => {
    const units = withTheme.filter((unit) => unit.provinceId === province.id);
    if (!units.length) return [];
    return [
      {
        province,
        primary: units.filter((u) => u.themes[0] === themeId),
        secondary: units.filter((u) => u.themes[0] !== themeId),
      },
    ];
  });
  const rows = corpus.departments.flatMap((department): AlignmentRow[] => {
    const cells = columns.map((column) => {
      const naming = [...column.primary, ...column.secondary].flatMap((unit) =>
        unit.departments.filter((d) => d.id === department.id),
      );
      return { count: naming.length, lead: naming.some((d) => d.lead) };
    });
    const provinces = cells.filter((cell) => cell.count > 0).length;
    return provinces ? [{ department, cells, provinces }] : [];
  });
  rows.sort((a, b) => b.provinces - a.provinces || total(b) - total(a));
  return { columns, rows, total: withTheme.length };
}

const total = (row: AlignmentRow) => row.cells.reduce((sum, cell) => sum + cell.count, 0);

/** Units of other provinces sharing the unit's primary theme, grouped by province. */
export function sameThemeElsewhere(corpus: Corpus, unit: Unit): Array<{ province: Province; units: Unit[] }> {
  const theme = unit.themes[0];
  if (!theme) return [];
  return corpus.activeProvinces.flatMap((province) => {
    if (province.id === unit.provinceId) return [];
    const units = corpus.units.filter((other) => other.provinceId === province.id && other.themes[0] === theme);
    return units.length ? [{ province, units }] : [];
  });
}
