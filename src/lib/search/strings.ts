/** Labels of the search page (kept here until they move into src/ui-strings.ts). */
import type { Group } from './filter-groups.ts';
import type { SortOrder } from './rank.ts';

export const searchStrings = {
  title: '检索',
  /** Name of the results column (its status line is empty until a query runs). */
  results: '检索结果',
  intro:
    '逐字查找：输入的文字在条文中出现即命中（与 Ctrl+F 相同），多个词用空格分开表示同时包含；加引号按原样匹配。全角半角、繁体简体均可。',
  noScript: '本页的检索需要启用 JavaScript。也可以按以下分类浏览全部条目：',
  loading: '正在载入检索数据…',
  loadFailed: '检索数据载入失败，请刷新页面重试。',
  /** A query whose files could not be fetched; the next query fetches them again. */
  queryFailed: '检索数据载入失败，请重试。',
  /** The query is longer than QUERY_LIMITS (query.ts): only its beginning is searched. */
  tooLong: (chars: number, terms: number) => `查询过长：只按前 ${chars} 个字（至多 ${terms} 个词）检索。`,
  /** Something was typed, but only quotes, punctuation or spaces: there is nothing to look for. */
  nothingToSearch: '没有可检索的文字：单独的引号、标点不参与检索，请输入要查找的字词。',
  filters: '筛选',
  /** The phone's 筛选 button, with how many filter values are chosen. */
  filterToggle: (active: number) => (active > 0 ? `筛选（${active}）` : '筛选'),
  clearFilters: '清除筛选',
  /** Filter values of the address that the index does not know (state.ts knownFilters). */
  unknownFilters: (values: readonly string[]) => `链接中的筛选条件 ${values.join('、')} 在本库中不存在，未按其筛选。`,
  more: (n: number) => `再显示 ${n} 条`,
  /** Result orders (rank.ts), in display order. */
  sortLabel: '排序',
  sorts: { relevance: '相关度', newest: '最新', document: '原文顺序' } satisfies Record<SortOrder, string>,
  groups: { status: '状态', province: '省份', dept: '部门', theme: '主题', doc: '文件', kind: '类型' } satisfies Record<
    Group,
    string
  >,
  departments: '责任部门：',
  /** Tooltip of a result's status badge: the date the status is computed for. */
  statusAsOf: (date: string) => `截至 ${date}`,
  viaDepartment: (term: string, names: string) => `“${term}”是部门名称，也匹配由${names}负责的条目。`,
  /**
   * The departments before and after those a term names (reorganisations): their units, when the
   * corpus has any, are among the related results.
   */
  viaLineage: (predecessors: readonly string[], successors: readonly string[]) =>
    '部门沿革：' +
    [
      predecessors.length > 0 ? `前身部门${predecessors.join('、')}` : '',
      successors.length > 0 ? `由${successors.join('、')}承接职责` : '',
    ]
      .filter(Boolean)
      .join('；') +
    '（其负责的条目见相关结果）。',
  /** `byDepartment`: a term names departments, whose units match without holding it (lexicon.ts). */
  found: (n: number, query: string, byDepartment = false) =>
    query ? `共 ${n} 条包含 ${query}${byDepartment ? ' 或由所指部门负责' : ' '}的条目` : `共 ${n} 条条目`,
  /** When not every candidate of a long term could be checked against its text (shards/engine.ts). */
  foundAbout: (n: number, query: string, byDepartment = false) =>
    query ? `约 ${n} 条包含 ${query}${byDepartment ? ' 或由所指部门负责' : ' '}的条目` : `约 ${n} 条条目`,
  /** A filter count that is an upper bound (counts not every candidate was checked for). */
  countAtMost: (n: number) => `(≤${n})`,
  beforeFilters: (n: number) => `（不加筛选共 ${n} 条）`,
  noMatch: (query: string) => `没有找到包含 ${query} 的条目。`,
  noMatchFiltered: (n: number) => `去掉筛选条件后有 ${n} 条。`,
  noMatchHint: '请检查用字，或减少关键词。',
  keyboardHint: '按 / 键可随时回到检索框。',
  /** The block of results reached through the thesaurus or a department's short form (related.ts). */
  related: '相关结果',
  relatedNote: (n: number, shown: number) =>
    `以下 ${n} 条不含所查文字，经由词表、部门简称或部门沿革找到，不计入上方条数${n > shown ? `（显示前 ${shown} 条）` : ''}。`,
  via: (names: readonly string[]) => `经由${names.map((name) => `“${name}”`).join('、')}`,
  /** How a related result reached through a reorganisation names its department (related.ts). */
  lineageVia: (name: string, relation: 'predecessor' | 'successor') =>
    `${name}（${relation === 'predecessor' ? '前身部门' : '承接职责的部门'}）`,
  /** The block of notes and document pages found by words (Pagefind: src/scripts/search/prose.ts). */
  prose: '解读与政策文件',
  proseSearching: '正在按词语检索解读与政策文件…',
  proseFound: (n: number) => `按词语找到 ${n} 篇解读或政策文件，按相关度排列，不计入上方条数。`,
  /** Before every candidate Pagefind gave is checked against the query's terms (some may not hold them). */
  proseFoundAtMost: (n: number) => `按词语找到至多 ${n} 篇解读或政策文件，按相关度排列，不计入上方条数。`,
  proseNone: '没有找到含这些词语的解读或政策文件。',
  proseFailed: '解读与政策文件的检索载入失败，请刷新页面重试。',
  /** When nothing matches exactly: what the query is near. */
  suggestConcepts: '词表中相近的词：',
  suggestDepartments: '部门：',
  suggestThemes: '主题：',
} as const;
