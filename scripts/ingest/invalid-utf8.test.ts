import { describe, expect, it } from 'vitest';
import { findInvalidUtf8 } from './invalid-utf8.ts';

describe('findInvalidUtf8', () => {
  it.each([
    [[0x41, 0xe8, 0xb4, 0xa8], null],
    [[0x41, 0x80], { offset: 1, byte: 0x80, truncated: false }],
    [[0xc0, 0xaf], { offset: 0, byte: 0xc0, truncated: false }], // overlong
    [[0xe0, 0x80, 0x80], { offset: 1, byte: 0x80, truncated: false }], // overlong
    [[0xed, 0xa0, 0x80], { offset: 1, byte: 0xa0, truncated: false }], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], { offset: 1, byte: 0x90, truncated: false }], // > U+10FFFF
    [[0xf0, 0x9f, 0x98, 0x80], null],
    [[0x41, 0xe8, 0xb4], { offset: 1, byte: 0xe8, truncated: true }],
    [[0xe8, 0x41, 0x41], { offset: 1, byte: 0x41, truncated: false }],
  ])('%j → %j', (bytes, expected) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toEqual(expected);
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    let seed = 42;
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let run = 0; run < 2000; run++) {
      const bytes = new Uint8Array(1 + (run % 12));
      for (let i = 0; i < bytes.length; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        const r = (seed >>> 16) & 0xff;
        bytes[i] = run % 2 === 0 ? r : 0x80 | (r & 0x7f) | (i === 0 ? 0x40 : 0); // bias towards multi-byte
      }
      let valid = true;
      try {
        fatal.decode(bytes);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(bytes) === null).toBe(valid);
    }
  });
});
