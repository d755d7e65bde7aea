/**
 * A responsibility clause written once for several tasks, after the last of them
 * (`（以上任务由省市场监管局牵头，省科技厅、省财政厅按职责分工负责）`, `本部分任务由…负责。`, a
 * task's fields after its steps, or a clause alone after a part's last task where no task of the part
 * names its own): its departments are those of every task before it at the same
 * level of its part (and of the task the steps belong to) that names none of its own.
 * `以上任务分别由A、B、C牵头` gives each task its own lead, in order, when the names and the tasks are
 * as many; otherwise every task gets them all, as the text leaves no other reading.
 */
import { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import { splitNames } from './name-lists.ts';
import { type FoundList, type Resolving, resolveSegments } from './resolve-departments.ts';
import type { ResponsibilityClause, ResponsibilitySegment } from './responsibility.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import { endsWithResponsibility, isPersonsField } from './line-shapes.ts';
import type { UnitNode } from './tree.ts';

/** A unit's closing clauses that speak for the tasks before it. */
export interface GroupClause {
  unit: UnitNode;
  found: FoundList[];
  group: NonNullable<ResponsibilityClause['group']>;
  /** The task whose steps the clauses close, when they name its departments too. */
  task?: UnitNode;
}

/**
 * Gives each group clause's departments to the tasks it speaks for: those before it in its part,
 * and its own unit, that name none of their own. Its names are resolved (and reported) once.
 */
export function shareGroupClauses(units: UnitNode[], clauses: GroupClause[], resolving: Resolving): void {
  for (const { unit, found, group, task: owner } of clauses) {
    const departments = resolveSegments(found, resolving);
    const sharing = [...(owner ? [owner] : []), ...groupOf(units, unit), unit].filter(
      (task) => !task.data.departments?.length,
    );
    const each = group === 'respectively' && found.length === 1 ? eachInTurn(found[0]!, sharing.length) : undefined;
    for (const [position, task] of sharing.entries()) {
      const own: Responsibility[] = each
        ? resolveSegments([each[position]!], { ...resolving, file: new VFile() })
        : departments;
      task.data.departments = own.map((department) => ({ ...department }));
    }
  }
}

/** The tasks before `unit` in its part, at its level, back to the part's heading. */
function groupOf(units: UnitNode[], unit: UnitNode): UnitNode[] {
  const group: UnitNode[] = [];
  for (let index = units.indexOf(unit) - 1; index >= 0; index--) {
    const before = units[index]!;
    if (before.parentId !== unit.parentId || before.numbering.length < unit.numbering.length) break;
    if (before.numbering.length === unit.numbering.length && SUBJECT_KINDS.has(before.kind)) group.unshift(before);
  }
  return group;
}

/**
 * The clause's lists for each of `count` tasks in turn: the first list's k-th name for the k-th
 * task, with the other lists whole; undefined unless the first list has `count` names.
 */
function eachInTurn(found: FoundList, count: number): FoundList[] | undefined {
  return segmentsInTurn(fold(found.line.value), found.segments, count)?.map((segments) => ({ ...found, segments }));
}

/**
 * `segments` of `folded` for each of `count` tasks in turn (`以上任务分别由A、B、C牵头`, `第（四）、（五）项
 * 分别由A、B牵头`): the first segment's k-th name for the k-th, the others whole; undefined unless the
 * first names `count`.
 */
export function segmentsInTurn(
  folded: string,
  segments: readonly ResponsibilitySegment[],
  count: number,
): ResponsibilitySegment[][] | undefined {
  const [first, ...others] = segments;
  if (!first) return undefined;
  const names = splitNames(folded.slice(first.start, first.end));
  if (names.length !== count) return undefined;
  return names.map((name) => {
    const start = first.start + name.start + (name.text.length - name.text.trimStart().length);
    return [{ ...first, start, end: first.start + name.start + name.text.trimEnd().length }, ...others];
  });
}

/** A closing clause, and whose tasks it names. */
export type Closing = FoundList & Pick<ResponsibilityClause, 'group' | 'wholeLine'>;

/**
 * A task's fields on lines of their own after its steps (`2.开展排查整治。` / `（1）…` / `（2）…` /
 * `牵头单位：…` / `配合单位：…`, or `（…负责）` alone): they close the last step's lines, but name
 * the task's departments, so its own and every step's. Only after steps (`（1）`, `①`), not after a
 * part's tasks (`1.`, `（一）`), where fields after the last task may be that task's alone.
 */
export function closesSteps(
  units: UnitNode[],
  unit: UnitNode,
  closing: readonly Closing[],
): { task?: UnitNode } | undefined {
  if (unit.children[0]!.role !== 'subsubitem' || !unit.parentId || unit.children.length <= closing.length)
    return undefined;
  if (closing.length === 0 || !closing.every((found) => found.wholeLine)) return undefined;
  const next = units[units.indexOf(unit) + 1];
  const siblings = units.filter((other) => other !== unit && other.parentId === unit.parentId);
  if (siblings.length === 0 || next?.parentId === unit.parentId) return undefined;
  const task = units.find((other) => other.localId === unit.parentId);
  return { task: task && SUBJECT_KINDS.has(task.kind) ? task : undefined };
}

/**
 * A clause on lines of its own after a part's last task, set out as a field (`（十二）…。` /
 * `（责任单位：A、B、C）`, or `责任单位：A、B`), where no task of the part names departments of its
 * own: the part's tasks share it, as they would `（以上任务由…负责）`, and so does the task they are
 * the steps of. Where another task of the part
 * has a clause, each task has its own, and this one is the last task's alone (but for a
 * rectification's fields, which name its persons too); so is a sentence (`自治区财政厅负责落实。`), which
 * closes the paragraph above it.
 */
export function closesPart(
  units: UnitNode[],
  unit: UnitNode,
  closing: readonly Closing[],
): { task?: UnitNode } | undefined {
  if (!SUBJECT_KINDS.has(unit.kind) || !unit.children[0]!.label || unit.children.length <= closing.length)
    return undefined;
  if (closing.length === 0 || !closing.every((found) => found.wholeLine && FIELD_LINE.test(fold(found.line.value))))
    return undefined;
  const position = units.indexOf(unit);
  const next = units[position + 1];
  if (next && next.parentId === unit.parentId && next.numbering.length === unit.numbering.length) return undefined;
  const tasks = units
    .slice(0, position)
    .filter(
      (other) =>
        other.parentId === unit.parentId &&
        other.numbering.length === unit.numbering.length &&
        SUBJECT_KINDS.has(other.kind),
    );
  // A rectification's row converted to text names its persons beside its bodies (`责任领导：…` /
  // `责任部门：…` / `责任人：…`): its fields are the whole problem's, for its tasks that name no body.
  const row = unit.children.some((line) => isPersonsField(fold(line.value)));
  if (tasks.length === 0 || (!row && tasks.some((task) => task.data.departments?.length))) return undefined;
  // The part's tasks are the steps of a task (`（一）…。` / `1.…` / `2.…` / `（牵头单位：…）`): the
  // clause closes that task's block, so it is that task's too.
  const parent = units.find((other) => other.localId === unit.parentId);
  return { task: parent && SUBJECT_KINDS.has(parent.kind) && parent.numbering.length > 0 ? parent : undefined };
}

/** A line that is a field of the task (a bracket, or a label: `（…负责）`, `责任单位：…`), not a sentence. */
const FIELD_LINE = /^\s*(?:[(〔【[]|[^:。，,]{0,6}(?:单位|部门)\s*:)/u;

/**
 * A task's clause on its own lines, over its steps (`（六）深化对俄合作。（省商务厅牵头，哈尔滨海关配合）` /
 * `1．推进口岸冷链设施建设。…` / `2．…`), names who does the steps too, as its fields after them do
 * (closesSteps): each step that names no body of its own takes them.
 */
export function shareWithSteps(units: readonly UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  for (const step of units) {
    const task = step.parentId ? byId.get(step.parentId) : undefined;
    if (!task || !SUBJECT_KINDS.has(step.kind) || !step.children[0]!.label || step.data.departments?.length) continue;
    const named = (task.data.departments ?? []).filter((department) => !department.implied);
    if (SUBJECT_KINDS.has(task.kind) && named.length)
      step.data.departments = named.map((department) => ({ ...department }));
  }
}

/**
 * A numbered item set out over several paragraphs whose clause closes its last one
 * (`（十一）加强养老服务人才培养。…` / `一是…；二是…` / `到2025年，…。（省人社厅、省教育厅按职责分工负责）`),
 * or the paragraph that goes on with it after a box (`同时，…。（省工信厅牵头，…）`): the clause names
 * who does the item, and its steps, where neither names anyone. A later paragraph is the item's own
 * only when it is the one that names bodies; where several do, each is a task of its own.
 */
export function shareWithItem(units: readonly UnitNode[], bySubject: ReadonlySet<UnitNode>): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const paragraphsOf = new Map<UnitNode, UnitNode[]>();
  for (const unit of units) {
    const item = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (!item?.children[0]!.label || unit.children[0]!.label || !SUBJECT_KINDS.has(unit.kind)) continue;
    if (unit.numbering.join('|') !== item.numbering.join('|')) continue;
    paragraphsOf.set(item, [...(paragraphsOf.get(item) ?? []), unit]);
  }
  for (const [item, paragraphs] of paragraphsOf) {
    if (!SUBJECT_KINDS.has(item.kind) || item.data.departments?.length) continue;
    const naming = paragraphs.filter((paragraph) => paragraph.data.departments?.length);
    const closing = naming[0];
    if (naming.length !== 1 || closing !== paragraphs.at(-1) || bySubject.has(closing!)) continue;
    if (!endsWithResponsibility(fold(closing!.children.at(-1)!.value))) continue;
    const steps = units.filter((unit) => unit.parentId === item.localId && unit.children[0]!.label);
    if (steps.some((step) => step.data.departments?.length)) continue;
    item.data.departments = closing!.data.departments!.map((department) => ({ ...department }));
  }
}
