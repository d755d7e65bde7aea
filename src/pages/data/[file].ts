/**
 * `/data/<file>`: the open-data exports. JSON files come from content/generated/data/ with each `url`
 * given the site base, one record per line (exports.ts jsonRecords); measures.csv and targets.csv are their CSV twins (UTF-8 with BOM).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Target, Unit } from '../../model/index.ts';
import { DATA_FILES, jsonRecords, measuresCsv, targetsCsv, withBaseUrls } from '../../lib/exports.ts';

const read = <T>(name: string): T[] => JSON.parse(readFileSync(resolve('content/generated/data', name), 'utf8')) as T[];
const BASE = import.meta.env.BASE_URL;

export const getStaticPaths = (() => DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  if (file === 'measures.csv') return csv(measuresCsv(read<Unit>('measures.json'), BASE));
  if (file === 'targets.csv') return csv(targetsCsv(read<Target>('targets.json')));
  if (file.endsWith('.jsonld'))
    return new Response(readFileSync(resolve('content/generated/data', file), 'utf8'), {
      headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
    });
  const body = jsonRecords(withBaseUrls(read<unknown>(file), BASE));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

const csv = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
