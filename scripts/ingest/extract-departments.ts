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
 * naming no one who acts is the issuer's (issuer-voice.ts); bodies named once for every later task
 * (`以下均需各市（州）人民政府落实，不再列出`) are each later task's (blanket-bodies.ts). Names are split
 * on 、 ， and ；. The lead is the one labelled 牵头, else the first named. Names are resolved through
 * the registry (resolve-departments.ts), a short name the document defines (`（以下简称市质量办）`,
 * defined-names.ts) as the name it stands for; a name neither knows is kept as written, unresolved,
 * and reported.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import { type FoundList, type Resolving, resolveSegments } from './resolve-departments.ts';
import { definedNames } from './defined-names.ts';
import {
  closesPart,
  closesSteps,
  type GroupClause,
  shareGroupClauses,
  shareWithItem,
  shareWithSteps,
} from './group-responsibility.ts';
import { closingLists, divisionTitle, dutySubject, innerLists } from './unit-clauses.ts';
import { partnersOfUnsaidSubject, SUBJECT_KINDS, sentenceSubjects } from './sentence-subjects.ts';
import { HOSTED_IN } from './subject-verbs.ts';
import { groupMembers } from './group-members.ts';
import { assignFromTaskTable } from './table-tasks.ts';
import { readNumberedDuties } from './numbered-duties.ts';
import { assignNumberedDuties } from './give-numbered-duties.ts';
import { divisionsOwner, DUTIES_PART, issuerVoiceTasks } from './issuer-voice.ts';
import { applyLeadConvention } from './lead-convention.ts';
import { giveBlanketBodies } from './blanket-bodies.ts';
import { textPartners, withPartners } from './text-partners.ts';
import { documentKind, isInterpretation } from './document-kinds.ts';
import { kindOfMinutes } from './part-kinds.ts';
import { itemTitle } from './unit-title.ts';
import { minutesCharges } from './minutes-charges.ts';
import { reportMissing } from './missing-departments.ts';
import { partTitleBody, headingBody, itemsBodies, itemsPartners } from './heading-bodies.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';
import { readUnits, lineOffsets } from './tree.ts';
import { isOrgList } from './body-lists.ts';
import { withSubjectsBesideFields } from './subjects-beside-fields.ts';

/** The registry's index, and the document's issuer (resolve-departments.ts Resolving). */
export type ExtractDepartmentsOptions = Omit<Resolving, 'file'> & {
  /**
   * The document is a body's statement of its own duties (type 职责: `…主要职责及内设机构`): the items of
   * its part of duties (`二、主要职责` / `（一）负责…`) are the issuer's.
   */
  statesOwnDuties?: boolean;
};

/** A duty that divides duties between bodies (`与市农业农村局的有关职责分工。…`), with no items under it. */
const sharesDuties = (unit: UnitNode): boolean =>
  /职责分工/u.test(fold(unit.children.map((line) => line.value).join('')));

/**
 * A duty titled by the kind of body it is written for, which its sentences then name
 * (`（一）市场监管部门。市市场监管局负责统筹协调…`): its sentences' subjects are its bodies.
 */
const titledByBodies = (unit: UnitNode): boolean => {
  const line = unit.children[0]!;
  const title = /^([^。]{2,20})。/u.exec(fold(line.value.slice(line.labelEnd ?? 0)).trim())?.[1];
  return title !== undefined && isOrgList(title);
};

/** How a body's standing duty opens, under its name (`负责…`, `承担…`, `指导…`). */
const STANDING_DUTY = /^\s*(?:负责|承担|主管)/u;

