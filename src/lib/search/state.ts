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

/** A filter value of the URL that the index does not know (a mistyped or outdated link). */
export interface UnknownFilter {
  group: Group;
  id: string;
}

/**
 * The filters whose values the index knows (`known`), and the values it does not: those are not
 * searched by (the results would look filtered and not be) and the page says so.
 */
export function knownFilters(
  filters: Selection,
  known: (group: Group, id: string) => boolean,
): { filters: Selection; unknown: UnknownFilter[] } {
  const kept: Partial<Record<Group, string[]>> = {};
  const unknown: UnknownFilter[] = [];
  for (const group of GROUPS) {
    const values = filters[group] ?? [];
    for (const id of values) if (!known(group, id)) unknown.push({ group, id });
    const good = values.filter((id) => known(group, id));
    if (good.length > 0) kept[group] = good;
  }
  return { filters: kept, unknown };
}

/** Adds or removes one filter value. */
export function toggle(filters: Selection, group: Group, id: string, on: boolean): Selection {
  const current = new Set(filters[group] ?? []);
  if (on) current.add(id);
  else current.delete(id);
  return { ...filters, [group]: [...current] };
}
