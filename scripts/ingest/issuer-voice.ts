/**
 * Tasks the issuer sets itself. A department's reply, summary or plan announces its own tasks in the
 * first person (`下一步，我局将…重点抓好以下工作：`, `2024年，我局将…重点抓好以下七个方面工作：`) and
 * then writes them without a subject (`（五）加强宣传培训。组织开展…`, `会同省教育厅制定…`). In the
 * part such a lead-in opens, a task that names no one who acts is the issuer's: the issuer leads it,
 * implied (its name is not written there), and those the task names as partners still cooperate;
 * where the unsaid subject helps another (`配合省教育厅开展…`), the issuer cooperates. A notice's tasks
 * for others (`各地要…`) are never in such a part: its lead-in does not speak as 我局.
 */
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { FIRST_PERSON } from './defined-names.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import { isUnder, type UnitNode } from './tree.ts';

/** A lead-in in the issuer's voice: it names itself, says what it will do, and ends with a colon. */
const OWN_LEAD_IN = new RegExp(`(?:${FIRST_PERSON.join('|')})(?:还|也|仍)?(?:将|要|拟|计划|准备)[^:]*:\\s*$`, 'u');

/**
 * Gives the issuer, implied, to the tasks of the parts whose lead-in speaks as the issuer
 * (`units` in reading order), where no department acts in them.
 */
export function issuerVoiceTasks(
  units: UnitNode[],
  /** Tasks whose departments are the partners of their unsaid subject (sentence-subjects.ts partnersOfUnsaidSubject). */
  unsaid: ReadonlySet<UnitNode>,
  { index, issuer }: { index: DepartmentIndex; issuer?: string | undefined },
): void {
  const self = fold(issuer ?? '').trim();
  const body = self && !/[、,，;；\s]/u.test(self) ? index.resolve(self) : undefined;
  if (body?.department.kind !== 'department') return;
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const issuerAsLead: Responsibility = {
    raw: issuer!.trim(),
    id: body.department.id,
    name: body.department.name,
    lead: true,
    role: 'lead',
    implied: true,
  };
  let scope: { parentId: string | undefined } | undefined;
  for (const unit of units) {
    const text = fold(unit.children.map((line) => line.value).join('')).trim();
    const numbered = unit.numbering.length > 0 && unit.children[0]!.label !== undefined;
    if (!numbered) {
      // A paragraph of its own: the items after it at its level are its part.
      scope = OWN_LEAD_IN.test(text) ? { parentId: unit.parentId } : undefined;
      continue;
    }
    if (scope && unit.parentId !== scope.parentId && !isUnder(unit, scope.parentId, byId)) scope = undefined;
    // A heading with its lead-in under its title: the part below it.
    if (unit.kind === 'heading' && OWN_LEAD_IN.test(text)) {
      scope = { parentId: unit.localId };
      continue;
    }
    if (!scope || !SUBJECT_KINDS.has(unit.kind)) continue;
    // A step of a task is that task's: the task is given the issuer, not each step.
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent && SUBJECT_KINDS.has(parent.kind)) continue;
    const named = unit.data.departments ?? [];
    if (named.some((entry) => entry.id === body.department.id)) continue;
    if (!named.some((entry) => entry.role !== 'cooperating'))
      unit.data.departments = [issuerAsLead, ...named.map((entry) => ({ ...entry, lead: false }))];
    else if (unsaid.has(unit))
      unit.data.departments = [...named, { ...issuerAsLead, lead: false, role: 'cooperating' as const }];
  }
}
