/**
 * Turns the raw bytes of a source file into text, or explains why it cannot.
 *
 * Accepted, in this order:
 *   - UTF-8 with a byte order mark (BOM stripped)          → 'utf-8-bom'
 *   - UTF-16 LE / BE with a byte order mark (BOM stripped) → 'utf-16le' / 'utf-16be'
 *   - valid UTF-8                                          → 'utf-8'
 *   - otherwise GB18030 (superset of GBK and GB2312), if it decodes and looks like text
 * Rejected: binary files (NUL bytes outside UTF-16, a known binary signature such as PNG, PDF,
 * ZIP/DOCX or OLE/DOC, or too many control characters) and bytes that fit none of the above.
 *
 * Decoding never normalises: apart from removing the BOM, the text is exactly what the bytes say
 * (line terminators included), so line numbers stay those an editor shows. Empty input decodes to
 * '' — reporting an empty source is the caller's business.
 */
import { findInvalidUtf8 } from './invalid-utf8.ts';
import { looksBinary } from './looks-binary.ts';

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult = { ok: true; text: string; encoding: SourceEncoding } | { ok: false; reason: string };

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], what: 'a GIF image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (e.g. a .docx, .xlsx or .wps file)' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an OLE compound file (e.g. a .doc, .xls or .wps file)',
  },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], what: 'UTF-32LE text' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], what: 'UTF-32BE text' },
];

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const body = bytes.subarray(2);
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  if (body.length % 2 !== 0) {
    return {
      ok: false,
      reason: `starts with a ${name} byte order mark but has an odd number of bytes (${bytes.length}), expected whole UTF-16 code units`,
    };
  }
  const text = decodeWith(encoding, body);
  if (text === null) {
    return { ok: false, reason: `starts with a ${name} byte order mark but is not valid ${name} (unpaired surrogate)` };
  }
  const binary = looksBinary(text, false);
  if (binary !== null) return { ok: false, reason: `is ${name} text but ${binary}` };
  return { ok: true, text, encoding };
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };

  for (const { bytes: signature, what } of SIGNATURES) {
    if (startsWith(bytes, signature)) {
      const found = signature.map(hex).join(' ');
      return { ok: false, reason: `looks like ${what} (starts with ${found}), expected a plain text file` };
    }
  }

  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  const nul = utf16 ? -1 : bytes.indexOf(0);
  if (nul >= 0) {
    let nulCount = 0;
    for (let i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] === 0) nulCount++;
    const sample = Math.min(bytes.length, 4096);
    const hint = nulCount * 4 >= sample ? ' (UTF-16 without a byte order mark? save it as UTF-8)' : '';
    return { ok: false, reason: `contains NUL bytes at byte offset ${nul}, expected a text file${hint}` };
  }

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const bad = findInvalidUtf8(body);
    if (bad !== null) {
      const where = bad.truncated
        ? `truncated sequence at offset ${bad.offset + 3}`
        : `invalid byte ${hex(bad.byte)} at offset ${bad.offset + 3}`;
      return { ok: false, reason: `starts with a UTF-8 byte order mark but is not valid UTF-8 (${where})` };
    }
    const text = decodeWith('utf-8', body) as string;
    const binary = looksBinary(text, false);
    if (binary !== null) return { ok: false, reason: binary };
    return { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (utf16 && bytes[0] === 0xff) return decodeUtf16(bytes, 'utf-16le');
  if (utf16) return decodeUtf16(bytes, 'utf-16be');

  const bad = findInvalidUtf8(bytes);
  if (bad === null) {
    const text = decodeWith('utf-8', bytes) as string;
    const binary = looksBinary(text, false);
    if (binary !== null) return { ok: false, reason: binary };
    return { ok: true, text, encoding: 'utf-8' };
  }

  const where = bad.truncated
    ? `truncated UTF-8 sequence at offset ${bad.offset}`
    : `invalid byte ${hex(bad.byte)} at offset ${bad.offset}`;
  const gb = decodeWith('gb18030', bytes);
  if (gb === null) {
    return { ok: false, reason: `is not valid UTF-8, UTF-16 with BOM or GB18030 (${where})` };
  }
  const binary = looksBinary(gb, true);
  if (binary !== null) {
    return { ok: false, reason: `is not valid UTF-8 (${where}) and read as GB18030 it ${binary}` };
  }
  return { ok: true, text: gb, encoding: 'gb18030' };
}

/**
 * Splits text into lines at LF, CRLF or a lone CR, without the terminators. Line i (0-based) of
 * the result is line i + 1 in an editor: a trailing terminator yields a final empty line, and ''
 * yields [''], just as an editor shows one empty line. Other characters (form feed, vertical tab,
 * U+2028, U+0085) are not line breaks here, as in common editors.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u);
}
