/**
 * Read failures the test machine cannot cause for real (it runs as root, so permissions never deny,
 * and disks do not fail on demand): `openSync` is made to fail for chosen files, and the loaders must
 * report each failure on that file instead of throwing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadRegistry, loadSources } from './load.ts';

/** File name → the error code opening it fails with. */
const failures = new Map<string, string>();

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof fs>();
  const openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    const code = [...failures].find(([name]) => String(path).endsWith(`/${name}`))?.[1];
    if (code)
      throw Object.assign(new Error(`${code}: simulated failure, open '${String(path)}'`), {
        code,
        path: String(path),
      });
    return (original.openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  return { ...original, openSync, default: { ...original, openSync } };
});

const repository = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-read-failures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(repository, 'content/sources'), join(work, 'sources'), { recursive: true });
cpSync(join(repository, 'content/registry'), join(work, 'registry'), { recursive: true });

const messagesOf = (
  files: Array<{ path: string; messages: Array<{ ruleId?: string | null; reason: string; line?: number | null }> }>,
) =>
  files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line} ${message.ruleId} ${message.reason}`),
  );

describe('read failures', () => {
  it('reports a registry file that cannot be read (EACCES), naming it', () => {
    failures.set('departments.yml', 'EACCES');
    const loaded = loadRegistry(join(work, 'registry'), work);
    failures.clear();
    expect(loaded.registry).toBeUndefined();
    expect(messagesOf(loaded.files)).toEqual([
      'registry/departments.yml:1 ingest:registry Unexpected file: EACCES: simulated failure, expected a readable file',
    ]);
  });

  it('reports a source (EACCES) and a sidecar (EIO) that cannot be read, and goes on with the others', () => {
    failures.set('jilin-2015-plan.txt', 'EACCES').set('henan-2015-plan.yml', 'EIO');
    const loaded = loadSources(join(work, 'sources'), work);
    failures.clear();
    const messages = messagesOf(
      loaded.sources.flatMap((source) => [source.file, ...(source.sidecarFile ? [source.sidecarFile] : [])]),
    );
    expect(messages).toEqual([
      'sources/henan-2015-plan.yml:1 ingest:read-failed Unexpected file: EIO: simulated failure, expected a readable file',
      'sources/jilin-2015-plan.txt:1 ingest:read-failed Unexpected file: EACCES: simulated failure, expected a readable file',
    ]);
    expect(loaded.sources.filter((source) => source.readable && source.sidecar).map((source) => source.id)).toEqual([
      'neimenggu-2015-plan',
      'shanxi-2013-opinions',
      'shanxi-2015-plan',
    ]);
  });
});
