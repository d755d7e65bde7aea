// The search page: exact substring search, filters with counts, URL state, highlighting,
// no-result message, keyboard use. Black-box over HTTP against the built site (any BASE_PATH).
// URLs are relative (baseURL ends with the base path).
//
// Both layouts of the index: see e2e/search-engine.ts (SEARCH_ENGINE=shards).

import { type Page, expect, test } from '@playwright/test';
import { searchReady as ready } from './search-engine.ts';

const status = (page: Page) => page.locator('[data-search-status]');
const hits = (page: Page) => page.locator('[data-search-results] > li');

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`search/${search}`);
  await ready(page);
}

test('finds a non-dictionary substring and marks every matched character', async ({ page }) => {
  await open(page, '?q=质监');
  await expect(status(page)).toContainText('63');
  const marks = page.locator('[data-search-results] .search-hit-excerpt mark');
  expect(await marks.count()).toBeGreaterThan(0);
  for (const text of await marks.allTextContents()) expect(text).toContain('质监');
  // Every result's excerpt or department list holds a mark.
  for (const hit of await hits(page).all()) await expect(hit.locator('mark').first()).toBeAttached();
});

test('results show province, document, number and departments, and link to the unit on its document page', async ({
  page,
}) => {
  await open(page, '?q=首席质量官');
  const first = hits(page).first();
  await expect(first.locator('.search-hit-meta')).toContainText(/省|自治区/);
  await expect(first.locator('.search-hit-meta a')).toContainText('《');
  await expect(first.locator('.num')).not.toBeEmpty();
  await expect(first.locator('.search-hit-depts')).toContainText('责任部门');
  const link = first.locator('.search-hit-title a');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  const unit = page.locator('section.unit:target');
  await expect(unit).toBeInViewport();
  await expect(unit).toContainText('首席质量官');
});

