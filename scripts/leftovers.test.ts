/** Leftovers of killed runs: removed when their process is gone, kept while it runs, ignored by git. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, parseLeftover, removeLeftovers } from './leftovers.ts';

const repository = new URL('../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'leftovers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pid of a process that has exited (a pid is reused only after the kernel wraps around). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;

function folder(name: string, content: string): void {
  mkdirSync(join(work, name), { recursive: true });
  writeFileSync(join(work, name, 'index.html'), content);
}

describe('leftovers', () => {
  it('parses only `<name>.tmp-<pid>` and `<name>.old-<pid>`', () => {
    expect(parseLeftover('dist.tmp-12')).toEqual({ name: 'dist', kind: 'tmp', pid: 12 });
    expect(parseLeftover('a.json.old-3')).toEqual({ name: 'a.json', kind: 'old', pid: 3 });
    expect(parseLeftover('dist')).toBeUndefined();
    expect(parseLeftover('dist.tmp-')).toBeUndefined();
    expect(parseLeftover('dist.new-12')).toBeUndefined();
  });

  it('knows a live process from a gone one', () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(process.ppid)).toBe(true);
    expect(isRunning(deadPid())).toBe(false);
  });

  it("removes a gone process's temp and old folders, keeps a live one's and other names'", () => {
    const dead = deadPid();
    folder('site', 'current');
    folder(`site.tmp-${dead}`, 'partial');
    folder(`site.old-${dead}`, 'previous');
    folder(`site.tmp-${process.pid}`, 'in progress');
    folder(`other.tmp-${dead}`, 'not ours');
    removeLeftovers(join(work, 'site'));
    expect(existsSync(join(work, `site.tmp-${dead}`))).toBe(false);
    expect(existsSync(join(work, `site.old-${dead}`))).toBe(false);
    expect(existsSync(join(work, `site.tmp-${process.pid}`))).toBe(true);
    expect(existsSync(join(work, `other.tmp-${dead}`))).toBe(true);
    expect(readFileSync(join(work, 'site/index.html'), 'utf8')).toBe('current');
  });

  it('puts the old folder back when a run was killed between the two renames of its swap', () => {
    const dead = deadPid();
    folder(`swap.old-${dead}`, 'previous');
    folder(`swap.tmp-${dead}`, 'next');
    removeLeftovers(join(work, 'swap'));
    expect(readFileSync(join(work, 'swap/index.html'), 'utf8')).toBe('previous');
    expect(existsSync(join(work, `swap.old-${dead}`))).toBe(false);
    expect(existsSync(join(work, `swap.tmp-${dead}`))).toBe(false);
  });

  it('is ignored by git for the ingest output and the built site', () => {
    const paths = ['content/generated.tmp-123/data/x.json', 'content/generated.old-123/x', 'dist.tmp-9/index.html'];
    const check = spawnSync('git', ['check-ignore', '--no-index', ...paths, 'dist.old-9/index.html'], {
      cwd: repository,
      encoding: 'utf8',
    });
    expect(check.stdout.trim().split('\n')).toEqual([...paths, 'dist.old-9/index.html']);
  });
});
