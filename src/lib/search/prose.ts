/**
 * Prose search: ranked word search over the note and document pages with Pagefind (the index
 * scripts/search-index/prose.ts writes), shown by the search page in its own block below the exact
 * measure results, never counted with them. Pagefind segments the query into words and ranks the
 * pages; this module prepares the query, keeps the pages that hold every term as typed, and turns
 * Pagefind's answers into what the block shows.
 */
import { joinBase } from '../url.ts';
import type { CharFolder } from './normalize.ts';
import { excerpt, occurrences } from './highlight.ts';
import { QUERY_LIMITS, collapseSpace, parseQuery } from './query.ts';

// ---- the part of Pagefind's JS API (pagefind.js 1.6) the block uses -----------------------------
export interface PagefindData {
  /** Site-relative address, as the index was given it (no base path). */
  url: string;
  /** The page's whole text as indexed. */
  content: string;
  /** The page's text around the best match: HTML-escaped text with `<mark>` around the words found. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  /** The page's fragment id (`zh-cn_…`), known before its data is loaded. */
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Adds the index at `path` (a URL folder) to the one pagefind.js was loaded from: one search over both. */
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * `pagefind/parts.json`: how the prose index is laid out. Pagefind holds an index in memory while it
 * writes it (about 1.3 GB per 1,000 document pages), so a large corpus is indexed in parts
 * (scripts/search-index/prose.ts), each written by a service of its own, and searched together
 * (Pagefind's mergeIndex). Every part also holds one record of the whole corpus's words, so that a
 * query word missing from a part's pages is still a word of its index and the part's answer keeps
 * the AND of the query's words (Pagefind drops a query word its index does not know); those records
 * are never results.
 */
export interface ProseParts {
  /** The folders of the parts after the first, relative to `pagefind/` (`part-1`, …); none: one index. */
  parts: string[];
  /** Fragment ids of the parts' vocabulary records: left out of every answer. */
  hidden: string[];
}

/** Where the layout is written, relative to the site's `pagefind/` folder. */
export const PROSE_PARTS_FILE = 'parts.json';

/** The results that are pages: an answer without the vocabulary records of `parts`. */
export function pageResults(results: readonly PagefindResult[], parts: ProseParts): PagefindResult[] {
  if (parts.hidden.length === 0) return [...results];
  const hidden = new Set(parts.hidden);
  return results.filter((result) => !hidden.has(result.id));
}

/** One prose result as the block shows it. */
export interface ProseHit {
  href: string;
  title: string;
  /** 解读 or 文件 (the page's data-kind). */
  kind: string;
  /** A document's province (notes have none). */
  province: string;
  excerpt: ExcerptSegment[];
}

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/**
 * What is sent to Pagefind for a query typed on the search page: folded as the exact search folds
 * it (full width, traditional characters: the pages are simplified), spaces collapsed, cut to the
 * same length. Quotes are kept: Pagefind reads "…" as a phrase, as the exact search does.
 */
export function proseQuery(q: string, fold: (text: string) => string): string {
  return fold(collapseSpace(q).slice(0, QUERY_LIMITS.chars)).trim();
}

/**
 * A page's text around the query's terms, every occurrence of each marked, when the text holds
 * every term as the exact search reads it (folded, a quoted phrase whole); undefined when it does
 * not. Pagefind drops the query words its index does not know and answers pages holding only the
 * others: 三包 is 三 and 包 to it, so every page with a 三 would be found, its excerpt marking the
 * 三s. A page it ranks is shown only when the terms are in it, as Ctrl+F would find them, with them
 * marked.
 */
export function termExcerpt(content: string, q: string, fold: CharFolder): ExcerptSegment[] | undefined {
  const text = content.replaceAll('\u200b', '');
  const folded = fold(text);
  const found = parseQuery(q, fold).terms.map((term) => occurrences(folded, term.folded));
  if (found.length === 0 || found.some((ranges) => ranges.length === 0)) return undefined;
  return excerpt(text, found.flat());
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt as text segments, the found words marked. Only `<mark>` and `</mark>` are read
 * as markup; everything else is text (its entities decoded), so a page's own text can never become
 * markup on the search page, whatever it holds. The zero-width spaces Pagefind puts between the
 * Chinese words it segmented are its own, not the page's: removed.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.replaceAll('\u200b', '').split(/(<\/?mark>)/u)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part !== '') segments.push({ text: decodeEntities(part), mark });
  }
  return segments;
}

/**
 * A result's data as the block shows it; `base`: the site's base path; `excerpt`: the page's own
 * text around the terms (termExcerpt), else Pagefind's.
 */
export function proseHit(data: PagefindData, base: string, excerpt?: ExcerptSegment[]): ProseHit {
  return {
    href: joinBase(base, data.url),
    title: data.meta.title ?? data.url,
    kind: data.meta.kind ?? '',
    province: data.meta.province ?? '',
    excerpt: excerpt ?? excerptSegments(data.excerpt),
  };
}
