/**
 * Builds a minimal .docx at test time (no binary fixture in the repository): paragraphs and
 * tables in WordprocessingML, zipped with jszip. In a table, a cell written `^` continues the
 * cell above it (a vertical merge, as Word writes merged cells); `\n` in a cell starts a new
 * paragraph inside it. A numbered paragraph (`{ numbered, level, list }`) is numbered by Word, not in
 * its text: list 1 counts `一、` / `（一）` / `1.` by level (chineseCounting, decimal), list 2 is the
 * same definition restarted at 1; a `{ styled }` paragraph is numbered at level 0 by its style. In a
 * paragraph's text, `\n` is a soft line break (Shift+Enter) and `[^N]` the mark of footnote N, the
 * N-th of `footnotes`.
 */
import JSZip from 'jszip';

export type DocxBlock =
  string | { table: string[][] } | { numbered: string; level?: number; list?: 1 | 2 } | { styled: string };

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const run = (text: string) =>
  text
    .split(/(\[\^\d+\])/u)
    .map((part) => {
      const note = /^\[\^(\d+)\]$/u.exec(part);
      if (note) return `<w:r><w:footnoteReference w:id="${note[1]}"/></w:r>`;
      return part
        ? `<w:r>${part
            .split('\n')
            .map((line) => `<w:t xml:space="preserve">${escape(line)}</w:t>`)
            .join('<w:br/>')}</w:r>`
        : '';
    })
    .join('');
const paragraph = (text: string, properties = '') => (text ? `<w:p>${properties}${run(text)}</w:p>` : '<w:p/>');

const FOOTNOTES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';

function block(item: DocxBlock): string {
  if (typeof item === 'string') return paragraph(item);
  if ('table' in item) return table(item.table);
  if ('styled' in item) return paragraph(item.styled, '<w:pPr><w:pStyle w:val="Numbered"/></w:pPr>');
  const numPr = `<w:numPr><w:ilvl w:val="${item.level ?? 0}"/><w:numId w:val="${item.list ?? 1}"/></w:numPr>`;
  return paragraph(item.numbered, `<w:pPr>${numPr}</w:pPr>`);
}

function table(rows: string[][]): string {
  const body = rows
    .map((row, rowIndex) => {
      const cells = row.map((cell, column) => {
        const continues = cell === '^';
        const starts = !continues && rows[rowIndex + 1]?.[column] === '^';
        const merge = continues ? '<w:vMerge/>' : starts ? '<w:vMerge w:val="restart"/>' : '';
        const content = continues
          ? '<w:p/>'
          : cell
              .split('\n')
              .map((text) => paragraph(text))
              .join('');
        return `<w:tc><w:tcPr>${merge}</w:tcPr>${content}</w:tc>`;
      });
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr/>${body}</w:tbl>`;
}

export async function makeDocx(
  blocks: DocxBlock[],
  { footnotes = [] }: { footnotes?: string[] } = {},
): Promise<Uint8Array> {
  const body = blocks.map(block).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELATIONSHIPS);
  zip.file('word/document.xml', document);
  if (footnotes.length) {
    const notes = footnotes.map((text, index) => `<w:footnote w:id="${index + 1}">${paragraph(text)}</w:footnote>`);
    zip.file(
      'word/footnotes.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${notes.join('')}</w:footnotes>`,
    );
    zip.file(
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${FOOTNOTES_TYPE}" Target="footnotes.xml"/></Relationships>`,
    );
  }
  if (blocks.some((item) => typeof item === 'object' && !('table' in item))) {
    zip.file('word/numbering.xml', NUMBERING);
    zip.file('word/styles.xml', STYLES);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
