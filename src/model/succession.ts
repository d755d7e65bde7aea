/**
 * Consistency of the registry's history fields across departments, which one department's schema
 * cannot see: every successor exists, successions form no cycle, a body is not dissolved before it was
 * established, and every former name is also an alias (the department index matches aliases only).
 * Used as the refinement of departmentsFileSchema, so a broken registry fails to load with each problem
 * at its place in departments.yml.
 */

/** The history fields of a department, as far as these checks need them. */
export interface DepartmentHistory {
  id: string;
  name: string;
  aliases: string[];
  established?: number;
  dissolved?: number;
  succeededBy?: Array<{ id: string; year: number }>;
  formerNames?: Array<{ name: string; until: number }>;
}

/** One problem, with the path of the offending value inside the departments list. */
export interface HistoryProblem {
  path: Array<string | number>;
  message: string;
}

export function historyProblems(departments: DepartmentHistory[]): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const ids = new Set(departments.map((department) => department.id));
  departments.forEach((department, index) => {
    if (
      department.established !== undefined &&
      department.dissolved !== undefined &&
      department.dissolved < department.established
    )
      problems.push({
        path: [index, 'dissolved'],
        message: `dissolved ${department.dissolved} before established ${department.established}, expected dissolved ≥ established`,
      });
    (department.succeededBy ?? []).forEach((successor, position) => {
      if (!ids.has(successor.id))
        problems.push({
          path: [index, 'succeededBy', position, 'id'],
          message: `unknown successor \`${successor.id}\`, expected the id of a department of this file`,
        });
    });
    const aliases = new Set([department.name, ...department.aliases]);
    (department.formerNames ?? []).forEach((former, position) => {
      if (!aliases.has(former.name))
        problems.push({
          path: [index, 'formerNames', position, 'name'],
          message: `former name \`${former.name}\` is not an alias, expected it in \`aliases\` too (names are matched by alias)`,
        });
    });
  });
  for (const cycle of successionCycles(departments))
    problems.push({
      path: [departments.findIndex((department) => department.id === cycle[0]), 'succeededBy'],
      message: `succession cycle ${cycle.join(' → ')}, expected successors to lead away from a department`,
    });
  return problems;
}

/** Each cycle of the succession graph once, as ids from its first department back to it. */
export function successionCycles(departments: DepartmentHistory[]): string[][] {
  const successors = new Map(
    departments.map((department) => [department.id, (department.succeededBy ?? []).map((entry) => entry.id)]),
  );
  const done = new Set<string>();
  const cycles: string[][] = [];
  const visit = (id: string, trail: string[]) => {
    const open = trail.indexOf(id);
    if (open >= 0) {
      cycles.push([...trail.slice(open), id]);
      return;
    }
    if (done.has(id)) return;
    for (const next of successors.get(id) ?? []) visit(next, [...trail, id]);
    done.add(id);
  };
  for (const department of departments) visit(department.id, []);
  return cycles;
}
