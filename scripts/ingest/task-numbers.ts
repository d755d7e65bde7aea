/**
 * Which of a document's units a reference to tasks by number names (task-references.ts): for each of
 * its numbers the unit so numbered, before the reference, in the part it names (`第三部分第（五）项`,
 * or the part an earlier clause of its line named); a plan's tasks before its 保障措施; the nearest
 * before it where numbers repeat; the rest of its numbers in the part of its first. A number of a
 * heading names the tasks under it.
 */
import { fold } from '../../src/model/fold.ts';
import type { NumberedDuty } from './numbered-duties.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import { numberOf, type NumberStyle } from './task-references.ts';
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
  const numbered = units.filter((unit) => labelNumber(unit) !== undefined);
  const taskLike = (unit: UnitNode): boolean =>
    unit.kind === 'measure' || unit.kind === 'project' || (children.get(unit.localId) ?? []).some(taskLike);
  // The part and the task each paragraph named last, for the clauses after them (`第三部分第（一）项…；第（二）项…`).
  let paragraph: NumberedDuty['paragraph'] | undefined;
  let part: number | undefined;
  let last: UnitNode | undefined;
  return duties.map((duty) => {
    if (duty.paragraph !== paragraph) [paragraph, part, last] = [duty.paragraph, undefined, undefined];
    part = duty.reference.part ?? part;
    const before = numbered.filter((unit) => position.get(unit)! <= position.get(duty.unit)!);
    const inPart =
      part === undefined ? before : before.filter((unit) => partOf(unit) === part && unit.numbering.length === 2);
    const tasks: UnitNode[][] = [];
    const missing: number[] = [];
    let first: UnitNode | undefined;
    for (const number of duty.reference.numbers) {
      const candidates = inPart.filter(
        (unit) => labelNumber(unit)!.value === number.value && (!first || samePlace(unit, first)),
      );
      const found = best(candidates, number.style, taskLike);
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

/** The label's number of a unit, if its label writes one. */
function labelNumber(unit: UnitNode): { value: number; style: NumberStyle } | undefined {
  const label = unit.numbering.at(-1);
  if (!label || unit.kind === 'entry') return undefined;
  const written = fold(label).replace(/[.、,，:：\s]+$/u, '');
  if (!/^(?:\(\s*)?(?:[一二三四五六七八九十百零〇两]+|\d+)(?:\s*\))?$/u.test(written)) return undefined;
  const number = numberOf(written);
  return Number.isFinite(number.value) ? number : undefined;
}

/** The number of the part a unit is in (`二、重点任务`). */
const partOf = (unit: UnitNode): number | undefined => {
  const top = unit.numbering[0];
  return top === undefined ? undefined : numberOf(fold(top).replace(/[.、,，\s]+$/u, '')).value;
};

/** In the part of the reference's first task, at its depth: numbered straight through or in one list. */
const samePlace = (unit: UnitNode, first: UnitNode): boolean =>
  unit.numbering.length === first.numbering.length && unit.numbering[0] === first.numbering[0];

/**
 * The unit a number most likely names: of the style the reference writes (else a like one), a plan's
 * task or the heading of tasks before other items (a 保障措施's), the nearest before the reference.
 */
function best(
  candidates: readonly UnitNode[],
  style: NumberStyle,
  taskLike: (unit: UnitNode) => boolean,
): UnitNode | undefined {
  const styled = candidates.filter((unit) => labelNumber(unit)!.style === style);
  const alike = styled.length ? styled : candidates.filter((unit) => ALIKE[style].includes(labelNumber(unit)!.style));
  const tasks = alike.filter(taskLike);
  return (tasks.length ? tasks : alike).at(-1);
}

/** The tasks a unit's number names: itself if it is one, and the tasks under it. */
function tasksUnder(unit: UnitNode, children: Map<string, UnitNode[]>): UnitNode[] {
  const under = (children.get(unit.localId) ?? []).flatMap((child) => tasksUnder(child, children));
  return SUBJECT_KINDS.has(unit.kind) ? [unit, ...under] : under;
}
