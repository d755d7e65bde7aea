/**
 * Which files /data/ has: one JSON file per dataset (and a CSV twin for measures and targets), split
 * into numbered parts when a file would pass PART_BYTES, so no file outgrows a static host's limit
 * (Cloudflare Pages takes files up to 25 MiB; a thousand documents' measures are about 40 MB). A
 * dataset that fits keeps its plain name (`measures.json`); a larger one is `measures-1.json`,
 * `measures-2.json`… with CSV parts holding the same records. `data/index.json` lists every file.
 */
import { dataFiles } from './fields.ts';
import { readDataset } from './generated-data.ts';

/** Largest JSON part, in bytes: under 25 MiB with room for a long record. */
export const PART_BYTES = 20_000_000;

/** A dataset of /data/ as it is served. */
export interface Dataset {
  /** `measures`, `documents`…: the file name without extension. */
  name: string;
  /** Has a CSV twin. */
  csv: boolean;
}

/** The datasets, in the order the data page lists them (fields.ts describes each). */
export const DATASETS: Dataset[] = dataFiles.map(({ dataset, csv }) => ({ name: dataset, csv }));

/** One file of /data/: a part of a dataset in one format. */
export interface DataFilePart {
  /** The file's name under /data/: `measures.json`, `measures-2.csv`. */
  file: string;
  dataset: string;
  format: 'json' | 'csv';
  /** Index of the part's first record in the dataset, and how many records it holds. */
  from: number;
  records: number;
}

/**
 * Consecutive slices of the records, each at most `limit` bytes of JSON (one record per line), never
 * cutting a group (a document's units stay in one part); a group larger than the limit is a part alone.
 */
export function splitParts<T>(
  records: readonly T[],
  groupOf: (record: T) => string,
  limit: number = PART_BYTES,
): Array<{ from: number; records: number }> {
  const parts: Array<{ from: number; records: number }> = [];
  let from = 0;
  let bytes = 0;
  let groupStart = 0;
  let groupBytes = 0;
  const encoder = new TextEncoder();
  records.forEach((record, index) => {
    if (index > 0 && groupOf(record) !== groupOf(records[index - 1]!)) {
      groupStart = index;
      groupBytes = 0;
    }
    const size = encoder.encode(JSON.stringify(record)).length + 2;
    if (bytes + size > limit && groupStart > from) {
      parts.push({ from, records: groupStart - from });
      from = groupStart;
      bytes = groupBytes;
    }
    bytes += size;
    groupBytes += size;
  });
  if (records.length > from || parts.length === 0) parts.push({ from, records: records.length - from });
  return parts;
}

/** The group a record belongs to: its document, when it has one (units, targets), else itself. */
export function documentOf(record: unknown): string {
  if (record && typeof record === 'object') {
    if ('document' in record && typeof record.document === 'string') return record.document;
    if ('measure' in record && typeof record.measure === 'string') return record.measure.split('/')[0]!;
  }
  return JSON.stringify(record);
}

/** Every file of a dataset, JSON parts first, then the CSV twins of the same records. */
export function filesOf(dataset: Dataset, records: readonly unknown[], limit: number = PART_BYTES): DataFilePart[] {
  const parts = splitParts(records, documentOf, limit);
  const name = (index: number, ext: string) =>
    parts.length === 1 ? `${dataset.name}.${ext}` : `${dataset.name}-${index + 1}.${ext}`;
  const formats: Array<'json' | 'csv'> = dataset.csv ? ['json', 'csv'] : ['json'];
  return formats.flatMap((format) =>
    parts.map((part, index) => ({ file: name(index, format), dataset: dataset.name, format, ...part })),
  );
}

/** Every file /data/ serves, dataset by dataset (data/index.json lists them; the data page links them). */
export function siteDataFiles(): DataFilePart[] {
  return DATASETS.flatMap((dataset) => filesOf(dataset, readDataset(dataset.name)));
}
