/**
 * The filter groups of search and a selection of their values, shared by both engines, the URL state
 * (state.ts), the lexicon and the page. In a file of their own so that what needs only the groups
 * does not import the exact engine.
 */

/**
 * Filter groups, in display order; the key is also the URL parameter. `status` and `province` are
 * properties of a unit's document; the others of the unit.
 */
export const GROUPS = ['status', 'province', 'dept', 'theme', 'doc', 'kind'] as const;
export type Group = (typeof GROUPS)[number];
export type Selection = Partial<Record<Group, readonly string[]>>;
