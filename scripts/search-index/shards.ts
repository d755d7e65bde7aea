/**
 * Writes the search index's two layouts into dist/search/shards/ (formats: src/lib/search/shards/):
 * the single file (start.json.gz alone), or the sharded layout: start.json.gz, the volumes' directory
 * and a few volume files holding every record (gram shards, big lists, position packs, text packs),
 * each record gzip-compressed on its own so the page can fetch and decompress it by range request.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchBundle } from '../../src/lib/search/bundle.ts';
import { makeMatchFold } from '../../src/lib/search/normalize.ts';
import { buildShards } from '../../src/lib/search/shards/build.ts';
import { SHARDS_DIR, START_FILE } from '../../src/lib/search/shards/format.ts';
import { DIRECTORY_NAME, packVolumes, volumeName } from '../../src/lib/search/shards/volumes.ts';
import { T2S } from '../../src/model/t2s.ts';

/** Site-relative path of the volumes' directory (the manifest names it for the page). */
export const DIRECTORY_FILE = `${SHARDS_DIR}${DIRECTORY_NAME}`;

/** The single-file index: dist/search/shards/start.json.gz alone. */
export function writeSingle(dist: string, single: Buffer): void {
  const dir = path.join(dist, SHARDS_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dist, START_FILE), single);
}

export interface ShardsWritten {
  /** Files written (start file, directory, volumes). */
  files: number;
  /** Bytes written in all. */
  bytes: number;
  startBytes: number;
  directoryBytes: number;
  volumes: number;
  /** Records of each kind. */
  shards: number;
  packs: number;
  lists: number;
  textPacks: number;
  buildMs: number;
  writeMs: number;
}

/** The sharded index: start file, directory and volumes. */
export function writeShards(dist: string, bundle: SearchBundle): ShardsWritten {
  const dir = path.join(dist, SHARDS_DIR);
  // An earlier index (a rebuild into the same folder) is removed first; not counted in the times.
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  // Every record is compressed once: its compressed size is what fetching it costs (recorded in the
  // gram entries), and the same bytes go into the volume.
  const compressed = new Map<Uint8Array, Buffer>();
  const gzip = (data: Uint8Array): Buffer => {
    let out = compressed.get(data);
    if (!out) {
      out = gzipSync(data, { level: 9 });
      compressed.set(data, out);
    }
    return out;
  };
  const built = buildShards(bundle, makeMatchFold(T2S), { compressedSize: (data) => gzip(data).length });
  const startData = built.files.get('start.json');
  if (!startData) throw new Error('search index: the builder wrote no start file');
  const records = new Map<string, Uint8Array>();
  for (const [name, data] of built.files) if (name !== 'start.json') records.set(name, gzip(data));
  const { volumes, directory } = packVolumes(records);
  const builtAt = performance.now();

  mkdirSync(path.join(dir, path.dirname(volumeName(0))), { recursive: true });
  const start = gzip(startData);
  const directoryGz = gzipSync(directory, { level: 9 });
  writeFileSync(path.join(dist, START_FILE), start);
  writeFileSync(path.join(dist, DIRECTORY_FILE), directoryGz);
  let bytes = start.length + directoryGz.length;
  volumes.forEach((parts, n) => {
    const volume = Buffer.concat(parts);
    writeFileSync(path.join(dir, volumeName(n)), volume);
    bytes += volume.length;
  });
  return {
    files: 2 + volumes.length,
    bytes,
    startBytes: start.length,
    directoryBytes: directoryGz.length,
    volumes: volumes.length,
    shards: built.stats.shards,
    packs: built.stats.packs,
    lists: built.stats.lists,
    textPacks: built.stats.textPacks,
    buildMs: builtAt - started,
    writeMs: performance.now() - builtAt,
  };
}
