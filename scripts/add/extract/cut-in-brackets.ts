/**
 * A clause cut by a line break inside its brackets: `…覆盖率达到100%。（责任单位：` / `县市场监管局）`,
 * `（责任单位：县食安办，县卫生健康局，县` / `市场监管局）`. Text copied with a few hard breaks (an
 * editor's, not a text block's, so no right edge shows them) has them, and read as two lines the
 * clause loses its departments, or cuts a department's name in two. A line that ends with a bracket
 * still open, followed by one that closes it (or by lines that do), is one line wrapped.
 */
import { fold } from '../../../src/model/fold.ts';

/** Closing bracket of each opener, after width folding (（ → (, ［ → [). */
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '〔': '〕', '【': '】', '《': '》', '〈': '〉' };
const CLOSERS = new Set(Object.values(CLOSER));

/** The brackets `text` leaves open at its end, innermost last (a stray closer is left alone). */
function openAtEnd(text: string): string[] {
  const open: string[] = [];
  for (const char of fold(text)) {
    if (char in CLOSER) open.push(char);
    else if (CLOSERS.has(char) && CLOSER[open.at(-1) ?? ''] === char) open.pop();
  }
  return open;
}

/**
 * Whether `next` carries on the bracket `text` left open: it closes it, or the lines after it do
 * (`later`, up to the first blank one), with only pairs of brackets of their own before, `next` not
 * opening with one (`（牵头单位：省商` / `务厅；配合单位：…、省` / `文化和旅游厅，各市（州）人民政府）`).
 */
export function continuesBracket(text: string, next: string, later: readonly string[] = []): boolean {
  const innermost = openAtEnd(text).at(-1);
  if (innermost === undefined) return false;
  // A next line that opens with a bracket of its own is none (a title's `（2024—2026年）》的通知`).
  if (fold(next.trim()).charAt(0) in CLOSER) return false;
  const own: string[] = [];
  for (const line of [next, ...later]) {
    if (!line.trim()) return false;
    for (const char of fold(line.trim())) {
      if (own.length === 0 && char === CLOSER[innermost]) return true;
      if (char in CLOSER) own.push(char);
      else if (CLOSERS.has(char)) {
        if (CLOSER[own.at(-1) ?? ''] !== char) return false;
        own.pop();
      }
    }
  }
  return false;
}
