/**
 * One query on the real search page, as a visitor makes it: typed and submitted, timed until its
 * results are in the DOM, then expanded with "more"; and the bytes the page fetched for it, the exact
 * search's apart from the prose block's (Pagefind, `/pagefind/`), whose answer each query waits for
 * so that neither competes with the next query.
 */
import type { Page } from '@playwright/test';

export interface Measured {
  ids: string[];
  /** Units of the related block (相关结果). */
  related: string[];
  /** Results not shown (left behind "more"). */
  left: number;
  /** Transferred with gzip, and as served without compression. */
  bytes: number;
  plainBytes: number;
  /** Submit → the exact results in the DOM (the target's figure). */
  ms: number;
  /** Submit → the related block settled (filled or left empty), which the page shows after the exact results. */
  relatedMs: number;
  /** The prose block's bytes for the query (gzip). */
  proseBytes: number;
  /** The engine alone (bundle). */
  engineMs?: number;
  status: string;
}

export type Files = [string, number, number][];
export type Taken = { bytes: number; plainBytes: number; files: Files; prose: Files };

export const sum = (files: Files, column: 1 | 2) => files.reduce((total, file) => total + file[column], 0);

/** Bytes fetched since the last take(): the exact search's, and the prose block's (`/pagefind/`) apart. */
export function trackBytes(page: Page): { take: () => Promise<Taken> } {
  let pending: Promise<void>[] = [];
  let files: Files = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const s = await request.sizes();
        const response = await request.response();
        let plain = s.responseBodySize;
        if (response?.headers()['content-encoding'])
          plain = (await response.body().catch(() => Buffer.alloc(s.responseBodySize))).length;
        files.push([request.url(), s.responseBodySize + s.responseHeadersSize, plain + s.responseHeadersSize]);
      })(),
    );
  });
  return {
    take: async () => {
      await Promise.all(pending);
      const exact = files.filter(([url]) => !url.includes('/pagefind/'));
      const prose = files.filter(([url]) => url.includes('/pagefind/'));
      pending = [];
      files = [];
      return { bytes: sum(exact, 1), plainBytes: sum(exact, 2), files: exact, prose };
    },
  };
}

/** Waits for the prose block's answer (it starts when the exact results are shown), if it has a query. */
export async function proseDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const box = document.querySelector<HTMLElement>('[data-search-prose]');
      return !box || box.hidden || box.dataset.proseDone !== undefined;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** What a page without trackBytes reports: no bytes known. */
export const UNTRACKED: Taken = { bytes: NaN, plainBytes: NaN, files: [], prose: [] };

/**
 * Submits a query in the page and waits for the answer; then expands up to `expand` results. The
 * bytes are counted with `bytes` (trackBytes), which reads every response back through the
 * DevTools protocol while the page works: a page that is timed is not tracked (run-engine.ts).
 */
export async function siteQuery(
  page: Page,
  q: string | null,
  bytes: ReturnType<typeof trackBytes> | undefined,
  expand: number,
): Promise<Measured> {
  const timed = await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('[data-search]')!;
    const input = document.querySelector<HTMLInputElement>('#q')!;
    // The page sets data-done to the number of the render that finished; a newer number = this one.
    const before = root.dataset.done;
    const done = new Promise<void>((resolve) => {
      const check = () => (root.dataset.done !== undefined && root.dataset.done !== before ? resolve() : undefined);
      root.addEventListener('search:done', check);
    });
    // Then the related block of the same render (data-related-done takes its number).
    const relatedDone = () => root.dataset.relatedDone !== undefined && root.dataset.relatedDone === root.dataset.done;
    const related = () =>
      new Promise<void>((resolve) => {
        if (relatedDone()) resolve();
        else root.addEventListener('search:related', () => (relatedDone() ? resolve() : undefined));
      });
    const t0 = performance.now();
    if (q !== null) {
      input.value = q;
      input.form!.requestSubmit();
      await done;
    }
    void document.body.offsetHeight; // include layout
    const ms = performance.now() - t0;
    const engineMs = Number(root.dataset.engineMs ?? NaN);
    await related();
    void document.body.offsetHeight;
    return { ms, engineMs, relatedMs: q === null ? NaN : performance.now() - t0 };
  }, q);
  await proseDone(page);
  const taken = (await bytes?.take()) ?? UNTRACKED;
  const rest = await page.evaluate(async (expand) => {
    const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const count = () => document.querySelectorAll('[data-search-results] li[data-unit]').length;
    while (!more.hidden && count() < expand) {
      const before = count();
      more.click();
      for (let i = 0; i < 6000 && (count() === before || more.disabled) && !more.hidden; i++)
        await new Promise((r) => setTimeout(r, 10));
      if (count() === before) break;
    }
    const ids = [...document.querySelectorAll<HTMLElement>('[data-search-results] li[data-unit]')].map(
      (li) => li.dataset.unit!,
    );
    const label = more.hidden ? '' : (more.textContent ?? '');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    // Every related result, the block's own “more” clicked until it hides (after the bytes were taken).
    const relatedMore = document.querySelector<HTMLButtonElement>('[data-search-related-more]')!;
    const relatedItems = () => document.querySelectorAll<HTMLElement>('[data-search-related-results] li[data-unit]');
    while (!relatedMore.hidden) {
      const before = relatedItems().length;
      relatedMore.click();
      for (let i = 0; i < 6000 && relatedItems().length === before && !relatedMore.hidden; i++)
        await new Promise((r) => setTimeout(r, 10));
      if (relatedItems().length === before) break;
    }
    const related = [...relatedItems()].map((li) => li.dataset.unit!);
    return { ids, status, moreHidden: more.hidden, label, related };
  }, expand);
  await bytes?.take();
  const total = Number(/([0-9]+) 条/u.exec(rest.status)?.[1] ?? rest.ids.length);
  return {
    ids: rest.ids,
    related: rest.related,
    left: rest.moreHidden ? 0 : Math.max(0, total - rest.ids.length),
    bytes: taken.bytes,
    plainBytes: taken.plainBytes,
    proseBytes: sum(taken.prose, 1),
    ms: timed.ms,
    relatedMs: timed.relatedMs,
    engineMs: timed.engineMs,
    status: rest.status,
  };
}
