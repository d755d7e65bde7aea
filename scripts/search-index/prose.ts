/**
 * The prose index: a Pagefind index of the built note pages and document pages, for ranked word
 * search over their prose (the search page's own block beside the exact measure results).
 *
 * Each page marks what is indexed (data-pagefind-body: a note's article, a document's text without
 * its chrome, data-pagefind-ignore and UNIT_CHROME) and carries its title and kind (解读, 文件) as
 * Pagefind meta; headers, navigation and lists stay out. Pages are given to Pagefind one by one, each at its
 * site-relative address without the base path (the search page adds it: src/lib/url.ts joinBase),
 * so the same index serves a site at `/` and under a sub-path. The language is the pages' `lang`
 * (zh-CN): the extended binary segments Chinese into words, at indexing and for the query.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** The Pagefind release this site is built and measured with (package.json pins it exactly). */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * What a unit block on a document page shows beside its number, title and text (src/components/
 * UnitBlock.astro): its chips, citations and foot. Left out here, once, rather than by a
 * data-pagefind-ignore on each of them, which a page would repeat in every one of its units.
 */
export const UNIT_CHROME = ['.unit > .chips', '.unit > .citations', '.unit > footer'];

/** Pages handed to Pagefind at once (its service indexes them concurrently). */
const PAGES_IN_FLIGHT = 8;

/** Pagefind writes these for its own search UIs; the search page uses the JS API only. */
const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function dirBytes(dir: string): number {
  return walk(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** Refuses to index with anything but the pinned release and its extended (CJK) binary. */
function checkPagefind(): void {
  const pkg = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
  if (pkg.version !== PAGEFIND_VERSION) {
    throw new Error(`pagefind ${pkg.version} is installed, expected ${PAGEFIND_VERSION} (npm ci)`);
  }
  const platform = `node_modules/@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`;
  if (!existsSync(platform) && !existsSync(`${platform}.exe`)) {
    throw new Error(`the extended Pagefind binary (needed for Chinese) is missing: ${platform}`);
  }
}

/** The site-relative addresses of the pages to index: every note page, then every document page. */
export function prosePages(dist: string, documentIds: readonly string[]): { notes: string[]; documents: string[] } {
  const notesDir = path.join(dist, 'notes');
  const notes = existsSync(notesDir)
    ? readdirSync(notesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(notesDir, entry.name, 'index.html')))
        .map((entry) => `/notes/${entry.name}/`)
        .sort()
    : [];
  const documents = documentIds.map((id) => `/documents/${id}/`);
  for (const page of documents) {
    if (!existsSync(path.join(dist, page, 'index.html'))) throw new Error(`${dist}${page}index.html is missing`);
  }
  return { notes, documents };
}

/**
 * Writes dist/pagefind/ from the note and document pages of `dist` (the documents: `documentIds`,
 * the index's input, so a missing page is an error, not a silent gap). A page without its
 * data-pagefind-body region would be indexed whole: refused.
 */
export async function writePagefind(
  dist: string,
  documentIds: readonly string[],
): Promise<{ pages: number; notes: number; documents: number; bytes: number }> {
  checkPagefind();
  const pages = prosePages(dist, documentIds);
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: UNIT_CHROME });
    if (!index || errors.length > 0) throw new Error(errors.join('\n'));
    // Several pages in flight: Pagefind parses them in parallel (at 1,000 documents 10 s instead of
    // 25 s one by one), and a bounded number keeps the pages read but not yet indexed few.
    const queue = [...pages.notes, ...pages.documents];
    const addNext = async (): Promise<void> => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const content = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
        if (!content.includes('data-pagefind-body'))
          throw new Error(`${dist}${url}index.html has no data-pagefind-body`);
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new Error(`${url}: ${added.errors.join('\n')}`);
      }
    };
    await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, addNext));
    const outputPath = path.join(dist, 'pagefind');
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const name of UNUSED_PAGEFIND_FILES) rmSync(path.join(outputPath, name), { force: true });
    const [notes, documents] = [pages.notes.length, pages.documents.length];
    return { pages: notes + documents, notes, documents, bytes: dirBytes(outputPath) };
  } finally {
    await pagefind.close();
  }
}
