/**
 * A large search site without building its pages: the search page needs only itself, its scripts and
 * the index, which is built from the public exports (data/*.json). So this copies a small built site
 * (`--from`, any `astro build` output) to `--out`, replaces its data/*.json with the exports of a
 * deterministic synthetic corpus of `--docs` documents (bench/scale/synth-corpus.ts, ingested in a
 * temporary folder), and writes the search index with scripts/search-index.ts (`--engine`, default auto).
 * Result links 404 there; bench:search reads only the result list.
 *
 *   node bench/search/dist.ts --docs 1000 --from .scratch/dist-small --out .scratch/dist-1000
 *   npm run bench:search -- --dist .scratch/dist-1000 --engine shards
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { runIngest } from '../../scripts/ingest/cli/run.ts';
import { synthesize } from '../scale/synth-corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    from: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    engine: { type: 'string' },
  },
});
const count = Number(values.docs);
const from = resolve(values.from!);
const out = resolve(values.out ?? `.scratch/dist-${count}`);
const root = new URL('../../', import.meta.url).pathname;

const real = runIngest({ sources: join(root, 'content/sources'), registry: join(root, 'content/registry'), cwd: root });
const templates = real.models.filter((model) => model.document.period.value === '2015').map((model) => model.units);
const provinces = parse(readFileSync(join(root, 'content/registry/provinces.yml'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), `policy-kb-search-${count}-`));
try {
  const sources = join(work, 'sources');
  mkdirSync(sources);
  for (const document of synthesize(count, templates, provinces)) {
    writeFileSync(join(sources, `${document.id}.txt`), document.text);
    writeFileSync(join(sources, `${document.id}.yml`), document.sidecar);
  }
  const generated = join(work, 'generated');
  const started = performance.now();
  const ingest = spawnSync(
    process.execPath,
    // No notes: the shipped ones cite seed documents that the synthetic corpus does not have.
    [
      'scripts/ingest.ts',
      '--sources',
      sources,
      '--out',
      generated,
      '--notes',
      join(work, 'notes'),
      '--no-cache',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed (exit ${ingest.status})`);
  process.stdout.write(`ingest of ${count} documents: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  rmSync(out, { recursive: true, force: true });
  cpSync(from, out, { recursive: true });
  for (const name of readdirSync(join(generated, 'data'))) {
    if (name.endsWith('.json')) cpSync(join(generated, 'data', name), join(out, 'data', name));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const index = spawnSync(
  process.execPath,
  // The pages are the small site's: its prose index (Pagefind) is kept as it is.
  ['scripts/search-index.ts', '--dist', out, '--no-prose', ...(values.engine ? ['--engine', values.engine] : [])],
  { cwd: root, stdio: 'inherit' },
);
if (index.status !== 0) process.exitCode = 1;
