/**
 * Content collections over content/generated and content/registry. Each loader is wrapped by
 * `ingested` (src/content/ingested.ts), which waits for the ingest the project's integration runs in
 * this process (once for all collections; again after an edit in `astro dev`) and then reads what
 * it wrote.
 *
 * The schemas are the model's own zod schemas (src/model, which imports `zod`). Astro 7's
 * `astro/zod` is a re-export of the same `zod/v4` package (one copy in node_modules), and
 * defineCollection accepts any `zod/v4/core` $ZodType, so no conversion is needed: this file is the
 * one place where model schemas meet collections.
 *
 * Documents and units are read from the ingest's open-data exports (content/generated/data/*.json,
 * the same files the site publishes under data/): one JSON array each, one entry per element, keyed
 * by its `id` (`shanxi-2015-plan/2-8`). Document pages are rendered from one generated MDX page per
 * document (documentPages), not one MDX module per unit: per-document modules keep the build linear
 * at thousands of documents, and department, theme and province pages read the typed data.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ingested } from './content/ingested.ts';
import {
  citedDocumentSchema,
  departmentSchema,
  documentPageSchema,
  documentSchema,
  noteEntrySchema,
  noteSchema,
  provinceSchema,
  themeSchema,
  unitSchema,
} from './model/index.ts';

const GENERATED = 'content/generated/data';
const REGISTRY = 'content/registry';

export const collections = {
  documents: defineCollection({
    loader: ingested(file(`${GENERATED}/documents.json`)),
    schema: documentSchema,
  }),
  /** Every unit of every document (the open data calls the dataset `measures`, as officials do). */
  units: defineCollection({
    loader: ingested(file(`${GENERATED}/measures.json`)),
    schema: unitSchema,
  }),
  /** One MDX page per document (content/generated/documents/<id>.mdx), rendered by the document pages. */
  documentPages: defineCollection({
    loader: ingested(glob({ pattern: '*.mdx', base: 'content/generated/documents' })),
    schema: documentPageSchema,
  }),
  /** Editors' notes, rendered by /notes/<id>/; their references are checked by the ingest. */
  notes: defineCollection({ loader: ingested(glob({ pattern: '*.mdx', base: 'content/notes' })), schema: noteSchema }),
  /** What each note cites (written by the ingest), for the lists of notes on the pages they cite. */
  noteIndex: defineCollection({ loader: ingested(file('content/generated/notes.json')), schema: noteEntrySchema }),
  cited: defineCollection({
    loader: ingested(file(`${GENERATED}/cited.json`)),
    schema: citedDocumentSchema,
  }),
  departments: defineCollection({ loader: ingested(file(`${REGISTRY}/departments.yml`)), schema: departmentSchema }),
  themes: defineCollection({ loader: ingested(file(`${REGISTRY}/themes.yml`)), schema: themeSchema }),
  provinces: defineCollection({ loader: ingested(file(`${REGISTRY}/provinces.yml`)), schema: provinceSchema }),
};
