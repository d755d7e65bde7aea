/**
 * Gives the tasks that numbered duties name (numbered-duties.ts reads them, task-numbers.ts finds the
 * tasks) their bodies, and reports the numbers that name no task.
 */
import { VFile } from 'vfile';
import type { Responsibility } from '../../src/model/index.ts';
import { report, spanInLine } from './messages.ts';
import type { NumberedDuty } from './numbered-duties.ts';
import { type FoundList, type Resolving, resolveSegments } from './resolve-departments.ts';
import { resolveTaskNumbers } from './task-numbers.ts';
import { segmentsInTurn } from './group-responsibility.ts';
import type { UnitNode } from './tree.ts';
import { lineAt, listsOf, paragraphsOf } from './unit-paragraphs.ts';
import { itemTitle } from './unit-title.ts';

/**
 * Gives each task the numbered duties name the bodies they give it: a task that names none takes
 * them, and points at the unit that says so (`assignedBy`); a task that names its own keeps them and
 * takes the others beside them, leading only where it names no lead; a task whose bodies its sentences'
 * subjects gave (`bySubject`) takes the division's first, their lead leading. A unit that names bodies
 * only for tasks it gives them to keeps them too.
 */
export function assignNumberedDuties(
  units: UnitNode[],
  duties: readonly NumberedDuty[],
  resolving: Resolving & { file: VFile },
  bySubject: ReadonlySet<UnitNode> = new Set(),
): void {
  const given = new Map<UnitNode, Array<{ duty: NumberedDuty; found: FoundList[]; depth: number }>>();
  const kept = new Set<NumberedDuty>();
  const resolved = resolveTaskNumbers(units, duties);
  for (const [position, duty] of duties.entries()) {
    const { tasks, depths, missing } = resolved[position]!;
    const { paragraph, reference } = duty;
    const line = paragraph.lines[lineAt(paragraph, reference.start)]!;
    const offset = paragraph.offsets[lineAt(paragraph, reference.start)]!;
    for (const number of missing)
      report(
        resolving.file,
        'extract-departments:unknown-task',
        `Unexpected \`${paragraph.lines
          .map((each) => each.value)
          .join('')
          .slice(
            reference.start,
            reference.end,
          )}\` naming no task numbered ${number}, expected the number of one of the document’s tasks; its departments stay on this unit`,
        spanInLine(line, reference.start - offset, Math.min(reference.end - offset, line.value.length)),
      );
    if (missing.length || tasks.flat().length === 0) kept.add(duty);
    const turns = duty.respectively ? segmentsInTurn(duty.paragraph.folded, duty.segments, tasks.length) : undefined;
    for (const [turn, named] of tasks.entries()) {
      const segments = (turns?.[turn] ?? duty.segments).map((segment) =>
        duty.partial && segment.role === 'lead' ? { ...segment, role: 'responsible' as const } : segment,
      );
      for (const task of named)
        given.set(task, [
          ...(given.get(task) ?? []),
          { duty, found: listsOf(paragraph, segments), depth: depths[turn]! },
        ]);
    }
  }
  const quiet = { ...resolving, file: new VFile() };
  for (const [task, all] of given) {
    // A task's own number (`其中第3目由…`) says who does it over its item's (`第（一）项由…`); a part of its
    // work (`第3项工作中…`) adds to either.
    const deepest = Math.max(...all.filter(({ duty }) => !duty.partial).map(({ depth }) => depth));
    const from = all.filter(({ duty, depth }) => duty.partial || depth === deepest);
    const theirs = resolveSegments(
      from.flatMap(({ found }) => found),
      quiet,
    );
    const own = task.data.departments ?? [];
    // Bodies read from the task's sentences (`各县（市、区）要…`) say less than a division that names the lead.
    const weaker = own.length > 0 && bySubject.has(task);
    if ((own.length === 0 || weaker) && from[0]!.duty.unit !== task && !task.data.assignedBy)
      task.data.assignedBy = from[0]!.duty.unit.localId;
    task.data.departments = weaker ? beside(theirs, own) : beside(own, theirs);
  }
  // Names are reported once, where they are written: with their unit's, or here for a unit that holds
  // them only for the tasks it gives them to, or for numbers that name none.
  for (const unit of new Set(duties.map((duty) => duty.unit))) {
    // An entry of a list (a table's note, `注：3．上述第3项工作中…由县经信局牵头`) names no one's task itself.
    if (unit.kind === 'entry') continue;
    // A paragraph or a row that only gives tasks by number their bodies (`以上第4、5项任务分别由…`) is a
    // duty, whatever its place made it (a task's next paragraph, the text's closing lines).
    const paragraphs = new Set(duties.filter((duty) => duty.unit === unit).map((duty) => duty.paragraph.lines[0]));
    if (!unit.children[0]!.label && paragraphsOf(unit).every((paragraph) => paragraphs.has(paragraph.lines[0]))) {
      unit.kind = 'duty';
      unit.title = itemTitle(unit.children[0]!.value, 'duty');
    }
    const lists = duties
      .filter((duty) => duty.unit === unit && (!unit.data.departments?.length || kept.has(duty)))
      .flatMap((duty) => listsOf(duty.paragraph, duty.segments));
    if (lists.length === 0) continue;
    unit.data.departments = beside(unit.data.departments ?? [], resolveSegments(lists, resolving));
  }
}

/** `own` with those of `theirs` it does not name after them; theirs lead only where own names no lead. */
function beside(own: Responsibility[], theirs: Responsibility[]): Responsibility[] {
  const key = (entry: Responsibility) => entry.id ?? entry.raw;
  const led = own.some((entry) => entry.role === 'lead' || entry.lead);
  const added = theirs
    .filter((entry) => !own.some((other) => key(other) === key(entry)))
    .map((entry) => (led && entry.lead ? { ...entry, lead: false, role: 'responsible' as const } : { ...entry }));
  const all = [...own.map((entry) => ({ ...entry })), ...added];
  // Leads first, as a task's departments are listed.
  return [...all.filter((entry) => entry.lead), ...all.filter((entry) => !entry.lead)];
}
