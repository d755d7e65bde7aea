/**
 * What the index is built from, read from an export folder: the ingest's output
 * (content/generated/data/) or a built site's data/ when it holds each dataset whole. Build-time
 * only (node:fs): the search index step, the search benchmarks and the tests that compare engines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T2S } from '../../model/t2s.ts';
import { ui } from '../../ui-strings.ts';
import type { BundleInput } from './bundle.ts';

/** The ingest's output folder, relative to the project. */
export const GENERATED_DATA = 'content/generated/data';

/**
 * A built site's data/ when it has measures.json whole, else the ingest's output: a large site splits
 * its data files into parts (src/lib/data-files.ts), and the ingest's copy is the same data.
 */
export function dataDir(dist: string): string {
  const built = join(dist, 'data');
  return existsSync(join(built, 'measures.json')) ? built : GENERATED_DATA;
}

export function readBundleInput(dir: string): BundleInput {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    units: read('measures.json'),
    documents: read('documents.json'),
    departments: read('departments.json'),
    themes: read('themes.json'),
    // An export made before the thesaurus existed has none: no related results through it.
    thesaurus: existsSync(join(dir, 'thesaurus.json')) ? read('thesaurus.json') : [],
    kindLabels: ui.kinds,
    t2s: T2S,
  };
}
