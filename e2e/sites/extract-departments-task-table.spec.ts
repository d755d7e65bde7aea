// A plan whose body tasks name no departments, given them by its task table (附件：重点任务分工表), in
// the browser: a site built from scripts/ingest/fixtures/extract-departments-task-table
// (`node scripts/quality/fixture-site.ts extract-departments-task-table`).
// The body task shows its departments and time and links to the row that gives them, the row links back, and
// the lead department's page lists the task once: the body task, not the row as well.

import { expect, test } from '@playwright/test';

const PLAN = 'table-plan';
const TASK = '培育质量标杆企业';

test('a body task shows the departments its task table gives it, and each links to the other', async ({ page }) => {
  await page.goto(`documents/${PLAN}/`);
  const task = page.locator('section.unit[id="1-1"]');
  await expect(task.getByRole('link', { name: TASK })).toHaveAttribute('href', '#1-1');
  const chips = task.getByRole('list', { name: '责任部门' });
  await expect(chips).toContainText('县市场监管局');
  await expect(chips).toContainText('县工业和信息化局');
  const toRow = task.locator('footer').getByRole('link', { name: '附件1.' });
  await expect(toRow).toHaveAttribute('href', '#p2-1');
  await expect(task.locator('footer')).toContainText('分工见附件1.');
  // The row's time, which the task's own text does not write, said in its foot.
  await expect(task.locator('footer')).toContainText('时限：2025年底前');

  const row = page.locator('section.unit[id="p2-1"]');
  const toTask = row.locator('footer').getByRole('link', { name: '一（一）' });
  await expect(toTask).toHaveAttribute('href', '#1-1');
  await toTask.click();
  await expect(page.locator('section.unit:target')).toHaveAttribute('id', '1-1');

  // Two body tasks of one title: no row is theirs, and neither links to one.
  for (const id of ['1-3', '1-4'])
    await expect(page.locator(`section.unit[id="${id}"] footer a[href="#p2-3"]`)).toHaveCount(0);
});

test('the lead department lists the task once, by its body text', async ({ page }) => {
  await page.goto('departments/market-regulation/');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: TASK })).toHaveCount(1);
  await expect(main.locator(`a[href*="documents/${PLAN}/#1-1"]`).first()).toBeVisible();
  await expect(main.locator(`a[href*="documents/${PLAN}/#p2-1"]`)).toHaveCount(0);
});
