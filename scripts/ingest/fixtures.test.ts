/**
 * Fixture-driven tests of the whole pipeline. Each folder of fixtures/ is a small corpus:
 *
 *   fixtures/<plugin>-<case>/sources/<id>.txt + <id>.yml   input
 *   fixtures/<plugin>-<case>/registry/*.yml                optional; else content/registry
 *   fixtures/<plugin>-<case>/expected.txt                  units (one line each) and messages
 *
 * `UPDATE_FIXTURES=1 npx vitest run scripts/ingest/fixtures.test.ts` writes expected.txt (and only
 * then: a missing file fails); review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from './cli/run.ts';
import { describeRun } from './fixture-format.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const repository = new URL('../../', import.meta.url).pathname;

describe('ingest fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    it(name, () => {
      const registry = existsSync(join(folder, 'registry'))
        ? join(folder, 'registry')
        : join(repository, 'content/registry');
      // A fixed as-of date: the fixtures' statuses must not depend on the environment.
      const result = runIngest({ sources: join(folder, 'sources'), registry, cwd: folder, asOf: '2021-06-30' });
      const actual = describeRun(result);
      const expectedPath = join(folder, 'expected.txt');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
      // A missing expected file fails: expectations are reviewed, never written by a plain test run.
      expect(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
