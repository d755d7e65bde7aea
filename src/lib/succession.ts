/**
 * A department over time, for its page: the departments it took over from (with how many units name
 * them, so its responsibility list can be read across the reorganisation), those that took over from
 * it, and its former names.
 */
import type { Department, FormerName } from '../model/index.ts';
import type { Corpus } from './corpus.ts';

export interface SuccessionLink {
  department: Department;
  year: number;
  note?: string;
  /** Units naming that department. */
  units: number;
}

export interface Succession {
  predecessors: SuccessionLink[];
  successors: SuccessionLink[];
  formerNames: FormerName[];
}

export function successionOf(corpus: Corpus, department: Department): Succession {
  const unitsNaming = (id: string) =>
    corpus.namingUnits.filter((unit) => unit.departments.some((entry) => entry.id === id)).length;
  const link = (other: Department, year: number, note?: string): SuccessionLink => ({
    department: other,
    year,
    ...(note ? { note } : {}),
    units: unitsNaming(other.id),
  });
  return {
    predecessors: corpus.departments.flatMap((other) =>
      (other.succeededBy ?? [])
        .filter((entry) => entry.id === department.id)
        .map((entry) => link(other, entry.year, entry.note)),
    ),
    successors: (department.succeededBy ?? []).flatMap((entry) => {
      const other = corpus.department(entry.id);
      return other ? [link(other, entry.year, entry.note)] : [];
    }),
    formerNames: [...(department.formerNames ?? [])].sort((a, b) => a.until - b.until),
  };
}

/** True when the page has history to show. */
export const hasHistory = (department: Department, succession: Succession) =>
  department.established !== undefined ||
  department.dissolved !== undefined ||
  succession.predecessors.length > 0 ||
  succession.successors.length > 0 ||
  succession.formerNames.length > 0;

/**
 * Departments with a page: those named by a unit, and the successors of such departments (e.g.
 * 市场监督管理局, named by no 2015 document but holding its predecessors' duties), so the chain of
 * succession can be followed from page to page.
 */
export function departmentsWithPages(corpus: Corpus): Department[] {
  const active = new Set(corpus.activeDepartments.map((department) => department.id));
  const successors = new Set(
    corpus.departments.flatMap((department) =>
      active.has(department.id) ? (department.succeededBy ?? []).map((entry) => entry.id) : [],
    ),
  );
  return corpus.departments.filter((department) => active.has(department.id) || successors.has(department.id));
}
