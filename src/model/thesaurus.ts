/**
 * The policy thesaurus (content/registry/thesaurus.yml), modelled on SKOS
 * (https://www.w3.org/TR/skos-reference/): concepts with one preferred label, alternative labels,
 * broader/narrower and associative relations. Search reaches a concept's units through any of its
 * labels (src/lib/search/thesaurus.ts); the ingest exports it as data/thesaurus.json and SKOS JSON-LD.
 * Pure zod + types, shared by scripts/ (ingest) and src/ (site).
 */
import { z } from 'zod';
import { slugSchema } from './id-schemas.ts';

/** One concept as written in thesaurus.yml. */
export const conceptSchema = z.object({
  /** Stable URL-safe id, e.g. `e-commerce`. Never reused for another concept. */
  id: slugSchema,
  /** The preferred label, as the documents write it (skos:prefLabel), e.g. `电子商务`. */
  prefLabel: z.string().min(1),
  /**
   * Other labels of the same concept (skos:altLabel): synonyms, older or newer wordings and the words
   * officials use in speech, e.g. `网络销售`, `互联网销售`, `网购`. A label belongs to one concept only.
   */
  altLabels: z.array(z.string().min(1)).default([]),
  /**
   * Labels (pref or alt) that the corpus does not contain: officials' everyday or technical words,
   * listed so that every other label is checked against the corpus (a label there by mistake fails).
   */
  everyday: z.array(z.string().min(1)).default([]),
  /** Ids of broader concepts (skos:broader), e.g. `trade-circulation` for `e-commerce`. */
  broader: z.array(slugSchema).default([]),
  /** Ids of narrower concepts (skos:narrower); optional: the export adds the inverse of `broader`. */
  narrower: z.array(slugSchema).default([]),
  /** Ids of associated concepts (skos:related); symmetric: the export adds the inverse. */
  related: z.array(slugSchema).default([]),
  /** Ids of themes (themes.yml) the concept belongs to, e.g. `brand-building`. */
  themes: z.array(slugSchema).default([]),
});
export type ConceptInput = z.input<typeof conceptSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export const thesaurusFileSchema = z.array(conceptSchema);

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

/** One problem, at the path of the offending value in the concepts list. */
export interface ThesaurusProblem {
  path: Array<string | number>;
  /** `reference`: an id that does not exist; `label`: a label that is not one concept's only. */
  kind: 'reference' | 'label';
  message: string;
}

/**
 * What the schema of one concept cannot see: references to concepts and themes that do not exist,
 * a concept broader than itself (directly or through others), a concept both broader and related,
 * a label of two concepts (or twice in one), an `everyday` entry that is not one of its labels.
 */
export function thesaurusProblems(concepts: readonly Concept[], themeIds: ReadonlySet<string>): ThesaurusProblem[] {
  const problems: ThesaurusProblem[] = [];
  const ids = new Set(concepts.map((c) => c.id));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const owner = new Map<string, string>();
  concepts.forEach((concept, index) => {
    for (const field of ['broader', 'narrower', 'related'] as const)
      concept[field].forEach((id, position) => {
        if (!ids.has(id))
          problems.push({
            path: [index, field, position],
            kind: 'reference',
            message: `Unexpected concept \`${id}\` in ${field}, expected an id of thesaurus.yml`,
          });
      });
    concept.themes.forEach((id, position) => {
      if (!themeIds.has(id))
        problems.push({
          path: [index, 'themes', position],
          kind: 'reference',
          message: `Unexpected theme \`${id}\`, expected an id of themes.yml`,
        });
    });
    concept.related.forEach((id, position) => {
      const other = byId.get(id);
      if (
        concept.broader.includes(id) ||
        concept.narrower.includes(id) ||
        other?.broader.includes(concept.id) ||
        other?.narrower.includes(concept.id)
      )
        problems.push({
          path: [index, 'related', position],
          kind: 'reference',
          message: `Unexpected related \`${id}\`, expected a concept that is not also broader or narrower`,
        });
    });
    if (reachesItself(concept.id, byId))
      problems.push({
        path: [index, 'broader'],
        kind: 'reference',
        message: `Unexpected broader chain back to \`${concept.id}\`, expected no cycle`,
      });
    const labels = [concept.prefLabel, ...concept.altLabels];
    labels.forEach((label, position) => {
      const path = position === 0 ? [index, 'prefLabel'] : [index, 'altLabels', position - 1];
      const first = owner.get(label);
      if (first !== undefined)
        problems.push({
          path,
          kind: 'label',
          message: `Unexpected label \`${label}\` again (first in \`${first}\`), expected each label once`,
        });
      else owner.set(label, concept.id);
    });
    concept.everyday.forEach((label, position) => {
      if (!labels.includes(label))
        problems.push({
          path: [index, 'everyday', position],
          kind: 'label',
          message: `Unexpected everyday word \`${label}\`, expected one of the concept's labels`,
        });
    });
  });
  return problems;
}

/** Whether following `broader` from a concept leads back to it. */
function reachesItself(id: string, byId: ReadonlyMap<string, Concept>): boolean {
  const seen = new Set<string>();
  const stack = [...(byId.get(id)?.broader ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(byId.get(next)?.broader ?? []));
  }
  return false;
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
