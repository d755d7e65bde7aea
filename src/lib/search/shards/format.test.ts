import { describe, expect, it } from 'vitest';
import { GRAM_MAX, gramHash, termGrams } from './grams.ts';
import { type GramEntry, readShard, writeShard } from './gram-shard.ts';
import { readPositions, writePositions } from './gram-positions.ts';
import { decodeList, encodeList } from './unit-lists.ts';
import { codeChar, packLists, unpackCodes, unpackLists } from './string-codes.ts';
import { ByteReader, ByteWriter, decodeUtf16, encodeUtf16 } from './bytes.ts';

describe('varints', () => {
  it('round-trip small and large numbers', () => {
    const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 31, 2 ** 40 + 5];
    const w = new ByteWriter();
    for (const v of values) w.varint(v);
    const bytes = w.done();
    expect(bytes.length).toBe(1 + 1 + 1 + 2 + 2 + 2 + 3 + 5 + 6);
    const r = new ByteReader(bytes);
    expect(values.map(() => r.varint())).toEqual(values);
    expect(() => r.varint()).toThrow(/truncated/);
  });

  it('refuses negative and fractional numbers', () => {
    expect(() => new ByteWriter().varint(-1)).toThrow();
    expect(() => new ByteWriter().varint(1.5)).toThrow();
  });
});

describe('unit lists', () => {
  it('encode sparse lists as gaps and dense ones as bitmaps, and decode both', () => {
    const sparse = [3, 200, 201, 5000];
    const a = encodeList(sparse, 10_000);
    expect(a.kind).toBe(0);
    expect([...decodeList(a.kind, a.bytes, sparse.length)]).toEqual(sparse);
    const dense = Array.from({ length: 600 }, (_, i) => i * 2 + (i % 3));
    const b = encodeList(
      [...new Set(dense)].sort((x, y) => x - y),
      1300,
    );
    expect(b.kind).toBe(1);
    expect(b.bytes.length).toBe(Math.ceil(1300 / 8));
    expect([...decodeList(b.kind, b.bytes, new Set(dense).size)]).toEqual([...new Set(dense)].sort((x, y) => x - y));
  });

  it('refuses unsorted lists and units out of range', () => {
    expect(() => encodeList([2, 1], 10)).toThrow();
    expect(() => encodeList([1, 1], 10)).toThrow();
    expect(() => encodeList([10], 10)).toThrow();
  });
});

describe('shards and positions', () => {
  it('round-trip entries: inline lists, list files, positions of the longest grams', () => {
    const entries: GramEntry[] = [
      { gram: '电', df: 2, kind: 0, list: encodeList([1, 4], 10).bytes },
      { gram: '质量', df: 3, kind: 1, list: new Uint8Array(0), file: 7, fileCost: 321 },
      {
        gram: '质量技术',
        df: 1,
        kind: 0,
        list: encodeList([9], 10).bytes,
        positions: { pack: 2, offset: 10, length: 4, cost: 99 },
      },
      { gram: '技术监督', df: 1, kind: 0, list: encodeList([0], 10).bytes },
    ];
    const read = readShard(writeShard(entries));
    expect([...read.keys()]).toEqual(['电', '质量', '质量技术', '技术监督']);
    expect([...decodeList(read.get('电')!.kind, read.get('电')!.list, 2)]).toEqual([1, 4]);
    expect(read.get('质量')).toMatchObject({ df: 3, kind: 1, file: 7, fileCost: 321 });
    expect(read.get('质量技术')!.positions).toEqual({ pack: 2, offset: 10, length: 4, cost: 99 });
    expect(read.get('技术监督')!.positions).toBeUndefined();
  });

  it('round-trip positions per unit', () => {
    const w = new ByteWriter();
    w.varint(42); // something before the entry: positions are read at an offset
    const offset = w.length;
    writePositions(w, [2, 1, 3], [0, 7, 300, 1, 5, 90_000]);
    const data = w.done();
    expect(readPositions(data, offset, data.length - offset, 3)).toEqual([[0, 7], [300], [1, 5, 90_000]]);
  });
});

describe('small codes and text', () => {
  it('pack lists of small integers into a string and back', () => {
    const lists = [[0, 3, 49], [], [2], [120, 5000]];
    const packed = packLists(lists);
    expect(unpackLists(packed, 4)).toEqual(lists);
    expect(() => unpackLists(packed, 3)).toThrow();
    expect(unpackCodes([0, 1, 2].map(codeChar).join(''))).toEqual([0, 1, 2]);
    expect(() => codeChar(-1)).toThrow();
    expect(() => codeChar(0xd800)).toThrow();
  });

  it('round-trips UTF-16 text, surrogate pairs included', () => {
    const text = `電梯 QC小组 😀 ${'质'.repeat(3000)}`;
    expect(decodeUtf16(encodeUtf16(text))).toBe(text);
  });
});

describe('grams', () => {
  it('hash the same on every run (builder and page must agree)', () => {
    expect(gramHash('')).toBe(0x811c9dc5);
    expect(gramHash('电梯')).toBe(gramHash('电梯'));
    expect(gramHash('电梯')).not.toBe(gramHash('梯电'));
    expect(gramHash('质量技术')).toBe(36_655_838);
  });

  it('search a term by itself up to GRAM_MAX code units, else by its GRAM_MAX-grams', () => {
    expect(GRAM_MAX).toBe(4);
    expect(termGrams('质')).toEqual(['质']);
    expect(termGrams('质监局')).toEqual(['质监局']);
    expect(termGrams('检验检测')).toEqual(['检验检测']);
    expect(termGrams('质量技术监督')).toEqual(['质量技术', '量技术监', '技术监督']);
  });
});
