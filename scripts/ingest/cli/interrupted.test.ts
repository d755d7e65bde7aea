/**
 * An ingest killed (SIGKILL) at any point of its run leaves content/generated either the previous
 * complete output or the new one, and the next run succeeds. A synthetic corpus (the benchmarks'
 * generator) gives the run enough time to be killed while it parses, while it writes its temp
 * folder, and while it swaps that in (once the old output has been moved aside); between the
 * first run and the killed ones the sources change, so the previous and the new output differ.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Province } from '../../../src/model/index.ts';
import { synthesize } from '../../../bench/scale/synth-corpus.ts';
import { runIngest } from './run.ts';

const repository = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-interrupted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DOCUMENTS = 20;
const args = (out: string): string[] => [
  join(repository, 'scripts/ingest.ts'),
  '--quiet',
  '--sources',
  'sources',
  '--registry',
  'registry',
  '--out',
  out,
];

/** Every file under `directory` with its content, or undefined when the folder is missing. */
function snapshot(directory: string): Record<string, string> | undefined {
  if (!existsSync(directory)) return undefined;
  const names = (readdirSync(directory, { recursive: true }) as string[]).filter((name) => name.endsWith('.json'));
  return Object.fromEntries(names.sort().map((name) => [name, readFileSync(join(directory, name), 'utf8')]));
}

function ingest(out: string, ...extra: string[]) {
  return spawnSync(process.execPath, [...args(out), ...extra], { cwd: work, encoding: 'utf8' });
}

/** Starts the CLI, waits until `ready(pid)` (polled every 2 ms) or it exits, kills it; tells what happened. */
function killWhen(ready: (pid: number) => boolean): Promise<'killed' | 'finished first'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args('generated'), { cwd: work, stdio: 'ignore' });
    const timer = setInterval(() => {
      if (child.exitCode === null && ready(child.pid!)) child.kill('SIGKILL');
    }, 2);
    child.once('exit', (_code, signal) => {
      clearInterval(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished first');
    });
  });
}

describe('an ingest killed while it runs', { timeout: 240_000 }, () => {
  it('leaves the previous or the new complete output, and the next run succeeds', async () => {
    const real = runIngest({
      sources: join(repository, 'content/sources'),
      registry: join(repository, 'content/registry'),
      cwd: repository,
    });
    const templates = real.models.map((model) => model.units);
    const provinces = parse(readFileSync(join(repository, 'content/registry/provinces.yml'), 'utf8')) as Province[];
    cpSync(join(repository, 'content/registry'), join(work, 'registry'), { recursive: true });
    mkdirSync(join(work, 'sources'));
    const documents = synthesize(DOCUMENTS, templates, provinces);
    for (const document of documents) {
      writeFileSync(join(work, 'sources', `${document.id}.txt`), document.text);
      writeFileSync(join(work, 'sources', `${document.id}.yml`), document.sidecar);
    }

    expect(ingest('generated').status).toBe(0);
    const previous = snapshot(join(work, 'generated'))!;
    // The new sources: one document fewer, so the output differs. Their full output, for comparison,
    // comes from a separate run without the cache (also the run's duration, for the early kills).
    const last = documents.at(-1)!;
    for (const extension of ['txt', 'yml']) rmSync(join(work, 'sources', `${last.id}.${extension}`));
    const started = Date.now();
    expect(ingest('expected', '--no-cache').status).toBe(0);
    const duration = Date.now() - started;
    const next = snapshot(join(work, 'expected'))!;
    expect(next).not.toEqual(previous);

    const at = (fraction: number) => {
      const start = Date.now();
      return () => Date.now() - start > duration * fraction;
    };
    const points: Array<[string, (pid: number) => boolean]> = [
      ['early', at(0.1)],
      ['while parsing', at(0.4)],
      ['while writing the temp folder', (pid) => existsSync(join(work, `generated.tmp-${pid}`))],
      ['while swapping it in', (pid) => existsSync(join(work, `generated.old-${pid}`))],
    ];
    for (const [point, ready] of points) {
      // The cache would make later runs too fast to kill: each starts without it.
      rmSync(join(work, '.cache'), { recursive: true, force: true });
      const outcome = await killWhen(ready);
      const after = snapshot(join(work, 'generated'));
      if (after === undefined) {
        // Killed between the swap's two renames (microseconds): the previous output is whole
        // beside it, and the next run puts it back first (scripts/leftovers.ts).
        const old = readdirSync(work).find((name) => name.startsWith('generated.old-'));
        expect(old && snapshot(join(work, old)), `killed ${point} (${outcome})`).toEqual(previous);
      } else {
        expect([previous, next], `killed ${point} (${outcome})`).toContainEqual(after);
      }
    }

    const run = ingest('generated');
    expect(run.status, run.stderr).toBe(0);
    expect(snapshot(join(work, 'generated'))).toEqual(next);
    expect(readdirSync(work).filter((name) => /^generated\.(?:tmp|old)-/.test(name))).toEqual([]);
  });
});
