/**
 * Every layout fixture must ingest exactly as its hand-written expectation says: all scores 1.
 * On failure the table of scores and the differences are printed.
 */
import { describe, expect, it } from 'vitest';
import { formatTable } from './score-table.ts';
import { layoutIds, runLayout } from './run-layouts.ts';

describe('layout fixtures', () => {
  const ids = layoutIds();
  it('has at least 16 documents', () => {
    expect(ids.length).toBeGreaterThanOrEqual(16);
  });
  for (const id of ids) {
    it(id, async () => {
      const run = await runLayout(id);
      const perfect = Object.values(run.score).every((value) => value === 1);
      if (!perfect) console.log(`${formatTable([run], true)}\n${run.messages.join('\n')}`);
      expect(run.score).toEqual(Object.fromEntries(Object.keys(run.score).map((key) => [key, 1])));
    });
  }
});
