/** `/departments/<id>.csv`: the department's responsibility list, UTF-8 with BOM. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { measuresByDepartment, responsibilityRows, RESPONSIBILITY_HEADER } from '../../lib/department.ts';
import { loadCorpus } from '../../lib/load.ts';
import { departmentsWithPages } from '../../lib/succession.ts';
import { href } from '../../lib/url.ts';

export const getStaticPaths = (async () => {
  const corpus = await loadCorpus();
  return departmentsWithPages(corpus).map((department) => ({ params: { id: department.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const corpus = await loadCorpus();
  const list = measuresByDepartment(corpus, params.id!);
  const url = (path: string) => (site ? new URL(href(path), site).href : href(path));
  return new Response(toCsv(RESPONSIBILITY_HEADER, responsibilityRows(corpus, list, url)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
