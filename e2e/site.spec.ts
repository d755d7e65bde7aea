// The site officials use: every page type, cross-links, comparison, no-JS browsing, sub-path links.
//
//   node_modules/.bin/astro build && node_modules/.bin/playwright test e2e/site.spec.ts
//   # the same under a sub-path (the crawl then proves every internal link carries the base):
//   BASE_PATH=/policy-kb/ node_modules/.bin/astro build && BASE_PATH=/policy-kb/ node_modules/.bin/playwright test e2e/site.spec.ts
//
// URLs are relative: baseURL ends with the base path (playwright.config.ts).

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

interface Unit {
  id: string;
  url: string;
  document: string;
  provinceId: string;
  kind: string;
  themes: string[];
  /** `id` is absent for a name the registry does not know (unresolved). */
  departments: Array<{ id?: string; raw: string; role: string }>;
}

interface Document {
  id: string;
  acknowledged: Array<{ rule: string; line: number; reason: string; message: string }>;
}

/** Kinds that belong to a theme (src/lib/unclassified.ts): without one they are listed as 未分类. */
const THEMED_KINDS = ['measure', 'goal', 'project', 'duty', 'requirement'];

async function json<T>(request: APIRequestContext, file: string): Promise<T> {
  const response = await request.get(`data/${file}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

test('home: search box first, holdings with counts, browse entries', async ({ page }) => {
  await page.goto('./');
  const form = page.locator('main form[role=search]');
  await expect(form).toHaveAttribute('method', 'get');
  expect(await form.getAttribute('action')).toMatch(/\/search\/$/);
  await expect(form.locator('input[name=q]')).toBeVisible();
  await expect(page.locator('.stats li')).toHaveCount(7);
  await expect(page.locator("main a[href*='/provinces/shanxi/']")).toHaveCount(1);
  await expect(page.locator("main a[href*='/themes/']").first()).toBeVisible();
  await expect(page.locator("main a[href*='/departments/']").first()).toBeVisible();
});

test('document page: metadata, contents, anchored units, source lines', async ({ page }) => {
  await page.goto('documents/shanxi-2015-plan/');
  await expect(page.locator('h1')).toContainText('山西');
  await expect(page.locator('.meta-panel .badge').first()).toHaveText('推定');
  await expect(page.locator('.meta-panel .bases')).toBeVisible();
  await expect(page.locator(".toc a[href='#1']")).toBeVisible();
  const unit = page.locator("section[id='2-8']");
  await expect(unit.getByRole('heading')).toContainText('二（八）');
  // Departments are linked where the text names them, the lead marked.
  await expect(unit.locator('.text a.dept.lead')).toHaveCount(1);
  await expect(unit.locator('.text a.dept.lead')).toHaveAttribute(
    'href',
    /\/departments\/[a-z-]+\/(?:#p-shanxi|shanxi\/)$/,
  );
  await expect(unit.locator('.chip.theme').first()).toBeVisible();
  await expect(page.locator('[data-search-unit]')).toHaveCount(0);
  const source = unit.locator('a.source-link');
  await expect(source).toHaveText(/^原文第 \d+(–\d+)? 行$/);
  await source.click();
  await expect(page).toHaveURL(/\/documents\/shanxi-2015-plan\/source\/#L\d+$/);
  const line = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`li[id='${line}'] .line-text`)).toContainText('强化重点领域质量安全监管');
  const raw = await page.request.get('sources/shanxi-2015-plan.txt');
  expect(raw.status()).toBe(200);
  expect(await raw.text()).toContain('（八）强化重点领域质量安全监管');
});

test('document pages: a 原文如此 note per acknowledged problem, marked at its unit', async ({ page, request }) => {
  const documents = await json<Document[]>(request, 'documents.json');
  for (const document of documents) {
    await page.goto(`documents/${document.id}/`);
    const notes = page.locator('section.acknowledged li');
    await expect(notes, document.id).toHaveCount(document.acknowledged.length);
    if (!document.acknowledged.length) {
      await expect(page.locator('#acknowledged')).toHaveCount(0);
      continue;
    }
    await expect(page.locator('#acknowledged')).toHaveText('原文如此');
    const lines = [...document.acknowledged].sort((a, b) => a.line - b.line);
    for (const [i, entry] of lines.entries()) {
      const note = notes.nth(i);
      await expect(note).toContainText(entry.reason);
      await expect(note).toContainText(entry.rule);
      await expect(note.locator('a.source-link')).toHaveAttribute('href', new RegExp(`/source/#L${entry.line}$`));
    }
    // Every unit mark leads to a note of this page.
    for (const mark of await page.locator('.unit a.ack-mark').all()) {
      const target = (await mark.getAttribute('href'))!;
      await expect(page.locator(`section.acknowledged li${target}`)).toHaveCount(1);
    }
  }
});

