/**
 * The rule a document gives once for all its lists of responsible bodies (`（各项任务责任单位中排在第一位
 * 的为牵头单位，其余为配合单位）`): the first body of a task's list leads it and, when the rule says so,
 * the others cooperate; or what one of its labels means (`注：“责任单位”为配合单位`): the bodies under it
 * cooperate with the lead; or that a list marked `按职责分工负责` has no lead (`注明“按职责分工负责”的，所列单位均为
 * 责任单位`). The rule is no list of bodies itself (responsibility.ts leaves it out).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitNode } from './tree.ts';

/**
 * The first body named leads: `排在第一位的为牵头单位`, `排名第一的单位为牵头单位`, `列首位的为牵头单位`,
 * and in a department's own plan its divisions (`责任处室排在第一位的为牵头处室`).
 */
export const FIRST_LEADS =
  /(?:排|列)(?:在|名)?(?:第一位|首位|第一个?|最前)的?(?:单位|部门|处室)?(?:为|是)牵头(?:单位|部门|处室)/u;
/** And the others cooperate: `其余为配合单位`, `其他单位为配合单位`, `其他为配合处室`. */
const REST_COOPERATE = /其(?:余|他)(?:单位|部门|处室)?(?:为|是)配合(?:单位|部门|处室)/u;

/**
 * Applies the document's rule, if its text states one, to the units whose bodies the text gives no
 * role of their own: the first leads; the others cooperate if the rule says so.
 */
export function applyLeadConvention(units: readonly UnitNode[]): void {
  const text = fold(units.flatMap((unit) => unit.children.map((line) => line.value)).join('\n'));
  if (LABEL_COOPERATES.test(text)) labelCooperates(units);
  const rule = FIRST_LEADS.exec(text);
  if (rule) firstLeads(units, REST_COOPERATE.test(text.slice(rule.index, rule.index + rule[0].length + 20)));
  if (SHARED_NO_LEAD.test(text)) sharedHaveNoLead(units);
}

/**
 * A list marked as shared by each body's duties has no lead when the document says so (`注明“按职责分工负责”
 * 的，所列单位均为责任单位`, `…按职责分工负责的，不分主次`): every body of it is responsible.
 */
const SHARED_NO_LEAD =
  /按(?:各自)?职责(?:分工)?负责[”"]?的[,，]?(?:所列|列出的)?(?:各)?(?:单位|部门)?(?:均|都)?(?:为(?:共同)?责任单位|不分主次)/u;
/** A unit's list so marked, and no role of another kind in its text (what roles it has come of the first-leads rule). */
const SHARED = /按(?:各自)?职责(?:分工)?负责/u;
const OTHER_ROLES = /牵头|配合|参与|协助|会同/u;

function sharedHaveNoLead(units: readonly UnitNode[]): void {
  for (const unit of units) {
    const own = fold(unit.children.map((line) => line.value).join('\n'));
    if (!SHARED.test(own) || OTHER_ROLES.test(own.replace(SHARED_NO_LEAD, ''))) continue;
    unit.data.departments = unit.data.departments?.map((entry) =>
      entry.implied ? entry : { ...entry, role: 'responsible' as const, lead: false },
    );
  }
}

/** The first body of each list the text gives no roles leads; the others cooperate if `rest`. */
function firstLeads(units: readonly UnitNode[], rest: boolean): void {
  for (const unit of units) {
    // Bodies the unit does not write (the issuer's, or those named once for every task) keep their role.
    const named = (unit.data.departments ?? []).filter((entry) => !entry.implied);
    const implied = (unit.data.departments ?? []).filter((entry) => entry.implied);
    // A list the text gives no roles: its first is lead or responsible (the first named), the rest responsible.
    const [first, ...others] = named;
    if (!first || others.length === 0 || first.role === 'cooperating') continue;
    if (others.some((entry) => entry.role !== 'responsible')) continue;
    unit.data.departments = [
      ...named.map((entry, index) =>
        index === 0
          ? { ...entry, lead: true, role: 'lead' as const }
          : rest
            ? { ...entry, lead: false, role: 'cooperating' as const }
            : { ...entry, lead: false },
      ),
      ...implied,
    ];
  }
}

/** A label the document says names those who help (`“责任单位”为配合单位`, `责任单位即配合单位`). */
const LABEL_COOPERATES = /[“"]?责任单位[”"]?\s*(?:为|是|即|指)\s*(?:主要)?配合单位/u;
/** The label, in a task's fields (`责任单位：`). */
const RESPONSIBLE_LABEL = /责任单位\s*:/u;

/** Under such a rule, a task's bodies listed under 责任单位 beside its lead (in its fields or its row's) cooperate with it. */
function labelCooperates(units: readonly UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const labelled = (unit: UnitNode | undefined) =>
    unit?.children.some((line) => RESPONSIBLE_LABEL.test(fold(line.value))) ?? false;
  for (const unit of units) {
    const departments = unit.data.departments ?? [];
    if (!departments.some((entry) => entry.role === 'lead')) continue;
    // A task's own fields, or those of the row that gives it its bodies (table-tasks.ts).
    if (!labelled(unit) && !labelled(unit.data.assignedBy ? byId.get(unit.data.assignedBy) : undefined)) continue;
    unit.data.departments = departments.map((entry) =>
      entry.role === 'responsible' && !entry.implied ? { ...entry, role: 'cooperating' as const, lead: false } : entry,
    );
  }
}
