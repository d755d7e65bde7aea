/**
 * Builds the sharded index (format.ts) from the search bundle (bundle.ts, itself built from the
 * public exports). Pure and deterministic: the same bundle gives the same files, byte for byte.
 * The postings of every gram (gram-postings.ts, one pass over the folded texts), then encoding.
 *
 * The caller compresses and writes the files (scripts/search-index.ts); `compressedSize` tells the
 * builder what a position pack will cost to fetch (recorded in the gram entries, so the page can
 * choose the cheapest 4-grams to prove adjacency with).
 */
import type { SearchBundle } from '../bundle.ts';
import type { CharFolder } from '../normalize.ts';
import { gramHash } from './grams.ts';
import { type GramEntry, type PositionRef, writeShard } from './gram-shard.ts';
import { writePositions } from './gram-positions.ts';
import { encodeList } from './unit-lists.ts';
import { codeChar } from './string-codes.ts';
import { ByteWriter, encodeUtf16 } from './bytes.ts';
import { type GramPostings, gramPostings } from './gram-postings.ts';
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

  const postings = gramPostings(bundle, fold);

  // ---- position packs: big entries alone, small ones together (gram order) ----------------------
  const refs = new Map<string, PositionRef>();
  let packCount = 0;
  let pending: { posting: GramPostings; offset: number; length: number }[] = [];
  let pack = new ByteWriter();
  const flush = (): void => {
    if (pending.length === 0) return;
    const data = pack.done();
    const id = packCount++;
    files.set(`p/${id}.bin`, data);
    const size = cost(data);
    for (const p of pending) refs.set(p.posting.gram, { pack: id, offset: p.offset, length: p.length, cost: size });
    pending = [];
    pack = new ByteWriter();
  };
  for (const posting of postings) {
    if (!posting.positions) continue;
    const entry = new ByteWriter();
    writePositions(entry, posting.counts!, posting.positions);
    if (pack.length > 0 && pack.length + entry.length > packBytes) flush();
    pending.push({ posting, offset: pack.length, length: entry.length });
    pack.bytes(entry.done());
    if (pack.length >= packBytes) flush();
  }
  flush();

  // ---- gram shards: small lists inline, big ones in list files of their own -------------------
  let listCount = 0;
  const entries: GramEntry[] = postings.map((posting) => {
    const { kind, bytes } = encodeList(posting.units, unitCount);
    const entry: GramEntry = { gram: posting.gram, df: posting.units.length, kind, list: bytes };
    if (bytes.length > bigList) {
      entry.file = listCount++;
      entry.fileCost = cost(bytes);
      files.set(`l/${entry.file}.bin`, bytes);
    }
    const ref = refs.get(posting.gram);
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