test('citations link both ways: shanxi-2015-plan → shanxi-2013-opinions → cited by', async ({ page }) => {
  await page.goto('documents/shanxi-2015-plan/');
  await page.locator(".citations a.cite[href$='/documents/shanxi-2013-opinions/']").first().click();
  await expect(page).toHaveURL(/\/documents\/shanxi-2013-opinions\/$/);
  const citedBy = page.locator(".cited-by a[href$='/documents/shanxi-2015-plan/']");
  await expect(citedBy).toHaveCount(1);
  await citedBy.click();
  await expect(page).toHaveURL(/\/documents\/shanxi-2015-plan\/$/);
});

/** A unit's address, without the base: `/documents/shanxi-2015-plan/#2-8`. */
const unitAddress = (unitId: string) => `/documents/${unitId.split('/')[0]}/#${unitId.split('/')[1]}`;

/** A unit's block on its document page, where the unit's address leads (`documents/<id>/#2-8`). */
const unitBlock = (page: Page, unitId: string) => page.locator(`section.unit[id="${unitId.split('/')[1]}"]`);

test('a unit’s address opens its block on the document page; chips lead to department and theme pages', async ({
  page,
}) => {
  await page.goto('documents/shanxi-2015-plan/#2-8');
  const block = unitBlock(page, 'shanxi-2015-plan/2-8');
  const heading = block.getByRole('heading');
  await expect(heading).toContainText('强化重点领域质量安全监管');
  expect(await block.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(block).toBeInViewport();
  // The title links to the unit's address (written relative to its document's page).
  expect(await heading.getByRole('link').evaluate((a: HTMLAnchorElement) => a.href)).toMatch(
    /\/documents\/shanxi-2015-plan\/#2-8$/,
  );
  const themeName = (await block.locator('.chip.theme').first().textContent())!.trim();
  const lead = block.locator('.dept.lead').first();
  const name = (await lead.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
  await lead.click();
  // The link shows the name as written (省质监局) and leads to the department's units in this
  // province: its section of the department page, or its per-province page for a large department.
  await expect(page).toHaveURL(/\/departments\/quality-supervision\/(?:#p-shanxi|shanxi\/)$/);
  await expect(page.locator('main')).toContainText(name);
  await page.locator("main a[href$='/documents/shanxi-2015-plan/#2-8']").first().click();
  await expect(page).toHaveURL(/\/documents\/shanxi-2015-plan\/#2-8$/);
  await expect(unitBlock(page, 'shanxi-2015-plan/2-8')).toBeInViewport();
  await unitBlock(page, 'shanxi-2015-plan/2-8').locator('.chip.theme').first().click();
  await expect(page.locator('h1')).toHaveText(themeName);
});

test('a unit page address of earlier builds forwards to the unit on its document page', async ({ page }) => {
  await page.goto('measures/shanxi-2015-plan/2-8/');
  await expect(page).toHaveURL(/\/documents\/shanxi-2015-plan\/#2-8$/);
  await expect(unitBlock(page, 'shanxi-2015-plan/2-8')).toBeInViewport();
  await page.goto('measures/no-such-document/');
  await expect(page.locator('h1')).toHaveText('页面不存在');
});

test('department page: responsibility list across provinces, duties, local names, CSV', async ({ page, request }) => {
  await page.goto('departments/quality-supervision/');
  await expect(page.locator('#local-names ~ dl')).toContainText('省质监局');
  const csv = await request.get('departments/quality-supervision.csv');
  expect(csv.status()).toBe(200);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain('省份,文件,编号');
  // A department with more units than DEPARTMENT_LIST_LIMIT (npm test's sub-path build sets it low)
  // lists them on one page per province; otherwise on its own page.
  const perProvince = page.getByRole('link', { name: '山西省清单' });
  if ((await perProvince.count()) > 0) {
    await expect(page.locator('#by-theme ~ div table tbody tr')).not.toHaveCount(0);
    await perProvince.click();
    await expect(page).toHaveURL(/\/departments\/quality-supervision\/shanxi\/$/);
    await expect(page.locator('h1')).toHaveText('质量技术监督局 · 山西省');
    // 山西's page holds 山西's units and duty paragraphs, and no other province.
    await expect(page.locator('#by-province ~ section h3')).toHaveText([/^山西省（\d+）$/]);
  } else {
    expect(await page.locator('#by-province ~ section h3').count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('.role.lead').first()).toBeVisible();
  }
  await expect(page.locator('#duties ~ blockquote').first()).toContainText('质监部门');
});

test('department page counts units by role; roles and unresolved names show on the units', async ({
  page,
  request,
}) => {
  await page.goto('departments/quality-supervision/');
  await expect(page.locator('main table').first().locator('thead th')).toContainText(['牵头', '负责', '配合']);
  await expect(page.locator('.summary')).toContainText(/牵头 \d+ 条、负责 \d+ 条、配合 \d+ 条/);
  await page.goto('documents/shanxi-2015-plan/#2-8');
  await expect(unitBlock(page, 'shanxi-2015-plan/2-8').locator(':scope > footer')).toContainText('任务措施');
  const measures = await json<Unit[]>(request, 'measures.json');
  // A department is a link in the text where the text names it, else a chip; both carry the role.
  const cooperating = measures.find((u) => u.departments.some((d) => d.id && d.role === 'cooperating'));
  if (cooperating) {
    await page.goto(`documents/${cooperating.document}/#${cooperating.id.split('/')[1]}`);
    const dept = unitBlock(page, cooperating.id).locator('.dept.cooperating').first();
    expect(await dept.evaluate((el) => el.getAttribute('data-tag') ?? el.querySelector('.tag')?.textContent)).toBe(
      '配合',
    );
  }
  const unresolved = measures.find((u) => u.departments.some((d) => !d.id));
  if (unresolved) {
    const raw = unresolved.departments.find((d) => !d.id)!.raw;
    await page.goto(`documents/${unresolved.document}/#${unresolved.id.split('/')[1]}`);
    const name = unitBlock(page, unresolved.id).locator('.dept.unresolved', { hasText: raw }).first();
    await expect(name).toHaveAttribute('title', `未在部门名录中：${raw}`);
    expect(await name.evaluate((el) => el.tagName)).toBe('SPAN');
  }
});

test('curator pages: unresolved department names and unclassified units, linked from their indexes', async ({
  page,
  request,
}) => {
  const measures = await json<Unit[]>(request, 'measures.json');
  const names = new Set(measures.flatMap((u) => u.departments.filter((d) => !d.id).map((d) => d.raw)));
  await page.goto('departments/');
  await page.getByRole('link', { name: '未收录的部门名称' }).click();
  await expect(page).toHaveURL(/\/departments\/unresolved\/$/);
  await expect(page.locator('h1')).toHaveText('未收录的部门名称');
  if (names.size === 0) await expect(page.locator('.empty-state')).toHaveText('原文中的部门名称均已对应到部门名录。');
  else {
    await expect(page.locator('table.unresolved-names tbody tr')).toHaveCount(names.size);
    for (const unit of measures.filter((u) => u.departments.some((d) => !d.id)))
      await expect(page.locator(`table.unresolved-names a[href$='${unitAddress(unit.id)}']`).first()).toBeVisible();
  }

  const unclassified = measures.filter((u) => THEMED_KINDS.includes(u.kind) && u.themes.length === 0);
  await page.goto('themes/');
  await expect(page.locator('main')).toContainText(`未分类：${unclassified.length} 条`);
  await page.getByRole('link', { name: '未分类' }).click();
  await expect(page).toHaveURL(/\/themes\/unclassified\/$/);
  await expect(page.locator('h1')).toHaveText('未分类');
  await expect(page.locator('main .unit-list > li')).toHaveCount(unclassified.length);
  if (unclassified.length === 0) await expect(page.locator('.empty-state')).toHaveText('所有任务类条目均已归入主题。');
  for (const unit of unclassified)
    await expect(page.locator(`main .unit-list a[href$='${unitAddress(unit.id)}']`)).toHaveCount(1);
});

test('theme comparison shows every province that has the theme', async ({ request }) => {
  const measures = await json<Unit[]>(request, 'measures.json');
  const themes = await json<Array<{ id: string }>>(request, 'themes.json');
  let compared = 0;
  for (const theme of themes) {
    const provinces = [...new Set(measures.filter((u) => u.themes.includes(theme.id)).map((u) => u.provinceId))];
    if (!provinces.length) continue;
    const html = await (await request.get(`themes/${theme.id}/`)).text();
    for (const province of provinces) expect(html, `${theme.id} ${province}`).toContain(`id="p-${province}"`);
    compared += provinces.length > 1 ? 1 : 0;
  }
  expect(compared).toBeGreaterThan(5);
});

test('theme columns sit side by side on a desktop and stack on a phone', { tag: '@phone' }, async ({ page }, info) => {
  await page.goto('themes/key-area-supervision/');
  const columns = page.locator('.column');
  expect(await columns.count()).toBeGreaterThanOrEqual(4);
  const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
  if (info.project.name === 'phone') expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  else expect(b!.y).toBe(a!.y);
  await expect(page.locator('table.alignment tbody tr').first()).toBeVisible();
});

test('province, matrix, targets, data and index pages', async ({ page, request }) => {
  await page.goto('provinces/');
  expect(await page.locator('main tbody tr').count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('main tbody th a')).toHaveCount(4);
  await page.goto('provinces/jilin/');
  await expect(page.locator('#docs ~ ul .card')).toHaveCount(1);
  await page.goto('matrix/');
  await expect(page.locator('table.heat')).toHaveCount(2);
  await page.locator('table.heat td.n a').first().click();
  await expect(page).toHaveURL(/\/themes\/[a-z0-9-]+\/#p-[a-z0-9]+$/);
  await page.goto('targets/');
  const rows = page.locator('table.targets tbody tr');
  expect(await rows.count()).toBeGreaterThan(10);
  await page.locator('table.targets thead a', { hasText: '年份' }).click();
  await expect(page).toHaveURL(/\/targets\/year\/$/);
  const years = (await rows.locator('td:nth-child(4)').allTextContents())
    .map((y) => y.trim())
    .filter(Boolean)
    .map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  await page.goto('data/');
  // One section per file: measures, documents, departments, themes, targets, cited, thesaurus.
  await expect(page.locator('main h2')).toHaveCount(7);
  const measures = await json<Unit[]>(request, 'measures.json');
  const base = new URL(page.url()).pathname.replace(/data\/$/, '');
  expect(measures[0]!.url).toBe(`${base}documents/${measures[0]!.document}/#${measures[0]!.id.split('/')[1]}`);
  // data/index.json lists every file; a small corpus has each dataset in one file of its plain name.
  const index = await json<{ files: Array<{ file: string; dataset: string; format: string; records: number }> }>(
    request,
    'index.json',
  );
  expect(index.files.filter((file) => file.dataset === 'measures').map((file) => file.file)).toEqual([
    'measures.json',
    'measures.csv',
  ]);
  for (const file of index.files) expect((await request.get(`data/${file.file}`)).status(), file.file).toBe(200);
  expect(index.files.find((file) => file.file === 'measures.json')?.records).toBe(measures.length);
  for (const file of ['measures.csv', 'targets.csv']) {
    const body = await (await request.get(`data/${file}`)).body();
    expect([...body.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  }
  // A sitemap, its robots.txt line and canonical links only with a configured site URL (the sub-path
  // build sets one), never a made-up localhost address.
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).not.toContain('localhost');
  await page.goto('./');
  const canonical = page.locator('link[rel="canonical"]');
  if (process.env.SITE_URL) {
    expect(robots).toContain(`Sitemap: ${new URL(`${base}sitemap-index.xml`, process.env.SITE_URL).href}`);
    expect((await request.get('sitemap-index.xml')).status()).toBe(200);
    await expect(canonical).toHaveAttribute('href', new URL(base, process.env.SITE_URL).href);
  } else {
    expect(robots).not.toContain('Sitemap:');
    expect((await request.get('sitemap-index.xml')).status()).toBe(404);
    await expect(canonical).toHaveCount(0);
  }
});

test('browsing works with JavaScript disabled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await page.locator("main a[href$='/provinces/henan/']").click();
  await expect(page.locator('h1')).toHaveText('河南省');
  await page.locator('#themes ~ .table-wrap a').first().click();
  await expect(page.locator('.column').first()).toBeVisible();
  await page.locator('.column h4 a').first().click();
  await expect(page.locator('section.unit:target')).toBeInViewport();
  await page.locator('section.unit:target .dept').first().click();
  await expect(page.locator('#by-province')).toBeVisible();
  await page.goto('targets/');
  await page.locator('table.targets thead a', { hasText: '目标值' }).click();
  await expect(page.locator('table.targets th[aria-sort=ascending]')).toContainText('目标值');
  await context.close();
});

test('pages make no requests outside the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  for (const path of ['./', 'documents/shanxi-2015-plan/', 'matrix/', 'targets/']) await page.goto(path);
  expect(outside).toEqual([]);
});

test('every internal link resolves and stays under the base', async ({ request, baseURL }) => {
  const documents = await json<Array<{ id: string }>>(request, 'documents.json');
  const root = new URL(baseURL!);
  const seen = new Map<string, string>(); // url without hash → html ("" for non-HTML)
  const queue = [root.href];
  const problems: string[] = [];
  const fragments: Array<[string, string, string]> = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const response = await request.get(url);
    if (response.status() !== 200) {
      problems.push(`${response.status()} ${url}`);
      seen.set(url, '');
      continue;
    }
    const html = (response.headers()['content-type'] ?? '').includes('text/html') ? await response.text() : '';
    seen.set(url, html);
    for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const raw = value!.replaceAll('&amp;', '&');
      if (/^(mailto:|tel:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== root.origin) {
        if (attr !== 'href' || !/rel="canonical"|sitemap/.test(html)) problems.push(`external ${raw} on ${url}`);
        continue;
      }
      if (!target.pathname.startsWith(root.pathname)) {
        problems.push(`outside base: ${raw} on ${url}`);
        continue;
      }
      if (
        attr === 'action' ||
        target.pathname.startsWith(`${root.pathname}search/`) ||
        target.pathname.startsWith(`${root.pathname}pagefind/`)
      )
        continue;
      if (target.hash) fragments.push([target.href.split('#')[0]!, decodeURIComponent(target.hash.slice(1)), url]);
      target.hash = '';
      if (!seen.has(target.href)) queue.push(target.href);
    }
  }
  for (const [page, id, from] of fragments) {
    const html = seen.get(page);
    if (html && !html.includes(`id="${id}"`)) problems.push(`missing #${id} on ${page} (from ${from})`);
  }
  expect(problems).toEqual([]);
  // The crawl reached the whole site: every document page and its source view.
  for (const { id } of documents)
    for (const page of [`documents/${id}/`, `documents/${id}/source/`])
      expect(seen.has(new URL(page, root).href), page).toBe(true);
});

// Accessibility (axe on every page type, keyboard, focus, reflow): e2e/quality.spec.ts.

interface DocumentLineage {
  id: string;
  title: { value: string };
  lineage: { status: { value: string; basis?: string }; asOf: string; implements: Array<{ docNumber?: string }> };
}

test('every document shows its status with its basis and as-of date, on its page and in the list', async ({
  page,
  request,
}) => {
  const documents = await json<DocumentLineage[]>(request, 'documents.json');
  expect(documents.length).toBeGreaterThan(0);
  for (const document of documents) {
    const { status, asOf } = document.lineage;
    expect(status.basis).toBeTruthy();
    // The 2015 plans have run out by any date from 2016 on (their validity is inferred from the period).
    if (document.id.endsWith('-2015-plan') && asOf >= '2016') expect(status.value).toBe('已失效');
    await page.goto(`documents/${document.id}/`);
    await expect(page.locator(`h1 .status[data-status="${status.value}"]`)).toHaveCount(1);
    const panel = page.locator('.lineage-panel');
    await expect(panel).toContainText(status.basis!);
    await expect(panel).toContainText(asOf);
  }
  await page.goto('documents/');
  await expect(page.locator('.card-list .card .status')).toHaveCount(documents.length);
});

test('the four 2015 plans implement 国办发〔2015〕19号, whose page lists them by province', async ({
  page,
  request,
}) => {
  const documents = await json<DocumentLineage[]>(request, 'documents.json');
  const plans = documents.filter((document) => document.id.endsWith('-2015-plan'));
  expect(plans).toHaveLength(4);
  for (const plan of plans) {
    await page.goto(`documents/${plan.id}/`);
    await expect(page.locator(".relations.implements a[href$='/cited/guobanfa-2015-19/']")).toHaveCount(1);
  }
  await page.goto('documents/shanxi-2015-plan/');
  await page.locator(".citations a.cited-link[href$='/cited/guobanfa-2015-19/']").first().click();
  await expect(page).toHaveURL(/\/cited\/guobanfa-2015-19\/$/);
  await expect(page.locator('.cited-facts')).toContainText('国务院办公厅');
  const rows = page.locator('.citing-table tbody tr');
  await expect(rows).toHaveCount(4);
  for (const plan of plans) {
    const row = page.locator(`.citing-table tr:has(a[href$='/documents/${plan.id}/'])`);
    await expect(row).toContainText('贯彻落实');
    await expect(row.locator("a[href*='/themes/']").first()).toBeVisible();
  }
});

test('a department page shows its succession, linked both ways', async ({ page }) => {
  await page.goto('departments/quality-supervision/');
  await expect(page.locator('.department-history .successors')).toContainText('市场监督管理局');
  await page.locator(".department-history .successors a[href$='/departments/market-regulation/']").click();
  await expect(page.locator('.department-history .predecessors')).toContainText('质量技术监督局');
  await expect(
    page.locator(".department-history .predecessors a[href*='/departments/quality-supervision/']").first(),
  ).toBeVisible();
});
