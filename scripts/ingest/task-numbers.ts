/**
 * Which of a document's units a reference to tasks by number names (task-references.ts): for each of
 * its numbers the unit so numbered, before the reference (after it, for a notice's items: the plan it
 * issues follows), in the part it names by number or title (`第三部分第（五）项`, `保障措施部分第（二）项`,
 * or the part an earlier clause of its paragraph named); a plan's tasks before its 保障措施; the nearest
 * where numbers repeat; the rest of its numbers in the part of its first. A number of a heading names
 * the tasks under it.
 */
import { fold } from '../../src/model/fold.ts';
import type { NumberedDuty } from './numbered-duties.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import { labelNumber as readLabel, type NumberStyle, type TaskNumber } from './task-references.ts';
import type { UnitNode } from './tree.ts';

/** The tasks each number of a duty's reference names, and the numbers that name none. */
export interface ResolvedNumbers {
  /** For each number of the reference (or of its sub-items), the tasks it names; empty if none. */
  tasks: UnitNode[][];
  /** For each, how deep the unit it names is: a sub-item's number says more of its task than its item's. */
  depths: number[];
  missing: number[];
}

/** Styles a label may have for a number a reference writes: `第1项` is a `1.` or a `（1）`. */
const ALIKE: Record<NumberStyle, NumberStyle[]> = {
  'han-bracket': ['han-bracket'],
  han: ['han', 'han-bracket'],
  digit: ['digit', 'digit-bracket'],
  'digit-bracket': ['digit-bracket'],
};

export function resolveTaskNumbers(units: readonly UnitNode[], duties: readonly NumberedDuty[]): ResolvedNumbers[] {
  const position = new Map(units.map((unit, at) => [unit, at]));
  const children = Map.groupBy(
    units.filter((unit) => unit.parentId),
    (unit) => unit.parentId!,
  );
  // A duty is no task a number gives bodies to: a division's own numbered rows are none (`1. （略，见正文）…`).
  const numbered = units.filter((unit) => unit.kind !== 'duty' && labelNumber(unit) !== undefined);
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  /** The part a unit is in: its outermost ancestor. */
  const topOf = (unit: UnitNode): UnitNode => {
    let top = unit;
    while (top.parentId !== undefined && byId.has(top.parentId)) top = byId.get(top.parentId)!;
    return top;
  };
  const taskLike = (unit: UnitNode): boolean =>
    unit.kind === 'measure' || unit.kind === 'project' || (children.get(unit.localId) ?? []).some(taskLike);
  // The part and the task each paragraph named last, for the clauses after them (`第三部分第（一）项…；第（二）项…`).
  let paragraph: NumberedDuty['paragraph'] | undefined;
  let part: number | undefined;
  let partTitle: string | undefined;
  let last: UnitNode | undefined;
  return duties.map((duty) => {
    if (duty.paragraph !== paragraph)
      [paragraph, part, partTitle, last] = [duty.paragraph, undefined, undefined, undefined];
    if (duty.reference.part !== undefined || duty.reference.partTitle !== undefined)
      [part, partTitle] = [duty.reference.part, duty.reference.partTitle];
    // A notice's items give the tasks of the plan it issues, after them; other text those before it.
    const at = position.get(duty.unit)!;
    const forward = duty.unit.kind === 'notice' || duty.unit.kind === 'notice-item';
    const near = numbered.filter((unit) => (forward ? position.get(unit)! > at : position.get(unit)! <= at));
    const inPart =
      part === undefined && partTitle === undefined
        ? near
        : near.filter((unit) => {
            const top = topOf(unit);
            return (
              top !== unit &&
              (part === undefined || partOf(unit) === part) &&
              (partTitle === undefined || fold(top.title).replace(/\s/gu, '').includes(partTitle))
            );
          });
    const tasks: UnitNode[][] = [];
    const missing: number[] = [];
    let first: UnitNode | undefined;
    for (const number of duty.reference.numbers) {
      const candidates = inPart.filter(
        (unit) => labelNumber(unit)!.value === number.value && (!first || samePlace(unit, first)),
      );
      const found = best(candidates, number.style, taskLike, forward);
      if (!found) missing.push(number.value);
      else first ??= found;
      tasks.push(found ? [found] : []);
    }
    if (duty.reference.numbers.length && first) last = first;
    if (duty.reference.sub) {
      // `第（二）项第1目`, `其中第3目`: the sub-items of the one task named, or the one before.
      const parent = duty.reference.numbers.length === 1 ? first : duty.reference.numbers.length ? undefined : last;
      tasks.length = 0;
      for (const number of duty.reference.sub) {
        const found = best(
          (parent ? (children.get(parent.localId) ?? []) : []).filter(
            (unit) => labelNumber(unit)?.value === number.value,
          ),
          number.style,
          taskLike,
          forward,
        );
        if (!found) missing.push(number.value);
        tasks.push(found ? [found] : []);
      }
    }
    return {
      tasks: tasks.map((named) => named.flatMap((unit) => tasksUnder(unit, children))),
      depths: tasks.map((named) => named[0]?.numbering.length ?? 0),
      missing,
    };
  });
}

/** The label's number of a unit, if its label writes one (each unit's read once). */
const labelNumbers = new WeakMap<UnitNode, TaskNumber | null>();
function labelNumber(unit: UnitNode): TaskNumber | undefined {
  let number = labelNumbers.get(unit);
  if (number === undefined) {
    const label = unit.numbering.at(-1);
    number = (label && unit.kind !== 'entry' ? readLabel(label) : undefined) ?? null;
    labelNumbers.set(unit, number);
  }
  return number ?? undefined;
}

/** The number of the part a unit is in (`二、重点任务`). */
const partOf = (unit: UnitNode): number | undefined => {
  const top = unit.numbering[0];
  return top === undefined ? undefined : readLabel(top)?.value;
};

/** In the part of the reference's first task, at its depth: numbered straight through or in one list. */
const samePlace = (unit: UnitNode, first: UnitNode): boolean =>
  unit.numbering.length === first.numbering.length && unit.numbering[0] === first.numbering[0];

/**
 * The unit a number most likely names: of the style the reference writes (else a like one, else any),
 * a plan's task or the heading of tasks before other items (a 保障措施's), the nearest to the reference.
 */
function best(
  candidates: readonly UnitNode[],
  style: NumberStyle,
  taskLike: (unit: UnitNode) => boolean,
  forward: boolean,
): UnitNode | undefined {
  const styled = candidates.filter((unit) => labelNumber(unit)!.style === style);
  // Of another style where no list has this one (a table's `8` for the text's `（八）`).
  const like = candidates.filter((unit) => ALIKE[style].includes(labelNumber(unit)!.style));
  const alike = styled.length ? styled : like.length ? like : candidates;
  const tasks = alike.filter(taskLike);
  const nearest = tasks.length ? tasks : alike;
  return forward ? nearest[0] : nearest.at(-1);
}

/** The tasks a unit's number names: itself if it is one, and the tasks under it. */
function tasksUnder(unit: UnitNode, children: Map<string, UnitNode[]>): UnitNode[] {
  const under = (children.get(unit.localId) ?? []).flatMap((child) => tasksUnder(child, children));
  return SUBJECT_KINDS.has(unit.kind) ? [unit, ...under] : under;
}
