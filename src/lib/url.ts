/**
 * The one way to build an internal URL. Every link and asset goes through href(), so the same build
 * works at `/` and under a sub-path (BASE_PATH=/policy-kb/).
 */

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
  measure: (unitId: string) => `/measures/${unitId}/`,
  departments: () => '/departments/',
  department: (id: string, anchor?: string) => `/departments/${id}/${anchor ? `#${anchor}` : ''}`,
  departmentCsv: (id: string) => `/departments/${id}.csv`,
  departmentProvince: (id: string, provinceId: string) => `/departments/${id}/${provinceId}/`,
  themes: () => '/themes/',
  theme: (id: string, anchor?: string) => `/themes/${id}/${anchor ? `#${anchor}` : ''}`,
  provinces: () => '/provinces/',
  province: (id: string) => `/provinces/${id}/`,
  matrix: () => '/matrix/',
  targets: () => '/targets/',
  data: () => '/data/',
  dataFile: (name: string) => `/data/${name}`,
} as const;
