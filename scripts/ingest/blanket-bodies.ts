/**
 * Bodies a document gives every later task once, so as not to name them again in each
 * (`以下各项任务均需各市〔州〕人民政府贯彻落实，不再列出`, `各盟行政公署、市人民政府是本方案各项任务的属地
 * 落实责任主体，以下均需各盟行政公署、市人民政府落实，不再列出`). The tasks after the clause, to the end of
 * its text or attachment, have those bodies responsible, implied: the text does not write them there;
 * all of an attachment's tasks when a note states it (`注：各设区市人民政府负责本地区各项任务落实，不再逐项列出`).
 */
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { resolveSegments, type Resolving } from './resolve-departments.ts';
import { leadingBodies } from './sentence-subjects.ts';
import { NOT_LISTED_AGAIN } from './subject-verbs.ts';
import { isUnder, type UnitNode } from './tree.ts';

/**
 * A line that is nothing but such a clause, in brackets (folded: `（以下各项任务均需各市〔州〕人民政府贯彻
 * 落实，不再列出）`): a rule for reading the part's tasks, no text of the heading it stands under.
 */
export const isBlanketLine = (folded: string): boolean =>
  /^\s*[(〔[【]/u.test(folded) && /[)〕\]】][\s。.]*$/u.test(folded) && NOT_LISTED_AGAIN.test(folded);

/**
 * Where such a remark starts inside a responsibility clause from `start` to `end` (folded), so that
 * the clause is read without it (`（A牵头，B配合；各市（州）人民政府负责落实，以下均需各市（州）人民政府落实，
 * 不再列出）`): at the stop or comma before its `以下`, else before its words. Undefined without one.
 */
export function blanketRemarkStart(folded: string, start: number, end: number): number | undefined {
  const said = NOT_LISTED_AGAIN.exec(folded.slice(start, end));
  if (!said) return undefined;
  const before = folded.slice(start, start + said.index).replace(/[\s,，]+$/u, '');
  const below = before.search(/以下(?:各项)?(?:任务|工作|措施)?(?:均|都|皆)?[^,，。;；]*$/u);
  const from = below >= 0 ? below : before.length;
  const stop = Math.max(...[',', '，', '。', ';', '；'].map((mark) => before.lastIndexOf(mark, from - 1)));
  return start + Math.max(stop, 0);
}

