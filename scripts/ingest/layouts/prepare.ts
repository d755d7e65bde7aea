/**
 * A received document as `npm run add` takes it: the text extracted from the received file
 * (scripts/add/extract.ts) and the sidecar drafted from that text (scripts/add/draft.ts), with no
 * edit and no flag. The expectation's header fields then score what the draft read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { provincesFileSchema } from '../../../src/model/index.ts';
import { draftSidecar } from '../../add/draft.ts';
import { extractText } from '../../add/extract.ts';
import type { Expected } from './expected-format.ts';
import { parseExpected } from './expected-format.ts';

export interface Prepared {
  /** The extracted text, written as `<id>.txt`. */
  text: string;
  /** YAML of the drafted sidecar `<id>.yml`. */
  sidecar: string;
  expected: Expected;
}

const provinces = provincesFileSchema.parse(
  parse(readFileSync(new URL('../../../content/registry/provinces.yml', import.meta.url), 'utf8')),
);

export async function prepare(folder: string): Promise<Prepared> {
  const expected = parseExpected(readFileSync(join(folder, 'expected.txt'), 'utf8'), join(folder, 'expected.txt'));
  const name = existsSync(join(folder, 'received.html')) ? 'received.html' : 'received.txt';
  const { text } = await extractText(readFileSync(join(folder, name)), name);
  const draft = draftSidecar(text, { provinces, existingIds: [] });
  return { text, sidecar: draft.yaml, expected };
}
