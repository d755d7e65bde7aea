/**
 * A gram shard g/<k> (the grams k = gramHash(gram) % shards, grams.ts): per gram its unit list
 * (unit-lists.ts; inline, or the number of its list file) and, for the longest grams, where their
 * positions are (gram-positions.ts). Pure.
 *
 * Gram shard:  count:varint, then per entry
 *   length:varint, code units:varint×length, df:varint, list kind:byte (0 delta, 1 bitmap; +2:
 *   the list is the file l/<file>, then file:varint, cost:varint; else bytes:varint, list bytes);
 *   4-grams then add pack+1:varint (0 = none), offset:varint, length:varint, pack cost:varint
 *   (the pack's compressed size, what fetching it costs).
 */
import { ByteReader, ByteWriter } from './bytes.ts';
import { GRAM_MAX } from './grams.ts';

export interface PositionRef {
  /** Position pack number. */
  pack: number;
  offset: number;
  length: number;
  /** Bytes transferred to fetch the pack (compressed size). */
  cost: number;
}

export interface GramEntry {
  gram: string;
  df: number;
  /** 0 delta, 1 bitmap. */
  kind: number;
  /** The list (empty when it is in a file of its own). */
  list: Uint8Array;
  /** The list's own file (l/<file>), for a big list, and what fetching it costs. */
  file?: number;
  fileCost?: number;
  /** GRAM_MAX-grams: where their positions are. */
  positions?: PositionRef;
}

export function writeShard(entries: readonly GramEntry[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  for (const e of entries) {
    w.varint(e.gram.length);
    for (let i = 0; i < e.gram.length; i++) w.varint(e.gram.charCodeAt(i));
    w.varint(e.df);
    if (e.file === undefined) {
      w.byte(e.kind);
      w.varint(e.list.length);
      w.bytes(e.list);
    } else {
      w.byte(e.kind + 2);
      w.varint(e.file);
      w.varint(e.fileCost ?? 0);
    }
    if (e.gram.length === GRAM_MAX) {
      const p = e.positions;
      w.varint(p ? p.pack + 1 : 0);
      w.varint(p?.offset ?? 0);
      w.varint(p?.length ?? 0);
      w.varint(p?.cost ?? 0);
    }
  }
  return w.done();
}

export function readShard(data: Uint8Array): Map<string, GramEntry> {
  const r = new ByteReader(data);
  const entries = new Map<string, GramEntry>();
  const count = r.varint();
  for (let i = 0; i < count; i++) {
    const length = r.varint();
    let gram = '';
    for (let k = 0; k < length; k++) gram += String.fromCharCode(r.varint());
    const df = r.varint();
    const kind = r.byte();
    const entry: GramEntry =
      kind >= 2
        ? { gram, df, kind: kind - 2, list: new Uint8Array(0), file: r.varint(), fileCost: r.varint() }
        : { gram, df, kind, list: r.bytes(r.varint()) };
    if (length === GRAM_MAX) {
      const pack = r.varint();
      const offset = r.varint();
      const len = r.varint();
      const cost = r.varint();
      if (pack > 0) entry.positions = { pack: pack - 1, offset, length: len, cost };
    }
    entries.set(gram, entry);
  }
  return entries;
}
