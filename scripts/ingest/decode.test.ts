import { describe, expect, it } from 'vitest';
import { decodeSource, splitLines } from './decode.ts';

const SENTENCE = '加强质量安全监管，电梯安全（省质监局负责）。\n第二行 QC小组〔2015〕';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

// GB18030 (= GB2312 here) bytes from known values: 质量 = D6 CA C1 BF, 电梯 = B5 E7 CC DD,
// 安全 = B0 B2 C8 AB, 。 = A1 A3, （ = A3 A8, ） = A3 A9.
const GB = {
  质量: [0xd6, 0xca, 0xc1, 0xbf],
  电梯: [0xb5, 0xe7, 0xcc, 0xdd],
  安全: [0xb0, 0xb2, 0xc8, 0xab],
  '。': [0xa1, 0xa3],
  '（': [0xa3, 0xa8],
  '）': [0xa3, 0xa9],
};
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const expectOk = (bytes: Uint8Array, text: string, encoding: string): void => {
  expect(decodeSource(bytes)).toEqual({ ok: true, text, encoding });
};
const reasonOf = (bytes: Uint8Array): string => {
  const result = decodeSource(bytes);
  if (result.ok) throw new Error(`expected failure, decoded as ${result.encoding}: ${JSON.stringify(result.text)}`);
  return result.reason;
};

