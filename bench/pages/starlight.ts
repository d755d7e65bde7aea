// The stock-Starlight baseline of `npm run bench:pages -- --starlight`: the same five documents in a
// Starlight site built in a temporary folder (never committed), from the npm registry only.
//
// - `npm init -y` + `npm install --save-exact astro@<ours> @astrojs/starlight@<STARLIGHT_VERSION>`;
//   the project's Node (process.execPath) runs the build.
// - One Markdown page per document: the plain text of content/sources/<id>.txt, lines starting with
//   一、 (a chapter) as `##`, （一） as `###`, every other line a paragraph; nothing more. The only
//   configuration: the title, the root locale zh-CN (so Pagefind segments Chinese), and the splash
//   page left out of the search index (it holds only links).
// - Measures: build time; the bytes of a document page (same accounting as ours); search precision
//   and recall at measure level with Starlight's own Pagefind index (pagefind.js in the browser,
//   the query as typed, as the stock search box sends it). A Pagefind result page has sub-results,
//   one per heading section with hits; a sub-result counts as correct when a unit of ours whose
//   source lines lie in that section matches the query (ground truth of bench/search.ts).
//   Recall: the matching units inside some returned section, over all matching units.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { type StageTime, timed } from './build.ts';
import { type PageMeasure, measurePage } from './measure.ts';
import { startServer } from '../../scripts/serve/static-server.ts';
import { type TruthDepartment, type TruthUnit, groundTruth } from '../search/truth.ts';

/** The newest @astrojs/starlight whose peer range accepts astro 7 (peerDependencies astro ^7.2.10). */
export const STARLIGHT_VERSION = '0.42.4';

interface Section {
  /** Heading text ("" for the part of the page before the first heading). */
  title: string;
  firstLine: number;
  lastLine: number;
}

export interface StarlightDoc {
  id: string;
  title: string;
  markdown: string;
  sections: Section[];
}

const CHAPTER = /^[一二三四五六七八九十百]+、/u;
const ITEM = /^[（(][一二三四五六七八九十百]+[）)]/u;

/** Markdown text of one line, as a paragraph: escape what Markdown would otherwise read as syntax. */
function paragraph(line: string): string {
  return line
    .replace(/[\\`*_[\]<>{}|]/gu, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^([#>+=-])/u, '\\$1');
}

/** The Markdown page of one source text, and its heading sections by source line. */
export function toMarkdown(id: string, title: string, text: string): StarlightDoc {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const out: string[] = [];
  const sections: Section[] = [{ title: '', firstLine: 1, lastLine: lines.length }];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const lineNo = index + 1;
    const level = CHAPTER.test(line) ? 2 : ITEM.test(line) ? 3 : 0;
    if (level > 0) {
      sections.at(-1)!.lastLine = lineNo - 1;
      sections.push({ title: line, firstLine: lineNo, lastLine: lines.length });
      out.push(`${'#'.repeat(level)} ${paragraph(line)}`, '');
    } else {
      out.push(paragraph(line), '');
    }
  });
  const frontmatter = `---\ntitle: ${JSON.stringify(title)}\n---\n\n`;
  return { id, title, markdown: frontmatter + out.join('\n'), sections };
}

export interface StarlightResult {
  version: string;
  dir: string;
  install: StageTime;
  build: StageTime;
  pages: PageMeasure[];
  search: {
    tp: number;
    fp: number;
    fn: number;
    returned: number;
    queries: number;
    perQuery: { q: string; truth: number; got: number; correct: number; found: number }[];
  };
}

export interface StarlightOptions {
  root: string;
  browser: Browser;
  units: TruthUnit[];
  departments: TruthDepartment[];
  queries: string[];
  /** Documents whose page bytes are measured. */
  measureDocs: { label: string; id: string }[];
  keep?: boolean;
}

const sectionKey = (s: string): string => s.replace(/\s+/gu, '');

export async function runStarlight(options: StarlightOptions): Promise<StarlightResult> {
  const { root } = options;
  const astroVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-kb-starlight-'));
  try {
    const npmEnv = {
      ...process.env,
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore', env: npmEnv });
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    pkg.type = 'module';
    pkg.allowScripts = { esbuild: true, sharp: true };
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const install = timed(
      'npm install',
      'npm',
      ['install', '--save-exact', `astro@${astroVersion}`, `@astrojs/starlight@${STARLIGHT_VERSION}`],
      dir,
      npmEnv,
    );

    // Content: one page per document, plus a splash page of links (kept out of the search index).
    const sourcesDir = path.join(root, 'content/sources');
    const docsDir = path.join(dir, 'src/content/docs');
    mkdirSync(docsDir, { recursive: true });
    const docs = new Map<string, StarlightDoc>();
    for (const file of readdirSync(sourcesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const id = file.replace(/\.txt$/u, '');
      const sidecar = parseYaml(readFileSync(path.join(sourcesDir, `${id}.yml`), 'utf8')) as {
        title: string | { value: string };
      };
      const title = typeof sidecar.title === 'string' ? sidecar.title : sidecar.title.value;
      const doc = toMarkdown(id, title, readFileSync(path.join(sourcesDir, file), 'utf8'));
      docs.set(id, doc);
      writeFileSync(path.join(docsDir, `${id}.md`), doc.markdown);
    }
    writeFileSync(
      path.join(docsDir, 'index.md'),
      `---\ntitle: 政策文件\npagefind: false\n---\n\n${[...docs.values()].map((d) => `- [${d.title}](/${d.id}/)`).join('\n')}\n`,
    );
    writeFileSync(
      path.join(dir, 'astro.config.mjs'),
      `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: '政策知识库',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`,
    );
    writeFileSync(
      path.join(dir, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
    );
    const env = {
      ...process.env,
      PATH: `${path.join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const build = timed(
      'starlight build',
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
      dir,
      env,
    );
    const dist = path.join(dir, 'dist');

    // Page bytes and search, served with compression like ours.
    const server = await startServer({ root: dist, gzip: 9 });
    try {
      const pages: PageMeasure[] = [];
      for (const { label, id } of options.measureDocs) {
        pages.push(await measurePage(options.browser, server.url, { label, path: `${id}/` }));
      }
      const search = await starlightSearch(options, server.url, docs);
      return { version: STARLIGHT_VERSION, dir, install, build, pages, search };
    } finally {
      await server.close();
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

interface SubResult {
  page: string;
  url: string;
  title: string;
}

async function starlightSearch(
  options: StarlightOptions,
  siteUrl: string,
  docs: Map<string, StarlightDoc>,
): Promise<StarlightResult['search']> {
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
  const perQuery: StarlightResult['search']['perQuery'] = [];
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
