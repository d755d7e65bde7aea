/**
 * A plan that sets out its tasks in its body and lists them again in a task table
 * (`附件：重点任务分工表`: `1. 培育质量标杆企业（牵头单位：县市场监管局；…）`), naming the departments
 * only there: each body task without departments of its own takes those of the one row that repeats
 * its title (or of its number, opening with the same words, or sharing some where the number is the
 * task's alone), or of the one row that says what it says (table-task-content.ts), or of the rows that share its cell
 * (`重点任务` merged over several `具体措施`); a task that names its bodies without their roles
 * (`（责任单位：A、B）`) takes them from its one row where the row agrees with it and says who helps. They
 * point at each other (`assignedBy` on the task,
 * `assigns` on the row), so that the task reads with its departments and a department's list holds the
 * task once.
 */
import { fold } from '../../src/model/fold.ts';
import { chineseNumeralValue } from '../../src/model/ids.ts';
import { attachmentLine } from './line-shapes.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import { linkByContent } from './table-task-content.ts';
import type { UnitNode } from './tree.ts';

/** A body a unit names, as the builder holds it. */
type Department = NonNullable<UnitNode['data']['departments']>[number];

/** A title as the table and the body both write it: folded, without spaces or punctuation. */
const titleKey = (title: string): string => fold(title).replace(/[\s\p{P}]/gu, '');

/** A row's task before the colon that leads to its measure, no clock's (`17:00`). */
const TASK_BEFORE_MEASURE = /^([^：:，,。；;]{4,20})[：:](?!\d)/u;

/** Which of two roles a body a task's rows name twice keeps: the one who does more. */
const ROLE_RANK: Record<string, number> = { lead: 0, responsible: 1, cooperating: 2 };

/** The title of a list of problems found: `发现问题清单`, `问题台账`, `存在问题汇总表`. */
const PROBLEMS = /问题(?:清单|台账|汇总表?|整改清单)|存在(?:的)?问题/u;

/** Titles this short name too little to be the same task (`宣传`, `其他`). */
const MIN_TITLE = 4;

/**
 * `bySubject`: the tasks whose bodies only their sentences' subjects gave (`地方各级人民政府要将…纳入
 * 规划`), which their rows say more of: the row's bodies lead, the subjects stay beside them.
 */
