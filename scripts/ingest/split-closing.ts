/**
 * Paragraphs after the last numbered unit that speak to the whole document (`各地各部门要…`,
 * `本方案自印发之日起施行`) close the document rather than continue the last task: each becomes a
 * closing unit of its own, right after that task (unit-builder.ts, once every line is placed). The
 * first paragraph under a heading alone on its line (`三、组织实施`, then `各市、各部门要…`) is that
 * heading's text. A list under its head (minutes' `参加人员：` and a line per body) stays one unit.
 */
import { fold } from '../../src/model/fold.ts';
import { isClosingParagraph } from './closing-shapes.ts';
import { newUnit } from './tree.ts';
import type { UnitNode } from './tree.ts';

/**
 * Splits `units` in place: after the text's last task, and after the last task above each signature
 * (a 批复 signed above its attachment's table: `此复。` closes the reply, not the table). `nextId`
 * gives each new unit its local id.
 */
export function splitClosing(units: UnitNode[], nextId: () => string): void {
  const lastTasks: number[] = [];
  let last = -1;
  units.forEach((unit, index) => {
    if (unit.part === 'plan' && unit.children[0]!.label !== undefined) last = index;
    else if (unit.part === 'plan' && unit.signature && last >= 0) {
      lastTasks.push(last);
      last = -1;
    }
  });
  if (last >= 0) lastTasks.push(last);
  // From the end, so that the units put in do not move the tasks still to split.
  for (const index of lastTasks.reverse()) splitTask(units, index, nextId);
}

/** Moves the closing paragraphs at the end of the task at `index` into closing units after it. */
function splitTask(units: UnitNode[], index: number, nextId: () => string): void {
  const last = units[index]!;
  // A heading alone on its line (`三、组织实施`) is followed by its own text, whatever it says.
  const first = last.children[0]!;
  // (A table's row typed with tabs is no heading: `3\tDB43/ 2218—2025\t…` / `特此公告。`.)
  const bare = !/[。;；!?！？\t]/u.test(first.value.slice(first.labelEnd ?? 0)) ? 1 : 0;
  const at = last.children.findIndex((line, position) => position > bare && isClosingParagraph(fold(line.value)));
  if (at < 0) return;
  const moved: UnitNode[] = [];
  for (const line of last.children.splice(at)) {
    // The lines of a list right under its head (`参加人员：` / `市教育局：许国强`) are one unit with it.
    const list = moved.at(-1)?.children;
    const next = list && list.at(-1)!.position!.end.line + 1 === line.position!.start.line;
    if (next && /:\s*$/u.test(fold(list[0]!.value)) && !/[。;；]\s*$/u.test(line.value)) {
      moved.at(-1)!.children.push(line);
      continue;
    }
    const unit = newUnit('closing', nextId(), [], '', undefined);
    unit.children.push(line);
    unit.part = 'plan';
    moved.push(unit);
  }
  units.splice(index + 1, 0, ...moved);
}
