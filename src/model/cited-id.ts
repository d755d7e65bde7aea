/**
 * Ids of documents outside the corpus, made from their 文号, and the issuer a 文号 prefix names.
 * Shared by the ingest (data/cited.json) and the site (links from citations to the cited page).
 */

/** 文号 prefixes whose issuer the prefix itself says, with the ASCII word used in the page's id. */
export const DOC_NUMBER_ISSUERS: Record<string, { issuer: string; word: string }> = {
  国发: { issuer: '国务院', word: 'guofa' },
  国函: { issuer: '国务院', word: 'guohan' },
  国办发: { issuer: '国务院办公厅', word: 'guobanfa' },
  国办函: { issuer: '国务院办公厅', word: 'guobanhan' },
  国办发明电: { issuer: '国务院办公厅', word: 'guobanfamingdian' },
};

/** `国办发〔2015〕19号` → [`国办发`, `2015`, `19`]; undefined for another shape. */
export function docNumberParts(docNumber: string): [string, string, string] | undefined {
  const match = /^(.*)〔(\d{4})〕(\d+)号$/u.exec(docNumber);
  return match ? [match[1]!, match[2]!, match[3]!] : undefined;
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: short, stable, no dependency. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `国办发〔2015〕19号` → `guobanfa-2015-19`; a prefix without an ASCII word gets `x` + a hash of it. */
export function citedId(docNumber: string): string {
  const parts = docNumberParts(docNumber);
  if (!parts) return `cited-${fnv1a(docNumber)}`;
  const [prefix, year, number] = parts;
  return `${DOC_NUMBER_ISSUERS[prefix]?.word ?? `x${fnv1a(prefix)}`}-${year}-${number}`;
}

/** The issuer the 文号 prefix names, e.g. 国务院办公厅 for 国办发; undefined when it names none. */
export const issuerOfDocNumber = (docNumber: string) =>
  DOC_NUMBER_ISSUERS[docNumberParts(docNumber)?.[0] ?? '']?.issuer;

/** Site-relative path of the page of a document outside the corpus (no base). */
export const citedPath = (id: string) => `/cited/${id}/`;
