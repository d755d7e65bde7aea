import { describe, expect, it } from 'vitest';
import { VOLUME_BYTES, packVolumes, placeOf, readDirectory, volumeLayout } from './volumes.ts';

const bytes = (length: number, fill: number): Uint8Array => new Uint8Array(length).fill(fill);

describe('volumes of the sharded index', () => {
  it('lays records back to back and starts a volume when the next would pass its size', () => {
    expect(volumeLayout([4, 4, 3, 10, 1], 10)).toEqual([
      { volume: 0, offset: 0, length: 4 },
      { volume: 0, offset: 4, length: 4 },
      { volume: 1, offset: 0, length: 3 },
      // Larger than a volume: alone in one, never split.
      { volume: 2, offset: 0, length: 10 },
      { volume: 3, offset: 0, length: 1 },
    ]);
  });

  it('writes every record once, in kind order, and the directory finds each', () => {
    const records = new Map<string, Uint8Array>([
      ['x/0.bin', bytes(5, 7)],
      ['g/1.bin', bytes(3, 2)],
      ['g/0.bin', bytes(6, 1)],
      ['p/0.bin', bytes(2, 4)],
      ['l/0.bin', bytes(4, 3)],
    ]);
    const { volumes, directory } = packVolumes(records, 10);
    const dir = readDirectory(directory);
    expect(dir.counts).toEqual({ g: 2, l: 1, p: 1, x: 1 });
    expect(dir.volumes).toBe(volumes.length);
    const files = volumes.map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));
    // g/0 (6) + g/1 (3) fill volume 0; l/0 (4) + p/0 (2) volume 1; x/0 (5) volume 2.
    expect(files.map((f) => f.length)).toEqual([9, 6, 5]);
    for (const [name, data] of records) {
      const place = placeOf(dir, name);
      expect([...files[place.volume]!.subarray(place.offset, place.offset + place.length)], name).toEqual([...data]);
    }
    expect(dir.volumeBytes).toBe(10);
  });

  it('uses the default volume size and refuses unknown, missing or absent records', () => {
    const dir = readDirectory(packVolumes(new Map([['g/0.bin', bytes(1, 1)]])).directory);
    expect(dir.volumeBytes).toBe(VOLUME_BYTES);
    expect(() => placeOf(dir, 'g/1.bin')).toThrow(/no record g\/1\.bin/u);
    expect(() => placeOf(dir, 'start.json')).toThrow(/no record start\.json/u);
    expect(() => packVolumes(new Map([['q/0.bin', bytes(1, 1)]]))).toThrow(/unexpected record name q\/0\.bin/u);
    expect(() => packVolumes(new Map([['g/1.bin', bytes(1, 1)]]))).toThrow(/record g\/0\.bin missing/u);
  });

  it('refuses a directory of another version', () => {
    const { directory } = packVolumes(new Map([['g/0.bin', bytes(1, 1)]]));
    const other = Uint8Array.from(directory);
    other[0] = 9;
    expect(() => readDirectory(other)).toThrow(/directory version 9, expected 1/u);
  });
});
