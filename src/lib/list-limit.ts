/**
 * Lists that grow with the corpus (a theme's earlier documents, the documents citing a national
 * one, every document) are cut on their page: at ten thousand documents they made pages of 12 to
 * 20 MB, and a page's bytes should not grow with the whole corpus. What is cut is one link away, in
 * a search with the page's filters, or on the province pages.
 */

/** Most entries a page shows of such a list. */
export const LIST_LIMIT = 50;

/** Most entries of one group where a page holds a group per province (a cited document's citing documents). */
export const GROUP_LIMIT = 10;

/** The first `limit` items and how many more there are. */
export function capped<T>(items: readonly T[], limit: number = LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
