// The search indexes, written into the build's output by the integration's build hook
// (scripts/astro/integration.ts), or on their own:
//
//   node scripts/search-index.ts [--dist dist] [--engine auto|shards] [--shards] [--no-prose]
//   env SEARCH_ENGINE=shards: same as --engine shards (tests and benchmarks force the sharded layout)
//
// Measure search has one client for one index format (src/lib/search/shards/), built from the
// public exports (dist/data/*.json, else content/generated/data/) through the search bundle
// (src/lib/search/bundle.ts), in one of two layouts (recorded in dist/search/engine.json, which the
// page reads first):
// - single file (small corpora): dist/search/shards/start.json.gz holds every unit's text besides the
//   labels, aliases and folding; one download answers every later query with 0 bytes.
// - sharded (large corpora, or --shards / --engine shards on any corpus, for tests and benchmarks):
//   the start file, gram shards of unit lists (small lists inline), position packs and text packs of
//   consecutive units, stored in a few volume files with a directory (scripts/search-index/shards.ts,
//   src/lib/search/shards/volumes.ts); a query fetches, by range request, only the shards of its
//   grams and the texts it shows. Linear in the corpus, seconds at 24,000 units.
// Automatic choice: the single file while its gzip size is ≤ SINGLE_FILE_MAX_BYTES, else sharded.
//
// Prose search: dist/pagefind/, a Pagefind 1.6.0 (extended: it segments Chinese into words) index of
// the built note pages and document pages, the region each marks with data-pagefind-body, with its
// title and kind as Pagefind meta (scripts/search-index/prose.ts), in parts of PROSE_PART_PAGES pages
// searched together. Written unless --no-prose (a site without its pages); the search page loads it
// after the exact results, for its own block.
// Pagefind's UI bundles are removed (unused).
//
// Prints the sizes, times and the choice. Exit 1 on any error.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type SearchBundle, buildBundle } from '../src/lib/search/bundle.ts';
import type { EngineManifest } from '../src/lib/search/shards/format.ts';
import { singleFile } from '../src/lib/search/shards/start.ts';
import { SHARDS_DIR, START_FILE } from '../src/lib/search/shards/format.ts';
import { DIRECTORY_FILE, writeShards, writeSingle } from './search-index/shards.ts';
import { readConfig } from '../src/config.ts';
import { type BundleInput, dataDir, readBundleInput, readPublishedDataset } from '../src/lib/search/bundle-input.ts';
import { PAGEFIND_VERSION, writePagefind } from './search-index/prose.ts';

export { PAGEFIND_VERSION, writePagefind };
export const MANIFEST_FILE = 'search/engine.json';

/**
 * Largest gzipped single-file index: 96 KiB. It is downloaded whole before the first answer, and
 * the first search (page + scripts + index) must stay ≤ 150 KiB transferred; the page and its
 * scripts take ~25 KiB, leaving room for gzip's variance. Below it the single file is also cheaper
 * than the sharded layout's first search, and later queries cost no bytes. Above it the sharded
 * layout takes over (its start file grows far slower: ~1 byte per unit plus the labels).
 * The real corpus (188 units) gives ~45 KiB; each document adds ~7 KiB, so ~13 documents switch.
 */
export const SINGLE_FILE_MAX_BYTES = 96 * 1024;

export type EngineName = EngineManifest['engine'];

function readInput(dist: string): BundleInput {
  return readBundleInput(dataDir(dist));
}

export interface Written {
  bundle: SearchBundle;
  /** The single-file index, gzip-compressed (its size decides the layout), and its raw size. */
  single: Buffer;
  rawBytes: number;
  units: number;
  engine: EngineName;
  /** Sharded layout (else the single file). */
  sharded: boolean;
}

/**
 * Chooses the layout, and writes engine.json (the index itself: writeSingle, writeShards).
 * `sharded`: the sharded layout whatever the size.
 */
