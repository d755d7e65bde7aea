// The 状态 filter and the status badge of every search result, checked against the open data
// (data/documents.json: each document's status as of the build's date; data/measures.json: its
// units), so the test holds for whatever date the site was built as of. Both layouts of the index:
// see e2e/search-engine.ts (SEARCH_ENGINE=shards).

import { type Page, expect, test } from '@playwright/test';
import { searchReady } from './search-engine.ts';

interface Doc {
  id: string;
  lineage: { status: { value: string }; asOf: string };
}

const status = (page: Page) => page.locator('[data-search-status]');
const hits = (page: Page) => page.locator('[data-search-results] > li');
const group = (page: Page) => page.locator('details[data-group="status"]');

/** Units per status of the whole corpus, from the open data. */
async function unitsPerStatus(page: Page): Promise<{ docs: Map<string, string>; counts: Map<string, number> }> {
  const documents = (await (await page.request.get('data/documents.json')).json()) as Doc[];
  const units = (await (await page.request.get('data/measures.json')).json()) as { document: string }[];
  const docs = new Map(documents.map((d) => [d.id, d.lineage.status.value]));
  const counts = new Map<string, number>();
  for (const unit of units) {
    const value = docs.get(unit.document)!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return { docs, counts };
}

test('the 状态 filter lists the statuses present, 现行有效 first, with their unit counts', async ({ page }) => {
  const { counts } = await unitsPerStatus(page);
  await page.goto('search/');
  await searchReady(page);
  await expect(group(page)).toHaveAttribute('open', '');
  await expect(group(page).locator('summary')).toContainText('状态');
  const rows = group(page).locator('label:not([hidden])');
  await expect(rows).toHaveCount(counts.size);
  const shown = (await rows.allTextContents()).map((text) => text.trim());
  const expected = ['现行有效', '已修订', '部分失效', '已失效', '已废止']
    .filter((value) => counts.has(value))
    .map((value) => `${value} (${counts.get(value)})`);
  expect(shown).toEqual(expected);
});

test('choosing a status keeps its documents’ units, lives in the URL, and every result shows its badge', async ({
  page,
}) => {
  const { docs, counts } = await unitsPerStatus(page);
  await page.goto(`search/?q=${encodeURIComponent('质量')}`);
  await searchReady(page);
  // Every result carries its document's status.
  await expect(hits(page).first()).toBeVisible();
  for (const hit of await hits(page).all()) {
    const href = (await hit.locator('.search-hit-meta a').getAttribute('href')) ?? '';
    const doc = /documents\/([^/]+)\//.exec(href)![1]!;
    const badge = hit.locator('.search-hit-meta .status');
    await expect(badge).toHaveText(docs.get(doc)!);
    await expect(badge).toHaveClass(/status-(valid|ended|changed)/);
    await expect(badge).toHaveAttribute('title', /^截至 \d{4}-\d{2}-\d{2}$/);
  }
  // The least common status present: choosing it narrows the list to its documents.
  const [value] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
  const box = group(page).locator('label', { hasText: value }).locator('input');
  const id = (await box.getAttribute('value'))!;
  expect(id).toMatch(/^[a-z-]+$/);
  const count = Number(
    ((await group(page).locator('label', { hasText: value }).locator('.count').textContent()) ?? '').replace(/\D/g, ''),
  );
  await box.check();
  await expect(page).toHaveURL(new RegExp(`status=${id}`));
  await expect(status(page)).toContainText(`共 ${count} 条`);
  for (const badge of await page.locator('[data-search-results] .status').allTextContents()) expect(badge).toBe(value);
  // The URL reproduces it.
  await page.reload();
  await searchReady(page);
  await expect(group(page).locator(`input[value="${id}"]`)).toBeChecked();
  await expect(status(page)).toContainText(`共 ${count} 条`);
});
