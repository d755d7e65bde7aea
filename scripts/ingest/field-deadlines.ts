/**
 * A deadline field after a group's last task (`整改措施：1. …` / `2. …` / `责任单位：…` / `整改时限：…`) is
 * every task's of the group that shares its departments (group-responsibility.ts) and has no time of
 * its own, and the task's whose steps it closes.
 */
import { fold } from '../../src/model/fold.ts';
import { isDeadlineField } from './line-shapes.ts';
import type { UnitNode } from './tree.ts';

/** The deadlines of a unit's own field lines after its first (`完成时限：2024年12月底前`). */
function fieldDeadlines(unit: UnitNode): NonNullable<UnitNode['data']['deadlines']> {
  const fields = unit.children.slice(1).filter((line) => isDeadlineField(fold(line.value)));
  return (unit.data.deadlines ?? []).filter((deadline) => fields.some((line) => line.value.includes(deadline.text)));
}

/** The departments of a unit as one key: id and role of each, in order. */
const departmentsKey = (unit: UnitNode): string =>
  (unit.data.departments ?? []).map((department) => `${department.id}:${department.role}`).join(',');

/**
 * Gives the deadline fields that close a group's last task to the tasks before it at its level, back
 * to the part's start, that share its departments and have no deadline field of their own, and to
 * the task they are steps of when it shares them and has no deadline.
 */
export function shareFieldDeadlines(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  units.forEach((unit, position) => {
    const fields = fieldDeadlines(unit);
    const key = departmentsKey(unit);
    const next = units[position + 1];
    if (fields.length === 0 || !key) return;
    if (next && next.parentId === unit.parentId && next.numbering.length === unit.numbering.length) return;
    for (let index = position - 1; index >= 0; index--) {
      const before = units[index]!;
      if (before.parentId !== unit.parentId || before.numbering.length !== unit.numbering.length) break;
      if (before.kind !== unit.kind || departmentsKey(before) !== key) break;
      if (fieldDeadlines(before).length > 0) break;
      before.data.deadlines = [...(before.data.deadlines ?? []), ...fields.map((deadline) => ({ ...deadline }))];
    }
    // Fields after a task's steps are the task's (group-responsibility.ts closesSteps): so is their time.
    const task = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (task && task.kind === unit.kind && departmentsKey(task) === key && !task.data.deadlines?.length)
      task.data.deadlines = fields.map((deadline) => ({ ...deadline }));
  });
}
