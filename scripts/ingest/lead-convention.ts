/**
 * The rule a document gives once for all its lists of responsible bodies (`（各项任务责任单位中排在第一位
 * 的为牵头单位，其余为配合单位）`): the first body of a task's list leads it and, when the rule says so,
 * the others cooperate. The rule is no list of bodies itself (responsibility.ts leaves it out).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitNode } from './tree.ts';

/** The first body named leads: `排在第一位的为牵头单位`, `排名第一的单位为牵头单位`, `列首位的为牵头单位`. */
export const FIRST_LEADS =
  /(?:排|列)(?:在|名)?(?:第一位|首位|第一个?|最前)的?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)/u;
/** And the others cooperate: `其余为配合单位`, `其他单位为配合单位`. */
const REST_COOPERATE = /其(?:余|他)(?:单位|部门)?(?:为|是)配合(?:单位|部门)/u;

/**
 * Applies the document's rule, if its text states one, to the units whose bodies the text gives no
 * role of their own: the first leads; the others cooperate if the rule says so.
 */
export function applyLeadConvention(units: readonly UnitNode[]): void {
  const text = fold(units.flatMap((unit) => unit.children.map((line) => line.value)).join('\n'));
  const rule = FIRST_LEADS.exec(text);
  if (!rule) return;
  const rest = REST_COOPERATE.test(text.slice(rule.index, rule.index + rule[0].length + 20));
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
