/**
 * The search page's related block: results reached through the thesaurus or a department's short
 * form (src/lib/search/related.ts), never counted among the exact results; and, when nothing
 * matches, suggestions: concepts and departments to search for, themes to browse.
 *
 * The related results come after the exact ones (an index engine reads their files once the exact
 * first page is asked for): the block is emptied with the exact results and filled when they arrive.
 */
import { RELATED_MAX } from '../../lib/search/related.ts';
import { type SearchState, writeState } from '../../lib/search/state.ts';
import { searchStrings as S } from '../../lib/search/strings.ts';
import type { RelatedFound, SearchView } from '../../lib/search/view.ts';
import { el } from './dom.ts';
import { renderHit } from './hit.ts';

export interface RelatedElements {
  relatedBox: HTMLElement;
  relatedNote: HTMLElement;
  relatedList: HTMLOListElement;
  /** Adds the next related results: where nothing matches exactly, they are the whole answer. */
  relatedMore: HTMLButtonElement;
  suggestBox: HTMLElement;
}

/** The related results on the page, and the requests for more of them, one after the other. */
let current: { found?: RelatedFound; chain: Promise<void> } = { chain: Promise.resolve() };

/** Empties the related results (a new list is shown; its related results are on their way). */
export function clearRelated({ relatedBox, relatedList, relatedMore }: RelatedElements): void {
  current = { chain: Promise.resolve() };
  relatedList.replaceChildren();
  relatedMore.hidden = true;
  relatedBox.hidden = true;
}

/** The related results, once found. `base`: the site's base path; `asOf`: the date statuses are as of. */
export function renderRelated(elements: RelatedElements, found: RelatedFound, base: string, asOf: string): void {
  const { relatedBox, relatedList, relatedMore } = elements;
  const shown = { found, chain: Promise.resolve() };
  current = shown;
  relatedList.replaceChildren(...found.related.map((hit) => renderHit(hit, base, asOf)));
  showCount(elements, found);
  relatedBox.hidden = found.related.length === 0;
  // A click while a page is on its way asks for the page after it; a click on an older list's button is
  // void. The chain stays fulfilled: a page that failed does not void the clicks after it.
  relatedMore.onclick = () => {
    shown.chain = shown.chain
      .then(async () => {
        const page = await found.more(RELATED_MAX);
        if (shown !== current) return;
        const first = relatedList.childElementCount;
        relatedList.append(...page.map((hit) => renderHit(hit, base, asOf)));
        showCount(elements, found);
        relatedList.children[first]?.querySelector('a')?.focus();
      })
      .catch(console.error);
  };
}

/** The note (how many in all, how many shown) and the button, as the list now stands. */
function showCount({ relatedNote, relatedList, relatedMore }: RelatedElements, found: RelatedFound): void {
  relatedNote.textContent = S.relatedNote(found.total, relatedList.childElementCount);
  const left = found.left();
  relatedMore.hidden = left <= 0;
  relatedMore.textContent = S.more(Math.min(left, RELATED_MAX));
}

/** The suggestions of `view` (made with its exact results); a suggested search keeps `state`'s filters and order. */
export function renderSuggestions(elements: RelatedElements, view: SearchView, state: SearchState, base: string): void {
  const { suggestBox } = elements;
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
