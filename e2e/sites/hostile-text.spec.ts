// The page side of hostile input: a site built from scripts/ingest/fixtures/hostile-text.
// Runs only against that build: `node scripts/quality/fixture-site.ts hostile-text` makes it in a
// temporary copy of the project and runs this spec there.
//
// Nothing from a source may run: no dialog opens, no <script> or event handler from the text is in
// the DOM, and the text is shown literally, `{alert(1)}` and `<script>alert(2)</script>` included.

import { type Page, expect, test } from '@playwright/test';

const DOC = 'hostile-doc';
const LITERALS = ['{alert(1)}', '<script>alert(2)</script>'];
const LATER = [
  "import x from 'y'",
  "import fs from 'node:fs'",
  'export const pwned = true;',
  '<img src=x onerror=alert(3)>',
  '{props.x}',
];

/** The search page's prose block (Pagefind over the note and document pages) once it has answered. */
const PROSE_READY = '[data-search-prose][data-prose-done] [data-search-prose-results] > li';

const PAGES: Array<{ path: string; literals: string[]; ready?: string[] }> = [
  { path: `documents/${DOC}/`, literals: [...LITERALS, ...LATER] },
  { path: `documents/${DOC}/source/`, literals: [...LITERALS, ...LATER] },
  {
    path: 'search/?q=alert',
    literals: ['alert'],
    ready: ['[data-search][data-ready] [data-search-results] > li', PROSE_READY],
  },
  { path: 'departments/quality-supervision/', literals: LITERALS },
  // Through the notes path: measures quoted by a note, and the note's own escaped prose.
  { path: 'notes/hostile-note/', literals: [...LITERALS, ...LATER] },
];

function watch(page: Page): string[] {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  return events;
}

for (const { path, literals, ready } of PAGES) {
  test(`hostile text is shown literally and never runs: ${path}`, async ({ page }) => {
    const events = watch(page);
    await page.addInitScript(() => {
      // Anything that reaches these from the text counts as execution.
      const record = (what: string) => ((window as unknown as { __ran?: string[] }).__ran ??= []).push(what);
      window.alert = (message?: unknown) => record(`alert(${String(message)})`);
    });
    expect((await page.goto(path))?.status()).toBe(200);
    for (const selector of ready ?? []) await expect(page.locator(selector).first()).toBeVisible();
    await page.waitForTimeout(300); // let an onerror or a deferred script fire, if any slipped through
    const text = await page.locator('main').innerText();
    for (const literal of literals) expect(text, literal).toContain(literal);
    const dom = await page.evaluate(() => ({
      ran: (window as unknown as { __ran?: string[] }).__ran ?? [],
      pwned: 'pwned' in window,
      scripts: [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 60)}`),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      images: [...document.images].map((img) => img.getAttribute('src')),
    }));
    expect(dom.ran).toEqual([]);
    expect(dom.pwned).toBe(false);
    expect(dom.handlers).toEqual([]);
    expect(dom.images.filter((src) => src === 'x')).toEqual([]);
    // Only the site's own bundled scripts, never an inline one.
    for (const script of dom.scripts) expect(script).toMatch(/\/_astro\/[\w.-]+\.js$/);
    expect(events).toEqual([]);
  });
}

// The prose block lists the hostile document and the note quoting it, their excerpts as plain text:
// Pagefind's excerpt is read for its <mark>s only (src/lib/search/prose.ts excerptSegments).
test('the prose search shows the hostile pages with their text as text', async ({ page }) => {
  expect((await page.goto('search/?q=alert'))?.status()).toBe(200);
  await expect(page.locator(PROSE_READY).first()).toBeVisible();
  const hits = page.locator('[data-search-prose-results] > li');
  const hrefs = await hits.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual([`/documents/${DOC}/`, '/notes/hostile-note/']);
  // Their text as the DOM holds it (innerText would be the text as styled).
  const excerpts = (await hits.locator('.search-hit-excerpt').allTextContents()).join('\n');
  expect(excerpts).toContain('alert(');
  // Nothing but text and <mark> inside the excerpts.
  const tags = await hits
    .locator('.search-hit-excerpt *')
    .evaluateAll((els) => [...new Set(els.map((el) => el.tagName))]);
  expect(tags).toEqual(['MARK']);
});

// A right-to-left override (U+202E) in a unit title must not reverse the page text after the title:
// source text is isolated (`unicode-bidi: isolate`, src/styles/site.css). On the department page the
// measure's link is followed by its role (牵头) in the same line.
test('a right-to-left override in a title does not reorder the text after it', async ({ page }) => {
  expect((await page.goto('departments/quality-supervision/'))?.status()).toBe(200);
  const item = page.locator('li', { has: page.locator(`a[href*="documents/${DOC}/#1-3"]`) }).first();
  const link = item.locator(`a[href*="documents/${DOC}/#1-3"]`);
  await expect(link).toContainText('\u202e');
  const layout = () =>
    item.evaluate((li) => {
      const a = li.querySelector('a')!.getBoundingClientRect();
      const role = li.querySelector('.role')!.getBoundingClientRect();
      return { linkRight: a.right, roleLeft: role.left, sameLine: Math.abs(a.top - role.top) < 4 };
    });
  const isolated = await layout();
  expect(isolated.sameLine).toBe(true);
  expect(isolated.roleLeft).toBeGreaterThanOrEqual(isolated.linkRight - 1);
  // The check can fail: without the isolation the override carries on past the link and moves the role.
  await link.evaluate((a) => ((a as HTMLElement).style.unicodeBidi = 'normal'));
  const overridden = await layout();
  expect(overridden.roleLeft).toBeLessThan(overridden.linkRight - 1);
});
