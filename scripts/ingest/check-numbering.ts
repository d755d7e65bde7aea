/**
 * Checks the numbering of a document's numbered lines as the unit builder meets them: each label
 * should follow its previous sibling (`（三）` after `（二）`), or, for the first child of a parent,
 * start at one or run on from the previous parent's last child (items numbered across chapters,
 * 山西 style). Gaps and repeats are reported at the label; the units are built all the same.
 */
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import { toChineseNumeral } from '../../src/model/ids.ts';
import { report } from './messages.ts';
import type { Label } from './labels.ts';
import { keysTaskRow } from './task-references.ts';
import type { LineNode } from './tree.ts';

export class NumberingCheck {
  /** Last value seen per parent key and role. */
  private lastValue = new Map<string, number>();
  /**
   * Last value per (parent role, role) of the previous parent: numbers may run on across parents,
   * items across chapters (山西 style) and sub-items across items.
   */
  private lastUnderParent = new Map<string, number>();
  /**
   * Last value per role under any parent: items numbered straight through a plan run on from a
   * chapter's sections to a chapter without them (`二、` / `（三）…` / `7.` then `三、` / `8.`).
   */
  private lastOfRole = new Map<Label['role'], number>();

  private readonly file: VFile;

  constructor(file: VFile) {
    this.file = file;
  }

  /**
   * Checks `line`'s label under the parent keyed `parentKey`, whose role is `parentRole` (none at the
   * top). `before` gives the text the label follows, its previous sibling's lines, else its parent's;
   * it is read only where the numbering skips.
   */
  check(
    line: LineNode,
    label: Label,
    parentKey: string,
    parentRole: Label['role'] | undefined,
    before = () => '',
  ): void {
    // A table's row keyed by the number of the task it gives bodies (`（七）（牵头单位：…）`): its number is
    // the task's, in no list of the table's own.
    if (keysTaskRow(fold(line.value.slice(line.labelEnd ?? 0)))) return;
    const key = `${parentKey}${label.role}`;
    const previous = this.lastValue.get(key);
    const value = label.value!;
    let expected = previous === undefined ? 1 : previous + 1;
    const runKey = `${parentRole ?? ''}>${label.role}`;
    const found = line.label!;
    const runOn = (this.lastUnderParent.get(runKey) ?? 0) + 1;
    // Numbering runs on across parents, the number before a parent's first maybe written in its line
    // (`二、质量安全（30分）：4.产品质量安全…` / `5.食品安全…`), or in an earlier parent's.
    if (
      previous === undefined &&
      parentRole &&
      (value === runOn ||
        value === (this.lastOfRole.get(label.role) ?? 0) + 1 ||
        (value > runOn && runOn > 1 && writtenInline(found, value - 1, value, before())))
    )
      expected = value;
    // Items written inside the line before (`2．规范证照经营：（1）依法查处…；`, a table cell's first
    // line; `1．…。2．…`), the next ones on lines of their own: no gap, their text is in that unit.
    if (value > expected && writtenInline(found, expected, value, before())) expected = value;
    if (value !== expected) {
      const wanted = relabel(found, expected);
      const rule = value > expected ? 'structure:numbering-gap' : 'structure:numbering-repeat';
      const place = {
        start: line.position.start,
        end: { ...line.position.start, column: line.position.start.column + found.length },
      };
      report(
        this.file,
        rule,
        `Unexpected \`${found}\`${previous === undefined ? '' : ' after its sibling'}, expected \`${wanted}\``,
        place,
      );
    }
    this.lastValue.set(key, value);
    if (parentRole) this.lastUnderParent.set(runKey, value);
    this.lastOfRole.set(label.role, value);
  }
}

/** `label` with its number made `value`, in its own numerals: `（2）` → `（1）`, `三、` → `二、`. */
function relabel(label: string, value: number): string {
  return label.replace(/[一二三四五六七八九十百零〇两]+|[0-9０-９]+/u, (digits) =>
    /[0-9０-９]/u.test(digits) ? String(value) : toChineseNumeral(value),
  );
}

/**
 * Whether the labels `from`…`to - 1` in the shape of `label` are all written in `text`, in order:
 * a label in brackets anywhere (`规范证照经营：（1）…`), a bare one (`2．`) only after a sentence's end,
 * where it can be no figure of the text (`…负属地管理责任。2．组织排查…`).
 */
function writtenInline(label: string, from: number, to: number, text: string): boolean {
  const folded = fold(text);
  const bracketed = /^[(（〔[［【]/u.test(label);
  let at = 0;
  for (let value = from; value < to; value++) {
    const wanted = fold(relabel(label, value));
    let found = folded.indexOf(wanted, at);
    while (found > 0 && !bracketed && !/[。;；:：!?！？]\s*$/u.test(folded.slice(0, found)))
      found = folded.indexOf(wanted, found + 1);
    if (found < 0 || (found === 0 && !bracketed)) return false;
    at = found + wanted.length;
  }
  return true;
}