describe('decodeSource', () => {
  it('decodes plain UTF-8', () => {
    expectOk(utf8(SENTENCE), SENTENCE, 'utf-8');
  });

  it('strips a UTF-8 BOM', () => {
    expectOk(concat([0xef, 0xbb, 0xbf], utf8(SENTENCE)), SENTENCE, 'utf-8-bom');
  });

  it('strips only the first BOM (a second U+FEFF is text)', () => {
    expectOk(concat([0xef, 0xbb, 0xbf], utf8('\ufeff质量')), '\ufeff质量', 'utf-8-bom');
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    expectOk(concat([0xff, 0xfe], utf16(SENTENCE, true)), SENTENCE, 'utf-16le');
    expectOk(concat([0xfe, 0xff], utf16(SENTENCE, false)), SENTENCE, 'utf-16be');
  });

  it('decodes UTF-16 outside the BMP (surrogate pairs)', () => {
    expectOk(concat([0xff, 0xfe], utf16('𠀀质量', true)), '𠀀质量', 'utf-16le');
  });

  it('decodes a BOM-only file to empty text', () => {
    expectOk(new Uint8Array([0xef, 0xbb, 0xbf]), '', 'utf-8-bom');
    expectOk(new Uint8Array([0xff, 0xfe]), '', 'utf-16le');
  });

  it('rejects UTF-16 with an odd byte count or an unpaired surrogate', () => {
    expect(reasonOf(concat([0xff, 0xfe], utf16('质量', true), [0x41]))).toMatch(/UTF-16LE .*odd number of bytes/);
    expect(reasonOf(concat([0xfe, 0xff], [0xd8, 0x00, 0x00, 0x41]))).toMatch(/not valid UTF-16BE/);
  });

  it('decodes GB18030 built from known byte values', () => {
    const bytes = concat(
      ascii('2015 '),
      GB.质量,
      GB['（'],
      GB.电梯,
      GB['）'],
      GB.安全,
      GB['。'],
      ascii('\r\n'),
      GB.电梯,
    );
    expectOk(bytes, '2015 质量（电梯）安全。\r\n电梯', 'gb18030');
  });

  it('decodes GB18030 four-byte sequences', () => {
    // é is the two-byte A8 A6 (GB2312 pinyin row); U+00B8 ¸ is 81 30 86 30; U+20000 𠀀 is 95 32 82 36.
    expectOk(new Uint8Array([...GB.质量, 0xa8, 0xa6]), '质量é', 'gb18030');
    expectOk(new Uint8Array([...GB.质量, 0x81, 0x30, 0x86, 0x30, 0x95, 0x32, 0x82, 0x36]), '质量\u00b8𠀀', 'gb18030');
  });

  it('accepts empty input', () => {
    expectOk(new Uint8Array(), '', 'utf-8');
  });

  it('keeps CRLF and lone CR as they are', () => {
    expectOk(utf8('一\r\n二\r三\n'), '一\r\n二\r三\n', 'utf-8');
  });

  it('accepts tabs, form feeds and a rare control character in long text', () => {
    const text = `${'质量安全监管\t'.repeat(20)}\f\v第二页`;
    expectOk(utf8(text), text, 'utf-8');
  });

  it('rejects NUL bytes with their offset', () => {
    expect(reasonOf(utf8('质量\0监管'))).toBe('contains NUL bytes at byte offset 6, expected a text file');
  });

  it('hints at UTF-16 without a BOM', () => {
    expect(reasonOf(utf16('Quality plan', true))).toMatch(
      /NUL bytes at byte offset 1.*UTF-16 without a byte order mark/,
    );
  });

  it('rejects a PNG header by its signature', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(reasonOf(png)).toBe(
      'looks like a PNG image (starts with 0x89 0x50 0x4E 0x47 0x0D 0x0A 0x1A 0x0A), expected a plain text file',
    );
  });

  it('names PDF, DOCX and DOC files', () => {
    expect(reasonOf(utf8('%PDF-1.7\n%âãÏÓ\n'))).toMatch(/^looks like a PDF document/);
    expect(reasonOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(/ZIP archive \(e\.g\. a \.docx/);
    expect(reasonOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(
      /OLE compound file \(e\.g\. a \.doc/,
    );
  });

  it('rejects binary junk without NUL bytes', () => {
    const junk = new Uint8Array([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x41, 0x42, 0x0e, 0x0f, 0x10, 0x11]);
    expect(reasonOf(junk)).toMatch(
      /^contains too many control characters \(\d+ of 14 characters, first U\+0001 at character 0\), expected a text file$/,
    );
  });

  it('rejects pseudo-random binary', () => {
    let seed = 7;
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = (seed >>> 16) & 0xff || 1; // no NUL bytes, so the decoders have to judge
    }
    const reason = reasonOf(bytes);
    expect(reason).toMatch(/not valid UTF-8/);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030, naming the first invalid byte', () => {
    expect(reasonOf(new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0xfd]))).toBe(
      'is not valid UTF-8, UTF-16 with BOM or GB18030 (invalid byte 0xFF at offset 2)',
    );
  });

  it('rejects a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(reasonOf(concat([0xef, 0xbb, 0xbf], GB.质量))).toBe(
      'starts with a UTF-8 byte order mark but is not valid UTF-8 (invalid byte 0xCA at offset 4)',
    );
  });

  it('names UTF-32', () => {
    expect(reasonOf(new Uint8Array([0xff, 0xfe, 0, 0, 0x28, 0x8d, 0, 0]))).toMatch(/^looks like UTF-32LE text/);
  });
});

describe('splitLines', () => {
  it.each([
    ['', ['']],
    ['one', ['one']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b', '']],
    ['a\rb', ['a', 'b']],
    ['a\r\rb', ['a', '', 'b']],
    ['a\n\r\nb', ['a', '', 'b']],
    ['a\r\n\nb', ['a', '', 'b']],
    ['a\n\rb', ['a', '', 'b']],
    ['a\fb\u2028c\u0085d\ve', ['a\fb\u2028c\u0085d\ve']],
  ])('%j → %j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });

  it('keeps line numbers of a decoded CRLF file 1:1 with an editor', () => {
    const result = decodeSource(concat([0xef, 0xbb, 0xbf], utf8('标题\r\n\r\n　　一、总体思路\r\n（一）电梯安全\r\n')));
    if (!result.ok) throw new Error(result.reason);
    const lines = splitLines(result.text);
    expect(lines).toEqual(['标题', '', '　　一、总体思路', '（一）电梯安全', '']);
    expect(lines[3]).toBe('（一）电梯安全'); // editor line 4
  });
});
