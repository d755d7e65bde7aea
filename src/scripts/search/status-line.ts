/**
 * The search page's status line: how many units match the query's terms (at most how many when not
 * every candidate could be verified; how many before the filters), or why none does.
 */
import { GROUPS, type Selection } from '../../lib/search/filter-groups.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { SearchView } from '../../lib/search/view.ts';

const quote = (terms: SearchView['terms']): string => terms.map((t) => `“${t.raw}”`).join('、');

/** The status of `view` under the chosen `filters`. */
export function renderStatus(status: HTMLElement, view: SearchView, filters: Selection): void {
  const query = quote(view.terms);
  const filtered = GROUPS.some((g) => (filters[g]?.length ?? 0) > 0);
  if (view.total === 0) {
    let message = S.noMatch(query || '');
    if (filtered && view.unfiltered > 0) message += S.noMatchFiltered(view.unfiltered);
    else message += S.noMatchHint;
    status.textContent = message;
    status.dataset.empty = '';
  } else {
    const found = view.approximate ? S.foundAbout : S.found;
    status.textContent =
      found(view.total, query, view.notes.length > 0) + (filtered ? S.beforeFilters(view.unfiltered) : '');
    delete status.dataset.empty;
  }
}
