// Time and lineage in the browser: a site built from scripts/ingest/fixtures/lineage-supersession as
// of 2021-06-30 (`node scripts/quality/fixture-site.ts lineage-supersession --as-of 2021-06-30`).
// The 2018 plan says in its preamble that the 2016 plan 同时废止; nothing in either sidecar says so.
// Both sides show it: the old plan and each of its measures carry a banner linking to the new plan,
// its status is 已废止 while the new plan's is 现行有效, and each plan's 时效与沿革 links to the other.

import { type Page, expect, test } from '@playwright/test';

const OLD = 'hebei-2016-plan';
const NEW = 'hebei-2018-plan';
const NEW_TITLE = '河北省质量提升行动计划（2018—2022年）';
const OLD_TITLE = '河北省质量提升三年行动计划（2016—2018年）';

/** The page's own banner (a unit's banner is inside its section). */
const banner = (page: Page) => page.locator('main .superseded-banner:not(.of-unit)');
const panel = (page: Page) => page.locator('main .lineage-panel');

test('the repealed plan says at its top what replaced it, and its status is 已废止 as of the build date', async ({
  page,
}) => {
  await page.goto(`documents/${OLD}/`);
  await expect(banner(page)).toContainText('本文件已被替代');
  await banner(page).getByRole('link', { name: NEW_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`documents/${NEW}/$`));

  await page.goto(`documents/${OLD}/`);
  await expect(panel(page).locator('[data-status]').first()).toHaveText('已废止');
  await expect(panel(page)).toContainText('截至 2021-06-30');
  const replacedBy = panel(page).locator('.relations.superseded-by li');
  await expect(replacedBy).toHaveCount(1);
  await expect(replacedBy).toContainText(NEW_TITLE);
  await expect(replacedBy).toContainText('正文所述废止（第3行）');
});

test('a measure of the repealed plan, opened by its address, carries the banner; the new plan’s do not', async ({
  page,
}) => {
  for (const unit of ['1-1', '1-2']) {
    await page.goto(`documents/${OLD}/#${unit}`);
    const own = page.locator(`section.unit[id="${unit}"] > .superseded-banner`);
    await expect(own).toBeVisible();
    await expect(own).toContainText('所在文件已被替代');
    await expect(own.getByRole('link', { name: NEW_TITLE })).toHaveAttribute('href', new RegExp(`documents/${NEW}/$`));
    // Only the unit opened shows it; the page's own banner stays at the top.
    await expect(page.locator('.superseded-banner.of-unit:visible')).toHaveCount(1);
  }
  await page.goto(`documents/${NEW}/#1-1`);
  await expect(page.locator('section.unit:target')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test('the new plan is in force and names the plan it replaced', async ({ page }) => {
  await page.goto(`documents/${NEW}/`);
  await expect(banner(page)).toHaveCount(0);
  await expect(panel(page).locator('[data-status]').first()).toHaveText('现行有效');
  const replaces = panel(page).locator('.relations.supersedes li');
  await expect(replaces).toHaveCount(1);
  await replaces.getByRole('link', { name: OLD_TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`documents/${OLD}/$`));
});

test('the province timeline shows both plans with their statuses', async ({ page }) => {
  await page.goto('provinces/hebei/');
  for (const [title, status] of [
    [NEW_TITLE, '现行有效'],
    [OLD_TITLE, '已废止'],
  ] as const) {
    const row = page
      .locator('main li, main tr')
      .filter({ has: page.getByRole('link', { name: title }) })
      .first();
    await expect(row.locator('[data-status]')).toHaveText(status);
  }
});

test('search filters by status and badges every result', async ({ page }) => {
  const hits = page.locator('[data-search][data-ready] [data-search-results] > li');
  // Both plans have a measure 提升产品质量; the status filter keeps the one in force, or the repealed one.
  await page.goto(`search/?q=${encodeURIComponent('提升产品质量')}`);
  await expect(hits).toHaveCount(2);
  // Ranked by coverage before date (rank.ts): which comes first is not this test's business.
  expect((await hits.locator('[data-status]').allTextContents()).sort()).toEqual(['已废止', '现行有效']);
  for (const [status, document, label] of [
    ['in-force', NEW, '现行有效'],
    ['repealed', OLD, '已废止'],
  ] as const) {
    await page.goto(`search/?q=${encodeURIComponent('提升产品质量')}&status=${status}`);
    await expect(hits).toHaveCount(1);
    await expect(hits.locator('[data-status]')).toHaveText(label);
    await expect(hits.locator('.search-hit-title a')).toHaveAttribute(
      'href',
      new RegExp(`documents/${document}/#1-1$`),
    );
  }
});
