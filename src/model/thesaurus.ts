/**
 * The policy thesaurus (content/registry/thesaurus.yml), modelled on SKOS
 * (https://www.w3.org/TR/skos-reference/): concepts with one preferred label, alternative labels,
 * broader/narrower and associative relations. Search reaches a concept's units through any of its
 * labels (src/lib/search/related.ts); the ingest checks it across concepts (thesaurus-problems.ts)
 * and exports it as data/thesaurus.json and SKOS JSON-LD (thesaurus-export.ts).
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
