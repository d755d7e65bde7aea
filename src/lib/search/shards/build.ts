/**
 * Builds the sharded index (format.ts) from the search bundle (bundle.ts, itself built from the
 * public exports). Pure and deterministic: the same bundle gives the same files, byte for byte.
 * One pass over the folded texts (linear in the corpus), then sorting and encoding.
 *
 * The caller compresses and writes the files (scripts/search-index.ts); `compressedSize` tells the
 * builder what a position pack will cost to fetch (recorded in the gram entries, so the page can
 * choose the cheapest 4-grams to prove adjacency with).
 */
import type { SearchBundle } from '../bundle.ts';
import type { CharFolder } from '../normalize.ts';
import { GRAM_MAX, gramHash } from './grams.ts';
import { type GramEntry, type PositionRef, writeShard } from './gram-shard.ts';
import { writePositions } from './gram-positions.ts';
import { encodeList } from './unit-lists.ts';
import { codeChar } from './string-codes.ts';
import { ByteWriter, encodeUtf16 } from './bytes.ts';
import { IntList, IntTable } from './int-table.ts';
import { startFile, unitText } from './start.ts';

export interface ShardOptions {
  /** Target raw size of a gram shard (the shard count follows from it). */
  shardBytes?: number;
  /** Largest raw size of a position pack holding several grams. */
  packBytes?: number;
  /** Unit lists longer than this (bytes) get a file of their own (l/<k>); shorter ones are inline. */
  bigList?: number;
  /** Target raw size of a text pack (x/<k>): consecutive units until it is reached. */
  textPackBytes?: number;
  /** Bytes a file costs to fetch (default: its raw length). */
  compressedSize?: (data: Uint8Array) => number;
}

export interface ShardFiles {
  /** Path (relative to search/shards/) → raw content, to be gzip-compressed. */
  files: Map<string, Uint8Array>;
  stats: { units: number; grams: number; shards: number; packs: number; lists: number; textPacks: number };
}

interface Acc {
  gram: string;
  /** Units holding the gram, ascending. */
  units: Int32Array;
  /** Longest grams: occurrences per unit of `units`, and all positions, flat. */
  counts?: Int32Array;
  positions?: Int32Array;
}

