/**
 * What a PDF prints on every page and a copy of its text keeps among the document's lines: page
 * numbers (`— 3 —`, two at least, so that one such line of the document's own stays), the line
 * repeated beside each of them (a running header or footer, `××人民政府办公室文件`), and the form
 * feeds a PDF converter writes between pages. None is the document's text.
 */
import { fold } from '../../../src/model/fold.ts';
import { looksLikeTitle, shapeOf } from '../../ingest/line-shapes.ts';

/**
 * A page number as it shows in text copied out of a PDF: `— 3 —`, `－3－`, `-3-` (OCR: `一 3 一`), `第 3 页 共 4 页`,
 * or a bare number after the form feed a PDF converter writes between pages.
 */
const PAGE_NUMBER =
  /^(?:[-—–－~]+\s*\d{1,4}\s*[-—–－~]+|一\s*\d{1,4}\s*一|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页)$/u;
export const isPageNumber = (line: string): boolean =>
  PAGE_NUMBER.test(line.trim()) || /^\s*\f\s*\d{1,4}\s*$/u.test(line);
/** The fewest lines of text a page holds between two page numbers. */
const PAGE_LINES = 12;
/** The fewest bare numbers counting up page by page that are taken for page numbers. */
const BARE_PAGES = 3;

/**
 * Numbers alone on their lines (`3`) that count up one by one, a page of text apart: a scan's OCR or
 * a copy keeps page numbers so when it drops their dashes. A table typed a cell a line numbers its
 * rows so too, some of them a few lines apart: such a count is the table's, none of it a page's.
 */
function barePageNumbers(lines: readonly string[]): number[] {
  // Each count by the number it goes on with; where two could, the later one (a table's rows).
  const counts: Array<Array<{ at: number; value: number; text: number }>> = [];
  let text = 0;
  lines.forEach((line, at) => {
    const bare = /^\s*(\d{1,3})\s*$/u.exec(line);
    if (!bare) {
      if (line.trim()) text += 1;
      return;
    }
    const value = Number(bare[1]);
    const count = counts.findLast((entries) => entries.at(-1)!.value === value - 1);
    if (count) count.push({ at, value, text });
    else counts.push([{ at, value, text }]);
  });
  return counts
    .filter(
      (count) =>
        count.length >= BARE_PAGES &&
        count.every((entry, index) => index === 0 || entry.text - count[index - 1]!.text >= PAGE_LINES),
    )
    .flatMap((count) => count.map((entry) => entry.at));
}

/** The longest running header or footer: the issuer's name, `…文件`, a short title. */
const RUNNING_LINE = 30;

/** `lines` without their page furniture, and how many page numbers and running lines went. */
export function withoutPageFurniture(lines: readonly string[]): { kept: string[]; pages: number; running: number } {
  const unfed = lines.map((line) => (isPageNumber(line) ? line : line.replace(/\f/gu, '')));
  const bare = new Set(barePageNumbers(unfed));
  const pages = unfed.flatMap((line, index) => (isPageNumber(line) || bare.has(index) ? [index] : []));
  if (pages.length < 2) return { kept: unfed, pages: 0, running: 0 };
  const running = runningLines(unfed, pages);
  const dropped = new Set([...pages, ...running]);
  // The blank lines around them are the page's margins, no paragraph's end: the line a page break cut
  // (`坚持源头治` / `` / `— 1 —` / `` / `理、全链条监管`) is joined or not by its own edge.
  // The last line, empty, is the text's end, no margin.
  const margin = (index: number) => index < unfed.length - 1 && unfed[index] !== undefined && !unfed[index]!.trim();
  for (const index of [...dropped])
    for (const step of [-1, 1]) for (let next = index + step; margin(next); next += step) dropped.add(next);
  return { kept: unfed.filter((_, index) => !dropped.has(index)), pages: pages.length, running: running.size };
}

/**
 * The lines repeated beside the page numbers (the nearest non-blank line before or after each):
 * the same short text without a sentence's punctuation, beside two page numbers at least.
 */
function runningLines(lines: readonly string[], pages: readonly number[]): Set<number> {
  const beside = new Map<string, number[]>();
  for (const page of pages)
    for (const step of [-1, 1]) {
      let index = page + step;
      while (lines[index] !== undefined && !lines[index]!.trim()) index += step;
      const text = lines[index]?.trim();
      if (!text || isPageNumber(lines[index]!) || /[，。；：,;:]/u.test(text)) continue;
      // Its length without the spaces that set its parts apart (`安徽省人民政府公报        2024年第13期`).
      if (text.replace(/\s+/gu, '').length > RUNNING_LINE) continue;
      // An issuer over its date is the signature, though a page break put it beside a page number.
      let next = index + 1;
      while (lines[next] !== undefined && !lines[next]!.trim()) next += 1;
      if (lines[next] !== undefined && shapeOf(fold(lines[next]!.trim())) === 'date') continue;
      beside.set(text, [...(beside.get(text) ?? []), index]);
    }
  const running = [...beside.values()].filter((found) => new Set(found).size >= 2).flat();
  // The first page's header has no page number above it: the text's first line, the same as a running
  // header whose parts are set apart (`2024年第4期（总第63期）        市政府文件`), or a gazette's column
  // that reads as no title (`市政府文件`), is that header. A title repeated as the running header stays.
  const first = lines.findIndex((line) => line.trim());
  const head = lines[first]?.trim() ?? '';
  const header = /\S\s{2,}\S/u.test(head) || !looksLikeTitle(fold(head));
  if (header && running.some((index) => lines[index]!.trim() === head)) running.push(first);
  return new Set(running);
}
