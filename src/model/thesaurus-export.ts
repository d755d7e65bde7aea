/**
 * The thesaurus as the ingest exports it: data/thesaurus.json, the concepts with their relations made
 * symmetric (the thesaurus page reads it), and data/thesaurus.jsonld, the same in SKOS JSON-LD.
 */
import type { Concept } from './thesaurus.ts';

/** A concept as exported: relations made symmetric (narrower = inverse of broader, related both ways). */
export interface ConceptExport {
  id: string;
  prefLabel: string;
  altLabels: string[];
  everyday: string[];
  broader: string[];
  narrower: string[];
  related: string[];
  themes: string[];
}

/** The concepts with their relations made symmetric (unknown ids dropped: they were reported). */
export function exportConcepts(concepts: readonly Concept[]): ConceptExport[] {
  const ids = new Set(concepts.map((c) => c.id));
  const narrower = new Map<string, Set<string>>(concepts.map((c) => [c.id, new Set(c.narrower)]));
  const broader = new Map<string, Set<string>>(concepts.map((c) => [c.id, new Set(c.broader)]));
  const related = new Map<string, Set<string>>(concepts.map((c) => [c.id, new Set(c.related)]));
  for (const c of concepts) {
    for (const b of c.broader) narrower.get(b)?.add(c.id);
    for (const n of c.narrower) broader.get(n)?.add(c.id);
    for (const r of c.related) related.get(r)?.add(c.id);
  }
  const known = (set: Set<string> | undefined) => [...(set ?? [])].filter((id) => ids.has(id));
  return concepts.map((c) => ({
    id: c.id,
    prefLabel: c.prefLabel,
    altLabels: c.altLabels,
    everyday: c.everyday,
    broader: known(broader.get(c.id)),
    narrower: known(narrower.get(c.id)),
    related: known(related.get(c.id)),
    themes: c.themes,
  }));
}

/** The concept scheme's label in the JSON-LD export and on the site. */
export const THESAURUS_TITLE = '政策词表';

/** The SKOS vocabulary and the short names the JSON-LD export uses for it. */
const SKOS_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  Concept: 'skos:Concept',
  ConceptScheme: 'skos:ConceptScheme',
  prefLabel: { '@id': 'skos:prefLabel', '@language': 'zh' },
  altLabel: { '@id': 'skos:altLabel', '@language': 'zh', '@container': '@set' },
  broader: { '@id': 'skos:broader', '@type': '@id', '@container': '@set' },
  narrower: { '@id': 'skos:narrower', '@type': '@id', '@container': '@set' },
  related: { '@id': 'skos:related', '@type': '@id', '@container': '@set' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id', '@container': '@set' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
} as const;

/**
 * SKOS in JSON-LD: one skos:ConceptScheme (`#scheme`) and one skos:Concept per concept (`#<id>`),
 * identified relative to the file itself so that the export needs no site URL.
 */
export function thesaurusJsonLd(concepts: readonly ConceptExport[], title: string): object {
  const ref = (id: string) => `#${id}`;
  const top = concepts.filter((c) => c.broader.length === 0).map((c) => ref(c.id));
  return {
    '@context': SKOS_CONTEXT,
    '@graph': [
      { '@id': '#scheme', '@type': 'ConceptScheme', prefLabel: title, hasTopConcept: top },
      ...concepts.map((c) => ({
        '@id': ref(c.id),
        '@type': 'Concept',
        inScheme: '#scheme',
        ...(c.broader.length === 0 ? { topConceptOf: '#scheme' } : {}),
        prefLabel: c.prefLabel,
        altLabel: c.altLabels,
        broader: c.broader.map(ref),
        narrower: c.narrower.map(ref),
        related: c.related.map(ref),
      })),
    ],
  };
}
