/**
 * extract-departments: read each unit's responsible departments and the role the text gives each.
 *
 * Sources (responsibility.ts): a closing clause in brackets (`（省质监局、省工商局等按职责分工负责）`,
 * `〔责任单位：…〕`, `【牵头单位：…；配合单位：…】`, `（A牵头，B、C配合）`), labels after the task
 * (`…。牵头单位：A；配合单位：B。`), a line of its own (`责任单位：…`, `…负责落实。`), or, for duty
 * paragraphs, the subject before 要/应 or a colon (`--宣传部门、政府新闻办、广电部门要…`, `省市场监管局：负责…`);
 * where a numbered task has none of these, the bodies its sentences name as subject
 * (sentence-subjects.ts); a clause written once for the tasks before it (`以上任务由…`, or alone
 * after a part's last task when none of the part's tasks has one) gives them its departments
 * (group-responsibility.ts); in a part whose lead-in speaks as the issuer (`下一步，我局将…`), a task
 * naming no one who acts is the issuer's (issuer-voice.ts). Names are split on 、 ， and ；. The lead is the one labelled 牵头, else the
 * first named. Names are resolved through the registry (resolve-departments.ts), a short name the
 * document defines (`（以下简称市质量办）`, defined-names.ts) as the name it stands for; a name neither
 * knows is kept as written, unresolved, and reported.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import { isDeadlineField } from './line-shapes.ts';
import { report } from './messages.ts';
import { type FoundList, type Resolving, resolveSegments } from './resolve-departments.ts';
import { dutySubjectLength } from './name-lists.ts';
import { definedNames } from './defined-names.ts';
import { type GroupClause, shareGroupClauses } from './group-responsibility.ts';
import { findResponsibility, innerResponsibilities, type ResponsibilityClause } from './responsibility.ts';
import { partnersOfUnsaidSubject, SUBJECT_KINDS, sentenceSubjects } from './sentence-subjects.ts';
import { assignFromTaskTable } from './table-tasks.ts';
import { issuerVoiceTasks } from './issuer-voice.ts';
import { isInterpretation, kindOfMinutes } from './part-kinds.ts';
import { itemTitle } from './unit-title.ts';
import { headingBody, itemsBodies, itemsPartners } from './heading-bodies.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets } from './tree.ts';

/** The registry's index, and the document's issuer (resolve-departments.ts Resolving). */
export type ExtractDepartmentsOptions = Omit<Resolving, 'file'>;

/** How a body's standing duty opens, under its name (`负责…`, `承担…`, `指导…`). */
const STANDING_DUTY = /^\s*(?:负责|承担|主管)/u;

/** Wording that says a text assigns tasks to departments, for the whole-document check. */
const RESPONSIBILITY_WORDING = /(?:牵头|责任|配合)(?:单位|部门)\s*:|负责落实|按职责分工负责|牵头负责/u;

