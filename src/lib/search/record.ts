/**
 * A unit's Pagefind record (scripts/search-index.ts adds one per unit with Pagefind's addCustomRecord:
 * units have no page of their own). It indexes the unit's text, folded with matchFold (width,
 * script, case) and with every character its own word, so that Pagefind can find any substring as
 * an exact phrase of single characters (`"质 监"`), which a segmenting index cannot. Line breaks
 * become `¶`, which keeps a position, so no phrase spans two paragraphs. Filters carry the ids of
 * the URL state; meta carries what a result shows (the original text, which the search page matches
 * again before showing it, and the departments' ids in the order written, first = lead).
 *
 * Pagefind drops punctuation and spaces (they are not words), so a term holding any is searched as
 * the phrase of its letters and digits only, which finds a SUPERSET of the units that contain it:
 * the search page verifies every result against the text before showing it (pagefind-engine.ts).
 */
import { formatNumbering } from '../format.ts';
import type { ExportUnit } from './bundle.ts';
import { GROUPS, type Group } from './engine.ts';
import type { CharFolder } from './normalize.ts';

/**
 * The filter groups a record carries as Pagefind filters. 状态 is not one: it is its document's, so
 * pagefind-engine.ts answers it through 文件 (a status is the set of documents that have it).
 */
export type RecordGroup = Exclude<Group, 'status'>;
export const RECORD_GROUPS = GROUPS.filter((group): group is RecordGroup => group !== 'status');

/** Pagefind filter names for the filter groups (values: the ids of the URL state). */
export const FILTER_KEYS = {
  province: '省份',
  dept: '部门',
  theme: '主题',
  doc: '文件',
  kind: '类型',
} as const satisfies Record<RecordGroup, string>;

export function spacedCopy(text: string, fold: CharFolder): string {
  return fold(text)
    .split(/\s*\n\s*/u)
    .map((line) => [...line.replace(/\s+/gu, '')].join(' '))
    .join(' ¶ ');
}

/** The characters of a folded term that Pagefind indexes as words: letters and digits. */
const INDEXED = /[\p{L}\p{N}]/u;

/** The letters and digits of a folded term, each its own word (`质 监`), or `` when it has none. */
export function phraseWords(folded: string): string {
  return [...folded].filter((ch) => INDEXED.test(ch)).join(' ');
}

/**
 * Whether Pagefind's phrase search answers a term EXACTLY: every character is a letter or digit
 * (nothing was dropped). Otherwise its results are only candidates.
 */
export function phraseIsExact(folded: string): boolean {
  return [...folded].every((ch) => INDEXED.test(ch));
}

/** The Pagefind query for one folded term: the exact phrase of its characters. */
export function phraseQuery(folded: string): string {
  const words = phraseWords(folded);
  return words === '' ? '' : `"${words}"`;
}

/** What Pagefind's addCustomRecord takes, less the url and language the caller adds. */
export interface UnitRecord {
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function unitRecord(
  unit: ExportUnit & { numbering: string[] },
  documentTitle: string,
  fold: CharFolder,
): UnitRecord {
  const unique = (values: string[]) => [...new Set(values.filter((v) => v.trim() !== ''))];
  // A name the registry does not know has no id: no 部门 filter value (its text is still indexed).
  const deptIds = unique(unit.departments.flatMap((d) => d.id ?? []));
  return {
    content: spacedCopy(unit.text, fold),
    meta: {
      title: unit.title,
      id: unit.id,
      number: formatNumbering(unit.numbering),
      document: documentTitle,
      departments: deptIds.join(' '),
      text: unit.text,
    },
    filters: {
      [FILTER_KEYS.province]: [unit.provinceId],
      [FILTER_KEYS.dept]: deptIds,
      [FILTER_KEYS.theme]: unique(unit.themes),
      [FILTER_KEYS.doc]: [unit.document],
      [FILTER_KEYS.kind]: [unit.kind],
    },
  };
}
