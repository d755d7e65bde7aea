/**
 * The search page, progressively enhanced: without JavaScript the page shows a plain message and
 * browse links; with it, this script loads the index (searcher.ts) and shows the exact results of
 * every query (results.ts); once they are shown, the prose block (prose.ts) adds the notes and
 * document pages Pagefind finds for the query's words.
 * State lives in the URL (?q=…&dept=…); `/` focuses the box.
 */
import type { Group } from '../../lib/search/filter-groups.ts';
import { sortOrderOf } from '../../lib/search/rank.ts';
import { type SearchState, knownFilters, readState, toggle, writeState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import { normaliseBase } from '../../lib/url.ts';
import { facetPanel } from './facets.ts';
import { proseBlock } from './prose.ts';
import { resultsBlock } from './results.ts';
import { type Searcher, loadSearcher } from './searcher.ts';

const BASE = normaliseBase(import.meta.env.BASE_URL);

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const sortBox = root.querySelector<HTMLFieldSetElement>('[data-search-sort]')!;
  const relatedBox = root.querySelector<HTMLElement>('[data-search-related]')!;
  const relatedNote = root.querySelector<HTMLElement>('[data-search-related-note]')!;
  const relatedList = root.querySelector<HTMLOListElement>('[data-search-related-results]')!;
  const relatedMore = root.querySelector<HTMLButtonElement>('[data-search-related-more]')!;
  const suggestBox = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const filterToggle = root.querySelector<HTMLButtonElement>('[data-search-filter-toggle]')!;
  const layout = root.querySelector<HTMLElement>('.search-layout')!;
  const proseBox = root.querySelector<HTMLElement>('[data-search-prose]')!;
  const unknownBox = root.querySelector<HTMLElement>('[data-search-unknown]')!;
  root.querySelector('[data-search-nojs]')?.remove();
  root.classList.add('search-ready');

  let state: SearchState = readState(location.search);
  input.value = state.q;
  status.textContent = S.loading;

  let searcher: Searcher;
  try {
    searcher = await loadSearcher(BASE);
  } catch (error) {
    status.textContent = S.loadFailed;
    console.error(error);
    return;
  }

  /** The state of an address, less the filter values the index does not know, which the page names. */
  function fromAddress(search: string): SearchState {
    const read = readState(search);
    const known = (group: Group, id: string) => searcher.labels(group).some((label) => label.id === id);
    const { filters, unknown } = knownFilters(read.filters, known);
    unknownBox.hidden = unknown.length === 0;
    unknownBox.textContent = S.unknownFilters(unknown.map(({ group, id }) => `“${S.groups[group]}：${id}”`));
    return { ...read, filters };
  }
  state = fromAddress(location.search);

  const prose = proseBlock(proseBox, BASE, searcher.fold);
  const facets = facetPanel(
    facetsBox,
    (group) => searcher.labels(group),
    filterToggle,
    () => update({ ...state, filters: {} }, true),
  );
  const elements = {
    status,
    notes,
    list,
    more,
    facetsBox,
    relatedBox,
    relatedNote,
    relatedList,
    relatedMore,
    suggestBox,
  };
  const results = resultsBlock(root, elements, searcher, BASE, prose, facets);

  /** The sort buttons show the state's order (rank.ts). */
  function renderSort(): void {
    sortBox.hidden = false;
    for (const box of sortBox.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
      box.checked = box.value === state.sort;
  }

  function render(): Promise<void> {
    renderSort();
    return results.show(state);
  }

  function update(next: SearchState, push: boolean): void {
    state = next;
    // The address is rewritten with the filters searched by: no unknown value is left to name.
    unknownBox.hidden = true;
    // The address changes once the answer is shown: Chromium takes 5 to 12 ms of the main thread for
    // a history entry, which would otherwise hold back the query's first files being read. A query
    // overtaken by a newer one leaves the address to it.
    const url = `${location.pathname}${writeState(state)}`;
    void render().then(() => {
      if (state !== next || url === `${location.pathname}${location.search}`) return;
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update({ ...state, q: input.value }, false), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update({ ...state, q: input.value }, true);
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.type !== 'checkbox') return;
    update({ ...state, filters: toggle(state.filters, box.name as Group, box.value, box.checked) }, true);
  });
  // The phone's 筛选 button (shown by the stylesheet on narrow screens only) opens the filters.
  filterToggle.hidden = false;
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    filterToggle.setAttribute('aria-expanded', String(open));
    layout.toggleAttribute('data-filters-open', open);
  });
  sortBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.name === 'sort' && box.checked) update({ ...state, sort: sortOrderOf(box.value) }, true);
  });
  window.addEventListener('popstate', () => {
    state = fromAddress(location.search);
    input.value = state.q;
    void render();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  await render();
  root.dataset.engine = searcher.engine;
  root.dataset.ready = '';
  performance.mark('search-ready');
}
