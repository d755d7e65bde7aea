// The search engine a search spec runs against (not a spec itself: Playwright collects *.spec.ts).
//   playwright test e2e/search.spec.ts                          the engine the build chose
//   SEARCH_ENGINE=shards playwright test e2e/search.spec.ts     checks the build chose the shards
//     engine (`scripts/search-index.ts --shards` rewrites a small build's index sharded)
//   SEARCH_ENGINE=pagefind …                                    Pagefind, on a build with its index
//     (scripts/search-index.ts --pagefind) and search/meta.json.gz (every build has it)

import process from 'node:process';
import { type Page, expect } from '@playwright/test';

export const ENGINE = process.env.SEARCH_ENGINE;

/** The file each engine the build may not have chosen starts from (the shards engine is always chosen). */
const FORCED: Record<string, string> = { pagefind: 'search/meta.json.gz' };

/** Answers the page's search/engine.json with the forced engine, if any (call before navigating). */
export async function forceEngine(page: Page): Promise<void> {
  const file = ENGINE ? FORCED[ENGINE] : undefined;
  if (file) {
    await page.route('**/search/engine.json', (route) => route.fulfill({ json: { engine: ENGINE, file, units: 0 } }));
  }
}

/** Waits until the search page has loaded its engine (and it is the forced one). */
export async function searchReady(page: Page): Promise<void> {
  // Pagefind mode starts up with wasm and several index files: allow for a slow machine.
  await expect(page.locator('[data-search][data-ready]')).toBeAttached({ timeout: 15_000 });
  if (ENGINE) await expect(page.locator('[data-search]')).toHaveAttribute('data-engine', ENGINE);
}
