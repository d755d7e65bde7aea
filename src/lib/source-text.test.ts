import { describe, expect, it } from 'vitest';
import { decodeText, readSource, splitLines } from './source-text.ts';

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM, UTF-16 and GB18030', () => {
    const utf8 = new TextEncoder().encode('质量');
    expect(decodeText(utf8)).toBe('质量');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('质量');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x28, 0x8d, 0xcf, 0x91]))).toBe('质量');
    expect(decodeText(new Uint8Array([0xd6, 0xca, 0xc1, 0xbf]))).toBe('质量'); // GBK
  });
});

describe('splitLines', () => {
  it('counts lines like the ingest', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n')).toEqual(['a', '']);
  });
});

describe('readSource', () => {
  it('reads a seed source by document id', () => {
    expect(readSource('shanxi-2015-plan')).toContain('国办发〔2015〕19号');
  });
});
