// Quality gates in a real browser (issue 5): accessibility (axe, keyboard, focus, 200% text, 320 px),
// no outside requests, and the Content-Security-Policy the site ships with.
//
//   node_modules/.bin/playwright test e2e/quality.spec.ts
//
// axe runs the WCAG 2.0/2.1 A and AA rules (what GB/T 37668 follows) on every page type in light
// mode, on a few in dark mode too, and on the search page with results shown. The server sends the
// headers of dist/_headers (CSP_HEADERS=1, the default in playwright.config.ts), so every page here
// runs under the real policy. URLs are relative: baseURL ends with the base path.

import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

interface PageType {
  name: string;
  path: string;
  /** Also checked in dark mode. */
  dark?: boolean;
  /** Status the server answers with. */
  status?: number;
  /** Wait for this before checking (the search page renders its results with JavaScript). */
  ready?: string;
}

const SEARCH = `search/?q=${encodeURIComponent('质监')}`;
const SEARCH_READY = '[data-search][data-ready] [data-search-results] > li';

/** One page of every type the site has. */
const PAGE_TYPES: PageType[] = [
  { name: 'home', path: './', dark: true },
  { name: 'documents index', path: 'documents/' },
  { name: 'document', path: 'documents/shanxi-2015-plan/', dark: true },
  { name: 'source view', path: 'documents/shanxi-2015-plan/source/' },
  { name: 'departments index', path: 'departments/' },
  { name: 'department', path: 'departments/quality-supervision/' },
  { name: 'unresolved department names', path: 'departments/unresolved/' },
  { name: 'themes index', path: 'themes/' },
  { name: 'theme', path: 'themes/key-area-supervision/', dark: true },
  { name: 'unclassified units', path: 'themes/unclassified/' },
  { name: 'provinces index', path: 'provinces/' },
  { name: 'province', path: 'provinces/shanxi/' },
  { name: 'matrix', path: 'matrix/', dark: true },
  { name: 'targets', path: 'targets/' },
  { name: 'data', path: 'data/' },
  { name: 'search with results', path: SEARCH, dark: true, ready: SEARCH_READY },
  { name: '404', path: 'no-such-page-quality/', status: 404 },
];

async function open(page: Page, type: PageType): Promise<void> {
  const response = await page.goto(type.path);
  expect(response?.status(), type.path).toBe(type.status ?? 200);
  if (type.ready) await expect(page.locator(type.ready).first()).toBeVisible();
}

// ── Accessibility: axe ─────────────────────────────────────────────────────────────────────────

for (const type of PAGE_TYPES) {
  test(`axe (WCAG 2.1 A/AA) and heading order: ${type.name}`, async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, type);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => Number(h.tagName[1])));
    expect(levels[0], 'the first heading is the h1').toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading ${i} skips a level`).toBeLessThanOrEqual(1);
    });
    for (const scheme of type.dark ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = result.violations.map(
        (v) =>
          `${scheme} ${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      expect(violations, `${type.path} ${scheme}`).toEqual([]);
    }
  });
}

// ── Keyboard and focus ─────────────────────────────────────────────────────────────────────────

/** Why the focused element's focus would not be seen, or '' when it is visible. */
async function focusProblem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    if (!outline && !shadow) return `${name}: no outline or box-shadow when focused`;
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return `${name}: focused but not rendered (${rect.width}×${rect.height})`;
    if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth)
      return `${name}: focused off screen`;
    return '';
  });
}