/** Where the clause's bodies may start: its start (after a note's number), a comma or bracket, or 需, 由 (`均需`). */
const BODIES_START = /^(?:\d{1,2}[.、]\s*)?|[,，:：(〔]|(?:均|都|皆)?(?:需要|需|由)/gu;
/**
 * What the bodies do: carry the tasks out (`负责落实`, `贯彻落实`, `按属地原则负责落实各项任务`, `负责本地区
 * 各项任务落实`), or answer for them (`是…属地落实责任主体`, `均为责任单位`).
 */
const CARRY_OUT =
  /^(?:要|均|都)?(?:按照?[^,，。;；]{0,8}?)?(?:负责|贯彻|具体|组织|抓好)?[^,，。;；]{0,10}?(?:落实|实施)|^(?:均|都)?(?:为|是)[^,，。;；]*责任(?:主体|单位)/u;
/**
 * The kinds of unit the clause speaks of: tasks, projects, the requirements that close a plan, and the
 * rows of a 任务分工表 read as bodies' duties.
 */
const TASK_KINDS: ReadonlySet<UnitNode['kind']> = new Set(['measure', 'project', 'requirement', 'duty']);

/**
 * The bodies a folded line gives every later task, as a span of it: the last list before `不再列出` in
 * its sentence that carries the tasks out. Undefined when the line says no such thing.
 */
export function blanketClause(folded: string, index: DepartmentIndex): { start: number; end: number } | undefined {
  const said = NOT_LISTED_AGAIN.exec(folded);
  if (!said) return undefined;
  const from = Math.max(...['。', ';', '；'].map((stop) => folded.lastIndexOf(stop, said.index) + 1));
  const sentence = folded.slice(from, said.index);
  let found: { start: number; end: number } | undefined;
  for (const match of sentence.matchAll(BODIES_START)) {
    const start = match.index + match[0].length;
    const length = leadingBodies(sentence.slice(start), index);
    if (length && CARRY_OUT.test(sentence.slice(start + length)))
      found = { start: from + start, end: from + start + length };
  }
  return found;
}

/** The part of the document a unit is in: an attachment by its label, else the text itself. */
const partOf = (unit: UnitNode): string => (/^附(?:件|表)/u.test(unit.numbering[0] ?? '') ? unit.numbering[0]! : '');

/** A note that states the clause under a table, or at a text's head (`注：…`, `说明：…`, a note's `2.…`). */
const NOTE = /^\s*(?:注|说明|备注)\s*\d?\s*[:：]/u;

/**
 * Adds the bodies of each such clause, implied and responsible, to the tasks (`units` in reading
 * order) that do not name them: those after it, to the end of its part (the text, or one attachment)
 * or the next document's title; and, when a note under a table states it (`注：…不再逐项列出`), the
 * rows right above it in the part that holds the note, back to what is no task nor heading.
 */
export function giveBlanketBodies(units: readonly UnitNode[], resolving: Resolving): void {
  const clauses: Array<{ bodies: Responsibility[]; parts: string[]; after: number; from: number }> = [];
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  let documents = 0;
  const parts = units.map((unit) => `${(documents += unit.kind === 'title' ? 1 : 0)}|${partOf(unit)}`);
  units.forEach((unit, position) => {
    for (const line of unit.children) {
      const folded = fold(line.value);
      const clause = blanketClause(folded, resolving.index);
      if (!clause) continue;
      const bodies = resolveSegments([{ line, segments: [{ ...clause, role: 'responsible' }] }], resolving).map(
        (body): Responsibility => ({ ...body, lead: false, role: 'responsible', implied: true }),
      );
      const note = NOTE.test(folded) || unit.numbering.includes('注') || NOTE.test(fold(unit.children[0]!.value));
      // The rows a note under a table speaks for: the tasks and headings right above it.
      let from = position;
      // Within the chapter or attachment that holds the note (`二、任务分工` / rows / `注：`), not the text's
      // other parts.
      let holder = unit.parentId ? byId.get(unit.parentId) : undefined;
      while (holder?.parentId !== undefined) holder = byId.get(holder.parentId);
      const above = (other: UnitNode) =>
        (TASK_KINDS.has(other.kind) || other.kind === 'heading' || other.numbering.includes('注')) &&
        (holder === undefined || isUnder(other, holder.localId, byId));
      while (note && from > 0 && above(units[from - 1]!)) from -= 1;
      // A notice's clause speaks for the plan it issues too (`要点所列各项任务，各市（州）人民政府均为责任
      // 单位，不再逐项列出`), whose title follows the notice.
      const issued =
        unit.kind === 'notice' || unit.kind === 'notice-item' ? [`${Number.parseInt(parts[position]!) + 1}|`] : [];
      clauses.push({ bodies, parts: [parts[position]!, ...issued], after: line.position!.start.line, from });
    }
  });
  if (clauses.length === 0) return;
  const key = (entry: Responsibility) => entry.id ?? entry.raw;
  units.forEach((unit, position) => {
    if (!TASK_KINDS.has(unit.kind)) return;
    const start = unit.children[0]!.position!.start.line;
    for (const { bodies, parts: spoken, after, from } of clauses) {
      // Its own unit, when the clause is part of what names its bodies (`（A牵头；…以下均需…不再列出）`).
      const own = position === from && start <= after && !unit.data.departments?.length;
      if (!spoken.includes(parts[position]!) || (start <= after && position < from) || own) continue;
      const named = unit.data.departments ?? [];
      const added = bodies.filter((body) => !named.some((entry) => key(entry) === key(body)));
      if (added.length) unit.data.departments = [...named, ...added];
    }
  });
}
