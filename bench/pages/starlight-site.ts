// The content and configuration of the stock-Starlight baseline, written into its temporary
// project: one Markdown page per document of content/sources, a splash page of links (kept out of
// the search index: it holds only links), and a configuration with nothing but the title and the
// root locale zh-CN (so Pagefind segments Chinese).

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type StarlightDoc, toMarkdown } from './starlight-markdown.ts';

/** Writes the site into the project at `dir` from the sources of `root`; its documents, by id. */
export function writeStarlightSite(root: string, dir: string): Map<string, StarlightDoc> {
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
  return docs;
}
