// What the search specs share (not a spec itself: Playwright collects *.spec.ts): waiting for the
// page's index, and which of its layouts the build has.
//   playwright test e2e/search.spec.ts                       the layout the build chose
//   SEARCH_ENGINE=shards playwright test e2e/search.spec.ts  the sharded layout, after
//     `scripts/search-index.ts --shards` rewrote the build's index so (npm test's e2e step does both)

import process from 'node:process';
import { type Page, expect } from '@playwright/test';

/** The index is in its sharded layout (files fetched per query), as large corpora have it. */
export const SHARDED = process.env.SEARCH_ENGINE === 'shards';

/** Waits until the search page has loaded its index. */
export async function searchReady(page: Page): Promise<void> {
  await expect(page.locator('[data-search][data-ready]')).toBeAttached();
}
