/**
 * A paragraph that announces what the items after it are: requirements (`为确保抽查工作取得实效，提出以下
 * 工作要求：`, `现就有关事项提出如下要求：`), or goals (`主要目标是：` / `——全县食品评价性抽检量达到…`): the
 * numbered items and bullets that follow it, at its level, are requirements or goals, where no heading
 * of their own names their part.
 */
import { fold } from '../../src/model/fold.ts';
import { isUnder, type UnitNode } from './tree.ts';

/** What a lead-in announces, and the kind it gives the tasks after it. */
const LEAD_INS: ReadonlyArray<{ pattern: RegExp; kind: UnitNode['kind'] }> = [
  { pattern: /(?:以下|如下)(?:几点|几项)?(?:工作)?要求\s*:$/u, kind: 'requirement' },
  { pattern: /^(?:[^。;]{0,20}的)?(?:主要|工作|总体|发展|年度)?目标(?:任务)?(?:是|为|如下)?\s*:$/u, kind: 'goal' },
];

/** Turns the tasks after a paragraph announcing requirements or goals into them (`units` in reading order). */
export function kindsAfterLeadIn(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  let announced: { parentId: string | undefined; kind: UnitNode['kind']; role?: string; items: string[] } | undefined;
  for (const unit of units) {
    const numbered = unit.numbering.length > 0 && unit.children[0]!.label !== undefined;
    if (!numbered) {
      const text = fold(unit.children.map((line) => line.value).join('')).trim();
      const leadIn = LEAD_INS.find(({ pattern }) => pattern.test(text));
      announced = leadIn ? { parentId: unit.parentId, kind: leadIn.kind, items: [] } : undefined;
      continue;
    }
    if (!announced) continue;
    // The list is the items of the lead-in's level numbered as its first (`——` after `——`, `（一）` after
    // `（一）`), and those under them: another kind of number (the next chapter, `一、`) ends it.
    const role = unit.children[0]!.role;
    const sibling = unit.parentId === announced.parentId && (announced.role ?? role) === role;
    const under = announced.items.some((item) => isUnder(unit, item, byId));
    if (!sibling && !under) {
      announced = undefined;
      continue;
    }
    if (sibling) {
      announced.role = role;
      announced.items.push(unit.localId);
    }
    if (unit.kind === 'measure') unit.kind = announced.kind;
  }
}
