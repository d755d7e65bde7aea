/**
 * A report's review before its next steps. A reply to a proposal (答复), a year's summary (总结) or a
 * circular says what was done, then what will be (`四、下一步工作`, `三、2024年工作计划`): the parts
 * before that heading, at its level, are a review (context), however their own headings read
 * (`一、关于压实校园食品安全责任` / `（一）健全责任体系。2023年3月，我局会同…`), and their figures are
 * results, not targets. A plan never says 下一步 of itself.
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import type { UnitNode } from './tree.ts';

/**
 * Headings of the next steps: `下一步工作`, `下步工作打算`, `今后工作安排`, `下一步工作要求`, and a
 * year's plan after its review (`2024年工作计划`, `明年工作打算`).
 */
export const NEXT_STEPS =
  /^(?:(?:下一?步|今后|下一?阶段)(?:的)?(?:工作)?(?:计划|打算|安排|思路|重点|措施|举措|建议|要求)?|(?:\d{4}年度?|明年|下一?年度?)(?:的)?(?:工作)?(?:计划|打算|安排|思路|重点))$/u;

/** Kinds a review turns into context: what the part's own headings would make tasks of. */
export const TASK_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['measure', 'project', 'duty', 'requirement']);

/** Turns the tasks of the parts before a next-steps heading into context (`units` in reading order). */
export function reviewBeforeNextSteps(units: UnitNode[]): void {
  const next = units.find((unit) => unit.numbering.length > 0 && NEXT_STEPS.test(fold(unit.title).trim()));
  if (!next) return;
  const before = new Set<string>();
  for (const unit of units) {
    if (unit === next) break;
    const parent = unit.parentId;
    const inReview = parent === next.parentId ? unit.numbering.length > 0 : parent !== undefined && before.has(parent);
    if (!inReview) continue;
    before.add(unit.localId);
    if (TASK_KINDS.has(unit.kind)) unit.kind = 'context';
  }
}
