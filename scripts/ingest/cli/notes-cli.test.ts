/**
 * Notes through the ingest CLI: the shipped notes pass `--frail` and are indexed; a note with a broken
 * reference fails the run (exit 1) with the note's path, line and column, the rule and the nearest
 * valid id, printed by vfile-reporter.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repository = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-notes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
for (const folder of ['sources', 'registry', 'notes'])
  cpSync(join(repository, 'content', folder), join(work, 'content', folder), { recursive: true });

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repository, 'scripts/ingest.ts'), '--no-cache', ...args], {
    cwd: work,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('notes in the ingest CLI', { timeout: 120_000 }, () => {
  it('indexes the shipped notes, which pass --frail', () => {
    const run = ingest('--frail', '--quiet');
    expect(run.status, run.stderr).toBe(0);
    const notes = JSON.parse(readFileSync(join(work, 'content/generated/notes.json'), 'utf8')) as Array<{ id: string }>;
    expect(notes.map((note) => note.id).sort()).toEqual([
      'guobanfa-2015-19-four-provinces',
      'quality-supervision-across-provinces',
    ]);
  });

  it('fails on a broken reference, naming the file, its position and the nearest valid id', () => {
    mkdirSync(join(work, 'broken'));
    const note = [
      '---',
      'title: 坏例子',
      'author: 编辑部',
      'date: 2026-12-02',
      'summary: 引用了不存在的条目。',
      '---',
      '',
      '正文。',
      '',
      '<Measure ref="shanxi-2015-plan#2-88" />',
      '',
    ].join('\n');
    writeFileSync(join(work, 'broken/broken-note.mdx'), note);
    const run = ingest('--quiet', '--notes', 'broken');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('broken/broken-note.mdx');
    expect(run.stderr).toMatch(
      /10:10-10:37 +error +Unexpected unit `2-88` of `shanxi-2015-plan`, expected one of its units: did you mean `shanxi-2015-plan#2-8`\? +notes:unknown-reference/,
    );
  });
});