export const extractDepartments: Plugin<[ExtractDepartmentsOptions], PolicyRoot> = function (given) {
  return (tree, file) => {
    const units = readUnits(tree);
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
    // An interpretation's paragraphs explain the policy's tasks, and a list's preface its list: they set none.
    const document = documentKind(units);
    const unnumbered =
      !units.some((unit) => unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind)) &&
      !isInterpretation(document.title) &&
      !document.listing;
    /** The body each heading that is only a body's name names (heading-bodies.ts), by its local id. */
    const headings = new Map<string, Responsibility[]>();
    // The parts whose items include a body's standing duty (`1.负责…`, `承担…`).
    const standing = new Set(
      units
        .filter((unit) => {
          const first = unit.children[0]!;
          return first.label !== undefined && STANDING_DUTY.test(fold(first.value.slice(first.labelEnd ?? 0)));
        })
        .map((unit) => unit.parentId),
    );
    const parents = new Set(units.map((unit) => unit.parentId));
    const byId = new Map(units.map((unit) => [unit.localId, unit]));
    // Clauses that give tasks their bodies by the tasks' numbers (`以上第1至3项任务由…牵头`) are not
    // the clauses of the unit they are written in.
    const numbered = readNumberedDuties(units, options.index);
    const byNumber = new Set(numbered.flatMap((duty) => duty.paragraph.lines));
    // And a clause of its first line that does (`（一）加强组织领导。…。本方案第（三）项由A牵头，B配合`).
    const givenByNumber = (found: FoundList): boolean =>
      numbered.some(
        ({ paragraph, clause: [start, end] }) =>
          paragraph.lines[0] === found.line && (found.start ?? 0) >= start && (found.start ?? 0) < end,
      );
    /**
     * The unit as its own departments are read from it: its first line, and the lines not given to tasks
     * by number; never its addressees (`伊犁哈萨克自治州人民政府，…各直属机构：`), to whom it is sent.
     */
    const own = (unit: UnitNode): UnitNode => ({
      ...unit,
      children: unit.children.filter((line, at) => line.role !== 'addressee' && (at === 0 || !byNumber.has(line))),
    });
    for (const unit of units) {
      // An entry of a list is a name, never a task: a listed document's amendments name that document's
      // bodies (`将“市建设局”修改为…`), a service guide's fields the office that takes applications; but a
      // list of a body's members that says where its office is (`领导小组办公室设在…，负责…日常工作`).
      const office = unit.kind === 'entry' ? unit.children.filter((line) => HOSTS_OFFICE.test(fold(line.value))) : [];
      if (unit.kind === 'entry' && office.length === 0) continue;
      const body = headingBody(unit, options.index);
      if (body) headings.set(unit.localId, resolveSegments([body], { ...options, file }));
      // A body's list that parts its duties (`一、市发展和改革委员会` / `（一）主要职责` / `1．拟订…`): they are its.
      else if (unit.parentId && headings.has(unit.parentId) && DUTIES_PART.test(fold(unit.title)))
        headings.set(unit.localId, headings.get(unit.parentId)!);
      const reading = own(unit);
      const closing = closingLists(reading).filter((found) => !givenByNumber(found));
      // A clause for the tasks before it is the unit's own only when the unit names none of its own.
      const last = closing.at(-1);
      const steps = last?.group ? undefined : (closesSteps(units, unit, closing) ?? closesPart(units, unit, closing));
      const group = last?.group && SUBJECT_KINDS.has(unit.kind) ? [last] : steps && [...closing];
      if (group) {
        groups.push({ unit, found: group, group: last?.group ?? 'together', task: steps?.task });
        highlight(unit, group);
      }
      // A division a 三定规定's part lists (`第二条 …设下列内设机构：` / `办公室。负责…`) is its paragraph's subject.
      const owner = divisionsOwner(unit, byId, options.index);
      const subject =
        (owner ? divisionTitle(unit, options.index) : undefined) ??
        (unit.kind === 'duty' ? dutySubject(unit) : undefined) ??
        partTitleBody(unit, options.index);
      // A duty's subject acts unless a clause names who does (`一、市住房城乡建设局：牵头完成…。（市财政局配合）`).
      const acting = closing.some((found) => found.segments.some((segment) => segment.role !== 'cooperating'));
      if (subject && !acting) closing.unshift({ ...subject, wholeLine: false });
      // The parts of a task that name their own departments come first, in the order they are written.
      let charged: FoundList[] = [];
      let lists = [...innerLists(reading, closing), ...closing.filter((found) => !group?.includes(found))];
      if (lists.length === 0 && unit.kind === 'duty') lists = groupMembers(reading, options.index);
      // A task whose fields name only who is responsible, its text the body that leads (`由市商务局会同
      // 市市场监管局改造…` / `责任单位：各县（市、区）人民政府`): that body leads, its partners cooperate.
      if (lists.length > 0 && !group && unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind) && !leads(lists))
        // Not from the sentence a field closes (`…，各级政府要…（责任单位：省财政厅）`): its clause says who;
        // an earlier sentence of its paragraph names its own (`省工业和信息化厅、省商务厅负责推动…。推广…。
        // （省交通运输厅、省邮政管理局按职责分工负责）`).
        lists = withSubjectsBesideFields(lists, sentenceSubjects(reading, options.index), options.index);
      // A decision of minutes is a numbered task's equal (`会议决定：一是请县林业局会同…`).
      const decided = unit.kind === 'measure' && kindOfMinutes(fold(unit.children[0]!.value)) === 'measure';
      // A division of duties between bodies too (a 三定规定's `与市农业农村局的有关职责分工。市农业农村局
      // 负责…。市市场监督管理局负责…`): each body its share.
      if (
        lists.length === 0 &&
        !group &&
        // A paragraph of a numbered unit after its items is as much its text (an article's second 款).
        (unit.children[0]!.label || decided || (unit.parentId !== undefined && unit.kind === 'measure')) &&
        (SUBJECT_KINDS.has(unit.kind) ||
          unit.kind === 'goal' ||
          (unit.kind === 'duty' && !parents.has(unit.localId) && (sharesDuties(unit) || titledByBodies(unit))))
      ) {
        lists = sentenceSubjects(reading, options.index);
        // A goal's item gives a body work only by leading it (`紧盯目标任务…。省发展改革委要牵头建立…机制`).
        if (unit.kind === 'goal' && !lists.some((list) => list.segments.some((segment) => segment.role === 'lead')))
          lists = [];
        if (lists.length) bySubject.add(unit);
      } else if (lists.length === 0 && unit.kind === 'notice') {
        // A forwarding notice's own words may give a body a task beside the plan it sends
        // (`各市、县（市、区）人民政府要…，2025年8月底前报省市场监管局备案`); its addressees' line
        // (`各市（州）质量技术监督局、安全生产监督管理局：`) and its signature give none.
        const paragraphs = { ...reading, children: reading.children.filter((line) => line.role === 'body') };
        lists = sentenceSubjects(paragraphs, options.index);
        if (lists.length) bySubject.add(unit);
      } else if (office.length) {
        // The office's host does the body's daily work (`组长：…` / `成员：…` / `领导小组办公室设在市人力资源
        // 社会保障局，…负责领导小组日常工作`), with the members the list names as a field.
        lists = [...sentenceSubjects({ ...reading, children: office }, options.index), ...lists];
      } else if (lists.length === 0 && !group && (charged = minutesCharges(unit, reading, options.index)).length) {
        lists = charged;
        bySubject.add(unit);
        unit.kind = 'measure';
      } else if (unnumbered && unit.kind === 'preamble') {
        // A paragraph of such a text whose sentences give bodies tasks by name (`市市场监管局要会同…`),
        // or that ends with the bodies responsible for it (`…。（责任单位：省市场监管局）`, a text copied
        // from Word without its automatic numbers), is a measure, titled by its first sentence.
        const byName = lists.length === 0;
        if (byName) lists = sentenceSubjects(reading, options.index);
        if (lists.length) {
          if (byName) bySubject.add(unit);
          unit.kind = 'measure';
          unit.title = itemTitle(unit.children[0]!.value, 'measure');
        }
      }
      const listed = lists.length === 0 && !group && unit.parentId ? headings.get(unit.parentId) : undefined;
      // A 职责分工 list's duties under a body's name (`1．市发展改革委` / `（1）将…纳入…`) are that body's too.
      if (listed && unit.children[0]!.label && (SUBJECT_KINDS.has(unit.kind) || unit.kind === 'duty')) {
        const partners = itemsPartners(unit, options.index);
        // A list of each body's standing duties (`一、市公安局` / `1.负责依法侦办…` / `2.指导…`): duties,
        // not tasks, every item of a body's list that holds one.
        if (unit.kind === 'measure' && standing.has(unit.parentId)) unit.kind = 'duty';
        unit.data.departments = [...itemsBodies(unit, listed), ...resolveSegments(partners, { ...options, file })];
        highlight(unit, partners);
        continue;
      }
      if (lists.length === 0 && unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind)) {
        lists = partnersOfUnsaidSubject(reading, options.index);
        if (lists.length) unsaid.add(unit);
      }
      if (lists.length === 0) continue;
      unit.data.departments = resolveSegments(lists, { ...options, file, ...(owner ? { owner } : {}) });
      highlight(unit, lists);
      // Who its doer works with, where a clause or its subject named the doer (text-partners.ts).
      if (!bySubject.has(unit) && !unsaid.has(unit)) {
        const partners = textPartners(reading, lists, options);
        const before = unit.data.departments.length;
        unit.data.departments = withPartners(unit.data.departments, partners, { ...options, file });
        if (unit.data.departments.length > before) highlight(unit, partners);
      }
    }
    shareGroupClauses(units, groups, { ...options, file });
    assignFromTaskTable(units, bySubject);
    assignNumberedDuties(units, numbered, { ...options, file }, bySubject);
    issuerVoiceTasks(units, unsaid, { ...options, file });
    shareWithItem(units, bySubject);
    shareWithSteps(units);
    giveBlanketBodies(units, { ...options, file });
    applyLeadConvention(units);
    reportMissing(units, bySubject, file);
  };
};

/** Where a body's office is housed (`领导小组办公室设在…`), as subject-verbs.ts HOSTED_IN reads it. */
const HOSTS_OFFICE = new RegExp(HOSTED_IN.source, 'u');

/** Whether a list names a lead (`牵头单位：`, `A牵头`). */
const leads = (lists: readonly FoundList[]): boolean =>
  lists.some((found) => found.segments.some((segment) => segment.role === 'lead'));

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
