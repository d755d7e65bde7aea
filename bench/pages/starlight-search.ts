// Search in the stock-Starlight baseline, with its own Pagefind index (pagefind.js in the browser,
// the query as typed, as the stock search box sends it). A Pagefind result page has sub-results,
// one per heading section with hits; a sub-result counts as correct when a unit of ours whose source
// lines lie in that section matches the query (bench/search/truth.ts). Recall: the matching units
// inside some returned section, over all matching units.

import type { Browser } from '@playwright/test';
import type { Section, StarlightDoc } from './starlight-markdown.ts';
import { type TruthDepartment, type TruthUnit, groundTruth } from '../search/truth.ts';

export interface StarlightSearchInput {
  browser: Browser;
  units: TruthUnit[];
  departments: TruthDepartment[];
  queries: string[];
}

export interface StarlightSearchResult {
  tp: number;
  fp: number;
  fn: number;
  returned: number;
  queries: number;
  perQuery: { q: string; truth: number; got: number; correct: number; found: number }[];
}

const sectionKey = (s: string): string => s.replace(/\s+/gu, '');

interface SubResult {
  page: string;
  url: string;
  title: string;
}

export async function starlightSearch(
  options: StarlightSearchInput,
  siteUrl: string,
  docs: Map<string, StarlightDoc>,
): Promise<StarlightSearchResult> {
  const truthOf = groundTruth(options.units, options.departments);
  const unitsByDoc = new Map<string, TruthUnit[]>();
  for (const u of options.units) unitsByDoc.set(u.document, [...(unitsByDoc.get(u.document) ?? []), u]);
  /** The units of a section: those whose source lines intersect it. */
  const unitsOf = (docId: string, section: Section): string[] =>
    (unitsByDoc.get(docId) ?? [])
      .filter((u) => u.source.startLine <= section.lastLine && u.source.endLine >= section.firstLine)
      .map((u) => u.id);

  /** A sub-result → the section it points to: by heading text; repeats by their `-N` anchor suffix. */
  const sectionOf = (r: SubResult): { docId: string; section: Section } | undefined => {
    const docId = new URL(r.url, siteUrl).pathname.replace(/^\/|\/$/gu, '');
    const doc = docs.get(docId);
    if (!doc) return undefined;
    const hash = new URL(r.url, siteUrl).hash;
    if (hash === '') return { docId, section: doc.sections[0]! };
    const candidates = doc.sections.filter((s) => s.title !== '' && sectionKey(s.title) === sectionKey(r.title));
    const repeat = Number(/-(\d+)$/u.exec(decodeURIComponent(hash))?.[1] ?? 0);
    const found =
      candidates[Math.min(repeat, candidates.length - 1)] ??
      doc.sections.find((s) => s.title !== '' && sectionKey(s.title).startsWith(sectionKey(r.title)));
    return found ? { docId, section: found } : undefined;
  };

  const context = await options.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(siteUrl);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let returned = 0;
  const perQuery: StarlightSearchResult['perQuery'] = [];
  for (const q of options.queries) {
    const subs = await page.evaluate(async (q) => {
      // The parts of Pagefind's JS API used here.
      interface PfData {
        url: string;
        meta?: { title?: string };
        sub_results?: { url: string; title: string }[];
      }
      interface Pagefind {
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<PfData> }[] }>;
      }
      const w = window as unknown as { __pf?: Pagefind };
      if (!w.__pf) {
        const bundle = '/pagefind/pagefind.js'; // Starlight's index, served at the site root
        w.__pf = (await import(bundle)) as Pagefind;
        await w.__pf.init();
      }
      const found = await w.__pf.search(q);
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.flatMap((d) =>
        (d.sub_results?.length ? d.sub_results : [{ url: d.url, title: d.meta?.title ?? '' }]).map((s) => ({
          page: d.url,
          url: s.url,
          title: s.title,
        })),
      );
    }, q);
    const truth = truthOf(q);
    const covered = new Set<string>();
    let correct = 0;
    for (const sub of subs as SubResult[]) {
      const target = sectionOf(sub);
      const inSection = target ? unitsOf(target.docId, target.section) : [];
      const hits = inSection.filter((id) => truth.has(id));
      if (hits.length > 0) correct += 1;
      for (const id of hits) covered.add(id);
    }
    returned += subs.length;
    tp += correct;
    fp += subs.length - correct;
    fn += truth.size - covered.size;
    perQuery.push({ q, truth: truth.size, got: subs.length, correct, found: covered.size });
  }
  await context.close();
  // Recall counts units, precision counts returned sections: tp here is correct sections.
  return { tp, fp, fn, returned, queries: options.queries.length, perQuery };
}
