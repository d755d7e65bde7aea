/**
 * `ingested(loader)`: a content loader that first waits for the ingest and then loads what it wrote,
 * through Astro's own file() and glob() loaders or mdxFrontmatter() (src/content/mdx-frontmatter.ts).
 *
 * The ingest is scripts/'s (nothing in src/ imports scripts/): the project's integration
 * (scripts/astro/integration.ts, in astro.config.mjs) installs its runner on `globalThis` under
 * INGEST_RUNNER when Astro sets the configuration up, in the same process, and every wrapped load
 * asks it. That also keeps the ingest's modules out of Vite's module runner, which loads this file:
 * Node loads them once, natively, with the configuration.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** Runs the ingest once for all collections (again after an edit in `astro dev`); resolves when its outputs are written. */
export interface IngestRunner {
  ready(context: LoaderContext): Promise<void>;
}

export const INGEST_RUNNER = Symbol.for('policy-kb.ingest-runner');

export function ingested(inner: Loader): Loader {
  return {
    // The inner loader's name: the wrapper only adds the wait.
    name: inner.name,
    load: async (context) => {
      const runner = (globalThis as { [INGEST_RUNNER]?: IngestRunner })[INGEST_RUNNER];
      if (!runner) throw new Error('No ingest runner: policyKb() (scripts/astro/integration.ts) must be in astro.config.mjs');
      await runner.ready(context);
      await inner.load(context);
    },
  };
}
