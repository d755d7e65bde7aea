// Search indexes, written into dist/ after `astro build` (package.json "build" runs this last).
//
//   node scripts/pagefind.ts [--dist dist] [--engine bundle|pagefind] [--no-pagefind]
//   env SEARCH_ENGINE=bundle|pagefind: same as --engine (tests and benchmarks force a mode)
//
// The search page has two engines and this script picks one (written to dist/search/engine.json,
// which the page reads first):
// - bundle (small corpora): dist/search/corpus.json.gz, every unit's text, filter labels, department
//   aliases and the traditional → simplified pairs the corpus needs (src/lib/search/bundle.ts),
//   built from the public exports (dist/data/*.json, else content/generated/data/). Exact, and one
//   download answers every later query with 0 bytes.
// - pagefind (large corpora): dist/pagefind/, a Pagefind 1.6.0 (extended) index of the measure
//   pages, one record per unit (SearchRecord.astro: a hidden, folded copy of the text with every
//   character its own word, filters 省份/部门/主题/文件/类型 by id, the text in the meta), and
//   dist/search/meta.json.gz, the bundle without the units (src/lib/search/meta.ts; written in
//   both modes, it is small).
// Automatic choice: the bundle while its gzip size is ≤ BUNDLE_MAX_BYTES, else Pagefind.
// The Pagefind index is written in both modes (bench:search compares the engines) unless
// --no-pagefind; Pagefind's own UI bundles are removed (unused).
//
// Prints the sizes and the choice. Exit 1 on any error.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { T2S } from '../src/model/t2s.ts';
import { type BundleInput, buildBundle } from '../src/lib/search/bundle.ts';
import { type EngineManifest, metaOf } from '../src/lib/search/meta.ts';
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
 * threshold the bundle is also the cheaper one, and exact with no per-query bytes.
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

export function writeBundle(
  dist: string,
  forced?: EngineName,
): { file: string; bytes: number; rawBytes: number; units: number; engine: EngineName; metaBytes: number } {
  const dir = dataDir(dist);
  const input: BundleInput = {
    units: readJson(path.join(dir, 'measures.json')),
    documents: readJson(path.join(dir, 'documents.json')),
    departments: readJson(path.join(dir, 'departments.json')),
    themes: readJson(path.join(dir, 'themes.json')),
    kindLabels: ui.kinds,
    t2s: T2S,
  };
  const bundle = buildBundle(input);
  const json = JSON.stringify(bundle);
  const gz = gzipSync(json, { level: 9 });
  const engine: EngineName = forced ?? (gz.length <= BUNDLE_MAX_BYTES ? 'bundle' : 'pagefind');
  const file = path.join(dist, BUNDLE_FILE);
  const metaFile = path.join(dist, META_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  rmSync(metaFile, { force: true });
  if (engine === 'bundle') writeFileSync(file, gz);
  // Written in both modes (small): the e2e spec also runs a bundle build in Pagefind mode.
  const meta = gzipSync(JSON.stringify(metaOf(bundle)), { level: 9 });
  writeFileSync(metaFile, meta);
  const metaBytes = meta.length;
  const manifest: EngineManifest = {
    engine,
    file: engine === 'bundle' ? BUNDLE_FILE : META_FILE,
    units: input.units.length,
  };
  writeFileSync(path.join(dist, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return { file, bytes: gz.length, rawBytes: Buffer.byteLength(json), units: input.units.length, engine, metaBytes };
}

function engineOption(value: string | undefined): EngineName | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (value === 'bundle' || value === 'pagefind') return value;
  throw new Error(`unknown search engine ${value} (bundle, pagefind or auto)`);
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
    options: { dist: { type: 'string' }, engine: { type: 'string' }, 'no-pagefind': { type: 'boolean' } },
  });
  const dist = values.dist ?? 'dist';
  if (!existsSync(dist)) throw new Error(`${dist} does not exist; run astro build first`);
  const forced = engineOption(values.engine ?? process.env.SEARCH_ENGINE);
  if (forced === 'pagefind' && values['no-pagefind']) throw new Error('--engine pagefind needs the Pagefind index');
  const bundle = writeBundle(dist, forced);
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `search: ${bundle.units} units, bundle ${kib(bundle.bytes)} gzip (${kib(bundle.rawBytes)} uncompressed), limit ${kib(BUNDLE_MAX_BYTES)}\n` +
      `search engine: ${bundle.engine}${forced ? ' (forced)' : ''} → ${bundle.engine === 'bundle' ? BUNDLE_FILE : `${META_FILE} ${kib(bundle.metaBytes)} + pagefind/`}\n`,
  );
  if (!values['no-pagefind']) {
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
