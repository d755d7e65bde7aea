/**
 * `add` as a function: extract the text of a received file, draft its sidecar, and — unless a dry
 * run — write the original, the text and the sidecar, then run the ingest over the corpus and
 * report on the added document. The CLI (scripts/add.ts) only parses flags and prints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { provincesFileSchema } from '../../src/model/index.ts';
import { draftSidecar } from './draft.ts';
import type { Draft } from './draft.ts';
import { extractText } from './extract.ts';
import type { Extracted } from './extract.ts';
import { ingestAdded } from './ingest-report.ts';
import type { IngestReport } from './ingest-report.ts';
import { writeAdded } from './write.ts';
import type { Placed } from './write.ts';

export interface AddOptions {
  /** The received file. */
  file: string;
  /** Folder of `<id>.txt` + `<id>.yml`. */
  sources: string;
  /** Folder of the files as received. */
  originals: string;
  /** Folder of the registries (provinces.yml is read for the draft). */
  registry: string;
  /** Paths in the ingest's messages are relative to this folder. */
  cwd: string;
  /** Incremental cache of the ingest; none: parse every source. */
  cache?: string;
  /** Generated data folder, rewritten when the corpus has no errors; none: not written. */
  out?: string;
  /** Values given by a person (id, title, issuer, date, docNumber, type, period, province). */
  overrides?: Partial<Record<string, string>>;
  dryRun?: boolean;
  force?: boolean;
}

export interface AddResult {
  extracted: Extracted;
  draft: Draft;
  /** Where the files were written (not on a dry run). */
  placed?: Placed;
  ingest?: IngestReport;
}

export async function addDocument(options: AddOptions): Promise<AddResult> {
  const bytes = new Uint8Array(readFileSync(options.file));
  const name = basename(options.file);
  const extracted = await extractText(bytes, name);
  const provinces = provincesFileSchema.parse(parse(readFileSync(join(options.registry, 'provinces.yml'), 'utf8')));
  const existingIds = existsSync(options.sources)
    ? readdirSync(options.sources)
        .filter((entry) => entry.toLowerCase().endsWith('.txt'))
        .map((entry) => entry.slice(0, -'.txt'.length))
    : [];
  const draft = draftSidecar(extracted.text, {
    provinces,
    existingIds,
    overrides: options.overrides,
    note: `Added with \`npm run add\` from \`${name}\` (${extracted.format}); the file as received is kept in content/originals/.`,
  });
  if (options.dryRun) return { extracted, draft };
  const placed = writeAdded(
    draft.id,
    options.file,
    { text: extracted.text, yaml: draft.yaml },
    options,
    options.force ?? false,
  );
  const ingest = ingestAdded(draft.id, placed, options);
  return { extracted, draft, placed, ingest };
}
