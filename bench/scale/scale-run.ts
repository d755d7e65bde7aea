/**
 * One bench:scale run: a deterministic synthetic corpus of N documents (synth-corpus.ts) in a
 * temporary copy of the project, built with the real build (`scripts/build.mjs`: one astro build whose
 * content loaders run the ingest and whose build hook writes the search index), measured for wall
 * time, CPU time, the 1-minute load (the machine may be shared), peak memory (of its largest process,
 * and of all its processes at once: tree-memory.ts), output size and file count.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Province, Unit } from '../../src/model/index.ts';
import { ASTRO_ENV } from '../../scripts/build/env.ts';
import { runIngest } from '../../scripts/ingest/cli/run.ts';
import { synthesize } from './synth-corpus.ts';
import { sampleTreePeak } from './tree-memory.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface StageFigures {
  name: string;
  wallSeconds: number;
  cpuSeconds: number;
  load: number;
  /** The largest single process's peak resident memory (/usr/bin/time). */
  peakBytes: number;
  /** The largest sum of the resident memory of the stage's processes at one time (tree-memory.ts). */
  treePeakBytes: number;
  bytes: number;
  files: number;
}

export interface ScaleRun {
  documents: number;
  units: number;
  stages: StageFigures[];
  /** The copy of the project the site was built in; dist/ is the built site. */
  work: string;
}

/** The real corpus's 2015 plans and the provinces: the templates of every synthetic corpus. */
export interface Templates {
  plans: Unit[][];
  provinces: Province[];
  realCount: number;
}

export function loadTemplates(): Templates {
  const real = runIngest({
    sources: join(ROOT, 'content/sources'),
    registry: join(ROOT, 'content/registry'),
    cwd: ROOT,
  });
  return {
    plans: real.models.filter((model) => model.document.period.value === '2015').map((model) => model.units),
    provinces: parse(readFileSync(join(ROOT, 'content/registry/provinces.yml'), 'utf8')) as Province[],
    realCount: real.models.length,
  };
}

const COPY_SKIP = new Set(['node_modules', 'dist', '.astro', '.cache', '.scratch', '.git', 'content']);

// The copy has no ingest cache (.cache is not copied): the ingest parses every source.
const STAGES = [{ name: 'build', command: ['scripts/build.mjs'], output: 'dist' }];

export async function runScale(count: number, templates: Templates): Promise<ScaleRun> {
  const work = mkdtempSync(join(tmpdir(), `policy-kb-bench-${count}-`));
  for (const entry of readdirSync(ROOT))
    if (!COPY_SKIP.has(entry)) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  cpSync(join(ROOT, 'content/registry'), join(work, 'content/registry'), { recursive: true });
  const sources = join(work, 'content/sources');
  mkdirSync(sources, { recursive: true });
  if (count <= templates.realCount) cpSync(join(ROOT, 'content/sources'), sources, { recursive: true });
  else
    for (const document of synthesize(count, templates.plans, templates.provinces)) {
      writeFileSync(join(sources, `${document.id}.txt`), document.text);
      writeFileSync(join(sources, `${document.id}.yml`), document.sidecar);
    }

  const env = { ...process.env, ...ASTRO_ENV, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const stages: StageFigures[] = [];
  for (const stage of STAGES) {
    const load = loadavg()[0]!;
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...stage.command], { cwd: work, env });
    const sampler = sampleTreePeak(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout = (stdout + chunk).slice(-100_000)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-100_000)));
    const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
    const treePeakBytes = sampler.stop();
    const run = { status, stdout, stderr };
    const wallSeconds = (performance.now() - started) / 1000;
    // Peak memory (KiB), user and system CPU seconds: CPU time hardly moves with the machine's load.
    const [peakKiB = NaN, user = NaN, system = NaN] = (run.stderr.trim().split('\n').at(-1) ?? '')
      .split(' ')
      .map(Number);
    if (run.status !== 0) {
      console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
      rmSync(work, { recursive: true, force: true });
      throw new Error(`${stage.name} failed (exit ${run.status}) at ${count} documents`);
    }
    stages.push({
      name: stage.name,
      wallSeconds,
      cpuSeconds: user + system,
      load,
      peakBytes: peakKiB * 1024,
      treePeakBytes,
      ...sizeOf(join(work, stage.output)),
    });
  }
  const units = (JSON.parse(readFileSync(join(work, 'content/generated/data/measures.json'), 'utf8')) as unknown[])
    .length;
  return { documents: count, units, stages, work };
}

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
