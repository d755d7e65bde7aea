/**
 * The ingest CLI end to end, in a temporary folder: atomic writes, --check, --frail, exit codes,
 * byte-identical output, recovery from what a killed run leaves (a cut cache entry, temp folders).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repository = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

cpSync(join(repository, 'content/sources'), join(work, 'sources'), { recursive: true });
cpSync(join(repository, 'content/registry'), join(work, 'registry'), { recursive: true });

function ingest(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(repository, 'scripts/ingest.ts'),
      '--sources',
      'sources',
      '--registry',
      'registry',
      '--out',
      'generated',
      ...args,
    ],
    { cwd: work, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const snapshot = (directory: string) =>
  Object.fromEntries(
    (
      readdirSync(directory, { recursive: true, withFileTypes: true }) as Array<{
        isFile(): boolean;
        name: string;
        parentPath: string;
      }>
    )
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(directory.length),
        readFileSync(join(entry.parentPath, entry.name), 'utf8'),
      ]),
  );

// Each test spawns the CLI (about a second each, more on a loaded 2-core machine).
describe('scripts/ingest.ts', { timeout: 60_000 }, () => {
  it('writes the exports and reports what it found', () => {
    const run = ingest('--frail');
    expect(run.status).toBe(0);
    // Only the known misspelling, an info, is reported.
    expect(run.stderr).not.toMatch(/\b(?:error|warning)\b/);
    expect(run.stderr).toContain('extract-departments:misspelling');
    expect(run.stdout).toMatch(/5 documents, \d+ units/);
    const files = snapshot(join(work, 'generated'));
    expect(Object.keys(files)).toContain('/data/measures.json');
    expect(Object.keys(files).sort()).toEqual(
      [
        ...['cited', 'departments', 'documents', 'measures', 'targets', 'themes', 'thesaurus'].map(
          (name) => `/data/${name}.json`,
        ),
        '/data/thesaurus.jsonld',
        '/notes.json',
        ...['departments', 'provinces', 'themes'].map((name) => `/registry/${name}.json`),
        ...[
          'henan-2015-plan',
          'jilin-2015-plan',
          'neimenggu-2015-plan',
          'shanxi-2013-opinions',
          'shanxi-2015-plan',
        ].map((id) => `/documents/${id}.mdx`),
      ].sort(),
    );
    const units = JSON.parse(files['/data/measures.json']!) as { id: string }[];
    expect(units.map((unit) => unit.id)).toContain('shanxi-2015-plan/2-8');
  });

  it('produces byte-identical output on a second run, which --check confirms', () => {
    const first = snapshot(join(work, 'generated'));
    expect(ingest().status).toBe(0);
    expect(snapshot(join(work, 'generated'))).toEqual(first);
    expect(ingest('--check').status).toBe(0);
  });

  it('re-parses only the sources that changed', () => {
    expect(ingest().stdout).toContain('parsed 0, from cache 5');
    const path = join(work, 'sources/jilin-2015-plan.txt');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\n`);
    const changed = ingest();
    writeFileSync(path, original);
    expect(changed.stdout).toContain('parsed 1, from cache 4');
    expect(ingest('--no-cache').stdout).toContain('parsed 5, from cache 0');
  });

  it('--check fails when the output is stale', () => {
    writeFileSync(join(work, 'generated/data/themes.json'), '[]');
    const run = ingest('--check');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('changed data/themes.json');
    expect(ingest().status).toBe(0);
  });

  it('leaves out a document with an error, writes the rest and exits 1', () => {
    const before = snapshot(join(work, 'generated'));
    writeFileSync(join(work, 'sources/broken-doc.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const run = ingest();
    rmSync(join(work, 'sources/broken-doc.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('sources/broken-doc.txt');
    expect(run.stderr).toContain('ingest:unreadable');
    expect(run.stderr).toContain('left out broken-doc');
    // The five good documents are written as before.
    expect(snapshot(join(work, 'generated'))).toEqual(before);
  });

  it('writes nothing when a registry is invalid, and exits 2', () => {
    const before = snapshot(join(work, 'generated'));
    const path = join(work, 'registry/themes.yml');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, `${original}\n- id: [unclosed\n`);
    const run = ingest();
    writeFileSync(path, original);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nothing written');
    expect(snapshot(join(work, 'generated'))).toEqual(before);
  });

  it('takes an acknowledgment in the sidecar: the message becomes info, the document shows it', () => {
    const path = join(work, 'sources/shanxi-2015-plan.txt');
    const sidecarPath = join(work, 'sources/shanxi-2015-plan.yml');
    const original = readFileSync(path, 'utf8');
    const sidecar = readFileSync(sidecarPath, 'utf8');
    const edited = original.replace('省知识产权局按职责分工负责', '省魔法局按职责分工负责');
    const line = edited.slice(0, edited.indexOf('省魔法局')).split('\n').length;
    writeFileSync(path, edited);
    writeFileSync(
      sidecarPath,
      `${sidecar}acknowledge:\n  - rule: extract-departments:unknown\n    line: ${line}\n    reason: 原文如此\n`,
    );
    const acknowledged = ingest('--frail');
    const documents = JSON.parse(readFileSync(join(work, 'generated/data/documents.json'), 'utf8')) as Array<{
      id: string;
      acknowledged: Array<{ rule: string; line: number; reason: string; message: string }>;
    }>;
    writeFileSync(
      sidecarPath,
      `${sidecar}acknowledge:\n  - rule: extract-departments:unknown\n    line: 1\n    reason: 原文如此\n`,
    );
    const stale = ingest('--frail');
    writeFileSync(path, original);
    writeFileSync(sidecarPath, sidecar);
    expect(acknowledged.status).toBe(0);
    expect(acknowledged.stderr).toContain('acknowledged: 原文如此');
    const document = documents.find((entry) => entry.id === 'shanxi-2015-plan')!;
    expect(document.acknowledged).toEqual([
      expect.objectContaining({ rule: 'extract-departments:unknown', line, reason: '原文如此' }),
    ]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('sidecar:stale-acknowledgment');
    expect(ingest().status).toBe(0);
  });

  it('fails on a warning only with --frail', () => {
    const path = join(work, 'sources/shanxi-2015-plan.txt');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('省知识产权局按职责分工负责', '省魔法局按职责分工负责'));
    const lenient = ingest();
    const frail = ingest('--frail');
    writeFileSync(path, original);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('extract-departments:unknown');
    expect(frail.status).toBe(1);
    expect(frail.stderr).toContain('--frail');
    // Left out though the lenient run cached it: what is left out never depends on the cache.
    expect(frail.stderr).toContain('left out shanxi-2015-plan,');
  });

  it('discards a cache entry cut short by a killed run, with an info, and parses its source again', () => {
    expect(ingest().stdout).toMatch(/parsed \d+, from cache \d+/);
    const before = snapshot(join(work, 'generated'));
    const entry = join(work, '.cache/ingest/jilin-2015-plan.json');
    const whole = readFileSync(entry, 'utf8');
    writeFileSync(entry, whole.slice(0, Math.floor(whole.length / 2)));
    const run = ingest('--frail');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('.cache/ingest/jilin-2015-plan.json');
    expect(run.stderr).toContain('ingest:cache-discarded');
    // The message names the problem, not the file's contents.
    expect(run.stderr).not.toContain(whole.slice(0, 200));
    expect(run.stdout).toContain('parsed 1, from cache 4');
    expect(snapshot(join(work, 'generated'))).toEqual(before);
    // The entry is whole again, and the info is not replayed from the cache.
    const next = ingest('--frail');
    expect(next.stdout).toContain('parsed 0, from cache 5');
    expect(next.stderr).not.toContain('ingest:cache-discarded');
  });

  it('removes the temp and old folders and files of killed runs, not those of live ones', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const leftovers = [
      `generated.tmp-${dead}`,
      `generated.old-${dead}`,
      `.cache/ingest/jilin-2015-plan.json.tmp-${dead}`,
    ];
    const live = [`generated.tmp-${process.pid}`, `.cache/ingest/jilin-2015-plan.json.tmp-${process.pid}`];
    for (const name of [...leftovers, ...live]) {
      if (name.startsWith('.cache')) writeFileSync(join(work, name), '{"key":');
      else {
        mkdirSync(join(work, name, 'data'), { recursive: true });
        writeFileSync(join(work, name, 'data/measures.json'), '[');
      }
    }
    expect(ingest('--frail').status).toBe(0);
    for (const name of leftovers) expect(existsSync(join(work, name)), name).toBe(false);
    for (const name of live) expect(existsSync(join(work, name)), name).toBe(true);
    for (const name of live) rmSync(join(work, name), { recursive: true });
  });
});
