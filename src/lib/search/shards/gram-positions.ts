/**
 * The positions of a longest gram (grams.ts GRAM_MAX) in each unit of its list, as an entry of a
 * position pack p/<k>: what proves that the 4-grams of a longer term are adjacent (gram-index.ts).
 * Pure.
 *
 * Position entry (in a pack, at offset, for length bytes): per unit of the gram's list, in order,
 *   occurrences−1:varint, then the positions as varint gaps (first = position, then p − prev − 1).
 */
import { ByteReader, type ByteWriter } from './bytes.ts';

/** Positions of a gram in each unit of its list (same order): counts per unit, positions flat. */
export function writePositions(w: ByteWriter, counts: ArrayLike<number>, positions: ArrayLike<number>): void {
  let at = 0;
  for (let u = 0; u < counts.length; u++) {
    const n = counts[u]!;
    w.varint(n - 1);
    let previous = -1;
    for (let k = 0; k < n; k++) {
      const p = positions[at++]!;
      w.varint(p - previous - 1);
      previous = p;
    }
  }
}

export function readPositions(data: Uint8Array, offset: number, length: number, units: number): number[][] {
  const r = new ByteReader(data, offset, offset + length);
  const out: number[][] = [];
  for (let u = 0; u < units; u++) {
    const n = r.varint() + 1;
    const list: number[] = [];
    let previous = -1;
    for (let k = 0; k < n; k++) {
      previous += r.varint() + 1;
      list.push(previous);
    }
    out.push(list);
  }
  return out;
}
