/**
 * The project's Astro integration (astro.config.mjs): when `astro build` has written the pages, its
 * `astro:build:done` hook writes the search index into the same output (scripts/search-index.ts, as
 * its CLI would with no options: the engine and layout SEARCH_ENGINE and the corpus size choose).
 * The ingest itself runs earlier, in the content loader (scripts/astro/loader.ts), so one
 * `astro build` makes the whole site.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../search-index.ts';

export function policyKb(): AstroIntegration {
  return {
    name: 'policy-kb',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = path.resolve(fileURLToPath(dir));
        logger.info(`search index → ${dist}`);
        await writeSearchIndex(dist);
      },
    },
  };
}
