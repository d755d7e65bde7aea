/**
 * Builds a minimal .xlsx at test time (no binary fixture in the repository): one sheet per array of
 * rows, written in SpreadsheetML and zipped with jszip. Text goes to the shared strings (as Excel
 * writes it); a number is a numeric cell; `{ date }` is a day count with a date format, as Excel keeps
 * a date; `{ number, format }` a number with a format code of the workbook's own (`0.0%`); a row may
 * leave cells out (`undefined`), as Excel leaves out empty ones.
 */
import JSZip from 'jszip';

export type XlsxCell = string | number | { date: number } | { number: number; format: string } | undefined;

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const letter = (column: number) => String.fromCharCode(65 + column);

export async function makeXlsx(sheets: XlsxCell[][][]): Promise<Uint8Array> {
  const strings: string[] = [];
  // Custom formats take ids from 164 on, as Excel numbers them; styles 0 (General) and 1 (a date) come first.
  const formats: string[] = [];
  const sheetXml = sheets.map((rows) => {
    const body = rows
      .map((row, index) => {
        const cells = row
          .map((cell, column) => {
            const reference = `${letter(column)}${index + 1}`;
            if (cell === undefined) return '';
            if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
            if (typeof cell === 'object' && 'date' in cell) return `<c r="${reference}" s="1"><v>${cell.date}</v></c>`;
            if (typeof cell === 'object') {
              if (!formats.includes(cell.format)) formats.push(cell.format);
              return `<c r="${reference}" s="${formats.indexOf(cell.format) + 2}"><v>${cell.number}</v></c>`;
            }
            strings.push(cell);
            return `<c r="${reference}" t="s"><v>${strings.length - 1}</v></c>`;
          })
          .join('');
        return `<row r="${index + 1}">${cells}</row>`;
      })
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  });
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((_, index) => `<sheet name="Sheet${index + 1}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
      )
      .join('')}</Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.length}">${formats
      .map((code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${escape(code).replace(/"/gu, '&quot;')}"/>`)
      .join(
        '',
      )}</numFmts><cellXfs count="${formats.length + 2}"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>${formats
      .map((_, index) => `<xf numFmtId="${164 + index}" applyNumberFormat="1"/>`)
      .join('')}</cellXfs></styleSheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings
      .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
      .join('')}</sst>`,
  );
  sheetXml.forEach((xml, index) => zip.file(`xl/worksheets/sheet${index + 1}.xml`, xml));
  return zip.generateAsync({ type: 'uint8array' });
}
