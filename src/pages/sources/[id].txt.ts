/** `/sources/<id>.txt`: the raw source text, exactly as received (decoded to UTF-8). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../lib/load.ts';
import { readSource } from '../../lib/source-text.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return corpus.documents.map((document) => ({ params: { id: document.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readSource(params.id!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
