// Editors' notes: the list, a note page with its components (a quoted measure, a theme comparison,
// a department's responsibilities), the notes listed (解读) on the pages they cite, the newest on the
// home page, and the Atom feed. Reads the notes' own index from the site's pages only.

import { expect, test } from '@playwright/test';

const COMPARISON = 'notes/guobanfa-2015-19-four-provinces/';
const DEPARTMENT = 'notes/quality-supervision-across-provinces/';

test('the notes page lists every note, newest first, with the feed', async ({ page }) => {
  await page.goto('notes/');
  const titles = await page.locator('main .note-list > li > a').allTextContents();
  expect(titles).toEqual(['质监部门在四省（区）2015年行动计划中承担什么', expect.stringContaining('晋吉豫蒙')]);
  await expect(page.locator("main a[href$='/notes/feed.xml']")).toHaveCount(1);
  await page.locator('main .note-list > li > a').first().click();
  await expect(page).toHaveURL(new RegExp(`${DEPARTMENT}$`));
});

test('a note quotes measures with their links and compares a theme across the chosen provinces', async ({
  page,
  request,
}) => {
  await page.goto(COMPARISON);
  await expect(page.locator('h1')).toContainText('晋吉豫蒙');
  const quote = page.locator('figure.quote', { has: page.locator("a[href$='/documents/shanxi-2015-plan/#4-18']") });
  const units = (await (await request.get('data/measures.json')).json()) as Array<{ id: string; text: string }>;
  const quoted = units.find((unit) => unit.id === 'shanxi-2015-plan/4-18')!;
  expect((await quote.locator('blockquote p').allTextContents()).join('\n')).toBe(quoted.text);
  // The comparison shows the four chosen provinces' columns, each unit linked to its page.
  const columns = page.locator('.note-comparison .column');
  await expect(columns).toHaveCount(4);
  await expect(columns.locator("a[href$='/documents/jilin-2015-plan/#6']")).toHaveCount(1);
  // What it concerns, linked.
  await expect(page.locator(".note-concerns a[href$='/themes/key-area-supervision/']")).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('note.png'), fullPage: false });
});

test("a note lists a department's responsibilities by province, with its role", async ({ page }) => {
  await page.goto(DEPARTMENT);
  const list = page.locator('.note-responsibilities');
  const provinces = (await list.locator('h3').allTextContents()).map((text) => text.replace(/（\d+）$/, ''));
  expect(provinces.sort()).toEqual(['内蒙古自治区', '吉林省', '山西省', '河南省'].sort());
  await expect(list.locator("a[href$='/documents/neimenggu-2015-plan/#4-1']")).toHaveCount(1);
  await expect(page.locator("figure.quote a[href$='/documents/shanxi-2013-opinions/#6-b1']")).toHaveCount(1);
});

test('pages cited by a note list it (解读), and the home page shows the newest notes', async ({ page }) => {
  // A unit cited by a note links it in the unit's foot on its document page; a unit no note cites, none.
  await page.goto('documents/henan-2015-plan/');
  await expect(page.locator("section[id='2-16'] > footer a.note-mark")).toHaveAttribute(
    'href',
    /\/notes\/quality-supervision-across-provinces\/$/,
  );
  await expect(page.locator("section[id='2-2'] > footer a.note-mark")).toHaveCount(0);
  for (const path of [
    'documents/jilin-2015-plan/',
    'departments/quality-supervision/',
    'themes/key-area-supervision/',
  ]) {
    await page.goto(path);
    await expect(page.locator('.notes-citing h2'), path).toContainText('相关解读');
    await expect(page.locator('.notes-citing a[href*="/notes/"]').first(), path).toBeVisible();
  }
  // A department no note cites lists none.
  await page.goto('departments/education/');
  await expect(page.locator('.notes-citing')).toHaveCount(0);
  await page.goto('./');
  await expect(page.locator('main .note-list > li')).toHaveCount(2);
});

test('the Atom feed lists the notes with their links', async ({ request }) => {
  const response = await request.get('notes/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const feed = await response.text();
  expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  expect(feed.match(/<entry>/g)).toHaveLength(2);
  expect(feed).toMatch(
    /<link rel="alternate" type="text\/html" href="[^"]*\/notes\/quality-supervision-across-provinces\/"\/>/,
  );
});