test('width, script and case variants find the same measures', async ({ page }) => {
  await open(page, '?q=QC小组');
  const expected = await status(page).textContent();
  for (const q of ['ＱＣ小组', 'qc小组']) {
    await open(page, `?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toHaveText(expected!.replace('QC小组', q));
  }
  await open(page, '?q=電梯');
  await expect(hits(page)).toHaveCount(4);
  await expect(hits(page).first().locator('mark').first()).toHaveText('电梯');
});

test('a 文号 finds itself whatever its brackets, and said with 年', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('国办发〔2015〕19号')}`);
  const count = await hits(page).count();
  expect(count).toBeGreaterThan(0);
  for (const q of ['国办发[2015]19号', '国办发（2015）19号', '国办发2015年19号']) {
    await open(page, `?q=${encodeURIComponent(q)}`);
    await expect(hits(page)).toHaveCount(count);
    await expect(hits(page).first().locator('mark').first()).toHaveText('国办发〔2015〕19号');
  }
});

test('a department’s name lists first what it alone is responsible for: its own duties', async ({ page }) => {
  for (const [q, duty] of [
    ['质监局', '质监部门要'],
    ['发改委', '发展改革部门要'],
    ['工商局', '工商部门要'],
  ]) {
    await open(page, `?q=${encodeURIComponent(q!)}`);
    await expect(hits(page).first()).toContainText(duty!);
  }
});

test('department aliases reach the same department', async ({ page }) => {
  const counts: string[] = [];
  for (const q of ['经信委', '工信厅', '工业和信息化委']) {
    await open(page, `?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-search-notes]')).toContainText('工业和信息化主管部门');
    counts.push(((await status(page).textContent()) ?? '').replace(/“.*”/u, ''));
  }
  expect(new Set(counts).size).toBe(1);
  // 工信 is no alias and occurs in no text: nothing, said plainly.
  await open(page, '?q=工信');
  await expect(status(page)).toContainText('没有找到');
  await expect(hits(page)).toHaveCount(0);
});

test('a query with no match says so', async ({ page }) => {
  await open(page, '?q=区块链');
  await expect(status(page)).toHaveText(/没有找到包含 “区块链” 的条目/);
  await expect(hits(page)).toHaveCount(0);
});

test('several words narrow the results; a quoted phrase matches as written', async ({ page }) => {
  await open(page, '?q=电梯');
  const one = await hits(page).count();
  await open(page, `?q=${encodeURIComponent('电梯 质监')}`);
  const two = await hits(page).count();
  expect(two).toBeGreaterThan(0);
  expect(two).toBeLessThanOrEqual(one);
  await open(page, `?q=${encodeURIComponent('"质量月"')}`);
  expect(await hits(page).count()).toBeGreaterThan(0);
  await open(page, `?q=${encodeURIComponent('"质量 月"')}`);
  await expect(hits(page)).toHaveCount(0);
});

test('filters combine (OR within a group, AND across groups) with counts, and live in the URL', async ({ page }) => {
  await open(page, '?q=质量');
  const henan = page.locator('input[name="province"][value="henan"]');
  const jilin = page.locator('input[name="province"][value="jilin"]');
  const count = async (box: ReturnType<Page['locator']>) =>
    Number(((await box.locator('xpath=..').locator('.count').textContent()) ?? '').replace(/\D/g, ''));
  const henanCount = await count(henan);
  const jilinCount = await count(jilin);
  await henan.check();
  await expect(page).toHaveURL(/province=henan/);
  await expect(hits(page).first()).toBeVisible();
  await expect(status(page)).toContainText(`共 ${henanCount} 条`);
  await jilin.check();
  await expect(status(page)).toContainText(`共 ${henanCount + jilinCount} 条`);
  await expect(page).toHaveURL(/province=henan&province=jilin/);
  // AND across groups.
  await expect(page.locator('details[data-group="kind"]')).toHaveAttribute('open', '');
  const kind = page.locator('input[name="kind"][value="measure"]');
  const kindCount = await count(kind);
  await kind.check();
  await expect(status(page)).toContainText(`共 ${kindCount} 条`);
  expect(kindCount).toBeLessThanOrEqual(henanCount + jilinCount);
  // The URL reproduces the list.
  const url = page.url();
  const text = await status(page).textContent();
  await page.goto(url);
  await ready(page);
  await expect(status(page)).toHaveText(text!);
  await expect(page.locator('input[name="kind"][value="measure"]')).toBeChecked();
  // Back undoes the last filter.
  await page.goBack();
  await expect(page.locator('input[name="kind"][value="measure"]')).not.toBeChecked();
  await page.locator('.search-clear').click();
  await expect(page).toHaveURL(/search\/\?q=/);
  await expect(page).not.toHaveURL(/province=/);
});

test('a filter value the index does not know is named, and the results say they are not filtered', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('电梯')}`);
  const all = await status(page).textContent();
  // A link made before a province's documents were removed, or mistyped.
  await open(page, `?q=${encodeURIComponent('电梯')}&province=guangdong&province=henan`);
  await expect(page.locator('[data-search-unknown]')).toHaveText(
    '链接中的筛选条件 “省份：guangdong” 在本库中不存在，未按其筛选。',
  );
  await expect(status(page)).toContainText('不加筛选');
  await open(page, `?q=${encodeURIComponent('电梯')}&province=guangdong`);
  await expect(status(page)).toHaveText(all!);
  // The next search is of the filters it shows.
  await page.locator('[data-search] input[name="q"]').fill('质量');
  await page.locator('[data-search] input[name="q"]').press('Enter');
  await expect(page.locator('[data-search-unknown]')).toBeHidden();
});

test('browsing by filter with an empty query lists everything that matches', async ({ page }) => {
  await open(page, '?dept=quality-supervision');
  await expect(status(page)).toContainText(/共 \d+ 条条目/);
  expect(await hits(page).count()).toBeGreaterThan(0);
  for (const depts of await page.locator('.search-hit-depts').allTextContents())
    expect(depts).toContain('质量技术监督局');
  await open(page);
  await expect(status(page)).toContainText(/共 \d+ 条条目/);
  // A page of results (10, in every engine), then one more.
  const pageSize = 10;
  await expect(hits(page)).toHaveCount(pageSize);
  await page.locator('[data-search-more]').click();
  await expect(hits(page)).toHaveCount(2 * pageSize);
});

test('the search box keeps the URL in step and / focuses it', async ({ page }) => {
  await open(page);
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.type('电梯');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=%E7%94%B5%E6%A2%AF$/);
  await expect(hits(page)).toHaveCount(4);
  // Typing "/" inside the box types a slash.
  await page.keyboard.press('/');
  await expect(page.locator('#q')).toHaveValue('电梯/');
  // Keyboard only: tab from the box reaches the first result link.
  await page.locator('#q').fill('三包');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('三包'); // answers may arrive asynchronously (sharded layout)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-search-results] a').first()).toBeFocused();
});

test('without JavaScript the page says so and links to the browse pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?q=电梯');
  await expect(page.locator('.search-nojs')).toContainText('JavaScript');
  await expect(page.locator('.search-nojs a').first()).toHaveAttribute('href', /departments|documents/);
  await context.close();
});

