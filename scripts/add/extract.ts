/**
 * The text of a received file, by its extension: `.txt` (any encoding decodeSource reads; `.md` too, its
 * Markdown marks removed, as those another tool left in a .txt, a mail's or a CSV export's), a
 * saved web page `.html`/`.htm` (the article only), a Word `.docx`, a `.pdf` with a text layer, an
 * Excel `.xlsx` (its sheets as a table copied out of Excel: extract/xlsx.ts).
 * Lines are as extracted, but for lines a page's width broke, which are joined back into their
 * paragraphs (a PDF's by their position on the page, a .txt's or a web page's by their length:
 * extract/unwrap.ts); notes say what was done (encoding, what was dropped, wraps joined, tables
 * rewritten: a Word or web table, or a 任务分工 table whose cells a .txt separates by tabs, radicals
 * a PDF's font wrote for characters).
 * A file we cannot read, or that has no text, raises an ExtractError saying what to do instead.
 */
import { extname } from 'node:path';
import { unifyRadicals } from '../../src/model/radicals.ts';
import { decodeSource } from '../ingest/decode.ts';
import { docxLines } from './extract/docx.ts';
import { ExtractError } from './extract/error.ts';
import { htmlLines } from './extract/html.ts';
import { pdfLines } from './extract/pdf.ts';
import { xlsxLines } from './extract/xlsx.ts';
import { rewriteTextTables } from './extract/text-table.ts';
import { unwrapText } from './extract/unwrap.ts';
import { withoutPageHead } from './extract/page-head.ts';
import { withoutWebChrome } from './extract/web-chrome.ts';
import { withoutEmailWrapping } from './extract/email-wrapping.ts';
import { withoutMarkdown } from './extract/markdown-marks.ts';
import { withoutArticleMarks } from './extract/article-marks.ts';
import { csvTablesAsTabs } from './extract/csv-table.ts';

export { ExtractError } from './extract/error.ts';

export type ExtractFormat = 'txt' | 'html' | 'docx' | 'pdf' | 'xlsx';

export interface Extracted {
  text: string;
  format: ExtractFormat;
  notes: string[];
}

const REFUSED: Record<string, string> = {
  '.doc': 'an old Word .doc: open it in Word or WPS and save it as .docx',
  '.xls': 'an old Excel .xls: open it in Excel or WPS and save it as .xlsx',
  '.et': 'a WPS spreadsheet: open it in WPS and save it as .xlsx',
  '.wps': 'a WPS file: open it in WPS and save it as .docx',
  '.rtf': 'an RTF file: open it in Word or WPS and save it as .docx',
  '.mht': 'a web archive: open it in a browser and save it as a web page (.html)',
  '.mhtml': 'a web archive: open it in a browser and save it as a web page (.html)',
};

export async function extractText(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  const extension = extname(fileName).toLowerCase();
  const notes: string[] = [];
  let text: string;
  let format: ExtractFormat;
  if (extension === '.txt' || extension === '.md' || extension === '.markdown') {
    const decoded = decodeSource(bytes);
    if (!decoded.ok) throw new ExtractError(`${fileName} ${decoded.reason}`);
    if (decoded.encoding !== 'utf-8') notes.push(`文本按 ${decoded.encoding} 解码，存为 UTF-8。`);
    const head = withoutPageHead(unwrappedCopy(decoded.text.split('\n'), notes));
    if (head.dropped)
      notes.push(
        `网页复制的文本：去掉正文前的网页元素和图片占位 ${head.dropped} 行（网站名、导航栏、字号按钮、公众号抬头等）。`,
      );
    const page = withoutWebChrome(head.kept);
    if (page.dropped)
      notes.push(
        `网页复制的文本：去掉正文后的网页元素 ${page.dropped} 行（上一篇/下一篇、打印、相关链接、网站标识等）。`,
      );
    text = rewriteTextTables(unwrapText(page.kept, notes).join('\n'), notes);
    format = 'txt';
  } else if (extension === '.html' || extension === '.htm') {
    // The article's container may hold the page's downloads and links under the text too.
    const page = withoutWebChrome(htmlLines(bytes, fileName, notes));
    if (page.dropped) notes.push(`网页：去掉正文后的网页元素 ${page.dropped} 行（附件下载、相关链接等）。`);
    text = joinLines(unwrapText(page.kept, notes));
    format = 'html';
  } else if (extension === '.docx') {
    text = joinLines(await docxLines(bytes, fileName, notes));
    format = 'docx';
  } else if (extension === '.pdf') {
    text = joinLines(await pdfLines(bytes, fileName, notes));
    format = 'pdf';
  } else if (extension === '.xlsx') {
    text = rewriteTextTables(joinLines(await xlsxLines(bytes, fileName, notes)), notes);
    format = 'xlsx';
  } else {
    const refused = REFUSED[extension];
    throw new ExtractError(
      refused
        ? `${fileName} is ${refused}`
        : `${fileName}: unexpected file type \`${extension || '(none)'}\`, expected .txt, .md, .html, .htm, .docx, .pdf or .xlsx`,
    );
  }
  // Many PDFs' fonts write common characters as radicals (⼈⺠ for 人民): stored as the characters.
  const radicals = unifyRadicals(text);
  if (radicals.replaced > 0) {
    text = radicals.text;
    notes.push(`${radicals.replaced} 个部首字符（字体把常用字写成了部首，如 ⼈ ⺠）已换成对应的汉字（人 民）。`);
  }
  // A PDF's font may write the dash of `2025—2027年` as the horizontal bar that shares its glyph.
  const bars = format === 'pdf' ? (text.match(/\u2015/gu)?.length ?? 0) : 0;
  if (bars > 0) {
    text = text.replaceAll('\u2015', '—');
    notes.push(`PDF：${bars} 个横线（―）按破折号（—）存储。`);
  }
  if (!text.trim()) {
    const hint =
      format === 'pdf'
        ? ' (a scanned PDF has only images: run OCR on it first, or ask for the text)'
        : format === 'html'
          ? ' (the page may load its text with scripts: copy the text into a .txt file)'
          : '';
    throw new ExtractError(`${fileName} has no extractable text${hint}; nothing was written`);
  }
  return { text, format, notes };
}

const joinLines = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');

/**
 * A text as another tool passed it on, without that tool's wrapping: a mail's headers, quote marks and
 * cover notes, a Markdown converter's marks, a social-media article's marks on the numbering, a CSV
 * export's commas and quotes around a table.
 */
function unwrappedCopy(lines: string[], notes: string[]): string[] {
  const mail = withoutEmailWrapping(lines);
  if (mail.dropped) notes.push(`邮件转发的文本：去掉引用符号（>）和邮件头、转发附言、发件人签名 ${mail.dropped} 行。`);
  const markdown = withoutMarkdown(mail.kept);
  if (markdown.marked) notes.push('Markdown 文本：去掉标题、加粗、引用、转义等标记，表格按制表符分列。');
  const article = withoutArticleMarks(markdown.kept);
  if (article.marks) notes.push(`公众号等文章的编号装饰：去掉编号前的图标和【】章标题括号 ${article.marks} 处。`);
  const csv = csvTablesAsTabs(article.kept);
  if (csv.tables) notes.push(`CSV 表格 ${csv.tables} 个按制表符分列（引号内的换行、逗号保留在单元格中）。`);
  return csv.lines;
}
