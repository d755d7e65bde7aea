/**
 * The search page, progressively enhanced: without JavaScript the page shows a plain message and
 * browse links; with it, this script reads where the index starts (search/engine.json,
 * scripts/search-index.ts) and answers every query with the index (src/lib/search/shards/engine.ts),
 * from its start file (search/shards/start.json.gz, gzip decompressed in the browser): while the
 * corpus is small it holds every text and answers every query in memory; else only the gram shards
 * of each query and the texts of the units shown are fetched, by range requests into the index's
 * volumes (index-files.ts). Once the exact results are shown, the prose block (prose.ts) adds the
 * notes and document pages Pagefind finds for the query's words.
 * State lives in the URL (?q=…&dept=…); `/` focuses the box.
 */
import type { Labelled } from '../../lib/search/bundle.ts';
import { GROUPS, type Group } from '../../lib/search/filter-groups.ts';
import type { EngineManifest } from '../../lib/search/shards/format.ts';
import { QUERY_LIMITS, collapseSpace } from '../../lib/search/query.ts';
import type { StartFile } from '../../lib/search/shards/format.ts';
import type { ShardFetch } from '../../lib/search/shards/gram-index.ts';
import { readDirectory } from '../../lib/search/shards/volumes.ts';
import { PageQueue } from '../../lib/search/page-queue.ts';
import { sortOrderOf } from '../../lib/search/rank.ts';
import { type SearchState, readState, toggle, writeState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { SearchView, ShownHit } from '../../lib/search/view.ts';
import { el } from './dom.ts';
import { facetPanel } from './facets.ts';
import { renderHit } from './hit.ts';
import { loadGz, loadJsonGz, rangeReader, recordFetch } from './index-files.ts';
import { proseBlock } from './prose.ts';
import { normaliseBase } from '../../lib/url.ts';

/**
 * Results per page, and added by “more”: a large index fetches the texts of the
 * results it shows, and ten keeps a new query's files (and its time, about 5 ms a request in a
 * browser) low at thousands of documents.
 */
const PAGE = 10;
const BASE = normaliseBase(import.meta.env.BASE_URL);

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

/** Where the build's index starts (search/engine.json, scripts/search-index.ts). */
async function loadManifest(): Promise<EngineManifest> {
  const response = await fetch(`${BASE}search/engine.json`);
  if (response.status === 404) throw new Error('search/engine.json: missing (run scripts/search-index.ts)');
  if (!response.ok) throw new Error(`search/engine.json: ${response.status}`);
  return (await response.json()) as EngineManifest;
}

interface Searcher {
  engine: EngineManifest['engine'];
  /** Results shown at once, and added by “more”. */
  page: number;
  labels: (group: Group) => Labelled[];
  /** The exact search's folding (width, traditional → simplified), for the prose block's query. */
  fold: (text: string) => string;
  /** The date documents' statuses are as of (`` when unknown). */
  asOf: string;
  search: (state: SearchState) => SearchView | Promise<SearchView>;
}

async function loadSearcher(): Promise<Searcher> {
  const manifest = await loadManifest();
  // The directory of the volumes comes with the start file (both are needed before the first query).
  const [start, directory, { ShardEngine }] = await Promise.all([
    loadJsonGz<StartFile>(`${BASE}${manifest.file}`),
    manifest.directory ? loadGz(`${BASE}${manifest.directory}`).then(readDirectory) : undefined,
    import('../../lib/search/shards/engine.ts'),
  ]);
  // The volumes sit next to the start file (search/shards/).
  const dir = `${BASE}${manifest.file.replace(/[^/]*$/u, '')}`;
  const records: ShardFetch = directory
    ? recordFetch(directory, rangeReader(dir))
    : (name) => Promise.reject(new Error(`search index: ${name} asked of a single-file index`));
  const engine = new ShardEngine(start, records, { prefetch: PAGE });
  return {
    engine: 'shards',
    page: PAGE,
    labels: (g) => engine.lexicon.labels(g),
    fold: (text) => engine.lexicon.fold(text),
    asOf: start.meta.asOf,
    search: (state) => engine.search(state.q, state.filters, state.sort),
  };
}

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
  const suggestBox = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const filterToggle = root.querySelector<HTMLButtonElement>('[data-search-filter-toggle]')!;
  const layout = root.querySelector<HTMLElement>('.search-layout')!;
  const proseBox = root.querySelector<HTMLElement>('[data-search-prose]')!;
  root.querySelector('[data-search-nojs]')?.remove();
  root.classList.add('search-ready');

  const baseTitle = document.title;
  let state: SearchState = readState(location.search);
  input.value = state.q;
  status.textContent = S.loading;

  let searcher: Searcher;
  try {
    searcher = await loadSearcher();
  } catch (error) {
    status.textContent = S.loadFailed;
    console.error(error);
    return;
  }

  const prose = proseBlock(proseBox, BASE, searcher.fold);
  let view: SearchView;
  /** Bumped by every render; an answer that arrives after a newer query is dropped. */
  let seq = 0;
  /** Every page request (a render's first page, each “more” click) in order: none is ever lost. */
  const queue = new PageQueue<SearchView>();

  const quote = (terms: SearchView['terms']): string => terms.map((t) => `“${t.raw}”`).join('、');

  /** The “more” button after a page: hidden at the end, else how many the next click adds. */
  function renderMoreButton(): void {
    const left = view.left();
    more.hidden = left <= 0;
    more.textContent = S.more(Math.min(left, searcher.page));
    if (queue.busy()) more.setAttribute('aria-busy', 'true');
    else more.removeAttribute('aria-busy');
  }

  /** The related block (never counted among the results) and, when nothing matches, suggestions. */
  function renderRelated(): void {
    relatedList.replaceChildren(...view.related.map((hit) => renderHit(hit, BASE, searcher.asOf)));
    relatedNote.textContent = S.relatedNote(view.relatedTotal, view.related.length);
    relatedBox.hidden = view.related.length === 0;
    const { concepts, departments, themes } = view.suggestions;
    const line = (label: string, links: HTMLAnchorElement[]) =>
      links.length > 0 ? [el('p', {}, label, ...links)] : [];
    const searchLink = (q: string) => el('a', { href: `${location.pathname}${writeState({ ...state, q })}` }, q);
    suggestBox.replaceChildren(
      ...line(S.suggestConcepts, concepts.map(searchLink)),
      ...line(S.suggestDepartments, departments.map(searchLink)),
      ...line(
        S.suggestThemes,
        themes.map((theme) => el('a', { href: `${BASE}themes/${theme.id}/` }, theme.name)),
      ),
    );
    suggestBox.hidden = suggestBox.childElementCount === 0;
  }

  /** Nothing in the query can be searched (`"`, `-`): a message instead of results. */
  const nothingToSearch = (v: SearchView): boolean => v.terms.length === 0 && collapseSpace(state.q) !== '';

  const facets = facetPanel(
    facetsBox,
    (group) => searcher.labels(group),
    filterToggle,
    () => update({ ...state, filters: {} }, true),
  );

  function renderStatus(): void {
    const query = quote(view.terms);
    const filtered = GROUPS.some((g) => (state.filters[g]?.length ?? 0) > 0);
    if (view.total === 0) {
      let message = S.noMatch(query || '');
      if (filtered && view.unfiltered > 0) message += S.noMatchFiltered(view.unfiltered);
      else message += S.noMatchHint;
      status.textContent = message;
      status.dataset.empty = '';
    } else {
      const found = view.approximate ? S.foundAbout : S.found;
      status.textContent = found(view.total, query) + (filtered ? S.beforeFilters(view.unfiltered) : '');
      delete status.dataset.empty;
    }
  }

  /**
   * A message instead of results, with nothing of the previous query left on the page: the query
   * failed (its files could not be loaded), or nothing in it can be searched (`"`, `-`).
   */
  function renderMessage(message: string): void {
    prose.show('');
    notes.replaceChildren();
    list.replaceChildren();
    relatedBox.hidden = true;
    suggestBox.hidden = true;
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
    }
    list.replaceChildren(...page.map((hit) => renderHit(hit, BASE, searcher.asOf)));
    renderRelated();
    renderMoreButton();
    renderStatus(); // after the first page: verification may have corrected the count
    facets.render(view);
  }

  async function render(): Promise<void> {
    // The generation of this query: any answer (or failure) arriving after a newer query is dropped.
    const current = ++seq;
    delete root.dataset.done;
    renderSort();
    const t0 = performance.now();
    const answer = Promise.resolve(state).then((asked) => searcher.search(asked));
    queue.start(answer);
    // Requested at once, so a “more” click made while the answer is on its way comes after it.
    const first = queue.request(
      (next) => (nothingToSearch(next) ? Promise.resolve([]) : next.next(searcher.page)),
      (page, next) => renderList(page, next, t0),
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
  }

  /** The sort buttons show the state's order (rank.ts). */
  function renderSort(): void {
    sortBox.hidden = false;
    for (const box of sortBox.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
      box.checked = box.value === state.sort;
  }

  function update(next: SearchState, push: boolean): void {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void render();
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
  // Never disabled: a click while a page (or the list itself) is loading asks for the page after it.
  more.addEventListener('click', () => {
    const current = seq;
    let firstNew = -1;
    const request = queue.request(
      (v) => v.next(searcher.page),
      (page) => {
        firstNew = list.children.length;
        list.append(...page.map((hit) => renderHit(hit, BASE, searcher.asOf)));
        renderMoreButton();
        renderStatus();
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
  window.addEventListener('popstate', () => {
    state = readState(location.search);
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
