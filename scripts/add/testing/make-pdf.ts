/**
 * Builds a minimal PDF at test time: one text line per `Tj`, in a Type0 font with Identity-H
 * encoding (each character code is the UTF-16 code unit) and a ToUnicode CMap, which is all a
 * text extractor needs — no embedded font. Every character is one em wide. Pages are lists of
 * lines from the top, 12 pt at x = 50 unless a line says otherwise (`{ text, x, size }`); a line may
 * be placed at the bottom of the page (a footer or page number) with `{ text, bottom: true }`, and
 * `dy` points below the line before it (0: on its baseline, as a table's next cell is).
 */
export type PdfLine = string | { text: string; bottom?: true; x?: number; size?: number; dy?: number };

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
const encode = (text: string) => [...text].map((char) => hex4(char.charCodeAt(0))).join('');

function toUnicode(text: string): string {
  const codes = [...new Set([...text].map((char) => char.charCodeAt(0)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  for (let start = 0; start < codes.length; start += 100) {
    const chunk = codes.slice(start, start + 100);
    chunks.push(
      `${chunk.length} beginbfchar\n${chunk.map((code) => `<${hex4(code)}> <${hex4(code)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export function makePdf(pages: PdfLine[][]): Uint8Array {
  const all = pages
    .flat()
    .map((line) => (typeof line === 'string' ? line : line.text))
    .join('');
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // 1-based object number
  const stream = (content: string, extra = '') =>
    `<< /Length ${Buffer.byteLength(content, 'latin1')}${extra} >>\nstream\n${content}\nendstream`;
  const catalog = add('');
  const pagesObject = add('');
  const cmap = add(stream(toUnicode(all)));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  const kids = pages.map((lines) => {
    let y = 800;
    const content = lines
      .map((line) => {
        const { text, bottom, x = 50, size = 12, dy } = typeof line === 'string' ? { text: line } : line;
        const at = bottom ? 40 : (y -= dy ?? Math.max(20, size * 1.6));
        return `BT /F1 ${size} Tf 1 0 0 1 ${x} ${at} Tm <${encode(text)}> Tj ET`;
      })
      .join('\n');
    const contents = add(stream(content));
    return add(
      `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.7\n';
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
