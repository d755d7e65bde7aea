/**
 * How the texts write a department: the names it goes by in each province (departments.json
 * `localNames`, a department page's 各省写法), told apart from the parts of it they name without it
 * (`divisions`: a 三定规定's `办公室`, a plan's `质量发展处` or `各县区局`). One rule for the open data
 * (scripts/ingest/to-exports.ts) and the pages (src/lib/department.ts).
 */
import type { Responsibility } from './measure.ts';

/** How a department's own text names itself: `我局将…`, `由本厅牵头`, `报送我委`. None of its names. */
export const FIRST_PERSON = [
  '我局',
  '本局',
  '我厅',
  '本厅',
  '我委',
  '本委',
  '我办',
  '本办',
  '我院',
  '本院',
  '我中心',
  '本中心',
];

/** The ways one province's texts write a department, each list sorted. */
export interface WrittenNames {
  /** The province's name, as units carry it (`山西省`). */
  province: string;
  /** Names of the department as written (`省质监局`, `质监部门`). */
  names: string[];
  /** Its parts named without it: divisions, local bureaus, a township's offices (`办公室`, `经发办`). */
  divisions: string[];
}

/** The names `departmentId` is written by in `units`, per province in the order the units name them. */
export function writtenNames(
  units: Iterable<{ province: string; departments: readonly Responsibility[] }>,
  departmentId: string,
): WrittenNames[] {
  const byProvince = new Map<string, { names: Set<string>; divisions: Set<string> }>();
  for (const unit of units)
    for (const entry of unit.departments) {
      if (entry.id !== departmentId || FIRST_PERSON.includes(entry.raw)) continue;
      let found = byProvince.get(unit.province);
      if (!found) byProvince.set(unit.province, (found = { names: new Set(), divisions: new Set() }));
      (entry.division ? found.divisions : found.names).add(entry.raw);
    }
  return [...byProvince].map(([province, { names, divisions }]) => ({
    province,
    names: [...names].sort(),
    divisions: [...divisions].sort(),
  }));
}
