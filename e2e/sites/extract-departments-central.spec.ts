// Central documents (a 国务院办公厅 意见, a joint notice of five ministries of 2017, a 市场监管总局 notice),
// filed under the nation, in the browser: a site built from scripts/ingest/fixtures/extract-departments-central
// (`node scripts/quality/fixture-site.ts extract-departments-central`).
// The nation heads the list of provinces and is no province of its counts; a central body is on the page
// of its field's department, under the nation.

import { expect, test } from '@playwright/test';

test('the nation heads the list of provinces, its documents counted apart', async ({ page }) => {
  await page.goto('provinces/');
  const first = page.locator('main tbody tr').first();
  await expect(first.locator('th')).toHaveText('国家');
  await expect(first.locator('td').first()).toHaveText('3');
  // 31 provinces, none of them with a document: the nation's three are not a province's.
  await expect(page.locator('main p.muted')).toContainText('已收录 0 个省份的文件（共 31 个省级行政区）');
  await first.getByRole('link', { name: '国家' }).click();
  await expect(page).toHaveURL(/\/provinces\/national\/$/);
  await expect(page.locator('main')).toContainText('国务院办公厅关于提升消费类电器产品质量安全水平的意见');
});

test('a central document shows its bodies, each on its field department’s page under the nation', async ({ page }) => {
  await page.goto('documents/opinion/');
  const task = page.locator('section.unit[id="2-3"]');
  // Each body the text names links to its department's page, at the nation's list.
  await expect(task.getByRole('link', { name: /^市场监管总局（国家标准委）/ })).toHaveAttribute(
    'href',
    /\/departments\/market-regulation\/#p-national$/,
  );
  await expect(task.getByRole('link', { name: /^国家卫生健康委/ })).toHaveAttribute(
    'href',
    /\/departments\/health-commission\/#p-national$/,
  );

  await page.goto('departments/market-regulation/');
  const main = page.locator('main');
  await expect(main).toContainText('均出自国家文件');
  await expect(main.getByRole('link', { name: '加快标准制修订' })).toHaveCount(1);
  // The nation's list on the page, as a province's is.
  await expect(main.getByRole('link', { name: '国家', exact: true }).first()).toHaveAttribute('href', '#p-national');
  await expect(main.locator('#p-national')).toBeVisible();
});
