/**
 * Builds a minimal .docx at test time (no binary fixture in the repository): paragraphs and
 * tables in WordprocessingML, zipped with jszip. In a table, a cell written `^` continues the
 * cell above it (a vertical merge, as Word writes merged cells); `\n` in a cell starts a new
 * paragraph inside it.
 */
import JSZip from 'jszip';

export type DocxBlock = string | { table: string[][] };

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const paragraph = (text: string) =>
  text ? `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>` : '<w:p/>';

function table(rows: string[][]): string {
  const body = rows
    .map((row, rowIndex) => {
      const cells = row.map((cell, column) => {
        const continues = cell === '^';
        const starts = !continues && rows[rowIndex + 1]?.[column] === '^';
        const merge = continues ? '<w:vMerge/>' : starts ? '<w:vMerge w:val="restart"/>' : '';
        const content = continues ? '<w:p/>' : cell.split('\n').map(paragraph).join('');
        return `<w:tc><w:tcPr>${merge}</w:tcPr>${content}</w:tc>`;
      });
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr/>${body}</w:tbl>`;
}

export async function makeDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const body = blocks.map((block) => (typeof block === 'string' ? paragraph(block) : table(block.table))).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELATIONSHIPS);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
