/**
 * The one way to build an internal URL. Every link and asset goes through href(), so the same build
 * works at `/` and under a sub-path (BASE_PATH=/policy-kb/).
 */
import { citedPath } from '../model/cited-id.ts';
import { unitPath } from '../model/ids.ts';

/** `/policy-kb` → `/policy-kb/`, `` → `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Join a site-relative path (`/documents/x/`, `documents/x/`, `search/?q=…`) onto a base. */
export function joinBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

const BASE = normaliseBase(import.meta.env?.BASE_URL);

/** Internal URL for a site-relative path, with the configured base. */
export function href(path: string): string {
  return joinBase(BASE, path);
}

/**
 * Page names under /departments/ and /themes/ that are not registry ids: a department or theme with
 * such an id would have no page of its own, so the pages listing them refuse to build (assertNotReserved).
 */
export const RESERVED_IDS = { department: 'unresolved', theme: 'unclassified' } as const;

/** Throws when a registry id is taken by one of the site's own pages. */
export function assertNotReserved(kind: keyof typeof RESERVED_IDS, ids: Iterable<string>): void {
  for (const id of ids)
    if (id === RESERVED_IDS[kind])
      throw new Error(
        `content/registry/${kind === 'department' ? 'departments' : 'themes'}.yml: the id \`${id}\` is reserved for the page ${kind === 'department' ? paths.unresolvedDepartments() : paths.unclassified()}, choose another`,
      );
}

/** Site-relative paths of every page type (no base: pass them to href). */
export const paths = {
  home: () => '/',
  search: (params: Record<string, string> = {}) => {
    const query = new URLSearchParams(params).toString();
    return `/search/${query ? `?${query}` : ''}`;
  },
  documents: () => '/documents/',
  document: (id: string, anchor?: string) => `/documents/${id}/${anchor ? `#${anchor}` : ''}`,
  documentSource: (id: string, line?: number) => `/documents/${id}/source/${line ? `#L${line}` : ''}`,
  rawSource: (id: string) => `/sources/${id}.txt`,
  /** A unit's address: its anchor on its document's page (src/model/ids.ts unitPath). */
  unit: (unitId: string) => unitPath(unitId),
  departments: () => '/departments/',
  department: (id: string, anchor?: string) => `/departments/${id}/${anchor ? `#${anchor}` : ''}`,
  departmentCsv: (id: string) => `/departments/${id}.csv`,
  departmentProvince: (id: string, provinceId: string) => `/departments/${id}/${provinceId}/`,
  /** Department names the registry does not know, for curators (no department id may be `unresolved`). */
  unresolvedDepartments: () => `/departments/${RESERVED_IDS.department}/`,
  themes: () => '/themes/',
  theme: (id: string, anchor?: string) => `/themes/${id}/${anchor ? `#${anchor}` : ''}`,
  /** Tasks without a theme, for curators (no theme id may be `unclassified`). */
  unclassified: () => `/themes/${RESERVED_IDS.theme}/`,
  provinces: () => '/provinces/',
  province: (id: string) => `/provinces/${id}/`,
  matrix: () => '/matrix/',
  targets: () => '/targets/',
  data: () => '/data/',
  dataFile: (name: string) => `/data/${name}`,
  /** Page of a document outside the corpus, by its id made from the 文号 (src/model/cited-id.ts). */
  cited: (id: string) => citedPath(id),
  citedIndex: () => '/cited/',
  /** Editors' notes (content/notes), their pages and their Atom feed. */
  notes: () => '/notes/',
  note: (id: string) => `/notes/${id}/`,
  notesFeed: () => '/notes/feed.xml',
} as const;
