/**
 * The units the unit builder (./unit-builder.ts) has opened so far, and where the next one goes: the
 * stack of open numbered units by level, the unit that takes the next unnumbered line unless it is
 * closed, and unique local ids.
 */
import { looksLikeTitlePiece } from './line-shapes.ts';
import type { Label } from './labels.ts';
import { LocalIds } from './local-ids.ts';
import type { LineNode, UnitNode } from './tree.ts';

/** Where a line stands in the document's frame (frame.ts), or in a second document after it (second-document.ts). */
export type Place = 'header' | 'notice' | 'title' | 'plan' | 'appended';

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
 * Where chapters named with 第 stand among themselves, above a chapter numbered `一、`: a part
 * (`第一篇`, `第二部分`) over a chapter (`第三章`) over a section (`第一节`), as plans and regulations
 * nest them (`第三章 优化营商环境` › `第一节 深化商事制度改革` › `一、推进准入准营便利化`).
 */
const CHAPTER_STEP: Array<[RegExp, number]> = [
  [/^第[^章节]{1,4}(?:篇|部分)/u, 0],
  [/^第[^篇节]{1,4}章/u, 0.2],
  [/^第[^篇章]{1,4}节/u, 0.4],
];

/**
 * The level a label opens: LEVEL by its role, but chapters nest by the word that names them
 * (CHAPTER_STEP), a chapter numbered `一、` nests under all of them (`第二部分 重点任务` over
 * `一、推进农业标准化`), and a circled number under a bracketed one.
 */
export function levelOf(label: Label, folded: string): number {
  // A circled number nests under a bracketed one (`(2)加强校园…` › `①落实学校…`), as the
  // numbering ladder 一、（一）1.（1）① has it.
  if (label.role === 'subsubitem' && /^[①-⑳]/u.test(folded)) return LEVEL.subsubitem + 0.5;
  // So does a number with its closing bracket only (`（2）…包括以下方面：` › `1）举办者…`).
  if (label.role === 'subsubitem' && /^\s*\d{1,3}\)/u.test(folded)) return LEVEL.subsubitem + 0.25;
  // A rectification's numbered problem (`问题1：`) holds its tasks (`1.`) under its group (`（一）`).
  if (label.role === 'item' && /^问题/u.test(folded)) return LEVEL.item + 0.5;
  if (label.role !== 'chapter') return LEVEL[label.role];
  const step = CHAPTER_STEP.find(([pattern]) => pattern.test(folded))?.[1] ?? 0.5;
  return LEVEL.chapter + step;
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

  /**
   * The own title of an attachment or a box, set over its tasks (`附件：重点任务清单`, then
   * `某省…重点任务清单`, over one or two lines; `专栏3`, then its title): part of its heading, so that
   * the tasks after it stay its own.
   */
  protected isPartTitle(folded: string): boolean {
    const unit = this.current;
    return (
      unit?.partTitle !== undefined &&
      this.stack.at(-1)?.unit === unit &&
      unit.children.length <= 2 &&
      looksLikeTitlePiece(folded)
    );
  }
}
