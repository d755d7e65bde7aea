/**
 * The project's Astro integration (astro.config.mjs), which makes one `astro build` the whole site:
 * - `astro:config:setup` installs the ingest runner (scripts/astro/ingest-runner.ts) that the
 *   content loaders wait for (src/content/ingested.ts), so the ingest runs in the content layer,
 *   and starts its run at once (not for `astro preview`, which builds nothing), on a worker thread
 *   beside Astro's own start-up;
 * - `astro:build:done` writes the search index into the build's output (scripts/search-index.ts, as
 *   its CLI would with no options: SEARCH_ENGINE and the corpus size choose the engine and layout),
 *   loaded only then: the configuration, and every Astro command, loads without it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INGEST_RUNNER } from '../../src/content/ingested.ts';
import { ingestRunner } from './ingest-runner.ts';

export function policyKb(): AstroIntegration {
  return {
    name: 'policy-kb',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        (globalThis as { [INGEST_RUNNER]?: typeof ingestRunner })[INGEST_RUNNER] = ingestRunner;
        if (command !== 'preview')
          ingestRunner.start(fileURLToPath(config.root), logger.fork('ingest'), command !== 'dev');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = path.resolve(fileURLToPath(dir));
        logger.info(`search index → ${dist}`);
        const { writeSearchIndex } = await import('../search-index.ts');
        await writeSearchIndex(dist);
      },
    },
  };
}
