// The search page on a phone: the results come first, within the first screen; the filter groups
// open from the 筛选 button, which says how many filter values are chosen. On a desktop the filters
// stand beside the results and there is no such button.

import { type Page, expect, test } from '@playwright/test';
import { searchReady } from './search-engine.ts';

const hits = (page: Page) => page.locator('[data-search-results] > li');
const toggle = (page: Page) => page.locator('[data-search-filter-toggle]');
const facets = (page: Page) => page.locator('[data-search-facets]');

test(
  'on a phone the results come first and the filters open from 筛选, which counts them',
  { tag: '@phone-only' },
  async ({ page }, testInfo) => {
    await page.goto(`search/?q=${encodeURIComponent('质量')}`);
    await searchReady(page);
    // The first result is on the first screen; the filters are closed.
    const first = await hits(page).first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height / 2).toBeLessThan(page.viewportSize()!.height);
    await expect(facets(page)).toBeHidden();
    await expect(toggle(page)).toHaveText('筛选');
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    // Open: the groups show above the results; each value chosen is counted on the button.
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('details[data-group="province"]')).toBeVisible();
    await page.locator('input[name="province"][value="henan"]').check();
    await expect(page).toHaveURL(/province=henan/);
    await expect(toggle(page)).toHaveText('筛选（1）');
    await page.locator('input[name="kind"][value="measure"]').check();
    await expect(toggle(page)).toHaveText('筛选（2）');
    await page.screenshot({ path: testInfo.outputPath('phone-filters-open.png') });
    // Closed again: the results, with the count of the filters still on the button.
    await toggle(page).click();
    await expect(facets(page)).toBeHidden();
    await expect(hits(page).first()).toBeInViewport();
    // A shared link with filters opens closed, saying how many are active.
    await page.reload();
    await searchReady(page);
    await expect(facets(page)).toBeHidden();
    await expect(toggle(page)).toHaveText('筛选（2）');
    await page.screenshot({ path: testInfo.outputPath('phone-results.png') });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  },
);

test('on a desktop the filters stand beside the results, with no 筛选 button', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('质量')}`);
  await searchReady(page);
  await expect(toggle(page)).toBeHidden();
  await expect(facets(page)).toBeVisible();
  const results = await hits(page).first().boundingBox();
  const filters = await facets(page).boundingBox();
  expect(filters!.x).toBeGreaterThan(results!.x + results!.width - 1);
});
