/**
 * Search state in the URL, so a result list can be bookmarked and shared:
 *   search/?q=电梯+质监&province=henan&dept=quality-supervision&dept=industry-it
 * Parameters: q (the query as typed), then one repeated parameter per filter group (GROUPS), whose
 * values are the URL-safe ids of provinces, departments, themes, documents and unit kinds; then
 * sort=newest|document when the results are not in the default order (rank.ts).
 */
import { GROUPS, type Group, type Selection } from './filter-groups.ts';
import { type SortOrder, sortOrderOf } from './rank.ts';

export interface SearchState {
  q: string;
  filters: Selection;
  /** Result order (rank.ts); `relevance`, the default, is not written to the URL. */
  sort: SortOrder;
}

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Partial<Record<Group, string[]>> = {};
  for (const group of GROUPS) {
    const values = [
      ...new Set(
        params
          .getAll(group)
          .flatMap((v) => v.split(','))
          .filter((v) => v !== ''),
      ),
    ];
    if (values.length > 0) filters[group] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: sortOrderOf(params.get('sort')) };
}

/** `?q=…&province=…`, or `` for the empty state. Groups in GROUPS order, values as given. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const group of GROUPS) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Adds or removes one filter value. */
export function toggle(filters: Selection, group: Group, id: string, on: boolean): Selection {
  const current = new Set(filters[group] ?? []);
  if (on) current.add(id);
  else current.delete(id);
  return { ...filters, [group]: [...current] };
}
