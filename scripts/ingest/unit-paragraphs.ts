/**
 * A unit's paragraphs as its text writes them: the lines a PDF's copy wrapped joined again, so that a
 * sentence (and a name: `市卫生` / `计生委`) reads whole, and what is found in them placed back on the
 * lines it is written on.
 */
import { fold } from '../../src/model/fold.ts';
import type { FoundList } from './resolve-departments.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import { opensRow } from './task-references.ts';
import type { LineNode, UnitNode } from './tree.ts';

/** Lines of a unit that read as one paragraph: a line a PDF's copy wrapped, and the lines it runs on in. */
export interface Paragraph {
  lines: LineNode[];
  /** Their values joined, folded. */
  folded: string;
  /** Where each line starts in `folded`. */
  offsets: number[];
}

/** What ends a paragraph's last line: a sentence's or a clause's end, a colon, a bracket's close. */
const PARAGRAPH_END = /[。;；:：!！?？)〕】]\s*$/u;

/**
 * A unit's paragraphs: a line goes on from the one before unless it has a label, opens a table's row,
 * follows a heading's title, or starts a paragraph as the text does: indented where the unit's first
 * line is (a PDF's copy leaves the lines it wrapped flush left), else after a line that ends as
 * paragraphs do.
 */
export function paragraphsOf(unit: UnitNode): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const indented = (line: LineNode) => line.position.start.column > 1;
  const indenting = indented(unit.children[0]!);
  for (const [at, line] of unit.children.entries()) {
    const before = unit.children[at - 1];
    const last = paragraphs.at(-1);
    const folded = fold(line.value);
    // A heading's title (`三、责任分工`) is a paragraph of its own.
    const heading = before?.label !== undefined && !/[,，。;；]/u.test(before.value.slice(before.labelEnd ?? 0));
    const opens = indenting ? indented(line) : PARAGRAPH_END.test(fold(before?.value ?? ''));
    if (!last || !before || line.label !== undefined || heading || opensRow(folded) || opens)
      paragraphs.push({ lines: [line], folded, offsets: [0] });
    else {
      last.offsets.push(last.folded.length);
      last.lines.push(line);
      last.folded += folded;
    }
  }
  return paragraphs;
}

/**
 * The bodies' lists of a paragraph's spans, each on the line it is written on; a name a line's end
 * cuts (`市卫生` / `计生委`) on those lines joined, placed where it starts.
 */
export function listsOf(paragraph: Paragraph, segments: readonly ResponsibilitySegment[]): FoundList[] {
  return segments.map((segment) => {
    const first = lineAt(paragraph, segment.start);
    const last = lineAt(paragraph, segment.end - 1);
    const offset = paragraph.offsets[first]!;
    const line =
      first === last
        ? paragraph.lines[first]!
        : {
            ...paragraph.lines[first]!,
            value: paragraph.lines
              .slice(first, last + 1)
              .map((each) => each.value)
              .join(''),
          };
    return { line, segments: [{ ...segment, start: segment.start - offset, end: segment.end - offset }] };
  });
}

/** The index of the paragraph's line that holds `at`. */
export function lineAt(paragraph: Paragraph, at: number): number {
  let line = 0;
  while (line + 1 < paragraph.offsets.length && paragraph.offsets[line + 1]! <= at) line += 1;
  return line;
}
