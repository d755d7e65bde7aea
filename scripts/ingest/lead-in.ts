/**
 * A paragraph that announces what the items after it are (`为确保抽查工作取得实效，提出以下工作要求：`,
 * `现就有关事项提出如下要求：`): the numbered items that follow it, at its level, are requirements,
 * where no heading of their own names their part.
 */
import { fold } from '../../src/model/fold.ts';
import { isUnder, type UnitNode } from './tree.ts';

const REQUIREMENTS_FOLLOW = /(?:以下|如下)(?:几点|几项)?(?:工作)?要求\s*:$/u;

/** Turns the tasks after a paragraph announcing requirements into requirements (`units` in reading order). */
export function requirementsAfterLeadIn(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  let announced: { parentId: string | undefined } | undefined;
  for (const unit of units) {
    const numbered = unit.numbering.length > 0 && unit.children[0]!.label !== undefined;
    if (!numbered) {
      const text = fold(unit.children.map((line) => line.value).join('')).trim();
      announced = REQUIREMENTS_FOLLOW.test(text) ? { parentId: unit.parentId } : undefined;
      continue;
    }
    if (!announced) continue;
    // Only the items of the lead-in's level and those under them (a sibling ends the list at its level).
    if (unit.parentId === announced.parentId || isUnder(unit, announced.parentId, byId)) {
      if (unit.kind === 'measure') unit.kind = 'requirement';
    } else announced = undefined;
  }
}
