// The built site is served and answers like a static host would.
// URLs are relative: baseURL already ends with the base path (see playwright.config.ts).

import { expect, test } from '@playwright/test';

test('home page answers 200 in Chinese', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a missing page answers 404', async ({ request }) => {
  const response = await request.get('this-page-does-not-exist-e2e/');
  expect(response.status()).toBe(404);
});
