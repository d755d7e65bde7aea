/** The repository's province registry, for tests that draft sidecars. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { provincesFileSchema } from '../../../src/model/index.ts';

export const repository = new URL('../../../', import.meta.url).pathname;

export const provinces = provincesFileSchema.parse(
  parse(readFileSync(new URL('../../../content/registry/provinces.yml', import.meta.url), 'utf8')),
);
