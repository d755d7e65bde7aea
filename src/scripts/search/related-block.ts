/**
 * The search page's related block: results reached through the thesaurus or a department's short
 * form (src/lib/search/related.ts), never counted among the exact results; and, when nothing
 * matches, suggestions: concepts and departments to search for, themes to browse.
 */
import { type SearchState, writeState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { SearchView } from '../../lib/search/view.ts';
import { el } from './dom.ts';
import { renderHit } from './hit.ts';

export interface RelatedElements {
  relatedBox: HTMLElement;
  relatedNote: HTMLElement;
  relatedList: HTMLOListElement;
  suggestBox: HTMLElement;
}

/**
 * The related results and suggestions of `view`; a suggested search keeps `state`'s filters and order.
 * `base`: the site's base path; `asOf`: the date statuses are as of.
 */
export function renderRelated(
  elements: RelatedElements,
  view: SearchView,
  state: SearchState,
  base: string,
  asOf: string,
): void {
  const { relatedBox, relatedNote, relatedList, suggestBox } = elements;
  relatedList.replaceChildren(...view.related.map((hit) => renderHit(hit, base, asOf)));
  relatedNote.textContent = S.relatedNote(view.relatedTotal, view.related.length);
  relatedBox.hidden = view.related.length === 0;
  const { concepts, departments, themes } = view.suggestions;
  const line = (label: string, links: HTMLAnchorElement[]) => (links.length > 0 ? [el('p', {}, label, ...links)] : []);
  const searchLink = (q: string) => el('a', { href: `${location.pathname}${writeState({ ...state, q })}` }, q);
  suggestBox.replaceChildren(
    ...line(S.suggestConcepts, concepts.map(searchLink)),
    ...line(S.suggestDepartments, departments.map(searchLink)),
    ...line(
      S.suggestThemes,
      themes.map((theme) => el('a', { href: `${base}themes/${theme.id}/` }, theme.name)),
    ),
  );
  suggestBox.hidden = suggestBox.childElementCount === 0;
}
