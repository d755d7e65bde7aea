/**
 * Checks the numbering of a document's numbered lines as the unit builder meets them: each label
 * should follow its previous sibling (`（三）` after `（二）`), or, for the first child of a parent,
 * start at one or run on from the previous parent's last child (items numbered across chapters,
 * 山西 style). Gaps and repeats are reported at the label; the units are built all the same.
 */
import type { VFile } from 'vfile';
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

  /** Checks `line`'s label under the parent keyed `parentKey`, whose role is `parentRole` (none at the top). */
  check(line: LineNode, label: Label, parentKey: string, parentRole: Label['role'] | undefined): void {
    const key = `${parentKey}${label.role}`;
    const previous = this.lastValue.get(key);
    const value = label.value!;
    let expected = previous === undefined ? 1 : previous + 1;
    const runKey = `${parentRole ?? ''}>${label.role}`;
    if (previous === undefined && parentRole && value === (this.lastUnderParent.get(runKey) ?? 0) + 1) {
      expected = value; // numbering runs on across parents
    }
    if (value !== expected) {
      const found = line.label!;
      const wanted = found.replace(/[一二三四五六七八九十百零〇两]+|[0-9０-９]+/, (digits) =>
        /[0-9０-９]/.test(digits) ? String(expected) : toChineseNumeral(expected),
      );
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