export const extractDepartments: Plugin<[ExtractDepartmentsOptions], PolicyRoot> = function (given) {
  return (tree, file) => {
    const units = tree.children as UnitNode[];
    // The short names the document defines (`（以下简称市质量办）`) are its bodies wherever it uses them.
    const text = units.flatMap((unit) => unit.children.map((line) => line.value)).join('\n');
    const addressee = units.flatMap((unit) => unit.children).find((line) => line.role === 'addressee')?.value;
    const options = { ...given, index: given.index.within(definedNames(text, given.index, addressee, given.issuer)) };
    /** Units whose departments come from their sentences' subjects, not from a clause. */
    const bySubject = new Set<UnitNode>();
    /** Units whose subject is unsaid, with the partners it works with (`会同省教育厅…`, `配合省财政厅…`). */
    const unsaid = new Set<UnitNode>();
    const groups: GroupClause[] = [];
    // A text without numbered tasks (a 通报, a short 通知) gives its tasks in its paragraphs.
    // An interpretation's paragraphs explain the policy's tasks, and set none.
    const title = fold(units.find((unit) => unit.kind === 'title')?.title ?? '');
    const unnumbered =
      !units.some((unit) => unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind)) && !isInterpretation(title);
    /** The body each heading that is only a body's name names (heading-bodies.ts), by its local id. */
    const headings = new Map<string, Responsibility[]>();
    for (const unit of units) {
      // An entry of a list is a name, never a task: a listed document's amendments name that document's
      // bodies (`将“市建设局”修改为…`), a service guide's fields the office that takes applications.
      if (unit.kind === 'entry') continue;
      const body = headingBody(unit, options.index);
      if (body) headings.set(unit.localId, resolveSegments([body], { ...options, file }));
      const closing = closingLists(unit);
      // A clause for the tasks before it is the unit's own only when the unit names none of its own.
      const last = closing.at(-1);
      const steps = last?.group ? undefined : (closesSteps(units, unit, closing) ?? closesPart(units, unit, closing));
      const group = last?.group && SUBJECT_KINDS.has(unit.kind) ? [last] : steps && [...closing];
      if (group) {
        groups.push({ unit, found: group, group: last?.group ?? 'together', task: steps?.task });
        highlight(unit, group);
      }
      const subject = unit.kind === 'duty' ? dutySubject(unit) : undefined;
      // A duty's subject acts unless a clause names who does (`一、市住房城乡建设局：牵头完成…。（市财政局配合）`).
      const acting = closing.some((found) => found.segments.some((segment) => segment.role !== 'cooperating'));
      if (subject && !acting) closing.unshift({ ...subject, wholeLine: false });
      // The parts of a task that name their own departments come first, in the order they are written.
      let lists = [...innerLists(unit, closing), ...closing.filter((found) => !group?.includes(found))];
      // A task whose fields name only who is responsible, its text the body that leads (`由市商务局会同
      // 市市场监管局改造…` / `责任单位：各县（市、区）人民政府`): that body leads, its partners cooperate.
      if (lists.length > 0 && !group && unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind) && !leads(lists))
        // Not from a line a field closes (`…，各级政府要…（责任单位：省财政厅）`): its clause says who.
        lists = [
          ...sentenceSubjects(unit, options.index).filter((found) => !lists.some((own) => own.line === found.line)),
          ...lists,
        ];
      // A decision of minutes is a numbered task's equal (`会议决定：一是请县林业局会同…`).
      const decided = unit.kind === 'measure' && kindOfMinutes(fold(unit.children[0]!.value)) === 'measure';
      if (lists.length === 0 && !group && (unit.children[0]!.label || decided) && SUBJECT_KINDS.has(unit.kind)) {
        lists = sentenceSubjects(unit, options.index);
        if (lists.length) bySubject.add(unit);
      } else if (lists.length === 0 && unnumbered && unit.kind === 'preamble') {
        // A paragraph of such a text whose sentences give bodies tasks by name (`市市场监管局要会同…`)
        // is a measure, titled by its first sentence.
        lists = sentenceSubjects(unit, options.index);
        if (lists.length) {
          bySubject.add(unit);
          unit.kind = 'measure';
          unit.title = itemTitle(unit.children[0]!.value, 'measure');
        }
      }
      const listed = lists.length === 0 && !group && unit.parentId ? headings.get(unit.parentId) : undefined;
      // A 职责分工 list's duties under a body's name (`1．市发展改革委` / `（1）将…纳入…`) are that body's too.
      if (listed && unit.children[0]!.label && (SUBJECT_KINDS.has(unit.kind) || unit.kind === 'duty')) {
        const partners = itemsPartners(unit, options.index);
        // A list of each body's standing duties (`一、市公安局` / `1.负责依法侦办…`): duties, not tasks.
        if (
          unit.kind === 'measure' &&
          STANDING_DUTY.test(fold(unit.children[0]!.value.slice(unit.children[0]!.labelEnd ?? 0)))
        )
          unit.kind = 'duty';
        unit.data.departments = [...itemsBodies(unit, listed), ...resolveSegments(partners, { ...options, file })];
        highlight(unit, partners);
        continue;
      }
      if (lists.length === 0 && unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind)) {
        lists = partnersOfUnsaidSubject(unit, options.index);
        if (lists.length) unsaid.add(unit);
      }
      if (lists.length === 0) continue;
      unit.data.departments = resolveSegments(lists, { ...options, file });
      highlight(unit, lists);
    }
    shareGroupClauses(units, groups, { ...options, file });
    assignFromTaskTable(units);
    issuerVoiceTasks(units, unsaid, options);
    reportMissing(units, bySubject, file);
  };
};