test('works on a phone', { tag: '@phone' }, async ({ page }) => {
  await open(page, '?q=质监');
  await expect(hits(page).first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

// Related results: every engine computes them by the same rule (related.ts, related-lookup.ts).

test('a word of the thesaurus with no exact match shows related results apart, saying how', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('网购')}`);
  await expect(status(page)).toContainText('没有找到');
  await expect(hits(page)).toHaveCount(0);
  const related = page.locator('[data-search-related]');
  await expect(related).toBeVisible();
  await expect(related.locator('#search-related-title')).toHaveText('相关结果');
  expect(await related.locator('li').count()).toBeGreaterThan(0);
  await expect(related.locator('[data-via]').first()).toHaveText('经由“电子商务”');
  await expect(page.locator('[data-search-suggest]')).toContainText('电子商务');
});

test('related results past the first twenty come a page at a click, and the note counts them', async ({ page }) => {
  // No exact match: the related results are the whole answer.
  await open(page, `?q=${encodeURIComponent('质量技术监督')}`);
  const related = page.locator('[data-search-related]');
  const items = related.locator('[data-search-related-results] > li');
  const more = related.locator('[data-search-related-more]');
  const note = related.locator('[data-search-related-note]');
  await expect(items).toHaveCount(20);
  await expect(note).toContainText('（显示前 20 条）');
  await expect(more).toHaveText('再显示 20 条');
  // In the sharded layout each page after the first may need the engine to read further files first
  // (seconds on a busy machine): the waits are for that, not for the page to render.
  const reading = { timeout: 15_000 };
  await more.click();
  await expect(items).toHaveCount(40, reading);
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count(), reading).toBeGreaterThan(before);
  }
  const shown = await items.count();
  await expect(note).toHaveText(`以下 ${shown} 条不含所查文字，经由词表、部门简称或部门沿革找到，不计入上方条数。`);
});

test('results do not move once shown: a button scrolled into view stays under the pointer', async ({ page }) => {
  // A hit laid out only when it nears the viewport (content-visibility) grows above the button after
  // the scroll, and a click whose press and release land apart is lost.
  await open(page, `?q=${encodeURIComponent('质量技术监督')}`);
  const tops = await page.locator('[data-search-related-more]').evaluate(async (button) => {
    button.scrollIntoView({ block: 'center' });
    const before = button.getBoundingClientRect().top;
    await new Promise((done) => setTimeout(done, 300));
    return [before, button.getBoundingClientRect().top];
  });
  expect(tops[1]).toBe(tops[0]);
});

test('a department’s name says its count holds the units of the department, not only the text', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('质监局')}`);
  await expect(status(page)).toHaveText(/^共 \d+ 条包含 “质监局” 或由所指部门负责的条目$/u);
  await open(page, `?q=${encodeURIComponent('电梯')}`);
  await expect(status(page)).toHaveText(/^共 \d+ 条包含 “电梯” 的条目$/u);
});

test('a department short form gets the note of its full name and related results', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('工业和信息化厅')}`);
  const note = await page.locator('[data-search-notes] p').first().textContent();
  await open(page, `?q=${encodeURIComponent('工信')}`);
  await expect(page.locator('[data-search-notes] p').first()).toHaveText(note!.replace('工业和信息化厅', '工信'));
  await expect(page.locator('[data-search-related] [data-via]').first()).toContainText('工业和信息化主管部门');
});

test('a department of today reaches the tasks of the bodies it was formed from (市场监管局 → 质监局)', async ({
  page,
}) => {
  // No seed (2013–2015) names 市场监管局, formed in 2018 from 质监局, 工商局, 食药监局 and part of 物价局.
  await open(page, `?q=${encodeURIComponent('市场监管局')}`);
  await expect(page.locator('[data-search-status]')).toContainText('没有找到');
  const lineage = page.locator('[data-search-lineage]');
  await expect(lineage).toContainText('前身部门');
  await expect(lineage).toContainText('质量技术监督局');
  const related = page.locator('[data-search-related]');
  await expect(related.locator('[data-search-related-results] > li')).toHaveCount(20);
  await expect(related.locator('[data-via]').first()).toContainText('（前身部门）');
  await expect(related.locator('[data-search-related-results] > li').first()).toContainText('质量技术监督局');
});

test('the order can be switched to newest and document order, and stays in the URL', async ({ page }) => {
  await open(page, `?q=${encodeURIComponent('质量')}`);
  await page.locator('[data-search-sort] input[value="newest"]').check();
  await expect(page).toHaveURL(/sort=newest/);
  await page.reload();
  await ready(page);
  await expect(page.locator('[data-search-sort] input[value="newest"]')).toBeChecked();
  await page.locator('[data-search-sort] input[value="document"]').check();
  await expect(page).toHaveURL(/sort=document/);
});
