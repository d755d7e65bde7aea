// The search index, written into dist/ after `astro build` (scripts/build.ts, which `npm run build` runs, runs this last).
//
//   node scripts/search-index.ts [--dist dist] [--engine auto|shards|pagefind] [--shards] [--pagefind]
//   env SEARCH_ENGINE=…: same as --engine (tests and benchmarks force a mode)
//
// The search page has one client for one index format (src/lib/search/shards/), built from the
// public exports (dist/data/*.json, else content/generated/data/) through the search bundle
// (src/lib/search/bundle.ts), in one of two layouts (recorded in dist/search/engine.json, which the
// page reads first):
// - single file (small corpora): dist/search/shards/start.json.gz holds every unit's text besides the
//   labels, aliases and folding; one download answers every later query with 0 bytes.
// - sharded (large corpora, or --shards / --engine shards on any corpus, for tests and benchmarks):
//   the start file, gram shards of unit lists (small lists inline), position packs and text packs of
//   consecutive units; a query fetches only the shards of its grams and the texts it shows. Linear in
//   the corpus, seconds at 24,000 units.
// - pagefind (opt-in only: --engine pagefind, or --pagefind to build the index without choosing
//   it): dist/pagefind/, a Pagefind 1.6.0 (extended) index with one record per unit at its address
//   (src/lib/search/record.ts), with dist/search/meta.json.gz (the labels without the units,
//   src/lib/search/meta.ts; written in every mode, it is small). Pagefind's own UI bundles are
//   removed (unused).
// Automatic choice: the single file while its gzip size is ≤ SINGLE_FILE_MAX_BYTES, else sharded.
//
// Prints the sizes, times and the choice. Exit 1 on any error.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { T2S } from '../src/model/t2s.ts';
import { type BundleInput, type SearchBundle, buildBundle } from '../src/lib/search/bundle.ts';
import { type EngineManifest, metaOf } from '../src/lib/search/meta.ts';
import { makeMatchFold } from '../src/lib/search/normalize.ts';
import { buildShards } from '../src/lib/search/shards/build.ts';
import { singleFile } from '../src/lib/search/shards/start.ts';
import { SHARDS_DIR, START_FILE } from '../src/lib/search/shards/format.ts';
import { readConfig } from '../src/config.ts';
import { dataDir, readBundleInput } from '../src/lib/search/bundle-input.ts';
import { unitRecord } from '../src/lib/search/record.ts';
import { joinBase } from '../src/lib/url.ts';
import { unitPath } from '../src/model/ids.ts';

/** The Pagefind release this site is built and measured with (package.json pins it exactly). */
export const PAGEFIND_VERSION = '1.6.0';
export const META_FILE = 'search/meta.json.gz';
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

const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

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
  metaBytes: number;
}

/**
 * Chooses the engine and the layout, and writes meta.json.gz and engine.json (the index itself:
 * writeSingle, writeShards). `sharded`: the sharded layout whatever the size.
 */
export function chooseIndex(dist: string, forced?: EngineName, sharded = false): Written {
  const input = readInput(dist);
  const bundle = buildBundle(input);
  const json = JSON.stringify(singleFile(bundle));
  const single = gzipSync(json, { level: 9 });
  const engine: EngineName = forced ?? 'shards';
  const metaFile = path.join(dist, META_FILE);
  mkdirSync(path.dirname(metaFile), { recursive: true });
  // Written in every mode (small): the e2e spec also runs a small build in Pagefind mode.
  const meta = gzipSync(JSON.stringify(metaOf(bundle)), { level: 9 });
  writeFileSync(metaFile, meta);
  const manifest: EngineManifest = {
    engine,
    file: engine === 'pagefind' ? META_FILE : START_FILE,
    units: input.units.length,
  };
  writeFileSync(path.join(dist, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    bundle,
    single,
    rawBytes: Buffer.byteLength(json),
    units: input.units.length,
    engine,
    sharded: sharded || forced === 'shards' || single.length > SINGLE_FILE_MAX_BYTES,
    metaBytes: meta.length,
  };
}

/** The single-file index: dist/search/shards/start.json.gz alone. */
export function writeSingle(dist: string, single: Buffer): void {
  const dir = path.join(dist, SHARDS_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dist, START_FILE), single);
}

/** The sharded index (dist/search/shards/), every file gzip-compressed (`.gz`). */
export function writeShards(
  dist: string,
  bundle: SearchBundle,
): {
  files: number;
  bytes: number;
  startBytes: number;
  shards: number;
  packs: number;
  textPacks: number;
  buildMs: number;
  writeMs: number;
} {
  const dir = path.join(dist, SHARDS_DIR);
  // An earlier index (a rebuild into the same folder) is removed first; not counted in the times.
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  // Position packs are compressed once to learn their cost, and written from the same result.
  const packed = new WeakMap<Uint8Array, Buffer>();
  const built = buildShards(bundle, makeMatchFold(T2S), {
    compressedSize: (data) => {
      const out = gzipSync(data, { level: 9 });
      packed.set(data, out);
      return out.length;
    },
  });
  const built_at = performance.now();
  for (const name of new Set([...built.files.keys()].map((n) => path.dirname(n))))
    mkdirSync(path.join(dir, name), { recursive: true });
  let bytes = 0;
  let startBytes = 0;
  for (const [name, data] of built.files) {
    const compressed = packed.get(data) ?? gzipSync(data, { level: 9 });
    writeFileSync(path.join(dir, `${name}.gz`), compressed);
    bytes += compressed.length;
    if (`${SHARDS_DIR}${name}.gz` === START_FILE) startBytes = compressed.length;
  }
  return {
    files: built.files.size,
    bytes,
    startBytes,
    shards: built.stats.shards,
    packs: built.stats.packs,
    textPacks: built.stats.textPacks,
    buildMs: built_at - started,
    writeMs: performance.now() - built_at,
  };
}

