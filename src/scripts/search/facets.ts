/**
 * The filter groups of the search page (GROUPS), with their counts, and the phone's 筛选 button
 * count. Built once; each render only updates counts, checks, visibility and order, and only in
 * open groups: a closed group (documents at scale: 1,000 rows) is brought up to date when opened.
 */
import type { Labelled } from '../../lib/search/bundle.ts';
import { GROUPS, type Group } from '../../lib/search/filter-groups.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { SearchView } from '../../lib/search/view.ts';
import { el } from './dom.ts';

/** Filter groups with more values than this start closed. */
const OPEN_MAX = 30;

export interface FacetPanel {
  /** Shows the counts and choices of a new answer. */
  render: (view: SearchView) => void;
}

/** The groups in `panel` (checkbox changes bubble to it), a 清除筛选 button, and the count on `toggle`. */
export function facetPanel(
  panel: HTMLElement,
  labels: (group: Group) => Labelled[],
  toggle: HTMLButtonElement,
  onClear: () => void,
): FacetPanel {
  let view: SearchView | undefined;
  type Row = { box: HTMLInputElement; label: HTMLLabelElement; count: HTMLElement };
  const facetRows = new Map<Group, Row[]>();
  const facetGroups = new Map<Group, { details: HTMLDetailsElement; badge: HTMLElement }>();
  const stale = new Set<Group>();
  for (const group of GROUPS) {
    const details = el('details', { 'data-group': group, class: 'search-facet' });
    // Long lists start closed (dept and theme always; documents at scale): a closed group is
    // neither laid out nor painted, which keeps a query's re-render cheap with 1,000 documents.
    details.open = group !== 'dept' && group !== 'theme' && labels(group).length <= OPEN_MAX;
    const badge = el('span', { class: 'badge-count' });
    details.append(el('summary', {}, S.groups[group], badge));
    const fieldset = el('fieldset', {}, el('legend', { class: 'visually-hidden' }, S.groups[group]));
    const rows = labels(group).map((label) => {
      const box = el('input', { type: 'checkbox', name: group, value: label.id });
      const count = el('span', { class: 'count' });
      const row = el('label', {}, box, ` ${label.name} `, count);
      fieldset.append(row);
      return { box, label: row, count };
    });
    facetRows.set(group, rows);
    details.append(fieldset);
    details.addEventListener('toggle', () => {
      if (details.open && stale.has(group)) renderRows(group);
    });
    panel.append(details);
    facetGroups.set(group, { details, badge });
  }
  const clear = el('button', { type: 'button', class: 'search-clear' }, S.clearFilters);
  clear.addEventListener('click', onClear);
  panel.append(clear);

  function renderRows(group: Group): void {
    if (!view) return;
    stale.delete(group);
    const rows = facetRows.get(group)!;
    const byCount = group === 'dept' || group === 'theme';
    const bound = view.boundGroups.has(group);
    const ranked = byCount
      ? [...view.facets[group]].sort((a, b) => b.count - a.count || a.value - b.value)
      : view.facets[group];
    ranked.forEach((v, rank) => {
      const item = rows[v.value]!;
      const show = v.count > 0 || v.selected;
      // Touch the DOM only where something changed: re-rendering is the costly part of a query.
      if (item.label.hidden === show) item.label.hidden = !show;
      if (item.label.style.order !== String(rank)) item.label.style.order = String(rank);
      if (item.box.checked !== v.selected) item.box.checked = v.selected;
      const count = bound ? S.countAtMost(v.count) : `(${v.count})`;
      if (item.count.textContent !== count) item.count.textContent = count;
    });
  }

  function render(next: SearchView): void {
    view = next;
    let active = false;
    let chosen = 0;
    for (const group of GROUPS) {
      const { details, badge } = facetGroups.get(group)!;
      let visible = 0;
      let selected = 0;
      for (const v of view.facets[group]) {
        if (v.count > 0 || v.selected) visible++;
        if (v.selected) selected++;
      }
      if (details.hidden !== (visible === 0)) details.hidden = visible === 0;
      const badgeText = selected ? ` ${selected}` : '';
      if (badge.textContent !== badgeText) badge.textContent = badgeText;
      if (selected) details.open = true;
      if (details.open) renderRows(group);
      else stale.add(group);
      active ||= selected > 0;
      chosen += selected;
    }
    clear.hidden = !active;
    const toggleText = S.filterToggle(chosen);
    if (toggle.textContent !== toggleText) toggle.textContent = toggleText;
  }

  return { render };
}
