/**
 * One Pagefind index of the prose index (prose.ts): the given note and document pages, and in a
 * parted index the corpus's vocabulary record, written by a Pagefind service of its own, which is
 * closed once the part is written, so its memory is given back before the next part starts.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * What a unit block on a document page shows beside its number, title and text (src/components/
 * UnitBlock.astro): its chips, citations and foot. Left out here, once, rather than by a
 * data-pagefind-ignore on each of them, which a page would repeat in every one of its units.
 */
export const UNIT_CHROME = ['.unit > .chips', '.unit > .citations', '.unit > footer'];

/** Where a part's vocabulary record is (no page is there: its results are dropped by fragment id). */
export const VOCABULARY_URL = '/pagefind/vocabulary/';

/** Pages handed to Pagefind at once (its service indexes them concurrently). */
const PAGES_IN_FLIGHT = 8;

/** Pagefind writes these for its own search UIs; the search page uses the JS API only. */
const UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A merged part needs only its data: the search runs in the first index's script and wasm. */
const RUNTIME_FILES = ['pagefind.js', 'pagefind-worker.js'];

export interface PartOptions {
  /** Words every part's index must hold (a parted index): added as one record at VOCABULARY_URL. */
  vocabulary?: readonly string[];
  /** A part merged into the first: its runtime (script, worker, wasm) is removed too. */
  merged?: boolean;
}

/**
 * Writes `outputPath` (emptied first): a Pagefind index of the pages at the site-relative addresses
 * `urls` of `dist`. A page without its data-pagefind-body region would be indexed whole: refused.
 */
export async function writeProsePart(
  dist: string,
  urls: readonly string[],
  outputPath: string,
  options: PartOptions = {},
): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: UNIT_CHROME });
    if (!index || errors.length > 0) throw new Error(errors.join('\n'));
    // Several pages in flight: Pagefind parses them in parallel (at 1,000 documents 10 s instead of
    // 25 s one by one), and a bounded number keeps the pages read but not yet indexed few.
    const queue = [...urls];
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
    if (options.vocabulary) {
      // The words as text (Pagefind segments it again, into the same words and a few single
      // characters, the same in every part) and as the title: a meta value is split at spaces only,
      // which also gives back the words Pagefind took whole from the pages' meta (a title, a province).
      const words = options.vocabulary.join(' ');
      const added = await index.addCustomRecord({
        url: VOCABULARY_URL,
        content: words,
        language: 'zh-cn',
        meta: { title: words },
      });
      if (added.errors.length > 0) throw new Error(`the vocabulary record: ${added.errors.join('\n')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  for (const name of UI_FILES) rmSync(path.join(outputPath, name), { force: true });
  if (options.merged) removeRuntime(outputPath);
}

function removeRuntime(outputPath: string): void {
  for (const name of RUNTIME_FILES) rmSync(path.join(outputPath, name), { force: true });
  for (const name of readdirSync(outputPath)) if (name.startsWith('wasm.')) rmSync(path.join(outputPath, name));
}
