/**
 * A clause cut by a line break inside its brackets: `…覆盖率达到100%。（责任单位：` / `县市场监管局）`,
 * `（责任单位：县食安办，县卫生健康局，县` / `市场监管局）`. Text copied with a few hard breaks (an
 * editor's, not a text block's, so no right edge shows them) has them, and read as two lines the
 * clause loses its departments, or cuts a department's name in two. A line that ends with a bracket
 * still open, followed by one that closes it before it opens any other, is one line wrapped.
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

/** Whether `next` carries on the bracket `text` left open: it closes it before opening another. */
export function continuesBracket(text: string, next: string): boolean {
  const innermost = openAtEnd(text).at(-1);
  if (innermost === undefined) return false;
  for (const char of fold(next.trim())) {
    if (char === CLOSER[innermost]) return true;
    if (char in CLOSER || CLOSERS.has(char)) return false;
  }
  return false;
}
