/**
 * The search page, progressively enhanced: without JavaScript the page shows a plain message and
 * browse links; with it, this script loads the search bundle once (search/corpus.json.gz, gzip
 * decompressed in the browser) and answers every query locally with the exact engine.
 * State lives in the URL (?q=…&dept=…); `/` focuses the box.
 */
import type { SearchBundle } from '../../lib/search/bundle.ts';
import { GROUPS, type Group, type Hit, type Outcome, SearchEngine } from '../../lib/search/engine.ts';
import { excerpt } from '../../lib/search/highlight.ts';
import { type SearchState, readState, toggle, writeState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';

const PAGE = 20;
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

async function loadBundle(url: string): Promise<SearchBundle> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Some hosts already undo the gzip (Content-Encoding); otherwise decompress here.
  let text: string;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    text = await new Response(stream).text();
  } else {
    text = new TextDecoder().decode(bytes);
  }
  return JSON.parse(text) as SearchBundle;
}

/** A Chrome/Safari text fragment, so the measure page scrolls to and highlights the match. */
function textFragment(text: string): string {
  const encoded = encodeURIComponent(text.replace(/\s+/gu, ' ').trim()).replace(/-/g, '%2D');
  return encoded ? `#:~:text=${encoded}` : '';
}

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  root.querySelector('[data-search-nojs]')?.remove();
  root.classList.add('search-ready');

  const baseTitle = document.title;
  let state: SearchState = readState(location.search);
  input.value = state.q;
  status.textContent = S.loading;

  let engine: SearchEngine;
  try {
    engine = new SearchEngine(await loadBundle(`${BASE}search/corpus.json.gz`));
  } catch (error) {
    status.textContent = S.loadFailed;
    console.error(error);
    return;
  }

  let outcome: Outcome;
  let shown = 0;

  const quote = (terms: Outcome['terms']): string => terms.map((t) => `“${t.raw}”`).join('、');

  function renderHit(hit: Hit): HTMLLIElement {
    const unit = engine.bundle.units[hit.unit]!;
    const doc = engine.bundle.documents[unit.doc]!;
    const province = engine.bundle.provinces[doc.province]!;
    const ranges = hit.matches.flatMap((m) => m.ranges);
    const firstRange = [...ranges].sort((a, b) => a.start - b.start)[0];
    const href = `${BASE}measures/${unit.id}/${firstRange ? textFragment(unit.text.slice(firstRange.start, firstRange.end)) : ''}`;
    const title = el('a', { href }, ...(unit.number ? [el('span', { class: 'num' }, unit.number)] : []), unit.title);
    const meta = el(
      'p',
      { class: 'search-hit-meta small muted' },
      `${province.name} · `,
      el('a', { href: `${BASE}documents/${doc.id}/` }, `《${doc.name}》`),
      ` · ${engine.bundle.kinds[unit.kind]?.name ?? ''}`,
    );
    const text = el('p', { class: 'search-hit-excerpt' });
    for (const segment of excerpt(unit.text, ranges)) text.append(segment.mark ? el('mark', {}, segment.text) : segment.text);
    const item = el('li', { class: 'search-hit', 'data-unit': unit.id }, el('h2', { class: 'search-hit-title' }, title), meta, text);
    if (unit.depts.length > 0) {
      const viaAlias = new Set(hit.matches.flatMap((m) => m.departments));
      const depts = el('p', { class: 'search-hit-depts small' }, S.departments);
      unit.depts.forEach((d, i) => {
        const name = engine.bundle.departments[d]?.name ?? '';
        if (i > 0) depts.append('、');
        depts.append(viaAlias.has(d) ? el('mark', {}, name) : name);
      });
      item.append(depts);
    }
    return item;
  }

  function renderMore(): void {
    const next = outcome.hits.slice(shown, shown + PAGE);
    list.append(...next.map(renderHit));
    shown += next.length;
    const left = outcome.hits.length - shown;
    more.hidden = left <= 0;
    more.textContent = S.more(Math.min(left, PAGE));
  }

  // Filters are built once; each render only updates counts, checks, visibility and order.
  const facetInputs = new Map<string, { box: HTMLInputElement; label: HTMLLabelElement; count: HTMLElement }>();
  const facetGroups = new Map<Group, { details: HTMLDetailsElement; badge: HTMLElement }>();
  for (const group of GROUPS) {
    const details = el('details', { 'data-group': group, class: 'search-facet' });
    details.open = group !== 'dept' && group !== 'theme';
    const badge = el('span', { class: 'badge-count' });
    details.append(el('summary', {}, S.groups[group], badge));
    const fieldset = el('fieldset', {}, el('legend', { class: 'visually-hidden' }, S.groups[group]));
    engine.labels(group).forEach((label) => {
      const box = el('input', { type: 'checkbox', name: group, value: label.id });
      const count = el('span', { class: 'count' });
      const row = el('label', {}, box, ` ${label.name} `, count);
      facetInputs.set(`${group}\u0000${label.id}`, { box, label: row, count });
      fieldset.append(row);
    });
    details.append(fieldset);
    facetsBox.append(details);
    facetGroups.set(group, { details, badge });
  }
  const clear = el('button', { type: 'button', class: 'search-clear' }, S.clearFilters);
  clear.addEventListener('click', () => update({ ...state, filters: {} }, true));
  facetsBox.append(clear);

  function renderFacets(): void {
    let active = false;
    for (const group of GROUPS) {
      const { details, badge } = facetGroups.get(group)!;
      const byCount = group === 'dept' || group === 'theme';
      const ranked = [...outcome.facets[group]].sort((a, b) => (byCount ? b.count - a.count : 0) || a.value - b.value);
      let visible = 0;
      let selected = 0;
      ranked.forEach((v, rank) => {
        const item = facetInputs.get(`${group}\u0000${v.id}`)!;
        const show = v.count > 0 || v.selected;
        // Touch the DOM only where something changed: re-rendering is the costly part of a query.
        if (item.label.hidden === show) item.label.hidden = !show;
        if (item.label.style.order !== String(rank)) item.label.style.order = String(rank);
        if (item.box.checked !== v.selected) item.box.checked = v.selected;
        const count = `(${v.count})`;
        if (item.count.textContent !== count) item.count.textContent = count;
        if (show) visible++;
        if (v.selected) selected++;
      });
      if (details.hidden !== (visible === 0)) details.hidden = visible === 0;
      const badgeText = selected ? ` ${selected}` : '';
      if (badge.textContent !== badgeText) badge.textContent = badgeText;
      if (selected) details.open = true;
      active ||= selected > 0;
    }
    clear.hidden = !active;
  }

  function render(): void {
    const t0 = performance.now();
    outcome = engine.search(state.q, state.filters);
    root.dataset.engineMs = (performance.now() - t0).toFixed(2);
    const query = quote(outcome.terms);
    const filtered = GROUPS.some((g) => (state.filters[g]?.length ?? 0) > 0);
    notes.replaceChildren();
    for (const term of outcome.terms) {
      const named = engine.departmentsNamed(term.folded);
      if (named.length > 0) {
        const names = named.map((d) => `“${engine.bundle.departments[d]?.name}”`).join('、');
        notes.append(el('p', { class: 'small muted' }, S.viaDepartment(term.raw, names)));
      }
    }
    if (outcome.hits.length === 0) {
      let message = S.noMatch(query || '');
      if (filtered && outcome.unfiltered > 0) message += S.noMatchFiltered(outcome.unfiltered);
      else message += S.noMatchHint;
      status.textContent = message;
      status.dataset.empty = '';
    } else {
      status.textContent = S.found(outcome.hits.length, query) + (filtered ? S.beforeFilters(outcome.unfiltered) : '');
      delete status.dataset.empty;
    }
    list.replaceChildren();
    shown = 0;
    renderMore();
    renderFacets();
    document.title = state.q.trim() ? `${state.q.trim()} · ${baseTitle}` : baseTitle;
  }

  function update(next: SearchState, push: boolean): void {
    state = next;
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    render();
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
  more.addEventListener('click', () => {
    const firstNew = shown;
    renderMore();
    list.children[firstNew]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    input.value = state.q;
    render();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  render();
  root.dataset.ready = '';
  performance.mark('search-ready');
}