export function assignFromTaskTable(units: UnitNode[], bySubject: ReadonlySet<UnitNode> = new Set()): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const rootOf = (unit: UnitNode): UnitNode => {
    let root = unit;
    while (root.parentId && byId.has(root.parentId)) root = byId.get(root.parentId)!;
    return root;
  };
  const inAttachment = (unit: UnitNode) => attachmentLine(fold(rootOf(unit).children[0]!.value)) !== undefined;
  const tasks = new Map<string, UnitNode[]>();
  for (const unit of units) {
    if (!SUBJECT_KINDS.has(unit.kind) || !unit.children[0]!.label || inAttachment(unit)) continue;
    const key = titleKey(unit.title);
    if (key.length >= MIN_TITLE) tasks.set(key, [...(tasks.get(key) ?? []), unit]);
  }
  const rows = new Map<string, UnitNode[]>();
  for (const unit of units) {
    if (!unit.data.departments?.length || !inAttachment(unit)) continue;
    // A row titled by its task and its measure (`丰富服务供给：编制…清单`, the table's 重点任务 and
    // 主要措施 columns) repeats the body's task by its task.
    const task = TASK_BEFORE_MEASURE.exec(unit.title)?.[1];
    for (const key of new Set([titleKey(unit.title), ...(task ? [titleKey(task)] : [])]))
      rows.set(key, [...(rows.get(key) ?? []), unit]);
  }
  const assignAll = (task: UnitNode, found: UnitNode[]) => {
    const rank = (role: string) => ROLE_RANK[role] ?? 1;
    const merged = new Map<string, Department>();
    for (const department of found.flatMap((row) => row.data.departments!)) {
      const key = `${department.id}|${department.name}`;
      const before = merged.get(key);
      if (!before || (ROLE_RANK[department.role] ?? 1) < (ROLE_RANK[before.role] ?? 1))
        merged.set(key, { ...department });
    }
    // Leads first, as a task's departments are listed.
    const fromRows = [...merged.values()].sort((a, b) => rank(a.role) - rank(b.role));
    task.data.departments = [...fromRows, ...subjectsBeside(task, fromRows)];
    task.data.assignedBy = found[0]!.localId;
    for (const row of found) row.data.assigns = task.localId;
  };
  // The bodies a task's subjects named that its rows do not, after the rows' (as written: a row's
  // 各市（州）人民政府 leaves the subject's 各县（市、区）人民政府 beside it), leading no more.
  const subjectsBeside = (task: UnitNode, fromRows: Department[]): Department[] => {
    if (!bySubject.has(task)) return [];
    const named = new Set(fromRows.map((department) => department.raw));
    return (task.data.departments ?? [])
      .filter((department) => !named.has(department.raw))
      .map((department) =>
        department.role === 'lead' ? { ...department, role: 'responsible' as const, lead: false } : { ...department },
      );
  };
  const assign = (task: UnitNode, row: UnitNode) => {
    const fromRow = row.data.departments!.map((department) => ({ ...department }));
    task.data.departments = [...fromRow, ...subjectsBeside(task, fromRow)];
    task.data.assignedBy = row.localId;
    row.data.assigns = task.localId;
  };
  for (const [key, found] of tasks) {
    const row = rows.get(key);
    // One task: a title written twice in the body says nothing of which is which. A task that names
    // its bodies without their roles (`（责任单位：A、B）`) takes them from its one row, which says who leads.
    if (found.length !== 1 || !row) continue;
    // A row whose bodies its own subject gave says no more than the task's subject did.
    const weaker = bySubject.has(found[0]!) && row.every((each) => !bySubject.has(each));
    const own = found[0]!.data.departments?.length && !weaker;
    if (own && !(row.length === 1 && refinedBy(found[0]!, row[0]!))) continue;
    if (row.length === 1) assign(found[0]!, row[0]!);
    // Rows that share the task's cell (`重点任务` merged over them, each its own `具体措施`): the task is
    // done by every body they name, a lead in any row leading it.
    else if (row.every((each) => !each.data.assigns && TASK_BEFORE_MEASURE.test(textOf(each))))
      assignAll(found[0]!, row);
  }
  // A row that words its task otherwise (`加密中心城区公共充电网络，新增公共充电桩3万个`, `实现乡镇（街道）
  // 公共充电设施全覆盖`): the one row of the task's number that opens with the same words.
  const rowsByNumber = Map.groupBy(
    units.filter((unit) => unit.data.departments?.length && inAttachment(unit) && !unit.data.assigns),
    (unit) => numberOf(unit),
  );
  // A body's `（五）` is the table's `5.` only where a table (an attachment) has a row for each task of its list.
  const rowCounts = new Set(
    [
      ...Map.groupBy(
        units.filter((unit) => unit.data.departments?.length && inAttachment(unit)),
        (unit) => rootOf(unit),
      ).values(),
    ].map((rows) => new Set(rows.map(numberOf)).size),
  );
  const sameCount = (task: UnitNode) =>
    rowCounts.has(
      units.filter((other) => other.parentId === task.parentId && other.children[0]!.label && !inAttachment(other))
        .length,
    );
  // Where no other task of the body has its number (tasks numbered on across chapters, `1.`…`12.`), the
  // row need only share some words with it (`气瓶充装单位专项整治，…` for `7.深化气瓶充装单位专项整治`).
  const numberAtLevel = (unit: UnitNode) => `${unit.numbering.length}|${writtenNumber(unit)}`;
  const bodyNumbers = Map.groupBy(
    units.filter((unit) => SUBJECT_KINDS.has(unit.kind) && unit.children[0]!.label && !inAttachment(unit)),
    numberAtLevel,
  );
  // A list of the problems an inspection found (`…发现问题清单`) names what is wrong, not the tasks.
  const findings = (row: UnitNode) => PROBLEMS.test(fold(`${rootOf(row).partTitle ?? ''}${rootOf(row).title}`));
  const alike = (task: UnitNode, row: UnitNode): boolean => {
    const title = titleKey(row.title);
    if (title.startsWith(titleKey(task.title).slice(0, MIN_TITLE))) return true;
    if (bodyNumbers.get(numberAtLevel(task))?.length !== 1 || findings(row)) return false;
    const text = titleKey(textOf(task));
    return [...title].some((_, at) => at + MIN_TITLE <= title.length && text.includes(title.slice(at, at + MIN_TITLE)));
  };
  for (const found of tasks.values()) {
    if (found.length !== 1 || found[0]!.data.assignedBy) continue;
    const task = found[0]!;
    if (numberOf(task) !== writtenNumber(task) && !sameCount(task)) continue;
    // The one row of its number that words it alike, where another table numbers its rows too.
    const rows = (rowsByNumber.get(numberOf(task)) ?? []).filter((row) => !row.data.assigns && alike(task, row));
    if (rows.length !== 1) continue;
    const row = rows[0]!;
    const weaker = bySubject.has(task) && !bySubject.has(row);
    if (!task.data.departments?.length || weaker || refinedBy(task, row)) assign(task, row);
  }
  // Rows that follow the tasks by neither title nor number: by what both say (table-task-content.ts).
  linkByContent(
    units.filter(
      (unit) =>
        SUBJECT_KINDS.has(unit.kind) &&
        unit.children[0]!.label &&
        !inAttachment(unit) &&
        !unit.data.departments?.length &&
        !unit.data.assignedBy,
    ),
    units.filter((row) => row.data.departments?.length && inAttachment(row) && !row.data.assigns && !findings(row)),
    (task, found) => (found.length === 1 ? assign(task, found[0]!) : assignAll(task, found)),
  );
}

/**
 * Whether a row says more of the roles of the bodies its task names (`（责任单位：A、B）`, the first
 * leading by the list's order): every one of them is among the row's, which names one cooperating at
 * least, and where the task has a lead the row has it lead too.
 */
function refinedBy(task: UnitNode, row: UnitNode): boolean {
  const key = (department: { id?: string; raw: string }) => department.id ?? department.raw;
  const own = (task.data.departments ?? []).filter((department) => !department.implied);
  const theirs = new Map((row.data.departments ?? []).map((department) => [key(department), department]));
  return (
    !row.data.assigns &&
    own.length > 0 &&
    own.every((department) => {
      const same = theirs.get(key(department));
      return same && department.role !== 'cooperating' && (department.role !== 'lead' || same.role === 'lead');
    }) &&
    [...theirs.values()].some((department) => department.role === 'cooperating')
  );
}

/** A unit's first line after its label, folded. */
const textOf = (unit: UnitNode): string =>
  fold(unit.children[0]!.value)
    .slice(unit.children[0]!.labelEnd ?? 0)
    .trim();

/**
 * A unit's own number, as its label writes it without punctuation (`1.` and `1．` are 1), in digits: a
 * body's `（五）` is its table's row `5.`.
 */
const numberOf = (unit: UnitNode): string => {
  const written = writtenNumber(unit);
  return String(chineseNumeralValue(written) ?? written);
};
/** A unit's own number as its label writes it, without punctuation. */
const writtenNumber = (unit: UnitNode): string => fold(unit.numbering.at(-1) ?? '').replace(/[\s\p{P}]/gu, '');
