/**
 * The search page's prose block: notes (解读) and document pages found by Pagefind for the query,
 * in Pagefind's order, each with its title (a link), kind and excerpt (src/lib/search/prose.ts);
 * only pages that hold every term of the query are shown, each checked as its page of results
 * comes (termExcerpt, which also marks them), so the count is at most Pagefind's until every candidate is checked.
 *
 * Pagefind (its script, wasm, the index's layout and parts, and its chunks) is loaded on the first query, and only after the
 * exact results are on the page (results.ts calls show() then), so the measure search's first answer
 * never waits for it nor shares its bytes. A failure here leaves the exact results alone.
 * Filters are the measure search's: the prose block answers the query alone.
 */
import {
  PROSE_PARTS_FILE,
  type PagefindApi,
  type PagefindResult,
  type ProseHit,
  type ProseParts,
  pageResults,
  proseHit,
  proseQuery,
  termExcerpt,
} from '../../lib/search/prose.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import { type VerifiedPager, verifiedPager } from '../../lib/search/view.ts';
import { el } from './dom.ts';

/** Results shown at once, and added by “more”: each costs its page's fragment (a few KiB). */
const PROSE_PAGE = 5;
/** Fragments checked for one page at most: a query Pagefind reads loosely costs no more than this. */
const PROSE_CHECKED = 3 * PROSE_PAGE;

function renderProseHit(hit: ProseHit): HTMLLIElement {
  const title = el('p', { class: 'search-hit-title' }, el('a', { href: hit.href }, el('bdi', {}, hit.title)));
  const meta = el(
    'p',
    { class: 'search-hit-meta small muted' },
    hit.province ? `${hit.kind} · ${hit.province}` : hit.kind,
  );
  const text = el('p', { class: 'search-hit-excerpt' });
  for (const segment of hit.excerpt) text.append(segment.mark ? el('mark', {}, segment.text) : segment.text);
  return el('li', { class: 'search-hit', 'data-prose-url': hit.href }, title, meta, text);
}

/** A query's results, checked a page at a time (a “more” click adds a page). */
interface Shown {
  /** Pagefind's answer, in its order. */
  results: PagefindResult[];
  pager: VerifiedPager<ProseHit>;
  /** Pages are appended in the order asked, even when their fragments arrive in another. */
  chain: Promise<void>;
}

const NOTHING: Shown = {
  results: [],
  pager: verifiedPager<PagefindResult, ProseHit>([], () => Promise.resolve([])),
  chain: Promise.resolve(),
};

export interface ProseBlock {
  /** Searches the prose for `q` (already shown: nothing to do; empty: the block hides). */
  show: (q: string) => void;
}

export function proseBlock(box: HTMLElement, base: string, fold: (text: string) => string): ProseBlock {
  const note = box.querySelector<HTMLElement>('[data-search-prose-note]')!;
  const list = box.querySelector<HTMLOListElement>('[data-search-prose-results]')!;
  const more = box.querySelector<HTMLButtonElement>('[data-search-prose-more]')!;
  let pagefind: Promise<{ api: PagefindApi; parts: ProseParts }> | undefined;
  /** The query asked last: asked again (only a filter changed), nothing is searched. */
  let asked = '';
  /** The results of the query shown. */
  let current: Shown = NOTHING;

  function load(): Promise<{ api: PagefindApi; parts: ProseParts }> {
    pagefind ??= (async () => {
      const folder = `${base}pagefind/`;
      const layout = fetch(`${folder}${PROSE_PARTS_FILE}`).then(async (response) => {
        if (!response.ok) throw new Error(`${folder}${PROSE_PARTS_FILE}: HTTP ${response.status}`);
        return (await response.json()) as ProseParts;
      });
      const api = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as PagefindApi;
      // On the main thread: one script less to fetch, and a search over the prose pages is small.
      // baseUrl `/`: addresses as indexed (site-relative), the base added once by proseHit; by
      // default Pagefind would prefix the folder pagefind.js is served from (`/policy-kb/`).
      await api.options({ noWorker: true, baseUrl: '/' });
      const parts = await layout;
      // Together: each part reads its own entry and meta file, none waits for another's.
      await Promise.all(parts.parts.map((part) => api.mergeIndex(`${folder}${part}/`, { baseUrl: '/' })));
      return { api, parts };
    })();
    // A failed load is tried again by the next query.
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  }

  /** The count and the “more” button of `shown`, as far as its candidates are checked. */
  function renderCount(shown: Shown): void {
    const left = shown.pager.left();
    const found = shown.results.length - shown.pager.seen().rejected;
    note.textContent = found === 0 ? S.proseNone : left > 0 ? S.proseFoundAtMost(found) : S.proseFound(found);
    more.hidden = left <= 0;
    more.textContent = S.more(Math.min(left, PROSE_PAGE));
  }

  /**
   * Checks the next page of `shown`, after the pages asked before it, and appends what holds the
   * query; resolves to the position of the first result it added.
   */
  function showMore(shown: Shown): Promise<number> {
    more.hidden = true;
    const step = shown.chain.then(async () => {
      const hits = await shown.pager.next(PROSE_PAGE);
      const first = list.childElementCount;
      if (shown !== current) return first;
      list.append(...hits.map(renderProseHit));
      renderCount(shown);
      return first;
    });
    shown.chain = step.then(
      () => undefined,
      () => undefined,
    );
    return step;
  }

  function renderFailure(shown: Shown, error: unknown): void {
    if (shown !== current) return;
    console.error(error);
    more.hidden = true;
    note.textContent = S.proseFailed;
  }

  async function search(query: string): Promise<void> {
    delete box.dataset.proseDone;
    // Nothing of the previous query stays under the new one, nor arrives after it is asked.
    const shown: Shown = { ...NOTHING };
    current = shown;
    list.replaceChildren();
    more.hidden = true;
    note.textContent = S.proseSearching;
    try {
      const { api, parts } = await load();
      const answer = await api.search(query);
      if (shown !== current || !answer) return;
      shown.results = pageResults(answer.results, parts);
      shown.pager = verifiedPager(
        shown.results,
        async (batch) =>
          (await Promise.all(batch.map((result) => result.data()))).map((data) => {
            const excerpt = termExcerpt(data.content, query, fold);
            return excerpt && proseHit(data, base, excerpt);
          }),
        PROSE_CHECKED,
      );
      await showMore(shown);
    } catch (error) {
      if (shown !== current) return;
      list.replaceChildren();
      renderFailure(shown, error);
    }
    if (shown === current) box.dataset.proseDone = query;
  }

  more.addEventListener('click', () => {
    const shown = current;
    showMore(shown).then(
      (first) => {
        if (shown === current) list.children[first]?.querySelector('a')?.focus();
      },
      (error: unknown) => renderFailure(shown, error),
    );
  });

  return {
    show(q) {
      const query = proseQuery(q, fold);
      if (query === asked) return;
      asked = query;
      box.hidden = query === '';
      if (query !== '') void search(query);
      else current = NOTHING;
    },
  };
}
