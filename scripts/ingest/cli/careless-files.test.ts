/**
 * The ingest CLI on careless input files, in a temporary folder: every problem is a message naming
 * the file (and the position where there is one), the exit code is 1, and no stack trace is printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const repository = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-careless-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fresh = () => {
  for (const name of ['sources', 'registry', 'generated', 'blocker'])
    rmSync(join(work, name), { recursive: true, force: true });
  cpSync(join(repository, 'content/sources'), join(work, 'sources'), { recursive: true });
  cpSync(join(repository, 'content/registry'), join(work, 'registry'), { recursive: true });
};
fresh();
afterEach(fresh);

function ingest(...args: string[]) {
  return ingestWith({}, ...args);
}

function ingestWith(environment: Record<string, string>, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(repository, 'scripts/ingest.ts'), '--sources', 'sources', '--registry', 'registry', '--no-cache', ...args],
    { cwd: work, encoding: 'utf8', env: { ...process.env, ...environment } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SIDECAR = readFileSync(join(repository, 'content/sources/jilin-2015-plan.yml'), 'utf8');
/** A stack frame as Node prints it. */
const STACK = /^\s+at .+[(:]\d+/mu;

/** The run failed, printed no stack trace, and reported `rule` on `file` at `position` with every part. */
function expectMessage(
  run: ReturnType<typeof ingest>,
  file: string,
  position: string,
  rule: string,
  ...parts: string[]
) {
  expect([1, 2]).toContain(run.status);
  expect(run.stderr).not.toMatch(STACK);
  // vfile-reporter prints the file's path, then one line per message: `line:col[-line:col] severity reason rule`.
  const block = run.stderr.split('\n\n').find((section) => section.startsWith(`${file}\n`));
  expect(block, `messages of ${file}`).toBeDefined();
  const line = block!.split('\n').find((entry) => entry.trim().startsWith(position) && entry.includes(rule));
  expect(line, `${position} ${rule} in\n${block}`).toBeDefined();
  for (const part of parts) expect(line).toContain(part);
}

describe('careless input files', { timeout: 60_000 }, () => {
  it('stops on a setting that cannot be right, naming it, with nothing written', () => {
    const run = ingestWith({ SOURCE_DATE_EPOCH: 'last year' }, '--out', 'generated');
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).toContain('SOURCE_DATE_EPOCH: Unexpected `last year`, expected whole seconds since 1970-01-01');
    expect(existsSync(join(work, 'generated'))).toBe(false);
  });

  it('refuses a source that is a symbolic link, without reading it', () => {
    symlinkSync('/etc/passwd', join(work, 'sources/passwd-doc.txt'));
    writeFileSync(join(work, 'sources/passwd-doc.yml'), SIDECAR);
    const run = ingest('--out', 'generated');
    expectMessage(run, 'sources/passwd-doc.txt', '1:1', 'ingest:not-a-file', 'symbolic link');
    expect(run.stderr + run.stdout).not.toContain('root:');
  });

  it('refuses a link to another source of the folder too', () => {
    symlinkSync('jilin-2015-plan.txt', join(work, 'sources/linked-doc.txt'));
    expectMessage(ingest('--out', 'generated'), 'sources/linked-doc.txt', '1:1', 'ingest:not-a-file');
  });

  it('refuses a folder named like a source', () => {
    mkdirSync(join(work, 'sources/folder-doc.txt'));
    expectMessage(ingest('--out', 'generated'), 'sources/folder-doc.txt', '1:1', 'ingest:not-a-file', 'folder');
  });

  it('refuses an upper-case extension before it can break the site build', () => {
    writeFileSync(join(work, 'sources/hebei-2016-plan.TXT'), '　　河北省质量工作方案\n');
    writeFileSync(join(work, 'sources/hebei-2016-plan.yml'), SIDECAR);
    expectMessage(ingest('--out', 'generated'), 'sources/hebei-2016-plan.TXT', '1:1', 'ingest:file-name');
  });

  it('names a registry file that is a folder', () => {
    rmSync(join(work, 'registry/themes.yml'));
    mkdirSync(join(work, 'registry/themes.yml'));
    expectMessage(ingest('--out', 'generated'), 'registry/themes.yml', '1:1', 'ingest:registry', 'a folder');
  });

  it('names a sources folder that does not exist', () => {
    rmSync(join(work, 'sources'), { recursive: true });
    expectMessage(ingest('--out', 'generated'), 'sources', '1:1', 'ingest:read-failed', 'ENOENT');
  });

  it('stops a YAML alias bomb in a sidecar at the first alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of [...'bcdefghij'].entries()) {
      const previous = 'abcdefghij'[index]!;
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    writeFileSync(join(work, 'sources/jilin-2015-plan.yml'), `${SIDECAR}${bomb.join('\n')}\n`);
    const run = ingest('--out', 'generated');
    const line = SIDECAR.split('\n').length + 1;
    expectMessage(run, 'sources/jilin-2015-plan.yml', `${line}:`, 'sidecar:invalid', 'Excessive alias count');
  });

  it('refuses a source above the size limit before reading it', () => {
    writeFileSync(
      join(work, 'sources/huge-doc.txt'),
      `　　山西省质量工作方案\n${'　　加强质量工作。\n'.repeat(80_000)}`,
    );
    writeFileSync(join(work, 'sources/huge-doc.yml'), SIDECAR);
    expectMessage(ingest('--out', 'generated'), 'sources/huge-doc.txt', '1:1', 'ingest:too-large', 'MiB');
  });

  it('prints a write failure as `file: reason`, without a stack trace', () => {
    writeFileSync(join(work, 'blocker'), 'a file where the output folder should be');
    const run = ingest('--out', 'blocker/generated');
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).toMatch(/^blocker(?:\/generated)?[^:\n]*: E[A-Z]+: /mu);
  });
});
