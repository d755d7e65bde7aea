/**
 * The search page's exact results: a query's first page with everything around it (notes, status,
 * suggestions, filters), and the “more” button that adds the next pages. Every query is a
 * generation: its first page and each “more” click are requests in one PageQueue, so no click is
 * ever lost, and an answer (or failure) that arrives after a newer query is dropped. Only once the
 * first page is on the page are the related results shown and the prose block asked for the query,
 * so neither delays the exact results.
 */
import { PageQueue } from '../../lib/search/page-queue.ts';
import { QUERY_LIMITS, collapseSpace } from '../../lib/search/query.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { SearchView, ShownHit } from '../../lib/search/view.ts';
import { el } from './dom.ts';
import type { FacetPanel } from './facets.ts';
import { renderHit } from './hit.ts';
import type { ProseBlock } from './prose.ts';
import { type RelatedElements, clearRelated, renderRelated, renderSuggestions } from './related-block.ts';
import type { Searcher } from './searcher.ts';
import { renderStatus } from './status-line.ts';

export interface ResultsElements extends RelatedElements {
  status: HTMLElement;
  notes: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  facetsBox: HTMLElement;
}

export interface ResultsBlock {
  /** Searches for `state` and shows its first page; settles once that is shown, dropped or failed. */
  show: (state: SearchState) => Promise<void>;
}

/**
 * The results of the search page `root`, whose data attributes and events tell tests and benchmarks
 * when an answer is shown and how long it took: data-done and `search:done` (the exact results),
 * data-engine-ms, then data-related-done and `search:related` (the related block, filled or empty).
 */
export function resultsBlock(
  root: HTMLElement,
  elements: ResultsElements,
  searcher: Searcher,
  base: string,
  prose: ProseBlock,
  facets: FacetPanel,
): ResultsBlock {
  const { status, notes, list, more, facetsBox } = elements;
  const baseTitle = document.title;
  /** The state of the latest query. */
  let state: SearchState;
  let view: SearchView;
  /** Bumped by every query; an answer that arrives after a newer query is dropped. */
  let seq = 0;
  /** Every page request (a query's first page, each “more” click) in order: none is ever lost. */
  const queue = new PageQueue<SearchView>();

  /** The “more” button after a page: hidden at the end, else how many the next click adds. */
  function renderMoreButton(): void {
    const left = view.left();
    more.hidden = left <= 0;
    more.textContent = S.more(Math.min(left, searcher.page));
    if (queue.busy()) more.setAttribute('aria-busy', 'true');
    else more.removeAttribute('aria-busy');
  }

  /** Nothing in the query can be searched (`"`, `-`): a message instead of results. */
  const nothingToSearch = (v: SearchView): boolean => v.terms.length === 0 && collapseSpace(state.q) !== '';

  /**
   * A message instead of results, with nothing of the previous query left on the page: the query
   * failed (its files could not be loaded), or nothing in it can be searched (`"`, `-`).
   */
  function renderMessage(message: string): void {
    prose.show('');
    notes.replaceChildren();
    list.replaceChildren();
    elements.relatedBox.hidden = true;
    elements.suggestBox.hidden = true;
    more.hidden = true;
    facetsBox.hidden = true;
    status.textContent = message;
    status.dataset.empty = '';
  }

  function renderFailure(error: unknown): void {
    console.error(error);
    renderMessage(S.queryFailed);
  }

  /** The first page of a new list, with everything around it (notes, status, filters). */
  function renderList(page: ShownHit[], next: SearchView, t0: number): void {
    view = next;
    root.dataset.engineMs = (performance.now() - t0).toFixed(2);
    if (nothingToSearch(view)) {
      renderMessage(S.nothingToSearch);
      return;
    }
    facetsBox.hidden = false;
    notes.replaceChildren();
    if (view.cut)
      notes.append(
        el('p', { class: 'search-cut', 'data-search-cut': '' }, S.tooLong(QUERY_LIMITS.chars, QUERY_LIMITS.terms)),
      );
    for (const note of view.notes) {
      const names = note.departments.map((name) => `“${name}”`).join('、');
      notes.append(el('p', { class: 'small muted' }, S.viaDepartment(note.term.raw, names)));
      if (note.predecessors.length + note.successors.length > 0)
        notes.append(
          el(
            'p',
            { class: 'small muted', 'data-search-lineage': '' },
            S.viaLineage(note.predecessors, note.successors),
          ),
        );
    }
    list.replaceChildren(...page.map((hit) => renderHit(hit, base, searcher.asOf)));
    clearRelated(elements);
    renderSuggestions(elements, view, state, base);
    renderMoreButton();
    // After the first page: verification may have corrected the count.
    renderStatus(status, view, state.filters);
    facets.render(view);
  }

  async function show(next: SearchState): Promise<void> {
    state = next;
    // The generation of this query: any answer (or failure) arriving after a newer query is dropped.
    const current = ++seq;
    delete root.dataset.done;
    delete root.dataset.relatedDone;
    const t0 = performance.now();
    const answer = Promise.resolve(state).then((asked) => searcher.search(asked));
    queue.start(answer);
    // Requested at once, so a “more” click made while the answer is on its way comes after it.
    const first = queue.request(
      (v) => (nothingToSearch(v) ? Promise.resolve([]) : v.next(searcher.page)),
      (page, v) => renderList(page, v, t0),
    );
    try {
      if (!(await first)) return;
    } catch (error) {
      if (current === seq) renderFailure(error);
      return;
    }
    const searched = view.terms.map((t) => t.raw).join(' ');
    document.title = searched ? `${searched} · ${baseTitle}` : baseTitle;
    root.dataset.done = String(current);
    root.dispatchEvent(new CustomEvent('search:done'));
    // Only now: the exact results are on the page before Pagefind is loaded or asked.
    prose.show(nothingToSearch(view) ? '' : state.q);
    await showRelated(view, current);
  }

  /** The related results of `shown` (query `current`), unless a newer query came; a failure leaves the block empty. */
  async function showRelated(shown: SearchView, current: number): Promise<void> {
    try {
      const found = await shown.related;
      if (current !== seq) return;
      renderRelated(elements, found, base, searcher.asOf);
    } catch (error) {
      if (current !== seq) return;
      // The exact results stand without them.
      console.error(error);
    }
    root.dataset.relatedDone = String(current);
    root.dispatchEvent(new CustomEvent('search:related'));
  }

  // Never disabled: a click while a page (or the list itself) is loading asks for the page after it.
  more.addEventListener('click', () => {
    const current = seq;
    let firstNew = -1;
    const request = queue.request(
      (v) => v.next(searcher.page),
      (page) => {
        firstNew = list.children.length;
        list.append(...page.map((hit) => renderHit(hit, base, searcher.asOf)));
        renderMoreButton();
        renderStatus(status, view, state.filters);
      },
    );
    renderMoreButton();
    request.then(
      (shown) => {
        if (!shown) return;
        renderMoreButton();
        list.children[firstNew]?.querySelector('a')?.focus();
      },
      (error: unknown) => {
        if (current === seq) renderFailure(error);
      },
    );
  });

  return { show };
}
