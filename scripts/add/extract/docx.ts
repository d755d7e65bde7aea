/**
 * A Word .docx: mammoth renders it as HTML (paragraphs, headings, lists, tables with merged
 * cells), which is then written as lines like a web page's article (blocks.ts): one line per
 * paragraph, 任务分工 tables as one line per task (table.ts). Word's automatic numbering is written
 * into the text first (docx-numbering.ts), and footnotes at its end (docx-notes.ts). Images and text
 * boxes are left out by mammoth; its warnings are passed on as notes.
 */
import type { Root } from 'hast';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { blockLines } from './blocks.ts';
import { withNotesAtEnd } from './docx-notes.ts';
import { withNumbersAsText } from './docx-numbering.ts';
import { ExtractError } from './error.ts';

export async function docxLines(bytes: Uint8Array, fileName: string, notes: string[]): Promise<string[]> {
  let html: string;
  try {
    const numbered = await withNumbersAsText(bytes, notes);
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(numbered) });
    html = result.value;
    const warnings = new Set(result.messages.filter((message) => message.type === 'warning').map((m) => m.message));
    for (const warning of warnings) notes.push(`mammoth: ${warning}`);
  } catch (error) {
    throw new ExtractError(
      `${fileName} cannot be read as a .docx (${(error as Error).message.split('\n')[0]}); open it in Word or WPS and save it again as .docx`,
    );
  }
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const footnotes = withNotesAtEnd(tree);
  if (footnotes) notes.push(`Word 脚注、尾注 ${footnotes} 条：去掉正文中的注号，注文按“注N：…”写在文末。`);
  return blockLines(tree, notes);
}
