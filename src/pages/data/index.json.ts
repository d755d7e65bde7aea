/**
 * `/data/index.json`: every open-data file, so a program can fetch a whole dataset however many parts
 * it has: `{ files: [{ file, dataset, format, records }] }`, the file names relative to /data/.
 */
import type { APIRoute } from 'astro';
import { siteDataFiles } from '../../lib/data-files.ts';

export const GET: APIRoute = () => {
  const files = siteDataFiles().map(({ file, dataset, format, records }) => ({ file, dataset, format, records }));
  return new Response(`${JSON.stringify({ files }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
