/**
 * A table's groups numbered as chapters, under the chapter that names the table (`三、考核评分表` /
 * `一、组织领导（12分）：1.…` / `二、质量安全（30分）：4.…`), as an assessment table rewritten row by row
 * reads: the groups restart at 一 inside the chapter, and the text's own chapters go on after them
 * (`四、加分项`). A group nests a quarter level below its chapter while its numbers run on; the first
 * chapter number that does not continue them ends them, where the text's own chapters go on (where
 * both would continue, the groups do: `四、质量基础设施` after `三、质量提升`, before `四、加分项`, which
 * follows `五、质量共治`).
 */
import { LEVEL } from './unit-stack.ts';
import type { Open } from './unit-stack.ts';
import type { Label } from './labels.ts';

/** A chapter that names a table (`三、考核评分表`, `二、重点任务分工表`). */
const TABLE_CHAPTER = /表$/u;
/** A group's title and its first row after a colon: `组织领导（8分）：1.统筹推进`. */
const GROUP_ROW = /^[^,，。;；:：]{2,30}[:：]\s*\d{1,3}\s*[.、]/u;
/** The level of a chapter numbered `一、` (unit-stack.ts levelOf). */
const PLAIN_CHAPTER = LEVEL.chapter + 0.5;

export class TableGroups {
  /** While groups run: the groups' next chapter number. */
  private open: { inner: number } | undefined;

  /**
   * The level of a chapter label at `level` (levelOf), given the units open above it; `folded` the
   * line, whose group is written as a table's rewritten row is, its first row after a colon
   * (`一、组织领导（8分）：1.统筹推进…`), not as a chapter's heading (`四、加分项`).
   */
  levelOf(label: Label, level: number, folded: string, stack: readonly Open[], title: (open: Open) => string): number {
    if (label.role !== 'chapter' || level !== PLAIN_CHAPTER) return level;
    const row = GROUP_ROW.test(folded.slice(label.length));
    const groups = this.open;
    if (groups) {
      // The groups' next number goes on with them, even where the text's next is the same.
      if (row && label.value === groups.inner) {
        groups.inner += 1;
        return level + 0.25;
      }
      this.open = undefined;
      return level;
    }
    const chapter = stack.find((open) => open.label?.role === 'chapter' && open.level === PLAIN_CHAPTER);
    const number = chapter?.label?.value ?? 0;
    if (!row || label.value !== 1 || !chapter || number < 2 || !TABLE_CHAPTER.test(title(chapter))) return level;
    this.open = { inner: 2 };
    return level + 0.25;
  }
}
