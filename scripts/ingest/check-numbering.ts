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
import type { Label } from './line-shapes.ts';
import type { LineNode } from './tree.ts';

export class NumberingCheck {
  /** Last value seen per parent key and role. */
  private lastValue = new Map<string, number>();
  /**
   * Last value per (parent role, role) of the previous parent: numbers may run on across parents,
   * items across chapters (山西 style) and sub-items across items.
   */
  private lastUnderParent = new Map<string, number>();

  private readonly file: VFile;

  constructor(file: VFile) {
    this.file = file;
  }

  /**
   * Checks `line`'s label under the parent keyed `parentKey`, whose role is `parentRole` (none at the
   * top) and whose lines say `parentText`.
   */
  check(line: LineNode, label: Label, parentKey: string, parentRole: Label['role'] | undefined, parentText = ''): void {
    const key = `${parentKey}${label.role}`;
    const previous = this.lastValue.get(key);
    const value = label.value!;
    let expected = previous === undefined ? 1 : previous + 1;
    const runKey = `${parentRole ?? ''}>${label.role}`;
    if (previous === undefined && parentRole && value === (this.lastUnderParent.get(runKey) ?? 0) + 1) {
      expected = value; // numbering runs on across parents
    }
    const found = line.label!;
    // The first items written inside the parent's own line (`2．规范证照经营：（1）依法查处…；`, a
    // table cell's first line), the next ones on lines of their own.
    if (previous === undefined && value > expected && inlineInParent(found, expected, value, parentText))
      expected = value;
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
  }
}

/** `label` with its number made `value`, in its own numerals: `（2）` → `（1）`, `三、` → `二、`. */
function relabel(label: string, value: number): string {
  return label.replace(/[一二三四五六七八九十百零〇两]+|[0-9０-９]+/u, (digits) =>
    /[0-9０-９]/u.test(digits) ? String(value) : toChineseNumeral(value),
  );
}

/**
 * Whether the labels `from`…`to - 1` in the shape of `label` are all written in `parentText`, in
 * order. Only a label in brackets: `1.` or `3` inside a text may be any figure.
 */
function inlineInParent(label: string, from: number, to: number, parentText: string): boolean {
  if (!/^[(（〔[［【]/u.test(label)) return false;
  const text = fold(parentText);
  let at = 0;
  for (let value = from; value < to; value++) {
    at = text.indexOf(fold(relabel(label, value)), at);
    if (at < 0) return false;
  }
  return true;
}
