/**
 * Pages of a government document as GB/T 9704 sets them, for makePdf (./make-pdf.ts): body text in
 * 16 pt, 28 characters a line from x = 79, each paragraph's first line indented two characters,
 * 22 lines a page with its number at the foot (`— 1 —`); a title centred in 22 pt; a line set to the
 * right (a signature, a date). A character that may not start a line (`，。）%`…) stays at the end
 * of the line before, one past the edge, as a typesetter squeezes it in.
 */
import type { PdfLine } from './make-pdf.ts';

export type Block = string | { title: string } | { right: string } | { flush: string };

const SIZE = 16;
const LEFT = 79;
const PER_LINE = 28;
const LINES_PER_PAGE = 22;
const TITLE_SIZE = 22;
const NO_START = '，。、；：！？）》”%';

/**
 * The lines a paragraph breaks into, its first `indent` characters left blank; `widthOf` a
 * character's width in ems (makePdf's font sets every character one em wide; a CJK font sets Latin
 * letters and digits half as wide).
 */
export function wrap(text: string, indent = 2, widthOf: (char: string) => number = () => 1): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let room = PER_LINE - indent;
  for (const char of text) {
    if (width + widthOf(char) > room && line && !NO_START.includes(char)) {
      lines.push(line);
      line = '';
      width = 0;
      room = PER_LINE;
    }
    line += char;
    width += widthOf(char);
  }
  if (line) lines.push(line);
  return lines;
}

export function typeset(blocks: readonly Block[]): PdfLine[][] {
  const lines: PdfLine[] = blocks.flatMap((block): PdfLine[] => {
    if (typeof block === 'string')
      return wrap(block).map((text, index) => ({ text, x: LEFT + (index === 0 ? 2 * SIZE : 0), size: SIZE }));
    if ('title' in block)
      return [
        { text: block.title, x: LEFT + (PER_LINE * SIZE - block.title.length * TITLE_SIZE) / 2, size: TITLE_SIZE },
      ];
    if ('right' in block)
      return [{ text: block.right, x: LEFT + (PER_LINE - block.right.length - 2) * SIZE, size: SIZE }];
    return wrap(block.flush, 0).map((text) => ({ text, x: LEFT, size: SIZE }));
  });
  const pages: PdfLine[][] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_PAGE)
    pages.push([...lines.slice(start, start + LINES_PER_PAGE), { text: `— ${pages.length + 1} —`, bottom: true }]);
  return pages;
}
