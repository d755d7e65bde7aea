/**
 * `/data/<file>`: the open-data files (src/lib/data-files.ts): each dataset as JSON, one record per
 * line with each `url` given the site base, and the CSV twins of measures and targets (UTF-8 with
 * BOM), split into numbered parts when large; the thesaurus also as SKOS JSON-LD, served as written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Target, Unit } from '../../model/index.ts';
import { type DataFilePart, siteDataFiles } from '../../lib/data-files.ts';
import { readDataset } from '../../lib/generated-data.ts';
import { jsonRecords, measuresCsv, targetsCsv, withBaseUrls } from '../../lib/exports.ts';

const BASE = import.meta.env.BASE_URL;
/** The thesaurus in SKOS JSON-LD: one object, served as written (its ids are relative to itself). */
const JSONLD = 'thesaurus.jsonld';

export const getStaticPaths = (() => [
  ...siteDataFiles().map((part) => ({ params: { file: part.file }, props: { part } })),
  { params: { file: JSONLD }, props: { part: undefined } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ part?: DataFilePart }> = ({ props }) => {
  const { part } = props;
  if (!part)
    return new Response(readFileSync(resolve('content/generated/data', JSONLD), 'utf8'), {
      headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
    });
  const records = readDataset(part.dataset).slice(part.from, part.from + part.records);
  if (part.format === 'csv')
    return new Response(
      part.dataset === 'measures' ? measuresCsv(records as Unit[], BASE) : targetsCsv(records as Target[]),
      { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
    );
  return new Response(jsonRecords(withBaseUrls(records, BASE)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
