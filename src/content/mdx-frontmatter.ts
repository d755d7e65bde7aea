/**
 * `mdxFrontmatter({ base })`: a content loader for MDX pages that keeps each page's frontmatter
 * (validated by the collection's schema) and the file's path, and never the page itself. Astro's
 * glob() would make every page a module of the site's server bundle: at 10,000 documents that bundle
 * outgrew 14 GB and the bundler's largest string. The page is compiled when it is rendered
 * (src/content/mdx-component.ts), one at a time.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * The frontmatter block at the top of an MDX page. A page without one, or whose block is not a
 * mapping, has empty data, which the collection's schema then refuses field by field.
 */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function frontmatterOf(source: string): Record<string, unknown> {
  const block = FRONTMATTER.exec(source)?.[1];
  const data: unknown = block === undefined ? {} : parse(block);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function mdxFrontmatter({ base }: { base: string }): Loader {
  return {
    name: 'mdx-frontmatter',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const folder = path.join(fileURLToPath(config.root), base);
      const entryOf = (file: string) => {
        const name = path.basename(file);
        return { id: name.slice(0, -'.mdx'.length), filePath: path.posix.join(base, name) };
      };
      async function load(file: string): Promise<void> {
        const { id, filePath } = entryOf(file);
        const source = await readFile(file, 'utf8');
        const data = await parseData({ id, data: frontmatterOf(source), filePath });
        store.set({ id, data, filePath, digest: generateDigest(source) });
      }
      const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
      store.clear();
      for (const name of names) await load(path.join(folder, name));
      // In `astro dev` the ingest rewrites a page in place after an edit of its source.
      if (!watcher) return;
      watcher.add(folder);
      const ours = (file: string) => path.dirname(file) === folder && file.endsWith('.mdx');
      watcher.on('change', (file) => ours(file) && void load(file));
      watcher.on('add', (file) => ours(file) && void load(file));
      watcher.on('unlink', (file) => ours(file) && store.delete(entryOf(file).id));
    },
  };
}
