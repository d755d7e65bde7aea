/**
 * A PDF with a text layer (unpdf, i.e. PDF.js): lines rebuilt from the text items (pdf-lines.ts),
 * page by page, kept as the page breaks them. Dropped, with a note: page numbers on the first or
 * last line of a page (`— 3 —`, `-3-`, `3`, `第3页 共9页`, `3/9`), and running headers or footers —
 * the same short first (or last) line on at least two pages and half of them, digits aside. A running
 * header is kept on page 1, where it may be the title itself. Then the lines the page width broke
 * are joined back into their paragraphs (./unwrap.ts), across page breaks too. A PDF without text (a
 * scan) is refused.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { fold } from '../../../src/model/fold.ts';
import { ExtractError } from './error.ts';
import { type PdfLine, pageLines } from './pdf-lines.ts';
import { withTaskTables } from './pdf-tables.ts';
import { unwrapLines } from './unwrap.ts';

const PAGE_NUMBER =
  /^(?:[-—–－_~\s]*\d{1,4}[-—–－_~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

export async function pdfLines(bytes: Uint8Array, fileName: string, notes: string[]): Promise<string[]> {
  let pages: PdfLine[][];
  try {
    const document = await getDocumentProxy(new Uint8Array(bytes));
    const { items } = await extractTextItems(document);
    pages = items.map(pageLines);
  } catch (error) {
    throw new ExtractError(`${fileName} cannot be read as a PDF (${(error as Error).message.split('\n')[0]})`);
  }
  let numbers = 0;
  pages = pages.map((lines) => {
    const kept = lines.filter(
      (line, index) => !((index === 0 || index === lines.length - 1) && PAGE_NUMBER.test(fold(line.text).trim())),
    );
    numbers += lines.length - kept.length;
    return kept;
  });
  if (numbers) notes.push(`PDF：去掉页码 ${numbers} 处。`);
  const header = running(pages.map((lines) => lines[0]?.text));
  const footer = running(pages.map((lines) => lines.at(-1)?.text));
  let dropped = 0;
  pages = pages.map((lines, page) =>
    lines.filter((line, index) => {
      const drop =
        (index === 0 && page > 0 && header !== undefined && keyOf(line.text) === header) ||
        (index === lines.length - 1 && footer !== undefined && keyOf(line.text) === footer && lines.length > 1);
      if (drop) dropped++;
      return !drop;
    }),
  );
  if (dropped) notes.push(`PDF：去掉重复的页眉页脚 ${dropped} 处（${[header, footer].filter(Boolean).join('；')}）。`);
  notes.push(`PDF：${pages.length} 页。`);
  const { lines, joined } = unwrapLines(withTaskTables(pages, notes));
  if (joined) notes.push(`PDF：${joined} 处折行接回段落。`);
  return lines;
}

const keyOf = (line: string) => fold(line).replace(/\s/gu, '').replace(/\d+/gu, '#');

/**
 * The line (as a key) that recurs at the same edge of at least two pages and half of them; only a
 * short line can be a running header or footer, a body sentence that happens to recur is not.
 */
function running(edges: Array<string | undefined>): string | undefined {
  if (edges.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const edge of edges)
    if (edge && keyOf(edge).length <= 40) counts.set(keyOf(edge), (counts.get(keyOf(edge)) ?? 0) + 1);
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return key && count! >= 2 && count! >= edges.length / 2 ? key : undefined;
}