/** Whether a list names a lead (`牵头单位：`, `A牵头`). */
const leads = (lists: readonly FoundList[]): boolean =>
  lists.some((found) => found.segments.some((segment) => segment.role === 'lead'));

/** A closing clause, and whose tasks it names. */
type Closing = FoundList & Pick<ResponsibilityClause, 'group' | 'wholeLine'>;

/**
 * A task's fields on lines of their own after its steps (`2.开展排查整治。` / `（1）…` / `（2）…` /
 * `牵头单位：…` / `配合单位：…`, or `（…负责）` alone): they close the last step's lines, but name
 * the task's departments, so its own and every step's. Only after steps (`（1）`, `①`), not after a
 * part's tasks (`1.`, `（一）`), where fields after the last task may be that task's alone.
 */
function closesSteps(units: UnitNode[], unit: UnitNode, closing: readonly Closing[]): { task?: UnitNode } | undefined {
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
 * own: the part's tasks share it, as they would `（以上任务由…负责）`. Where another task of the part
 * has a clause, each task has its own, and this one is the last task's alone; so is a sentence
 * (`自治区财政厅负责落实。`), which closes the paragraph above it.
 */
function closesPart(units: UnitNode[], unit: UnitNode, closing: readonly Closing[]): { task?: UnitNode } | undefined {
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
  return tasks.length > 0 && tasks.every((task) => !task.data.departments?.length) ? {} : undefined;
}

/** A line that is a field of the task (a bracket, or a label: `（…负责）`, `责任单位：…`), not a sentence. */
const FIELD_LINE = /^\s*(?:[(〔【[]|[^:。，,]{0,6}(?:单位|部门)\s*:)/u;

/** Marks where the unit's lists of departments are in its text. */
function highlight(unit: UnitNode, lists: readonly FoundList[]): void {
  const offsets = lineOffsets(unit);
  unit.data.highlights = [
    ...(unit.data.highlights ?? []),
    ...lists.flatMap((found) => {
      const offset = offsets[unit.children.indexOf(found.line)]!;
      return found.segments.map((segment) => ({
        start: offset + segment.start,
        end: offset + segment.end,
        kind: 'departments' as const,
      }));
    }),
  ];
}

/** Bracketed clauses that end a part of a task (`一是…（A负责）；二是…`), before the unit's closing clauses. */
function innerLists(unit: UnitNode, closing: readonly FoundList[]): FoundList[] {
  return unit.children.flatMap((line) => {
    const folded = fold(line.value);
    const own = closing.find((found) => found.line === line);
    const end = own ? (own.start ?? folded.length) : folded.length;
    return innerResponsibilities(folded, end).map((clause) => ({
      line,
      segments: clause.segments,
      start: clause.start,
    }));
  });
}

/**
 * The responsibility clauses that close the unit: the one its last line ends with (deadline lines
 * after it aside), and the lines of their own above it, each a field of the task's table
 * (`牵头单位：A` / `配合单位：B、C` / `完成时限：…`), in the order they are written.
 */
function closingLists(unit: UnitNode): Closing[] {
  const found: Closing[] = [];
  for (const line of [...unit.children].reverse()) {
    const folded = fold(line.value);
    const clause = findResponsibility(folded);
    if (clause) {
      found.unshift({
        line,
        segments: clause.segments,
        start: clause.start,
        group: clause.group,
        wholeLine: clause.wholeLine,
      });
      if (!clause.wholeLine) break;
    } else if (!isDeadlineField(folded)) break;
  }
  return found;
}

/** The subject of a duty paragraph, as its responsible departments (responsibility.ts dutySubjectLength). */
function dutySubject(unit: UnitNode): FoundList | undefined {
  const line = unit.children[0]!;
  const start = line.labelEnd ?? 0;
  const length = dutySubjectLength(fold(line.value.slice(start)));
  return length ? { line, segments: [{ start, end: start + length, role: 'responsible' }] } : undefined;
}

/**
 * Measures without departments, where most measures of the document end with a clause naming
 * them, or where none has although the text uses the wording of responsibilities. Departments read
 * from a sentence's subject (`bySubject`) are no such clause: a 办法 assigns some articles to
 * departments that way and leaves others (its purpose, what a regulated party must do) to nobody.
 */
function reportMissing(units: UnitNode[], bySubject: ReadonlySet<UnitNode>, file: VFile): void {
  // A part whose tasks name their departments needs none for its lead-in (`二、2024年工作要点` /
  // `2024年的总体要求是：…` / `（一）…` / `1．…（责任处室：…）`).
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const parts = new Set<string>();
  for (const unit of units.filter((task) => task.data.departments?.length))
    for (let id = unit.parentId; id !== undefined && !parts.has(id); id = byId.get(id)?.parentId) parts.add(id);
  // The steps of a task that names its departments are its own (`3．…` / `(1)…` / `(2)…`).
  const withinTask = (unit: UnitNode): boolean => {
    for (let task = byId.get(unit.parentId ?? ''); task; task = byId.get(task.parentId ?? ''))
      if (task.data.departments?.length && SUBJECT_KINDS.has(task.kind)) return true;
    return false;
  };
  const measures = units.filter(
    (unit) => unit.kind === 'measure' && unit.children[0]!.label && !parts.has(unit.localId) && !withinTask(unit),
  );
  // An attachment, or a document forwarded below the notice, is a text of its own: the rows of a 办法's
  // scoring table name their departments, its articles need not.
  const texts = Map.groupBy(measures, (unit) =>
    /^(?:附件|转发件)/u.test(unit.numbering[0] ?? '') ? unit.numbering[0]! : '',
  );
  const missing = [...texts.values()].flatMap((text) => missingIn(text, bySubject));
  // Any unit's clause counts: the rows of a task table without numbers are no numbered measures.
  if (missing.length === 0 && !units.some((unit) => unit.data.departments?.length && !bySubject.has(unit))) {
    // Only a task's wording: what a review or a meeting's hearing says of others' tasks sets none.
    const wording = units
      .filter((unit) => SUBJECT_KINDS.has(unit.kind))
      .flatMap((unit) => unit.children)
      .find((line) => RESPONSIBILITY_WORDING.test(fold(line.value)));
    if (wording && measures.length > 0) {
      report(
        file,
        'extract-departments:missing',
        `Unexpected document without any responsible department, expected the responsibility wording on line ${wording.position.start.line} to name departments at the end of its measures`,
        wording.position,
      );
    }
    return;
  }
  for (const unit of missing) {
    const last = unit.children.at(-1)!;
    report(
      file,
      'extract-departments:missing',
      `Unexpected measure \`${unit.numbering.join('')}\` without responsible departments, expected \`（…负责）\` as its siblings have`,
      last.position,
    );
  }
}

/** The measures of one part without departments, where most of the part's measures end with a clause naming them. */
function missingIn(measures: UnitNode[], bySubject: ReadonlySet<UnitNode>): UnitNode[] {
  const withDepartments = measures.filter((unit) => unit.data.departments?.length && !bySubject.has(unit));
  if (withDepartments.length === 0 || withDepartments.length * 2 < measures.length) return [];
  return measures.filter((unit) => !unit.data.departments?.length);
}
