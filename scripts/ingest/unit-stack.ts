/**
 * The units the unit builder (./unit-builder.ts) has opened so far, and where the next one goes: the
 * stack of open numbered units by level, the unit that takes the next unnumbered line unless it is
 * closed, and unique local ids.
 */
import type { Label } from './line-shapes.ts';
import { LocalIds } from './local-ids.ts';
import type { LineNode, UnitNode } from './tree.ts';

/** Where a line stands in the document's frame (frame.ts). */
export type Place = 'header' | 'notice' | 'title' | 'plan';

/** How deep each kind of label nests: a label nests under the nearest open one of a lower level. */
export const LEVEL: Record<Label['role'], number> = {
  chapter: 0,
  article: 1,
  item: 2,
  subitem: 3,
  subsubitem: 4,
  bullet: 5,
};

/**
 * The level a label opens: LEVEL by its role, but a chapter numbered `一、` nests under a part named
 * with 第 (`第二部分 重点任务` over `一、推进农业标准化`), as plans of several parts number them.
 */
export function levelOf(label: Label, folded: string): number {
  return label.role === 'chapter' && !folded.startsWith('第') ? LEVEL.chapter + 0.5 : LEVEL[label.role];
}

export interface Open {
  unit: UnitNode;
  level: number;
  /** The numbering label that opened the unit; none for an attachment or a box. */
  label?: Label;
}

export class UnitStack {
  protected units: UnitNode[] = [];
  protected ids = new LocalIds();
  protected stack: Open[] = [];
  /** The unit the last line went to. */
  protected current: UnitNode | undefined;
  /** The current unit takes no more lines (it ended with a responsibility clause, or is one paragraph). */
  protected closed = false;
  protected part: 'notice' | 'plan' = 'plan';

  /** Preamble and closing paragraphs outside every numbered part are units of one paragraph each. */
  protected isParagraphUnit(unit: UnitNode): boolean {
    return unit.part === 'plan' && !unit.parentId && unit.numbering.length === 0 && unit.kind !== 'title';
  }

  /** The parent of an unnumbered line's new unit: a closed unit does not take more text, its sibling does. */
  protected parentForUnnumbered(): Open | undefined {
    if (this.closed && this.current && this.stack.at(-1)?.unit === this.current) this.stack.pop();
    return this.stack.at(-1);
  }

  /** Only the notice, title, header and preamble are open so far. */
  protected onlyPreface(): boolean {
    return this.units.every(
      (unit) => unit.part === 'notice' || unit.kind === 'title' || unit.kind === 'header' || unit.kind === 'preamble',
    );
  }

  /** The prefix of local ids in the current part (`notice-` in a forwarding notice). */
  protected prefix(): string {
    return this.part === 'notice' ? 'notice-' : '';
  }

  /** Adds `unit` with its first lines, and makes it the current, open unit. */
  protected open(unit: UnitNode, lines: LineNode[]): void {
    unit.children.push(...lines);
    unit.data = {};
    unit.part ??= this.part;
    this.units.push(unit);
    this.ids.take(unit.localId);
    this.current = unit;
    this.closed = false;
  }
}