export function buildShards(bundle: SearchBundle, fold: CharFolder, options: ShardOptions = {}): ShardFiles {
  const shardBytes = options.shardBytes ?? 1024;
  const packBytes = options.packBytes ?? 4096;
  // A bitmap of 32,000 units is 4 KiB: up to that size every list is inline, so a short term costs
  // one round trip (its gram shard) before the texts.
  const bigList = options.bigList ?? 4096;
  const textPackBytes = options.textPackBytes ?? 2048;
  const cost = options.compressedSize ?? ((d: Uint8Array) => d.length);
  const unitCount = bundle.units.length;
  const files = new Map<string, Uint8Array>();

  // ---- postings: one pass over the folded texts -------------------------------------------------
  // Code units get dense ids, and an n-gram is numbered by the pair (number of its first n−1 code
  // units' gram + 1, id of its last code unit), so no string is made per position. The pass appends
  // (gram, unit) pairs, and (gram, unit, position) for the longest grams, to flat typed arrays in
  // unit order; a stable counting sort by gram then gives every gram its sorted units (this keeps
  // the pass's memory accesses sequential, which is what makes it fast).
  const charIds = new Map<number, number>();
  const tables = Array.from({ length: GRAM_MAX + 1 }, () => new IntTable());
  const numbered: number[][] = Array.from({ length: GRAM_MAX + 1 }, () => []);
  const gramText: string[] = [];
  const lastUnit = new IntList();
  const pairGram = new IntList();
  const pairUnit = new IntList();
  const posGram = new IntList();
  const posUnit = new IntList();
  const posAt = new IntList();
  bundle.units.forEach((unit, u) => {
    const text = fold(unit.text);
    const ids = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let id = charIds.get(c);
      if (id === undefined) {
        id = charIds.size;
        charIds.set(c, id);
      }
      ids[i] = id;
    }
    for (let i = 0; i < text.length; i++) {
      let prefix = -1;
      for (let n = 1; n <= GRAM_MAX && i + n <= text.length; n++) {
        const global = numbered[n]!;
        const num = tables[n]!.get(prefix + 1, ids[i + n - 1]!, global.length);
        let g = global[num];
        if (g === undefined) {
          g = gramText.length;
          gramText.push(text.slice(i, i + n));
          global.push(g);
          lastUnit.push(-1);
        }
        if (lastUnit.data[g] !== u) {
          lastUnit.data[g] = u;
          pairGram.push(g);
          pairUnit.push(u);
        }
        if (n === GRAM_MAX) {
          posGram.push(g);
          posUnit.push(u);
          posAt.push(i);
        }
        prefix = num;
      }
    }
  });
  /** Stable counting sort of value columns by key: where each key's run starts, and the columns. */
  const bucket = (keys: Int32Array, count: number, ...columns: Int32Array[]) => {
    const start = new Int32Array(count + 1);
    for (let k = 0; k < keys.length; k++) start[keys[k]! + 1]!++;
    for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, count);
    const sorted = columns.map(() => new Int32Array(keys.length));
    for (let k = 0; k < keys.length; k++) {
      const at = fill[keys[k]!]!++;
      for (let c = 0; c < columns.length; c++) sorted[c]![at] = columns[c]![k]!;
    }
    return { start, sorted };
  };
  const pairs = bucket(pairGram.view(), gramText.length, pairUnit.view());
  const occurrences = bucket(posGram.view(), gramText.length, posUnit.view(), posAt.view());
  const [unitsSorted] = pairs.sorted as [Int32Array];
  const [occurrenceUnit, occurrenceAt] = occurrences.sorted as [Int32Array, Int32Array];
  const all: Acc[] = gramText.map((gram, g) => {
    const units = unitsSorted.subarray(pairs.start[g]!, pairs.start[g + 1]!);
    if (gram.length !== GRAM_MAX) return { gram, units };
    const from = occurrences.start[g]!;
    const to = occurrences.start[g + 1]!;
    const counts = new Int32Array(units.length);
    let j = -1;
    for (let k = from; k < to; k++) {
      if (j < 0 || units[j] !== occurrenceUnit[k]) j++;
      counts[j]!++;
    }
    return { gram, units, counts, positions: occurrenceAt.subarray(from, to) };
  });
  // Gram order (code units), so the output does not depend on the order grams were met in.
  const accs = all.sort((a, b) => (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));

  // ---- position packs: big entries alone, small ones together (gram order) ----------------------
  const refs = new Map<string, PositionRef>();
  let packCount = 0;
  let pending: { acc: Acc; offset: number; length: number }[] = [];
  let pack = new ByteWriter();
  const flush = (): void => {
    if (pending.length === 0) return;
    const data = pack.done();
    const id = packCount++;
    files.set(`p/${id}.bin`, data);
    const size = cost(data);
    for (const p of pending) refs.set(p.acc.gram, { pack: id, offset: p.offset, length: p.length, cost: size });
    pending = [];
    pack = new ByteWriter();
  };
  for (const acc of accs) {
    if (!acc.positions) continue;
    const entry = new ByteWriter();
    writePositions(entry, acc.counts!, acc.positions);
    if (pack.length > 0 && pack.length + entry.length > packBytes) flush();
    pending.push({ acc, offset: pack.length, length: entry.length });
    pack.bytes(entry.done());
    if (pack.length >= packBytes) flush();
  }
  flush();

  // ---- gram shards: small lists inline, big ones in list files of their own -------------------
  let listCount = 0;
  const entries: GramEntry[] = accs.map((acc) => {
    const { kind, bytes } = encodeList(acc.units, unitCount);
    const entry: GramEntry = { gram: acc.gram, df: acc.units.length, kind, list: bytes };
    if (bytes.length > bigList) {
      entry.file = listCount++;
      entry.fileCost = cost(bytes);
      files.set(`l/${entry.file}.bin`, bytes);
    }
    const ref = refs.get(acc.gram);
    if (ref) entry.positions = ref;
    return entry;
  });
  const total = entries.reduce((sum, e) => sum + (e.file === undefined ? e.list.length : 2) + 10, 0);
  const shards = Math.max(1, Math.round(total / shardBytes));
  const buckets: GramEntry[][] = Array.from({ length: shards }, () => []);
  for (const e of entries) buckets[gramHash(e.gram) % shards]!.push(e);
  buckets.forEach((bucket, k) => files.set(`g/${k}.bin`, writeShard(bucket)));

  // ---- unit texts in packs of consecutive units (UTF-16 JSON: Chinese compresses better) ---------
  const textRuns: number[] = [];
  let run: string[] = [];
  let runBytes = 0;
  const flushTexts = (): void => {
    if (run.length === 0) return;
    files.set(`x/${textRuns.length}.bin`, encodeUtf16(`[${run.join(',')}]`));
    textRuns.push(run.length);
    run = [];
    runBytes = 0;
  };
  for (const unit of bundle.units) {
    const json = JSON.stringify(unitText(unit));
    if (runBytes > 0 && runBytes + 2 * json.length > textPackBytes) flushTexts();
    run.push(json);
    runBytes += 2 * json.length;
  }
  flushTexts();

  // ---- start file ---------------------------------------------------------------------------------
  const start = startFile(bundle, { shards, textRuns: textRuns.map(codeChar).join('') });
  files.set('start.json', new TextEncoder().encode(JSON.stringify(start)));
  return {
    files,
    stats: {
      units: unitCount,
      grams: entries.length,
      shards,
      packs: packCount,
      lists: listCount,
      textPacks: textRuns.length,
    },
  };
}
