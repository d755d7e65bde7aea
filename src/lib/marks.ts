/**
 * A unit's text as paragraphs of plain and marked pieces, for `<UnitText>`: one paragraph per line
 * of the source; targets, deadlines and citations wrapped in `<mark data-kind>`; and, when asked,
 * each responsible department linked where the text names it (`（省质监局、省工商局…负责）`), so a
 * document page need not repeat the names as a separate list of chips. Pure data: the component
 * renders every piece as a text node, so nothing in a source can become markup.
 */
import type { Highlight, Responsibility } from '../model/index.ts';

export interface Piece {
  text: string;
  /** The highlight kind, for a marked piece. */
  kind?: Highlight['kind'];
  /** Index into the unit's departments, for a department named here. */
  department?: number;
}

interface Mark {
  start: number;
  end: number;
  kind?: Highlight['kind'];
  department?: number;
}

export interface Placement {
  /** Where each placed department is named: inside the unit's `departments` highlights. */
  marks: Mark[];
  /** Indexes of departments not found there (they still need showing, e.g. as chips). */
  unplaced: number[];
}

/**
 * Finds each department's name as written (`raw`) inside the departments highlights, in list
 * order, each after the previous one, so a name written twice is linked where it is listed.
 */
export function placeDepartments(
  text: string,
  highlights: readonly Highlight[],
  departments: readonly Pick<Responsibility, 'raw'>[],
): Placement {
  const ranges = highlights.filter((h) => h.kind === 'departments').sort((a, b) => a.start - b.start);
  const marks: Mark[] = [];
  const unplaced: number[] = [];
  let cursor = ranges[0]?.start ?? 0;
  departments.forEach((department, index) => {
    const range = ranges.find((r) => r.end >= cursor + department.raw.length);
    const from = range ? Math.max(cursor, range.start) : -1;
    const at = range && department.raw ? text.indexOf(department.raw, from) : -1;
    if (range && at >= 0 && at + department.raw.length <= range.end) {
      marks.push({ start: at, end: at + department.raw.length, department: index });
      cursor = at + department.raw.length;
    } else unplaced.push(index);
  });
  return { marks, unplaced };
}

/**
 * Lines of `text` split into pieces; the pieces of each line join back to the line exactly.
 * `extra` marks (placed departments) are cut like highlights; departments highlights themselves are
 * not marked.
 */
export function markedLines(text: string, highlights: readonly Highlight[], extra: readonly Mark[] = []): Piece[][] {
  const marks: Mark[] = [...highlights.filter((h) => h.kind !== 'departments'), ...extra];
  const lines: Piece[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push(markLine(line, offset, marks));
    offset += line.length + 1;
  }
  return lines;
}

function markLine(line: string, lineStart: number, marks: readonly Mark[]): Piece[] {
  const lineEnd = lineStart + line.length;
  const inLine = marks
    .filter((mark) => mark.start >= lineStart && mark.end <= lineEnd)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let cursor = lineStart;
  for (const mark of inLine) {
    if (mark.start < cursor) continue; // nested or overlapping: the outer mark wins
    if (mark.start > cursor) pieces.push({ text: line.slice(cursor - lineStart, mark.start - lineStart) });
    const piece: Piece = { text: line.slice(mark.start - lineStart, mark.end - lineStart) };
    if (mark.kind) piece.kind = mark.kind;
    if (mark.department !== undefined) piece.department = mark.department;
    pieces.push(piece);
    cursor = mark.end;
  }
  if (cursor < lineEnd || pieces.length === 0) pieces.push({ text: line.slice(cursor - lineStart) });
  return pieces;
}
