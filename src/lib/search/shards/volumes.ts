/**
 * How the sharded index's records (gram shards, big unit lists, position packs, text packs; each
 * gzip-compressed on its own) are stored: concatenated into a few volume files, read back with
 * HTTP range requests. Pure: no DOM, no fetch, no Node APIs.
 *
 * Tens of thousands of small files would not fit the static hosts' file limits (Cloudflare Pages
 * takes 20,000 files in all on its free plan); every static host and object store answers a
 * `Range` request on a plain file with the bytes asked for, so one request still brings one
 * record, and a query costs the same bytes as with a file per record.
 *
 * Files (relative to `<base>search/shards/`):
 *   directory.bin.gz   the directory (below), gzip-compressed; fetched with the start file.
 *   v/<n>.bin          volume n: records back to back, none split across volumes.
 *
 * Directory: version:varint, volume size:varint, then the number of records of each kind in
 * RECORD_KINDS order (varints), then the compressed length of every record (varints), kinds in
 * that order and numbers ascending. Records are laid out in that order, a new volume starting
 * when the next record would pass the volume size (volumeLayout), so offsets are not stored.
 */
import { ByteReader, ByteWriter } from './bytes.ts';

export const VOLUMES_VERSION = 1;
/** Largest volume: well under every host's per-file limit (Cloudflare Pages: 25 MiB). */
export const VOLUME_BYTES = 8 * 1024 * 1024;
/** Record kinds, in the order they are laid out (their names are `<kind>/<number>.bin`). */
export const RECORD_KINDS = ['g', 'l', 'p', 'x'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
/** Paths relative to search/shards/. */
export const DIRECTORY_NAME = 'directory.bin.gz';
export const volumeName = (volume: number): string => `v/${volume}.bin`;

/** Where a record is: its volume, and its bytes in it. */
export interface RecordPlace {
  volume: number;
  offset: number;
  length: number;
}

export interface Directory {
  volumeBytes: number;
  /** Records of each kind. */
  counts: Record<RecordKind, number>;
  /** Every record's place, in layout order. */
  places: RecordPlace[];
  /** Number of volumes. */
  volumes: number;
}

const NAME = /^([glpx])\/(\d+)\.bin$/u;

/** A record's name → its kind and number, or undefined. */
export function parseRecordName(name: string): { kind: RecordKind; number: number } | undefined {
  const m = NAME.exec(name);
  return m ? { kind: m[1] as RecordKind, number: Number(m[2]) } : undefined;
}

/** Places of records of these lengths (layout order): back to back, a new volume when one is full. */
export function volumeLayout(lengths: readonly number[], volumeBytes: number): RecordPlace[] {
  let volume = 0;
  let offset = 0;
  return lengths.map((length) => {
    if (offset > 0 && offset + length > volumeBytes) {
      volume++;
      offset = 0;
    }
    const place = { volume, offset, length };
    offset += length;
    return place;
  });
}

/**
 * Records (name → compressed bytes; names `<kind>/<number>.bin`, numbers 0…n−1 of each kind) →
 * the volumes (each a list of records to write in order) and the raw directory (to be gzipped).
 */
export function packVolumes(
  records: ReadonlyMap<string, Uint8Array>,
  volumeBytes = VOLUME_BYTES,
): { volumes: Uint8Array[][]; directory: Uint8Array } {
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])) as Record<RecordKind, number>;
  for (const name of records.keys()) {
    const parsed = parseRecordName(name);
    if (!parsed) throw new Error(`search index: unexpected record name ${name}, expected <g|l|p|x>/<n>.bin`);
    counts[parsed.kind]++;
  }
  const ordered = RECORD_KINDS.flatMap((kind) =>
    Array.from({ length: counts[kind] }, (_, n) => {
      const data = records.get(`${kind}/${n}.bin`);
      if (!data) throw new Error(`search index: record ${kind}/${n}.bin missing (${counts[kind]} of kind ${kind})`);
      return data;
    }),
  );
  const places = volumeLayout(
    ordered.map((d) => d.length),
    volumeBytes,
  );
  const volumes: Uint8Array[][] = [];
  places.forEach((place, i) => (volumes[place.volume] ??= []).push(ordered[i]!));
  const w = new ByteWriter();
  w.varint(VOLUMES_VERSION);
  w.varint(volumeBytes);
  for (const kind of RECORD_KINDS) w.varint(counts[kind]);
  for (const data of ordered) w.varint(data.length);
  return { volumes, directory: w.done() };
}

export function readDirectory(raw: Uint8Array): Directory {
  const r = new ByteReader(raw);
  const version = r.varint();
  if (version !== VOLUMES_VERSION)
    throw new Error(`search index: directory version ${version}, expected ${VOLUMES_VERSION}`);
  const volumeBytes = r.varint();
  const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, r.varint()])) as Record<RecordKind, number>;
  const total = RECORD_KINDS.reduce((sum, k) => sum + counts[k], 0);
  const lengths = Array.from({ length: total }, () => r.varint());
  const places = volumeLayout(lengths, volumeBytes);
  return { volumeBytes, counts, places, volumes: places.length ? places[places.length - 1]!.volume + 1 : 0 };
}

/** Where the record `<kind>/<number>.bin` is. */
export function placeOf(directory: Directory, name: string): RecordPlace {
  const parsed = parseRecordName(name);
  if (!parsed || parsed.number >= directory.counts[parsed.kind])
    throw new Error(`search index: no record ${name} in the directory`);
  let index = parsed.number;
  for (const kind of RECORD_KINDS) {
    if (kind === parsed.kind) break;
    index += directory.counts[kind];
  }
  return directory.places[index]!;
}
