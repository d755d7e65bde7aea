// The index is built from what a site publishes, also when a large site splits a dataset into parts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_DATA, dataDir, readBundleInput } from './bundle-input.ts';

const dist = mkdtempSync(join(tmpdir(), 'bundle-input-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const write = (name: string, value: unknown) => writeFileSync(join(dist, 'data', name), JSON.stringify(value));

describe('the index input of a built site', () => {
  it('falls back to the ingest output only when the site has no data/', () => {
    expect(dataDir(dist)).toBe(GENERATED_DATA);
  });

  it('reads a dataset whole or from its JSON parts, in the order data/index.json lists them', () => {
    mkdirSync(join(dist, 'data'));
    write('measures-1.json', [{ id: 'a/1' }, { id: 'a/2' }]);
    write('measures-2.json', [{ id: 'b/1' }]);
    write('documents.json', [{ id: 'a' }, { id: 'b' }]);
    write('departments.json', []);
    write('themes.json', []);
    write('index.json', {
      files: [
        { file: 'measures-1.json', dataset: 'measures', format: 'json', records: 2 },
        { file: 'measures-2.json', dataset: 'measures', format: 'json', records: 1 },
        { file: 'measures-1.csv', dataset: 'measures', format: 'csv', records: 2 },
        { file: 'documents.json', dataset: 'documents', format: 'json', records: 2 },
      ],
    });
    expect(dataDir(dist)).toBe(join(dist, 'data'));
    const input = readBundleInput(join(dist, 'data'));
    expect(input.units.map((u) => u.id)).toEqual(['a/1', 'a/2', 'b/1']);
    expect(input.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(input.thesaurus).toEqual([]);
  });

  it('says which dataset is missing', () => {
    rmSync(join(dist, 'data', 'themes.json'));
    expect(() => readBundleInput(join(dist, 'data'))).toThrow(/no themes\.json, whole or in parts/u);
  });
});
