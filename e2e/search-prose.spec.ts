// The search page's prose block: notes (解读) and document pages found by words with Pagefind,
// below the exact measure results and apart from them. The queries are words of the shipped notes
// (content/notes) and of the documents; what each must find is read from the notes' own files and
// the open data, so the test follows the corpus. Runs at `/` and under the sub-path (npm test).

import { readFileSync, readdirSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { searchStrings as S } from '../src/lib/search/strings.ts';
import { searchReady } from './search-engine.ts';

const prose = (page: Page) => page.locator('[data-search-prose]');
const proseHits = (page: Page) => page.locator('[data-search-prose-results] > li');

/** Searches `q` and waits for the prose block's answer to it. */
async function search(page: Page, q: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(q)}`);
  await searchReady(page);
  await expect(prose(page)).toHaveAttribute('data-prose-done', q);
}

/** The addresses (without the base path) of the listed pages, in the block's order. */
async function listed(page: Page, base: string): Promise<string[]> {
  const hrefs = await proseHits(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href.startsWith(base), href).toBe(true);
  return hrefs.map((href) => `/${href.slice(base.length)}`);
}

const baseOf = (baseURL: string | undefined) => new URL(baseURL!).pathname;

/** A note's file as shipped: its title, and its text (the summary and the prose both show on its page). */
function note(id: string): { title: string; text: string } {
  const text = readFileSync(`content/notes/${id}.mdx`, 'utf8');
  return { title: /^title: (.*)$/mu.exec(text)![1]!, text };
}

const NOTES = readdirSync('content/notes').map((file) => file.replace(/\.mdx$/u, ''));

// Words of one note's prose that no other note and no document has (checked below, so a corpus
// change that breaks the premise fails here rather than passing for the wrong reason).
const NOTE_WORDS: Record<string, string> = {
  'guobanfa-2015-19-four-provinces': '另起炉灶',
  'quality-supervision-across-provinces': '分工习惯',
};

for (const [id, word] of Object.entries(NOTE_WORDS)) {
  test(`a note is found by a word of its prose: ${word}`, async ({ page, request, baseURL }) => {
    expect(NOTES).toContain(id);
    const { title, text } = note(id);
    expect(text).toContain(word);
    for (const other of NOTES.filter((n) => n !== id)) expect(note(other).text).not.toContain(word);
    const measures = (await (await request.get('data/measures.json')).json()) as { text: string }[];
    expect(measures.filter((m) => m.text.includes(word))).toEqual([]);

    await search(page, word);
    const base = baseOf(baseURL);
    expect(await listed(page, base)).toEqual([`/notes/${id}/`]);
    const hit = proseHits(page).first();
    await expect(hit.locator('a')).toHaveText(title);
    await expect(hit.locator('.search-hit-meta')).toHaveText('解读');
    // Pagefind marks the words it found: the query's words (it segments 分工习惯 as 分工 + 习惯).
    await expect(hit.locator('.search-hit-excerpt mark').first()).toBeVisible();
    for (const marked of await hit.locator('.search-hit-excerpt mark').allTextContents())
      expect(word, marked).toContain(marked);
    // The exact measure search stays first and says it found nothing; the block is its own.
    await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^${S.noMatch(`“${word}”`)}`, 'u'));
    await expect(prose(page).locator('h2')).toHaveText(S.prose);
    await expect(prose(page).locator('[data-search-prose-note]')).toHaveText(S.proseFound(1));

    await hit.locator('a').click();
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}${base}notes/${id}/`);
    await expect(page.locator('h1')).toHaveText(title);
  });
}

test('a document page is found by a word of its text only, below the exact results', async ({
  page,
  request,
  baseURL,
}) => {
  const word = '锅炉';
  for (const id of NOTES) expect(note(id).text).not.toContain(word);
  const measures = (await (await request.get('data/measures.json')).json()) as { document: string; text: string }[];
  const documents = [...new Set(measures.filter((m) => m.text.includes(word)).map((m) => m.document))].sort();
  expect(documents.length).toBeGreaterThan(1);

  await search(page, word);
  const base = baseOf(baseURL);
  const found = await listed(page, base);
  expect([...found].sort()).toEqual(documents.map((id) => `/documents/${id}/`));
  for (const meta of await proseHits(page).locator('.search-hit-meta').allTextContents())
    expect(meta).toMatch(/^文件 · \S+/u);
  // The exact results come first, unchanged: their count is the measures holding the word.
  const exact = measures.filter((m) => m.text.includes(word)).length;
  await expect(page.locator('[data-search-status]')).toContainText(`共 ${exact} 条`);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(Math.min(exact, 10));
  const order = await page.evaluate(() => {
    const exactList = document.querySelector('[data-search-results]')!;
    const block = document.querySelector('[data-search-prose]')!;
    return exactList.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();

  const first = proseHits(page).first().locator('a');
  const title = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}${base}${found[0]!.slice(1)}`);
  await expect(page.locator('h1')).toContainText(title!);
});

