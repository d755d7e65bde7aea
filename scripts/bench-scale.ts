/**
 * `npm run bench:scale -- --docs N [--keep] [--no-search]`: build a deterministic synthetic corpus of N documents
 * (scripts/bench/synth-corpus.ts) in a temporary copy of the project and run the full build, printing
 * per stage (ingest, astro, search index) wall time, peak memory, output size and file count; then the
 * search harness (the whole query set) on the result, when scripts/bench-search.ts is present. Wall time
 * and the 1-minute load average are printed with the CPU time, since the machine may be shared.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from './ingest/cli/run.ts';
import { synthesize } from './bench/synth-corpus.ts';
import { ASTRO_ENV } from './build/env.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const count = Number(values.docs);
const root = new URL('../', import.meta.url).pathname;

// The real corpus is the template of the synthetic one.
const real = runIngest({ sources: join(root, 'content/sources'), registry: join(root, 'content/registry'), cwd: root });
const templates = real.models.filter((model) => model.document.period.value === '2015').map((model) => model.units);
const provinces = real.exports
  ? (await import('yaml')).parse(
      (await import('node:fs')).readFileSync(join(root, 'content/registry/provinces.yml'), 'utf8'),
    )
  : [];

const work = mkdtempSync(join(tmpdir(), `policy-kb-bench-${count}-`));
for (const entry of readdirSync(root)) {
  if (['node_modules', 'dist', '.astro', '.cache', '.scratch', '.git', 'content'].includes(entry)) continue;
  cpSync(join(root, entry), join(work, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
cpSync(join(root, 'content/registry'), join(work, 'content/registry'), { recursive: true });
mkdirSync(join(work, 'content/sources'), { recursive: true });
if (count <= real.models.length) {
  cpSync(join(root, 'content/sources'), join(work, 'content/sources'), { recursive: true });
} else {
  for (const document of synthesize(count, templates, provinces)) {
    writeFileSync(join(work, 'content/sources', `${document.id}.txt`), document.text);
    writeFileSync(join(work, 'content/sources', `${document.id}.yml`), document.sidecar);
  }
}

interface Stage {
  name: string;
  command: string[];
  output: string;
}
const stages: Stage[] = [
  {
    name: 'ingest',
    command: [process.execPath, 'scripts/ingest.ts', '--frail', '--no-cache', '--quiet'],
    output: 'content/generated',
  },
  {
    name: 'astro',
    command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'],
    output: 'dist',
  },
  { name: 'search index', command: [process.execPath, 'scripts/pagefind.ts'], output: 'dist/search' },
];

function sizeOf(path: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path, { recursive: true }) as string[]) {
    const stat = statSync(join(path, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const rows: string[][] = [];
const env = { ...process.env, ...ASTRO_ENV, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };
for (const stage of stages) {
  const load = loadavg()[0]!;
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...stage.command], {
    cwd: work,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  // Peak memory, user and system CPU seconds: CPU time hardly moves with the machine's load, wall time does.
  const [peakKiB = NaN, user = NaN, system = NaN] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    throw new Error(`${stage.name} failed (exit ${run.status})`);
  }
  const { bytes, files } = sizeOf(join(work, stage.output));
  rows.push([
    stage.name,
    `${seconds.toFixed(1)} s`,
    `${(user + system).toFixed(1)} s`,
    load.toFixed(1),
    `${(peakKiB / 1024).toFixed(0)} MiB`,
    `${(bytes / 1048576).toFixed(1)} MiB`,
    String(files),
  ]);
}

const units = JSON.parse(
  (await import('node:fs')).readFileSync(join(work, 'content/generated/data/measures.json'), 'utf8'),
).length;
console.log(
  `\nbench:scale — ${count} documents, ${units} units, on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const header = ['stage', 'wall', 'CPU', 'load', 'peak memory', 'output', 'files'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));

// Page sizes per page type (first path segment): a page type whose largest page grows with N is a
// page that lists the corpus, and the build's cost grows with N × pages.
const pageSizes = new Map<string, number[]>();
for (const name of readdirSync(join(work, 'dist'), { recursive: true }) as string[]) {
  if (!name.endsWith('.html')) continue;
  const type = name.includes('/') ? name.split('/')[0]! : '(top)';
  const list = pageSizes.get(type) ?? [];
  list.push(statSync(join(work, 'dist', name)).size);
  pageSizes.set(type, list);
}
const pageRows = [...pageSizes]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([type, sizes]) => [
    type,
    String(sizes.length),
    `${(sizes.reduce((sum, size) => sum + size, 0) / sizes.length / 1024).toFixed(1)} KiB`,
    `${(Math.max(...sizes) / 1024).toFixed(1)} KiB`,
  ]);
const pageHeader = ['pages', 'count', 'mean HTML', 'largest HTML'];
const pageWidths = pageHeader.map((title, column) =>
  Math.max(title.length, ...pageRows.map((row) => row[column]!.length)),
);
console.log('');
for (const row of [pageHeader, ...pageRows])
  console.log(row.map((cell, column) => cell.padEnd(pageWidths[column]!)).join('  '));

if (!values['no-search'] && existsSync(join(root, 'scripts/bench-search.ts'))) {
  // bench-search takes the whole query set (it has no --sample option).
  const search = spawnSync(process.execPath, [join(root, 'scripts/bench-search.ts'), '--dist', join(work, 'dist')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (search.status !== 0) console.error(`bench-search exited ${search.status}`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