/** Presses Tab until `selector` has focus, checking at every stop that the focus can be seen. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  const target = page.locator(selector).first();
  await expect(target).toBeAttached();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusProblem(page), `Tab ${i + 1} towards ${selector}`).toBe('');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${selector} not reached with ${limit} Tab presses`);
}

test('keyboard only: home → search → result → its unit → department, focus always visible', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, 'main input[name=q]');
  await page.keyboard.type('质监');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E8%B4%A8%E7%9B%91/);
  await expect(page.locator(SEARCH_READY).first()).toBeVisible();
  await tabTo(page, '[data-search-results] > li .search-hit-title a');
  const unit = await page.evaluate(() => {
    const url = new URL((document.activeElement as HTMLAnchorElement).href);
    return url.pathname + url.hash;
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(unit);
  await expect(page.locator('section.unit:target')).toBeInViewport();
  // Tab goes on from the unit opened by its address (the fragment moves the focus start there).
  await tabTo(page, 'section.unit:target .dept', 30);
  const name = await page.evaluate(() => (document.activeElement?.firstChild?.textContent ?? '').trim());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/departments\/[a-z0-9-]+\/(?:#p-[a-z]+|[a-z]+\/)$/);
  // The chip shows the name as written; the page it leads to shows that name too.
  await expect(page.locator('main')).toContainText(name);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('documents/shanxi-2015-plan/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  expect(await focusProblem(page)).toBe('');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

// Every stop of the Tab order: links, buttons, inputs, checkboxes, summaries.
for (const type of PAGE_TYPES.filter((t) => ['home', 'measure', 'search with results', 'targets'].includes(t.name))) {
  test(`focus is visible on every Tab stop: ${type.name}`, async ({ page }) => {
    await open(page, type);
    const kinds = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      await page.keyboard.press('Tab');
      const problem = await focusProblem(page);
      if (problem === 'nothing focused' && i > 0) break; // past the last stop, focus left the page
      expect(problem, `Tab ${i + 1}`).toBe('');
      const [kind, again] = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const again = el.dataset.qaFocused === '1';
        el.dataset.qaFocused = '1';
        return [el instanceof HTMLInputElement ? `input[${el.type}]` : el.tagName.toLowerCase(), again] as const;
      });
      if (again) break; // wrapped around to the start
      kinds.add(kind);
    }
    expect([...kinds]).toContain('a');
    if (type.name === 'search with results') {
      for (const kind of ['input[search]', 'button', 'summary', 'input[checkbox]'])
        expect([...kinds], kind).toContain(kind);
    }
  });
}

// ── Reflow: 200% text and 320 px ───────────────────────────────────────────────────────────────

/**
 * What does not fit: the page scrolls sideways, or an element sticks out of the viewport or is cut
 * off by an ancestor, unless it sits in its own scroll container (a wide table in .table-wrap).
 */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const clips = (el: Element) => ['hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, .skip, [hidden], script, style, template')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      let container: Element | null = el.parentElement;
      let inScroller = false;
      while (container && container !== document.body) {
        if (scrolls(container)) {
          inScroller = true;
          break;
        }
        container = container.parentElement;
      }
      if (inScroller) continue;
      if (rect.right > root.clientWidth + 1 || rect.left < -1) {
        problems.push(
          `${describe(el)} sticks out (${Math.round(rect.left)}–${Math.round(rect.right)} of ${root.clientWidth})`,
        );
      }
      if (clips(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis') {
        problems.push(`${describe(el)} cuts off its content (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return [...new Set(problems)].slice(0, 10);
  });
}

for (const type of PAGE_TYPES) {
  test(`text at 200% and a 320 px screen lose nothing: ${type.name}`, async ({ page }) => {
    await open(page, type);
    // 200% text: every size is in rem/em, so the root font size scales all text (like the browser's
    // text-size setting; WCAG 1.4.4). Set through the CSSOM, which the CSP allows.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
    expect(await reflowProblems(page), '200% text at 1280 px').toEqual([]);
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    // 320 CSS px wide (WCAG 1.4.10 reflow): nothing but wide tables scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, type);
    expect(await reflowProblems(page), '320 px').toEqual([]);
  });
}

// ── No outside requests, and the Content-Security-Policy ───────────────────────────────────────

test('every page type and a search stay on the site, with no CSP violation', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const collect = async () => {
    const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    violations.push(...found.map((v) => `${page.url()}: ${v}`));
  };

  let header: string | undefined;
  for (const type of PAGE_TYPES) {
    const response = await page.goto(type.path);
    header ??= response?.headers()['content-security-policy'];
    if (type.ready) await expect(page.locator(type.ready).first()).toBeVisible();
    await collect();
  }
  // Search the way a user does: type, submit, filter, open a result, come back.
  await page.goto('search/');
  await expect(page.locator('[data-search][data-ready]')).toBeAttached();
  await page.locator('#q').fill('电梯');
  await page.locator('#q').press('Enter');
  await expect(page.locator(SEARCH_READY).first()).toBeVisible();
  await page.locator('[data-search-facets] input[type=checkbox]').first().check();
  await expect(page.locator(SEARCH_READY).first()).toBeVisible();
  await collect();
  await page.locator('[data-search-results] > li .search-hit-title a').first().click();
  await expect(page.locator('section.unit:target')).toBeInViewport();
  await collect();

  expect(requests.length).toBeGreaterThan(PAGE_TYPES.length);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  expect(violations).toEqual([]);
  expect(header, 'the server sends the CSP of dist/_headers (CSP_HEADERS=1)').toBeTruthy();
});

test('the CSP is in every page and in the headers, allows only the site, and is enforced', async ({ page }) => {
  const response = await page.goto('documents/shanxi-2015-plan/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const header = response?.headers()['content-security-policy'];
  const directives = (policy: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
  expect(directives(meta!)).toEqual([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]);
  // The header adds what a <meta> cannot carry.
  expect(directives(header!)).toEqual([...directives(meta!), "frame-ancestors 'none'"]);
  // Enforced: an injected inline script and an outside image are refused.
  const outcome = await page.evaluate(async () => {
    const refused: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => refused.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://example.com/x.png';
    document.body.append(img);
    await new Promise((done) => setTimeout(done, 200));
    return { ran: (window as unknown as { __ran?: boolean }).__ran === true, refused };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.refused).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
});