test('only pages holding the query as typed are listed, not those with a word Pagefind kept of it', async ({
  page,
  request,
  baseURL,
}) => {
  // Pagefind reads 三包 as 三 + 包, and 包 is no word of its index: alone, every page with a 三 (every
  // document has a chapter 三、) would be its answer.
  const word = '三包';
  const measures = (await (await request.get('data/measures.json')).json()) as { document: string; text: string }[];
  const documents = [...new Set(measures.filter((m) => m.text.includes(word)).map((m) => m.document))];
  const notes = NOTES.filter((id) => note(id).text.includes(word));
  const expected = [...documents.map((id) => `/documents/${id}/`), ...notes.map((id) => `/notes/${id}/`)].sort();
  const all = (await (await request.get('data/documents.json')).json()) as unknown[];
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length + NOTES.length);

  await search(page, word);
  const more = page.locator('[data-search-prose-more]');
  while (await more.isVisible()) await more.click();
  await expect(prose(page).locator('[data-search-prose-note]')).toHaveText(S.proseFound(expected.length));
  expect((await listed(page, baseOf(baseURL))).sort()).toEqual(expected);
});

test('Pagefind is loaded only after the exact results, and a new query replaces the block', async ({ page }) => {
  // For each of Pagefind's files, held until checked: were the exact results already shown?
  const afterExact: boolean[] = [];
  await page.route('**/pagefind/**', async (route) => {
    afterExact.push(await page.locator('[data-search][data-done]').isVisible());
    await route.continue();
  });
  await page.goto('search/');
  await searchReady(page);
  await expect(prose(page)).toBeHidden();
  expect(afterExact).toEqual([]); // no query, no Pagefind
  await page.locator('#q').fill('另起炉灶');
  await page.locator('#q').press('Enter');
  await expect(prose(page)).toHaveAttribute('data-prose-done', '另起炉灶');
  expect(afterExact.length).toBeGreaterThan(0);
  expect(afterExact.every(Boolean), String(afterExact)).toBe(true);
  await page.locator('#q').fill('没有这样的词语组合');
  await page.locator('#q').press('Enter');
  await expect(prose(page)).toHaveAttribute('data-prose-done', '没有这样的词语组合');
  await expect(proseHits(page)).toHaveCount(0);
  await expect(prose(page).locator('[data-search-prose-note]')).toHaveText(S.proseNone);
  // Emptying the box hides the block.
  await page.locator('#q').fill('');
  await page.locator('#q').press('Enter');
  await expect(prose(page)).toBeHidden();
});

test('“more” adds the next results once each, in order, and moves the focus to the first added', async ({
  page,
  request,
}) => {
  // 质量 is in every note and every document of the corpus (a knowledge base of quality plans).
  const documents = (await (await request.get('data/documents.json')).json()) as unknown[];
  const total = NOTES.length + documents.length;
  expect(total).toBeGreaterThan(5);
  await search(page, '质量');
  // Each page is checked for the query as its page of results comes: until all are, the count is at most.
  await expect(prose(page).locator('[data-search-prose-note]')).toHaveText(S.proseFoundAtMost(total));
  await expect(proseHits(page)).toHaveCount(5);
  const more = page.locator('[data-search-prose-more]');
  await expect(more).toHaveText(S.more(Math.min(total - 5, 5)));
  // Two clicks in one task, so the second always comes while the first page is on its way, however
  // fast the machine: each asks for the page after the one before it, none twice. (A pointer
  // double-click cannot test this: when the first click asks for the last page the button hides,
  // and the second lands on whatever is then under the pointer, taking the focus there.)
  await more.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(proseHits(page)).toHaveCount(Math.min(total, 15));
  const hrefs = await proseHits(page)
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  if (total <= 15) {
    await expect(more).toBeHidden();
    await expect(prose(page).locator('[data-search-prose-note]')).toHaveText(S.proseFound(total));
  }
  // The focus is on the first result the last click added (the second adds nothing when the first
  // took the rest).
  await expect(
    proseHits(page)
      .nth(total > 10 ? 10 : 5)
      .locator('a'),
  ).toBeFocused();
});