export function chooseIndex(dist: string, forced?: EngineName, sharded = false): Written {
  const input = readInput(dist);
  const bundle = buildBundle(input);
  const json = JSON.stringify(singleFile(bundle));
  const single = gzipSync(json, { level: 9 });
  const engine: EngineName = forced ?? 'shards';
  const isSharded = sharded || forced === 'shards' || single.length > SINGLE_FILE_MAX_BYTES;
  const manifest: EngineManifest = {
    engine,
    file: START_FILE,
    ...(isSharded ? { directory: DIRECTORY_FILE } : {}),
    units: input.units.length,
  };
  mkdirSync(path.join(dist, path.dirname(MANIFEST_FILE)), { recursive: true });
  writeFileSync(path.join(dist, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    bundle,
    single,
    rawBytes: Buffer.byteLength(json),
    units: input.units.length,
    engine,
    sharded: isSharded,
  };
}

function engineOption(value: string | undefined): EngineName | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (value === 'shards') return value;
  throw new Error(`unknown search engine ${value} (shards or auto)`);
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

/** The measure search's index (single file or sharded), from the site's published data. */
function writeMeasureIndex(dist: string, forced: EngineName | undefined, shardsFlag: boolean | undefined): void {
  const written = chooseIndex(dist, forced, shardsFlag);
  process.stdout.write(
    `search: ${written.units} units, single file ${kib(written.single.length)} gzip (${kib(written.rawBytes)} uncompressed), limit ${kib(SINGLE_FILE_MAX_BYTES)}\n` +
      `search engine: ${written.engine}${forced ? ' (forced)' : ''} → ${START_FILE}\n`,
  );
  if (!written.sharded) {
    writeSingle(dist, written.single);
    process.stdout.write(`index: single file → ${dist}/${START_FILE}\n`);
    return;
  }
  const shards = writeShards(dist, written.bundle);
  process.stdout.write(
    `index: sharded, ${shards.files} files, ${kib(shards.bytes)} gzip (start ${kib(shards.startBytes)}, directory ${kib(shards.directoryBytes)}, ${shards.volumes} volumes of ${shards.shards} gram shards, ${shards.lists} lists, ${shards.packs} position packs, ${shards.textPacks} text packs) in ${((shards.buildMs + shards.writeMs) / 1000).toFixed(1)} s (index ${(shards.buildMs / 1000).toFixed(1)} s, compress and write ${(shards.writeMs / 1000).toFixed(1)} s) → ${dist}/${SHARDS_DIR}\n`,
  );
}

async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      dist: { type: 'string' },
      engine: { type: 'string' },
      shards: { type: 'boolean' },
      // The measure index alone, for a site without its pages (bench/search/dist.ts): Pagefind
      // indexes the note and document pages, which such a site does not have.
      'no-prose': { type: 'boolean' },
    },
  });
  const dist = values.dist ?? 'dist';
  if (!existsSync(dist)) throw new Error(`${dist} does not exist; run astro build first`);
  const config = readConfig();
  // The prose index first: Pagefind's services run beside this process, which is smaller now than
  // once it has built the measure index (at 10,000 documents its bundle takes gigabytes, and the
  // process does not give all of them back).
  if (!values['no-prose']) await writeProseIndex(dist, config.prosePartPages);
  writeMeasureIndex(dist, engineOption(values.engine ?? config.searchEngine), values.shards);
}

/** The prose index of the site's note and document pages (Pagefind needs only the documents' ids). */
async function writeProseIndex(dist: string, partPages: number): Promise<void> {
  const started = performance.now();
  const documents = readPublishedDataset(dataDir(dist), 'documents') as { id: string }[] | undefined;
  if (!documents) throw new Error(`${dataDir(dist)}: no documents.json, whole or in parts`);
  const prose = await writePagefind(
    dist,
    documents.map((document) => document.id),
    partPages,
  );
  process.stdout.write(
    `prose index (pagefind ${PAGEFIND_VERSION}): ${prose.notes} notes, ${prose.documents} documents${prose.parts > 1 ? ` in ${prose.parts} parts` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dist}/pagefind ${kib(prose.bytes)}\n`,
  );
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('scripts/search-index.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`search-index: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

/** What the CLI does, in-process (the integration's build hook, scripts/astro/integration.ts): `args` as on its command line. */
export function writeSearchIndex(dist: string, args: string[] = []): Promise<void> {
  return main(['--dist', dist, ...args]);
}
