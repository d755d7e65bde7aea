/**
 * What the index is built from (BundleInput): the parts of the public exports the bundle reads, and
 * reading them from an export folder: a built site's data/ (a dataset whole, or in the parts
 * data/index.json lists: src/lib/data-files.ts) or the ingest's output (content/generated/data/).
 * Build-time only (node:fs): the search index step, the search benchmarks and the tests that compare
 * engines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T2S } from '../../model/t2s.ts';
import { ui } from '../../ui-strings.ts';

/** The parts of the public exports the bundle reads (ARCHITECTURE.md §5). */
export interface ExportUnit {
  id: string;
  document: string;
  province: string;
  provinceId: string;
  numbering: string[];
  kind: string;
  title: string;
  text: string;
  /** `raw` as written; `id` is absent for a name the registry does not know (unresolved): it is no filter value. */
  departments: { raw: string; id?: string; name?: string }[];
  themes: string[];
}
export interface ExportDocument {
  id: string;
  title: { value: string } | string;
  date?: { value: string } | string | null;
  province: string;
  provinceId: string;
  /** Status as of `asOf` (src/model/lineage.ts); absent in exports made before it existed. */
  lineage?: { status?: { value: string }; asOf?: string };
}
export interface ExportDepartment {
  id: string;
  name: string;
  aliases: string[];
  shortForms?: string[];
  misspellings?: string[];
  localNames?: Record<string, string[]>;
  /** The bodies that took over its duties (registry `succeededBy`): search's related results. */
  succeededBy?: { id: string }[];
}
export interface ExportTheme {
  id: string;
  name: string;
}
/** data/thesaurus.json (src/model/thesaurus-export.ts ConceptExport), as far as search reads it. */
export interface ExportConcept {
  id: string;
  prefLabel: string;
  altLabels: string[];
  broader: string[];
  narrower: string[];
  related: string[];
  themes: string[];
}

export interface BundleInput {
  units: ExportUnit[];
  documents: ExportDocument[];
  departments: ExportDepartment[];
  themes: ExportTheme[];
  /** The thesaurus; absent: no related results through it. */
  thesaurus?: ExportConcept[];
  /** Chinese label of each unit kind. */
  kindLabels: Record<string, string>;
  /** The full traditional → simplified table (src/model/t2s.json). */
  t2s: ReadonlyMap<string, string>;
}

/** The ingest's output folder, relative to the project. */
export const GENERATED_DATA = 'content/generated/data';

/** A built site's data/ (so its index matches what it publishes), else the ingest's output. */
export function dataDir(dist: string): string {
  const built = join(dist, 'data');
  return existsSync(join(built, 'index.json')) || existsSync(join(built, 'measures.json')) ? built : GENERATED_DATA;
}

/** A dataset's records: `<name>.json`, else its JSON parts in the order data/index.json lists them. */
export function readPublishedDataset(dir: string, name: string): unknown[] | undefined {
  const whole = join(dir, `${name}.json`);
  if (existsSync(whole)) return JSON.parse(readFileSync(whole, 'utf8')) as unknown[];
  const index = join(dir, 'index.json');
  if (!existsSync(index)) return undefined;
  const { files } = JSON.parse(readFileSync(index, 'utf8')) as {
    files: { file: string; dataset: string; format: string }[];
  };
  const parts = files.filter((f) => f.dataset === name && f.format === 'json');
  if (parts.length === 0) return undefined;
  return parts.flatMap((part) => JSON.parse(readFileSync(join(dir, part.file), 'utf8')) as unknown[]);
}

export function readBundleInput(dir: string): BundleInput {
  // The exports' own shape (written by the ingest from the validated model), not checked again here.
  const read = <T>(name: string): T[] => {
    const records = readPublishedDataset(dir, name);
    if (!records) throw new Error(`${dir}: no ${name}.json, whole or in parts`);
    return records as T[];
  };
  return {
    units: read<BundleInput['units'][number]>('measures'),
    documents: read<BundleInput['documents'][number]>('documents'),
    departments: read<BundleInput['departments'][number]>('departments'),
    themes: read<BundleInput['themes'][number]>('themes'),
    // An export made before the thesaurus existed has none: no related results through it.
    thesaurus: (readPublishedDataset(dir, 'thesaurus') ?? []) as NonNullable<BundleInput['thesaurus']>,
    kindLabels: ui.kinds,
    t2s: T2S,
  };
}
