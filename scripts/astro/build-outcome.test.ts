/**
 * `npm run build`'s outcomes (scripts/build.mjs), in a copy of the project: a document the ingest
 * leaves out still gives a site of the rest, swapped in, and exit code 1; a registry the ingest
 * cannot read fails the build with exit code 1 and leaves dist/ as it was, with no staging folder.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnvironment, copyProject } from './project-copy.ts';

const work = copyProject('policy-kb-build-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: work,
    encoding: 'utf8',
    env: astroEnvironment(),
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const site = (): string => readFileSync(join(work, 'dist/index.html'), 'utf8');

describe('scripts/build.mjs', { timeout: 300_000 }, () => {
  it('swaps in the site of the rest when a document is left out, and exits 1', () => {
    // A second copy of a source: an error on the copy only (ingest:duplicate-document).
    for (const extension of ['txt', 'yml'])
      copyFileSync(
        join(work, `content/sources/jilin-2015-plan.${extension}`),
        join(work, `content/sources/zz-left-out.${extension}`),
      );
    const { status, output } = build();
    expect(output).toContain('ingest:duplicate-document');
    expect(output).toContain('left out zz-left-out');
    expect(output).toContain('build: the ingest left documents out');
    expect(status).toBe(1);
    expect(existsSync(join(work, 'dist/documents/jilin-2015-plan/index.html'))).toBe(true);
    expect(existsSync(join(work, 'dist/documents/zz-left-out'))).toBe(false);
    expect(existsSync(join(work, 'dist/search/engine.json'))).toBe(true);
  });

  it('leaves dist/ as it was when the ingest can write nothing, and exits 1', () => {
    rmSync(join(work, 'content/sources/zz-left-out.txt'));
    rmSync(join(work, 'content/sources/zz-left-out.yml'));
    const before = site();
    appendFileSync(join(work, 'content/registry/themes.yml'), '- id: [unclosed\n');
    const { status, output } = build();
    expect(output).toContain('ingest:registry');
    expect(output).toContain('build: astro build failed; dist/ is unchanged');
    expect(status).toBe(1);
    expect(site()).toBe(before);
    expect(readdirSync(work).filter((name) => /^dist\.(?:tmp|old)-/u.test(name))).toEqual([]);
  });
});
