// Site and base come from the site configuration (src/config.ts), so one build works at `/` and
// under a sub-path:  SITE_URL=https://example.gov.cn BASE_PATH=/policy-kb/ npm run build
// Every internal link goes through src/lib/url.ts (href), which reads import.meta.env.BASE_URL.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { policyKb } from './scripts/astro/integration.ts';
import { readConfig } from './src/config.ts';
import { MDX_OPTIONS } from './src/content/mdx-options.ts';

const config = readConfig();
// Without a site URL there is no sitemap (src/config.ts says why).
const site = config.siteUrl;

export default defineConfig({
  site,
  base: config.basePath,
  // Caches in the project, not in node_modules: the test and bench copies of the project
  // (scripts/astro/project-copy.ts) share this one's node_modules through a symlink, and a content
  // data store shared there let one copy's build bundle another's content while both ran.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  // No inline <style>: the site's CSP (dist/_headers) may only allow stylesheets from 'self'.
  // Four pages rendered at a time: a page's file writes overlap the next renders (about 10% faster).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    cacheDir: './.cache/vite',
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's own `"use astro:head-inject"` marker, which the bundler warns
        // it may not keep; Astro reads it before bundling (the pages' heads are complete), so one
        // warning per document would only bury real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // policyKb() writes the search index once the pages are built (the ingest runs in the content
  // loaders, src/content.config.ts), so `astro build` alone makes the whole site.
  integrations: [mdx(MDX_OPTIONS), ...(site ? [sitemap()] : []), policyKb()],
});
