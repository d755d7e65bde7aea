/**
 * A text whose every level is numbered `1.` (a Word list flattened in the copy: `1.总体要求` /
 * `1.指导思想` / … / `2.主要任务` / `1.压实…责任` / `1.全面落实…`) is given back its levels: a `1.`
 * right under a numbered line opens the level below it, and a later number continues the innermost
 * level whose last number it follows. Each level then takes the role the ladder 一、（一）1.（1）
 * gives it, so that the units nest and are kinded as the document meant.
 */
import { attachmentLine } from './line-shapes.ts';
import type { Label } from './labels.ts';
import type { LineNode } from './tree.ts';

/** A plain number with its dot (`1.`, `2、`), the only label such a text has. */
const PLAIN_NUMBER = /^\d{1,3}\s*[、,.。·・‧]/u;
/** The roles of the levels, from the top, as the numbering ladder has them. */
const LADDER: ReadonlyArray<Label['role']> = ['chapter', 'item', 'subitem', 'subsubitem'];
/**
 * How many times a `1.` must stand right under another numbered line before the text is read as
 * flattened: once may be a list inside an item, which nests the same way.
 */
const RESTARTS = 2;

/** The names of a plan's outer parts, which stand at its top level. */
const OUTER_PART =
  /^(?:总体要求|(?:主要|重点)(?:任务|工作|措施)|工作(?:任务|措施|步骤|安排|要求)|实施步骤|(?:工作)?进度安排|时间安排|方法步骤|保障措施|组织实施|(?:组织|工作|实施)保障|(?:有关|具体)要求)$/u;

/** A heading's shape: a short title without a sentence's end (`2.强化生产加工环节风险治理`). */
const isTitleShaped = (text: string, label: Label): boolean =>
  !/[。;；:：]$/u.test(text.trimEnd()) && text.trim().length - label.length <= 25;

/** Give a flattened text's `N.` labels the roles of their levels (labels and lines changed in place). */
export function flattenedLadder(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  const plain = (index: number) => {
    const label = labels[index];
    return label?.role === 'subitem' && PLAIN_NUMBER.test(folded[index]!) ? label : undefined;
  };
  // Only a text numbered with plain numbers alone; a bullet may stand anywhere.
  if (labels.some((label, index) => label && label.role !== 'bullet' && !plain(index))) return;
  let restarts = 0;
  labels.forEach((label, index) => {
    if (label?.value === 1 && index > 0 && plain(index) && plain(index - 1)) restarts++;
  });
  if (restarts < RESTARTS) return;
  /** The last number and shape of each open level, from the top. */
  let open: Array<{ value: number; titled: boolean }> = [];
  labels.forEach((label, index) => {
    const role = lines[index]!.role;
    // An attachment, a signature or a title starts its numbering anew.
    if (attachmentLine(folded[index]!) || role === 'issuer' || role === 'date' || role === 'title') open = [];
    if (!label || !plain(index)) return;
    const titled = isTitleShaped(folded[index]!, label);
    const value = label.value!;
    let depth: number;
    if (open.length === 0) depth = 0;
    else if (value === 1) depth = Math.min(open.length, LADDER.length - 1);
    else {
      const follows = open.flatMap((level, at) => (level.value === value - 1 ? [at] : []));
      // A plan's outer part by its name (`3.实施步骤` after `2.推进老旧电梯更新改造` under `2.重点任务`)
      // continues the outermost level it may; any other the innermost, one of the line's own shape
      // first (`4.保障措施` after the stages `1.…阶段。…` under `3.实施步骤` continues the chapters).
      const outer = titled && OUTER_PART.test(folded[index]!.slice(label.length).trim());
      depth =
        (outer ? follows[0] : follows.findLast((at) => open[at]!.titled === titled)) ??
        follows.at(-1) ??
        open.length - 1;
    }
    open = [...open.slice(0, depth), { value, titled }];
    label.role = LADDER[depth]!;
    label.dotted = true;
    lines[index]!.role = label.role;
  });
}
