/**
 * Boxes (专栏) and tables under their caption that the unit builder opens beside a chapter's tasks,
 * and the notes under a table (`注：`): their items are numbered within them, and the chapter's tasks
 * go on after them.
 */
import { fold } from '../../src/model/fold.ts';
import { isTaskRow } from './line-shapes.ts';
import { newUnit } from './tree.ts';
import type { LineNode, UnitNode } from './tree.ts';
import { LEVEL, type Open, UnitStack } from './unit-stack.ts';

export class UnitBoxes extends UnitStack {
  /** The notes under a table (`注：`) opened last, while they take lines. */
  private notes: UnitNode | undefined;
  /** Boxes (专栏) so far, which numbers one that has no number of its own. */
  private boxes = 0;
  /** The item the last box stands after (`（一）…` before `专栏1`), which its tasks may go on below it. */
  private beforeBox: Open | undefined;

  /**
   * A box (专栏) beside the tasks: a part of the chapter it stands in, at the level of a （一） item,
   * whose numbered lines (`1.`…) are its children, numbered within it (`专栏1|1.`), so that they
   * neither continue nor restart the chapter's own numbering; the next item of the chapter (`（二）`)
   * ends it. Lines without a number after it are its text.
   */
  protected addBox(line: LineNode, box: { label: string; number?: number; title: string }): void {
    this.boxes += 1;
    this.beforeBox = undefined;
    while ((this.stack.at(-1)?.level ?? -1) >= LEVEL.item) {
      const closed = this.stack.pop()!;
      if (closed.level === LEVEL.item) this.beforeBox = closed;
    }
    const parent = this.stack.at(-1);
    const localId = this.ids.unique(
      `${parent ? `${parent.unit.localId}-` : this.prefix()}${box.label.startsWith('专栏') ? 'box' : box.label === '注' ? 'notes' : 'table'}${box.number ?? this.boxes}`,
    );
    const unit = newUnit('measure', localId, [...(parent?.unit.numbering ?? []), box.label], '', parent?.unit);
    unit.partTitle = box.title;
    this.open(unit, [line]);
    this.stack.push({ unit, level: LEVEL.item });
    this.notes = box.label === '注' ? unit : undefined;
  }

  /**
   * Ends a box (专栏) at a task of the chapter after it, which goes on with the item the box stands
   * after: a numbered line below the item level that names who does it (`6.强化质量安全风险防控。…（责任
   * 单位：…）`), where the box has items and none of them (`1.产业链质量图谱工程。…`) does; or one whose
   * number follows that item's last task and not the box's last item (`3.` after the box's `4.`, the
   * item's tasks `1.` and `2.` above the box). The box's next item, numbered on from its last, stays in it.
   * A paragraph without a number (`level` undefined) that names who does it, after items that do not,
   * goes on with that item too (`同时，支持企业研发…（省工业和信息化厅牵头…）` after a box of `——` lines).
   */
  protected leaveBox(folded: string, level?: number, value?: number): void {
    const at = this.stack.findIndex((open) => /^专栏/u.test(open.unit.numbering.at(-1) ?? '') && open.unit.partTitle);
    if (at < 0 || (level !== undefined && level <= LEVEL.item)) return;
    const box = this.stack[at]!.unit;
    const items = this.units.filter((unit) => unit.parentId === box.localId);
    if (items.length === 0) return;
    const task = isTaskRow(folded) && !items.some((unit) => isTaskRow(fold(unit.children[0]!.value)));
    const numberOf = (unit: UnitNode | undefined) => Number.parseInt(unit?.numbering.at(-1) ?? '', 10);
    const before = this.beforeBox && this.units.filter((unit) => unit.parentId === this.beforeBox!.unit.localId);
    const continuesBox = value !== undefined && numberOf(items.at(-1)) === value - 1;
    const continuesBefore = value !== undefined && numberOf(before?.at(-1)) === value - 1;
    const resumes = continuesBefore && !continuesBox;
    // The box's next item stays in it, though it names who does it (`03 工程质量提升行动。…（责任单位：…）`
    // after `01`, `02`), unless its number goes on with the item the box stands after as well.
    if ((!task || (continuesBox && !continuesBefore)) && !resumes) return;
    this.stack = [...this.stack.slice(0, at), ...(this.beforeBox ? [this.beforeBox] : [])];
  }

  /**
   * Ends the notes under a table at a line without a number after them (`注：` / `1.…` / `2.…`, then a
   * paragraph of the part again): the notes take only their numbered lines.
   */
  protected endNotes(): void {
    const notes = this.notes;
    const at = notes && this.current !== notes ? this.stack.findIndex((open) => open.unit === notes) : -1;
    if (at < 0) return;
    this.stack = this.stack.slice(0, at);
    this.notes = undefined;
    this.closed = true;
  }
}
