/** Theme page helpers: the side-by-side comparison of provinces for one theme. */
import type { Department, Province, Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';
import { roleOf, strongestRole, type Role } from './responsibility.ts';

export interface ThemeColumn {
  province: Province;
  /** Units with the theme as primary theme. */
  primary: Unit[];
  /** Of `primary`, those of the province's newest document having any: shown in full. */
  latest: Unit[];
  /** Of `primary`, the rest (earlier documents), newest document first: listed as links, cut at LIST_LIMIT. */
  earlier: Unit[];
  /** Units that touch the theme as a secondary theme. */
  secondary: Unit[];
}

export interface AlignmentCell {
  /** Units of this province naming the department for the theme. */
  count: number;
  /** Its strongest role in them (lead, then responsible, then cooperating); absent when it is not named. */
  role?: Role;
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
 * A task its plan's task table restates is listed and counted once (`corpus.namingUnits`), as on a
 * department's page.
 */
export function compareTheme(corpus: Corpus, themeId: string): ThemeComparison {
  const withTheme = corpus.namingUnits.filter((unit) => unit.themes.includes(themeId));
  const columns = corpus.activeProvinces.flatMap((province): ThemeColumn[] => {
    const units = withTheme.filter((unit) => unit.provinceId === province.id);
    if (!units.length) return [];
    const primary = units.filter((u) => u.themes[0] === themeId);
    const newest = newestDocument(corpus, primary);
    return [
      {
        province,
        primary,
        latest: primary.filter((u) => u.document === newest),
        earlier: newestFirst(
          corpus,
          primary.filter((u) => u.document !== newest),
        ),
        secondary: units.filter((u) => u.themes[0] !== themeId),
      },
    ];
  });
  const rows = corpus.departments.flatMap((department): AlignmentRow[] => {
    const cells = columns.map((column) => {
      const naming = [...column.primary, ...column.secondary].flatMap((unit) =>
        unit.departments.filter((d) => d.id === department.id),
      );
      const role = strongestRole(naming.map(roleOf));
      return role ? { count: naming.length, role } : { count: naming.length };
    });
    const provinces = cells.filter((cell) => cell.count > 0).length;
    return provinces ? [{ department, cells, provinces }] : [];
  });
  rows.sort((a, b) => b.provinces - a.provinces || total(b) - total(a));
  return { columns, rows, total: withTheme.length };
}

/** The document of `units` with the latest date (ties: the first id), or undefined. */
function newestDocument(corpus: Corpus, units: Unit[]): string | undefined {
  let best: { id: string; date: string } | undefined;
  for (const id of new Set(units.map((u) => u.document))) {
    const date = corpus.document(id)?.date.value ?? '';
    if (!best || date > best.date || (date === best.date && id < best.id)) best = { id, date };
  }
  return best?.id;
}

/** Units by their document's date, newest first; within a document (and on equal dates) as they were. */
function newestFirst(corpus: Corpus, units: Unit[]): Unit[] {
  const date = (u: Unit) => corpus.document(u.document)?.date.value ?? '';
  return units
    .map((unit, index) => ({ unit, index, date: date(unit) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.index - b.index))
    .map((e) => e.unit);
}

const total = (row: AlignmentRow) => row.cells.reduce((sum, cell) => sum + cell.count, 0);

/** Units listed per province under “same theme elsewhere” on a measure page (the theme page has them all). */
export const ELSEWHERE_PER_PROVINCE = 1;

export interface ElsewhereGroup {
  province: Province;
  /** Up to ELSEWHERE_PER_PROVINCE units, newest document first, then document order. */
  units: Unit[];
  /** All units of the province with the theme as primary theme. */
  total: number;
}

/** Primary-theme units by theme and province, newest document first: built once per corpus. */
const elsewhereIndex = new WeakMap<Corpus, Map<string, Map<string, Unit[]>>>();

function unitsByThemeAndProvince(corpus: Corpus): Map<string, Map<string, Unit[]>> {
  let index = elsewhereIndex.get(corpus);
  if (index) return index;
  index = new Map();
  const newestFirst = [...corpus.documents].sort(
    (a, b) => b.date.value.localeCompare(a.date.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const document of newestFirst) {
    for (const unit of corpus.unitsOf(document.id)) {
      const theme = unit.themes[0];
      // A task table's row restating a body task is that task again (`corpus.namingUnits`).
      if (!theme || unit.assigns) continue;
      const byProvince = index.get(theme) ?? new Map<string, Unit[]>();
      index.set(theme, byProvince);
      const list = byProvince.get(unit.provinceId) ?? [];
      byProvince.set(unit.provinceId, list);
      list.push(unit);
    }
  }
  elsewhereIndex.set(corpus, index);
  return index;
}

/**
 * Units of other provinces sharing the unit's primary theme, grouped by province (registry order):
 * a few per province, newest document first, with the province's total, so a measure page stays
 * the same size however many documents the corpus holds (the theme page lists them all).
 */
export function sameThemeElsewhere(
  corpus: Corpus,
  unit: Unit,
  perProvince: number = ELSEWHERE_PER_PROVINCE,
): ElsewhereGroup[] {
  const theme = unit.themes[0];
  if (!theme) return [];
  const byProvince = unitsByThemeAndProvince(corpus).get(theme);
  if (!byProvince) return [];
  return corpus.activeProvinces.flatMap((province) => {
    if (province.id === unit.provinceId) return [];
    const units = byProvince.get(province.id) ?? [];
    return units.length ? [{ province, units: units.slice(0, perProvince), total: units.length }] : [];
  });
}