function engineOption(value: string | undefined): EngineName | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (value === 'shards' || value === 'pagefind') return value;
  throw new Error(`unknown search engine ${value} (shards, pagefind or auto)`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function dirBytes(dir: string): number {
  return walk(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Refuses to index with anything but the pinned release and its extended (CJK) binary. */
function checkPagefind(): void {
  const pkg = readJson<{ version: string }>('node_modules/pagefind/package.json');
  if (pkg.version !== PAGEFIND_VERSION) {
    throw new Error(`pagefind ${pkg.version} is installed, expected ${PAGEFIND_VERSION} (npm ci)`);
  }
  const platform = `node_modules/@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`;
  if (!existsSync(platform) && !existsSync(`${platform}.exe`)) {
    throw new Error(`the extended Pagefind binary (needed for Chinese) is missing: ${platform}`);
  }
}

/**
 * The Pagefind index: one custom record per unit (src/lib/search/record.ts), at the unit's address.
 * Language `zh-cn`, the pages' `lang` (zh-CN) as Pagefind reads it, so the search page loads this index.
 */
export async function writePagefind(dist: string, input: BundleInput): Promise<{ pages: number; bytes: number }> {
  checkPagefind();
  const fold = makeMatchFold(T2S);
  const base = readConfig().basePath;
  const titles = new Map(input.documents.map((d) => [d.id, typeof d.title === 'string' ? d.title : d.title.value]));
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(errors.join('\n'));
    for (const unit of input.units) {
      const record = unitRecord(unit, titles.get(unit.document) ?? unit.document, fold);
      const added = await index.addCustomRecord({
        url: joinBase(base, unitPath(unit.id)),
        language: 'zh-cn',
        ...record,
      });
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    const outputPath = path.join(dist, 'pagefind');
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const name of UNUSED_PAGEFIND_FILES) rmSync(path.join(outputPath, name), { force: true });
    return { pages: readdirSync(path.join(outputPath, 'fragment')).length, bytes: dirBytes(outputPath) };
  } finally {
    await pagefind.close();
  }
}

async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      dist: { type: 'string' },
      engine: { type: 'string' },
      pagefind: { type: 'boolean' },
      shards: { type: 'boolean' },
      // Accepted for older callers: Pagefind is no longer built unless asked for.
      'no-pagefind': { type: 'boolean' },
    },
  });
  const dist = values.dist ?? 'dist';
  if (!existsSync(dist)) throw new Error(`${dist} does not exist; run astro build first`);
  const forced = engineOption(values.engine ?? readConfig().searchEngine);
  const written = chooseIndex(dist, forced, values.shards);
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `search: ${written.units} units, single file ${kib(written.single.length)} gzip (${kib(written.rawBytes)} uncompressed), limit ${kib(SINGLE_FILE_MAX_BYTES)}\n` +
      `search engine: ${written.engine}${forced ? ' (forced)' : ''} → ${written.engine === 'pagefind' ? `${META_FILE} ${kib(written.metaBytes)} + pagefind/` : START_FILE}\n`,
  );
  // The index only when it is the engine or asked for: a Pagefind site need not carry (or spend
  // build time on) an index it does not use.
  rmSync(path.join(dist, SHARDS_DIR), { recursive: true, force: true });
  if (written.engine === 'shards' || values.shards) {
    if (!written.sharded) {
      writeSingle(dist, written.single);
      process.stdout.write(`index: single file → ${dist}/${START_FILE}\n`);
    } else {
      const shards = writeShards(dist, written.bundle);
      process.stdout.write(
        `index: sharded, ${shards.files} files, ${kib(shards.bytes)} gzip (start ${kib(shards.startBytes)}, ${shards.shards} gram shards, ${shards.packs} position packs, ${shards.textPacks} text packs) in ${((shards.buildMs + shards.writeMs) / 1000).toFixed(1)} s (index ${(shards.buildMs / 1000).toFixed(1)} s, compress and write ${(shards.writeMs / 1000).toFixed(1)} s) → ${dist}/${SHARDS_DIR}\n`,
      );
    }
  }
  // Pagefind only when asked for (slow: ~60 s at 100 documents).
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  if (written.engine === 'pagefind' || values.pagefind) {
    const pf = await writePagefind(dist, readInput(dist));
    process.stdout.write(`pagefind ${PAGEFIND_VERSION}: ${pf.pages} records → ${dist}/pagefind ${kib(pf.bytes)}\n`);
  }
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
