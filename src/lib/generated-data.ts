/**
 * The ingest's datasets as it wrote them (content/generated/data/<name>.json), each read once per
 * build, and read again only when the ingest has rewritten it (`astro dev`, after an edit).
 *
 * Measures are read here rather than through a content collection: Astro compiles its data store
 * into the server bundle as one JSON string and keeps it beside the loaders' copy, which at 10,000
 * documents (240,000 units, 490 MB of JSON) ran `astro build` out of memory before the first page.
 * They are checked with the model's schema as a collection's entries are, and the corpus
 * (./load.ts) and the open-data files (src/pages/data/[file].ts) share the one copy.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { type Unit, unitSchema } from '../model/index.ts';

const GENERATED = 'content/generated/data';

/** The datasets whose records are checked against a schema of the model as they are read. */
const SCHEMAS: Partial<Record<string, z.ZodType>> = { measures: unitSchema };

const loaded = new Map<string, { version: string; records: unknown[] }>();

/** Each record checked by `schema`; the first that fails names its file, record and field. */
export function checkedRecords(file: string, records: unknown[], schema: z.ZodType): unknown[] {
  return records.map((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const id = (record as { id?: unknown } | null)?.id;
    throw new Error(
      `${file}: record ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}: ${issue.path.join('.') || 'the record'}: ${issue.message}; the ingest writes this file: run it again`,
    );
  });
}

/** A dataset's records (checked, for those with a schema), as the ingest last wrote them. */
export function readDataset(name: string): unknown[] {
  const file = resolve(GENERATED, `${name}.json`);
  const { mtimeMs, size } = statSync(file);
  const version = `${mtimeMs}:${size}`;
  const cached = loaded.get(name);
  if (cached?.version === version) return cached.records;
  const records = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  const schema = SCHEMAS[name];
  const entry = { version, records: schema ? checkedRecords(`${GENERATED}/${name}.json`, records, schema) : records };
  loaded.set(name, entry);
  return entry.records;
}

/** Every unit of every document, in the ingest's order. */
export function readUnits(): Unit[] {
  return readDataset('measures') as Unit[];
}
