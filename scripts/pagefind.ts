// Search indexes, written into dist/ after `astro build` (scripts/build.ts, which `npm run build` runs, runs this last).
//
//   node scripts/pagefind.ts [--dist dist] [--engine auto|bundle|shards|pagefind] [--shards] [--pagefind]
//   env SEARCH_ENGINE=…: same as --engine (tests and benchmarks force a mode)
//
// The search page has three engines and this script picks one (written to dist/search/engine.json,
// which the page reads first):
// - bundle (small corpora): dist/search/corpus.json.gz, every unit's text, filter labels, department
//   aliases and the traditional → simplified pairs the corpus needs (src/lib/search/bundle.ts),
//   built from the public exports (dist/data/*.json, else content/generated/data/). Exact, and one
//   download answers every later query with 0 bytes.
// - shards (large corpora): dist/search/shards/, a purpose-built sharded n-gram index built from
//   the same bundle (src/lib/search/shards/: format.ts, build.ts, engine.ts): a start file (labels,
//   aliases, folding, per-unit facet codes), gram shards of unit lists, trigram position packs and
//   one small text file per unit; a query fetches only the shards of its grams and the texts of the
//   units it shows. Linear in the corpus, seconds at 24,000 units. Written when chosen, or with
//   --shards without choosing it (npm test forces it on the small build for the e2e spec).
// - pagefind (opt-in only: --engine pagefind, or --pagefind to build the index without choosing
//   it): dist/pagefind/, a Pagefind 1.6.0 (extended) index of the measure pages, one record per unit
//   (SearchRecord.astro), with dist/search/meta.json.gz (the bundle without the units,
//   src/lib/search/meta.ts; written in every mode, it is small). Pagefind's own UI bundles are
//   removed (unused).
// Automatic choice: the bundle while its gzip size is ≤ BUNDLE_MAX_BYTES, else shards.
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
import { SHARDS_DIR, START_FILE } from '../src/lib/search/shards/format.ts';
import { ui } from '../src/ui-strings.ts';

/** The Pagefind release this site is built and measured with (package.json pins it exactly). */
export const PAGEFIND_VERSION = '1.6.0';
export const BUNDLE_FILE = 'search/corpus.json.gz';
export const META_FILE = 'search/meta.json.gz';
export const MANIFEST_FILE = 'search/engine.json';

/**
 * Largest gzipped bundle served as the search engine: 96 KiB. The bundle is downloaded whole
 * before the first answer, and the first search (page + scripts + bundle) must stay ≤ 150 KiB
 * transferred; the page and its scripts take ~25 KiB, leaving room for gzip's variance. Pagefind's
 * first search costs ~120 KiB at any size (its wasm and script alone ~70 KiB), so below this
 * threshold the bundle is also the cheaper one, and exact with no per-query bytes. Above it the
 * shards engine takes over (start-up grows far slower: ~1 byte per unit plus the labels).
 * The real corpus (188 units) gives 34 KiB; each document adds ~7 KiB, so ~13 documents switch.
 */
export const BUNDLE_MAX_BYTES = 96 * 1024;

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

/** The export directory: dist/data when the site copied it there, else the ingest output. */
export function dataDir(dist: string): string {
  const built = path.join(dist, 'data');
  return existsSync(path.join(built, 'measures.json')) ? built : 'content/generated/data';
}

function readInput(dist: string): BundleInput {
  const dir = dataDir(dist);
  return {
    units: readJson(path.join(dir, 'measures.json')),
    documents: readJson(path.join(dir, 'documents.json')),
    departments: readJson(path.join(dir, 'departments.json')),
    themes: readJson(path.join(dir, 'themes.json')),
    thesaurus: existsSync(path.join(dir, 'thesaurus.json')) ? readJson(path.join(dir, 'thesaurus.json')) : [],
    kindLabels: ui.kinds,
    t2s: T2S,
  };
}

export interface Written {
  bundle: SearchBundle;
  /** Gzip size of the whole bundle (decides the engine), and uncompressed. */
  bytes: number;
  rawBytes: number;
  units: number;
  engine: EngineName;
  metaBytes: number;
}

