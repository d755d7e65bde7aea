/**
 * The project's Astro integration (astro.config.mjs), which makes one `astro build` the whole site:
 * - `astro:config:setup` installs the ingest runner (scripts/astro/ingest-runner.ts) that the
 *   content loaders wait for (src/content/ingested.ts), so the ingest runs in the content layer;
 * - `astro:build:done` writes the search index into the build's output (scripts/search-index.ts, as
 *   its CLI would with no options: SEARCH_ENGINE and the corpus size choose the engine and layout).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INGEST_RUNNER } from '../../src/content/ingested.ts';
import { writeSearchIndex } from '../search-index.ts';
import { ingestRunner } from './ingest-runner.ts';

export function policyKb(): AstroIntegration {
  return {
    name: 'policy-kb',
    hooks: {
      'astro:config:setup': () => {
        (globalThis as { [INGEST_RUNNER]?: typeof ingestRunner })[INGEST_RUNNER] = ingestRunner;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = path.resolve(fileURLToPath(dir));
        logger.info(`search index → ${dist}`);
        await writeSearchIndex(dist);
      },
    },
  };
}
