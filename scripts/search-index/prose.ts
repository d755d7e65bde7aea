/**
 * The prose index: a Pagefind index of the built note pages and document pages, for ranked word
 * search over their prose (the search page's own block beside the exact measure results).
 *
 * Each page marks what is indexed (data-pagefind-body: a note's article, a document's text without
 * its chrome, data-pagefind-ignore and prose-part.ts's UNIT_CHROME) and carries its title and kind (解读, 文件) as
 * Pagefind meta; headers, navigation and lists stay out. Pages are given to Pagefind one by one, each at its
 * site-relative address without the base path (the search page adds it: src/lib/url.ts joinBase),
 * so the same index serves a site at `/` and under a sub-path. The language is the pages' `lang`
 * (zh-CN): the extended binary segments Chinese into words (the browser segments the query).
 * A large corpus is indexed in parts (writePagefind), which keeps Pagefind's memory to one part's.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { PROSE_PARTS_FILE, type ProseParts } from '../../src/lib/search/prose.ts';
import { fragmentIds, indexWords } from './pagefind-files.ts';
import { VOCABULARY_URL, writeProsePart } from './prose-part.ts';

/** The Pagefind release this site is built and measured with (package.json pins it exactly). */
export const PAGEFIND_VERSION = '1.6.0';

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
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
 * the index's input, so a missing page is an error, not a silent gap), in parts of at most
 * `partPages` pages (the configuration's prosePartPages; src/lib/search/prose.ts ProseParts): the
 * first in dist/pagefind/, the others in dist/pagefind/part-<k>/, the layout in parts.json there.
 *
 * Parted, the pages are indexed twice: once to learn every word Pagefind makes of them (in a scratch
 * folder), then for good with those words as each part's vocabulary record. Each part's words are
 * then checked to be the same in every part, so no part's answer can lose the AND of a query.
 */
export async function writePagefind(
  dist: string,
  documentIds: readonly string[],
  partPages: number,
): Promise<{ pages: number; notes: number; documents: number; parts: number; bytes: number }> {
  checkPagefind();
  const pages = prosePages(dist, documentIds);
  const urls = [...pages.notes, ...pages.documents];
  // As few parts as the limit allows, of even sizes (10,001 pages, at most 1,250 a part: nine of 1,112).
  const count = Math.max(1, Math.ceil(urls.length / partPages));
  const size = Math.ceil(urls.length / count);
  const groups = Array.from({ length: count }, (_, k) => urls.slice(k * size, (k + 1) * size));
  const outputPath = path.join(dist, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const layout: ProseParts = { parts: [], hidden: [] };
  if (groups.length === 1) await writeProsePart(dist, urls, outputPath);
  else {
    const vocabulary = [...(await corpusWords(dist, groups))].sort();
    let words: Set<string> | undefined;
    for (const [k, group] of groups.entries()) {
      const folder = k === 0 ? outputPath : path.join(outputPath, `part-${k}`);
      await writeProsePart(dist, group, folder, { vocabulary, merged: k > 0 });
      words = sameWords(words, indexWords(folder), folder);
      if (k > 0) layout.parts.push(`part-${k}`);
      // The same record, so mostly the same id in every part.
      for (const id of fragmentIds(folder, VOCABULARY_URL)) if (!layout.hidden.includes(id)) layout.hidden.push(id);
    }
  }
  writeFileSync(path.join(outputPath, PROSE_PARTS_FILE), `${JSON.stringify(layout)}\n`);
  const [notes, documents] = [pages.notes.length, pages.documents.length];
  return { pages: notes + documents, notes, documents, parts: groups.length, bytes: dirBytes(outputPath) };
}

/** Every word Pagefind makes of the pages, part by part (each written to a scratch folder, then removed). */
async function corpusWords(dist: string, groups: readonly string[][]): Promise<Set<string>> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'policy-kb-prose-'));
  try {
    const words = new Set<string>();
    for (const [k, group] of groups.entries()) {
      const folder = path.join(scratch, String(k));
      await writeProsePart(dist, group, folder);
      for (const word of indexWords(folder)) words.add(word);
      rmSync(folder, { recursive: true, force: true });
    }
    return words;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `words`, when they are the first part's or the same as `before`; otherwise an error naming the difference. */
function sameWords(before: Set<string> | undefined, words: Set<string>, folder: string): Set<string> {
  if (!before) return words;
  const missing = [...before].filter((word) => !words.has(word));
  const extra = [...words].filter((word) => !before.has(word));
  if (missing.length === 0 && extra.length === 0) return before;
  const list = (found: string[]) => found.slice(0, 10).join(' ') + (found.length > 10 ? ' …' : '');
  throw new Error(
    `${folder}: Unexpected words of the prose index: ${missing.length} missing (${list(missing)}), ${extra.length} more (${list(extra)}), expected the first part's words`,
  );
}
