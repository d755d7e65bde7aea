/**
 * The search page's prose block: notes (解读) and document pages found by Pagefind for the query,
 * in Pagefind's order, each with its title (a link), kind and excerpt (src/lib/search/prose.ts).
 *
 * Pagefind (its script, wasm and index chunks) is loaded on the first query, and only after the
 * exact results are on the page (main.ts calls show() then), so the measure search's first answer
 * never waits for it nor shares its bytes. A failure here leaves the exact results alone.
 * Filters are the measure search's: the prose block answers the query alone.
 */
import { type PagefindApi, type PagefindResult, type ProseHit, proseHit, proseQuery } from '../../lib/search/prose.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import { el } from './dom.ts';

/** Results shown at once, and added by “more”: each costs its page's fragment (a few KiB). */
const PROSE_PAGE = 5;

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

export interface ProseBlock {
  /** Searches the prose for `q` (already shown: nothing to do; empty: the block hides). */
  show: (q: string) => void;
}

export function proseBlock(box: HTMLElement, base: string, fold: (text: string) => string): ProseBlock {
  const note = box.querySelector<HTMLElement>('[data-search-prose-note]')!;
  const list = box.querySelector<HTMLOListElement>('[data-search-prose-results]')!;
  const more = box.querySelector<HTMLButtonElement>('[data-search-prose-more]')!;
  let pagefind: Promise<PagefindApi> | undefined;
  /** The query shown (or being searched); a newer one makes an older answer stale. */
  let asked = '';
  let results: PagefindResult[] = [];

  function load(): Promise<PagefindApi> {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      // On the main thread: one script less to fetch, and a search over the prose pages is small.
      // baseUrl `/`: addresses as indexed (site-relative), the base added once by proseHit; by
      // default Pagefind would prefix the folder pagefind.js is served from (`/policy-kb/`).
      await api.options({ noWorker: true, baseUrl: '/' });
      return api;
    })();
    return pagefind;
  }

  async function showMore(query: string): Promise<void> {
    const next = results.slice(list.children.length, list.children.length + PROSE_PAGE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (query !== asked) return;
    list.append(...data.map((d) => renderProseHit(proseHit(d, base))));
    const left = results.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = S.more(Math.min(left, PROSE_PAGE));
  }

  async function search(query: string): Promise<void> {
    delete box.dataset.proseDone;
    // Nothing of the previous query stays under the new one while it is searched.
    list.replaceChildren();
    more.hidden = true;
    note.textContent = S.proseSearching;
    try {
      const api = await load();
      const answer = await api.search(query);
      if (query !== asked || !answer) return;
      results = answer.results;
      note.textContent = results.length > 0 ? S.proseFound(results.length) : S.proseNone;
      await showMore(query);
    } catch (error) {
      if (query !== asked) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      note.textContent = S.proseFailed;
    }
    if (query === asked) box.dataset.proseDone = query;
  }

  more.addEventListener('click', () => {
    const query = asked;
    const first = list.children.length;
    void showMore(query).then(() => list.children[first]?.querySelector('a')?.focus());
  });

  return {
    show(q) {
      const query = proseQuery(q, fold);
      if (query === asked) return;
      asked = query;
      box.hidden = query === '';
      if (query !== '') void search(query);
    },
  };
}
