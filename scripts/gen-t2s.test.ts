import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, serialize } from './gen-t2s.ts';

describe('gen-t2s', () => {
  it('the committed src/model/t2s.json is what the generator makes (run node scripts/gen-t2s.ts)', async () => {
    const committed = readFileSync(new URL('../src/model/t2s.json', import.meta.url), 'utf8');
    expect(serialize(await buildTable())).toBe(committed);
  });

  it('is deterministic', async () => {
    expect(serialize(await buildTable())).toBe(serialize(await buildTable()));
  });
});