/** The bundle (when chosen), meta.json.gz and engine.json. */
export function writeBundle(dist: string, forced?: EngineName): Written {
  const input = readInput(dist);
  const bundle = buildBundle(input);
  const json = JSON.stringify(bundle);
  const gz = gzipSync(json, { level: 9 });
  const engine: EngineName = forced ?? (gz.length <= BUNDLE_MAX_BYTES ? 'bundle' : 'shards');
  const file = path.join(dist, BUNDLE_FILE);
  const metaFile = path.join(dist, META_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  rmSync(metaFile, { force: true });
  if (engine === 'bundle') writeFileSync(file, gz);
  // Written in every mode (small): the e2e spec also runs a bundle build in Pagefind mode.
  const meta = gzipSync(JSON.stringify(metaOf(bundle)), { level: 9 });
  writeFileSync(metaFile, meta);
  const manifest: EngineManifest = {
    engine,
    file: { bundle: BUNDLE_FILE, shards: START_FILE, pagefind: META_FILE }[engine],
    units: input.units.length,
  };
  writeFileSync(path.join(dist, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    bundle,
    bytes: gz.length,
    rawBytes: Buffer.byteLength(json),
    units: input.units.length,
    engine,
    metaBytes: meta.length,
  };
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
    buildMs: built_at - started,
    writeMs: performance.now() - built_at,
  };
}

function engineOption(value: string | undefined): EngineName | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (value === 'bundle' || value === 'shards' || value === 'pagefind') return value;
  throw new Error(`unknown search engine ${value} (bundle, shards, pagefind or auto)`);
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

export async function writePagefind(dist: string): Promise<{ pages: number; bytes: number } | undefined> {
  const records = walk(dist).filter(
    (file) => file.endsWith('.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'),
  );
  if (records.length === 0) {
    process.stderr.write('pagefind: no page has data-pagefind-body (no measure pages yet?); index skipped\n');
    return undefined;
  }
  checkPagefind();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
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

async function main(): Promise<void> {
  const { values } = parseArgs({
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
  const forced = engineOption(values.engine ?? process.env.SEARCH_ENGINE);
  const written = writeBundle(dist, forced);
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  const target = {
    bundle: BUNDLE_FILE,
    shards: SHARDS_DIR,
    pagefind: `${META_FILE} ${kib(written.metaBytes)} + pagefind/`,
  };
  process.stdout.write(
    `search: ${written.units} units, bundle ${kib(written.bytes)} gzip (${kib(written.rawBytes)} uncompressed), limit ${kib(BUNDLE_MAX_BYTES)}\n` +
      `search engine: ${written.engine}${forced ? ' (forced)' : ''} → ${target[written.engine]}\n`,
  );
  // The sharded index only when it is the engine or asked for: a small site need not carry (or
  // spend build time on) an index it does not use.
  rmSync(path.join(dist, SHARDS_DIR), { recursive: true, force: true });
  if (written.engine === 'shards' || values.shards) {
    const shards = writeShards(dist, written.bundle);
    process.stdout.write(
      `shards: ${shards.files} files, ${kib(shards.bytes)} gzip (start ${kib(shards.startBytes)}, ${shards.shards} gram shards, ${shards.packs} position packs) in ${((shards.buildMs + shards.writeMs) / 1000).toFixed(1)} s (index ${(shards.buildMs / 1000).toFixed(1)} s, compress and write ${(shards.writeMs / 1000).toFixed(1)} s) → ${dist}/${SHARDS_DIR}\n`,
    );
  }
  // Pagefind only when asked for (slow: ~60 s at 100 documents).
  rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  if (written.engine === 'pagefind' || values.pagefind) {
    const pf = await writePagefind(dist);
    if (pf)
      process.stdout.write(`pagefind ${PAGEFIND_VERSION}: ${pf.pages} records → ${dist}/pagefind ${kib(pf.bytes)}\n`);
  }
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('scripts/pagefind.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`pagefind: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
