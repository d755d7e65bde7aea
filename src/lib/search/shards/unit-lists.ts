/**
 * A gram's unit list as the index stores it (inline in its gram shard entry, or in a list file
 * l/<k> of its own when big): whichever is smaller of a delta list and a bitmap. Pure.
 *
 *   delta list: varint gaps (first = unit, then unit − previous − 1); bitmap: bit u of byte u>>3.
 */
import { ByteReader, ByteWriter } from './bytes.ts';

/** Sorted, distinct unit numbers → the smaller of a delta varint list and a bitmap. */
export function encodeList(units: ArrayLike<number>, unitCount: number): { kind: 0 | 1; bytes: Uint8Array } {
  const w = new ByteWriter();
  let previous = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u <= previous || u >= unitCount) throw new Error('unit list not sorted or out of range');
    w.varint(u - previous - 1);
    previous = u;
  }
  const bitmapBytes = Math.ceil(unitCount / 8);
  if (w.length <= bitmapBytes) return { kind: 0, bytes: w.done() };
  const bitmap = new Uint8Array(bitmapBytes);
  for (let i = 0; i < units.length; i++) bitmap[units[i]! >> 3]! |= 1 << (units[i]! & 7);
  return { kind: 1, bytes: bitmap };
}

export function decodeList(kind: number, bytes: Uint8Array, df: number): Uint32Array {
  const out = new Uint32Array(df);
  if (kind === 1) {
    let n = 0;
    for (let i = 0; i < bytes.length && n < df; i++) {
      const b = bytes[i]!;
      if (b === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (b & (1 << bit)) out[n++] = i * 8 + bit;
    }
    if (n !== df) throw new Error('bitmap list: wrong count');
    return out;
  }
  const r = new ByteReader(bytes);
  let previous = -1;
  for (let i = 0; i < df; i++) {
    previous += r.varint() + 1;
    out[i] = previous;
  }
  return out;
}
