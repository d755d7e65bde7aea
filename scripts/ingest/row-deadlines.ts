/**
 * A task whose departments a row gives it (its task table's, or a division's keyed by its number:
 * `3-4 （略，见正文）（牵头单位：…；完成时限：2023年12月底前）`) takes the row's time too: what the row
 * writes under a deadline label is the task's (`完成时限：…`), beside any time its own text sets; a
 * task its table's rows share (`重点任务` merged over them) takes each row's.
 * A paragraph's times that no label names (`于每年12月10日前报送…`) stay the paragraph's.
 */
import { fold } from '../../src/model/fold.ts';
import { DEADLINE_LABEL } from './deadline-label.ts';
import type { UnitNode } from './tree.ts';

/** A deadline label and its colon, right before the time. */
const LABEL_BEFORE = new RegExp(`${DEADLINE_LABEL}\\s*:\\s*$`, 'u');

export function giveRowDeadlines(units: readonly UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  // The rows of a task table that repeat a task, each of its own part of it (`重点任务` merged over them).
  const repeating = Map.groupBy(
    units.filter((unit) => unit.data.assigns),
    (unit) => unit.data.assigns!,
  );
  for (const task of units) {
    if (!task.data.assignedBy) continue;
    const rows = repeating.get(task.localId) ?? [byId.get(task.data.assignedBy)!];
    const fields = rows.flatMap((row) => fieldDeadlines(row));
    const own = task.data.deadlines ?? [];
    const added = fields.filter(
      (deadline, at) =>
        !own.some((other) => same(other, deadline)) && fields.findIndex((other) => same(other, deadline)) === at,
    );
    if (added.length) task.data.deadlines = [...own, ...added.map((deadline) => ({ ...deadline }))];
  }
}

/** What a row writes under a deadline label. */
function fieldDeadlines(row: UnitNode): NonNullable<UnitNode['data']['deadlines']> {
  const text = fold(row.children.map((line) => line.value).join('\n'));
  return (row.data.deadlines ?? []).filter((deadline) => {
    const at = text.indexOf(fold(deadline.text));
    return at >= 0 && LABEL_BEFORE.test(text.slice(Math.max(0, at - 12), at));
  });
}

type Deadline = NonNullable<UnitNode['data']['deadlines']>[number];
const same = (a: Deadline, b: Deadline): boolean => a.date === b.date && a.recurring === b.recurring;
