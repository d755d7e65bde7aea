/**
 * What the related lookup (related-lookup.ts) reads in Pagefind mode: the units of a label by its
 * exact phrase, the units of a department by the 部门 filter, under the query's filters, and each
 * candidate's original text and departments from its fragment, where it is checked.
 */
import type { PagefindEngine, PagefindFilter } from './pagefind-engine.ts';
import { FILTER_KEYS } from './record.ts';
import type { RelatedSource } from './related-lookup.ts';

/** Both filters (Pagefind's `all`), or the second alone when the first is empty. */
export function withFilter(filter: PagefindFilter, more: PagefindFilter): PagefindFilter {
  return Object.keys(filter).length > 0 ? { all: [filter, more] } : more;
}

export function pagefindRelatedSource(
  engine: PagefindEngine,
  filter: PagefindFilter,
  arrange: (ids: string[]) => string[],
): RelatedSource<string> {
  const lex = engine.lexicon;
  const departmentsOf = (ids: string | undefined): number[] =>
    (ids ?? '')
      .split(' ')
      .map((id) => lex.indexOf('dept', id))
      .filter((d) => d >= 0);
  return {
    lexicon: lex,
    textUnits: async (folded) => (await engine.textFound(folded, filter)).ids,
    departmentUnits: async (department) => {
      const id = lex.meta.departments[department]?.id ?? '';
      return (await engine.run(null, withFilter(filter, { [FILTER_KEYS.dept]: { any: [id] } }))).ids;
    },
    arrange,
    read: async (id) => {
      const fragment = await engine.fragment(id);
      return { text: fragment.meta.text ?? '', depts: departmentsOf(fragment.meta.departments) };
    },
    show: async (id, ranges, departments) => {
      const ids = [...departments].map((d) => lex.meta.departments[d]?.id ?? '');
      return engine.shown(await engine.fragment(id), ranges, new Set(ids));
    },
  };
}
