import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { differences, manifest } from './reproducible.ts';

it('names the files that differ between two builds', () => {
  const dist = mkdtempSync(join(tmpdir(), 'repro-'));
  writeFileSync(join(dist, 'a.html'), 'a');
  writeFileSync(join(dist, 'b.html'), 'b');
  const first = manifest(dist);
  writeFileSync(join(dist, 'b.html'), 'B');
  writeFileSync(join(dist, 'c.html'), 'c');
  expect(differences(first, manifest(dist))).toEqual(['changed b.html', 'added c.html']);
  expect(differences(first, first)).toEqual([]);
});
