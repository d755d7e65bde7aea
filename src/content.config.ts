/**
 * Content collections over content/generated. Each loader is wrapped by
 * `ingested` (src/content/ingested.ts), which waits for the ingest the project's integration runs in
 * this process (once for all collections; again after an edit in `astro dev`) and then reads what
 * it wrote.
 *
 * The schemas are the model's own zod schemas (src/model, which imports `zod`). Astro 7's
 * `astro/zod` is a re-export of the same `zod/v4` package (one copy in node_modules), and
 * defineCollection accepts any `zod/v4/core` $ZodType, so no conversion is needed: this file is the
 * one place where model schemas meet collections.
 *
 * Documents are read from the ingest's open-data export (content/generated/data/documents.json, the
 * file the site publishes under data/), one entry per element, keyed by its `id`. Units are not a
 * collection: at 10,000 documents Astro's data store of them outgrew the build's memory, and the
 * pages read them from the same export (src/lib/generated-data.ts). Document pages are rendered from
 * one generated MDX page per document (documentPages), compiled when the page is rendered rather
 * than bundled (mdxFrontmatter says why); department, theme and province pages read the typed data.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ingested } from './content/ingested.ts';
import { mdxFrontmatter } from './content/mdx-frontmatter.ts';
import {
  citedDocumentSchema,
  departmentSchema,
  documentPageSchema,
  documentSchema,
  noteEntrySchema,
  noteSchema,
  provinceSchema,
  themeSchema,
} from './model/index.ts';

const GENERATED = 'content/generated/data';
/** The registry as the ingest read and validated it (content/registry/*.yml, parsed once, there). */
const REGISTRY = 'content/generated/registry';

export const collections = {
  documents: defineCollection({
    loader: ingested(file(`${GENERATED}/documents.json`)),
    schema: documentSchema,
  }),
  /**
   * One MDX page per document (content/generated/documents/<id>.mdx): its frontmatter and path; the
   * document page compiles and renders it (src/content/mdx-component.ts).
   */
  documentPages: defineCollection({
    loader: ingested(mdxFrontmatter({ base: 'content/generated/documents' })),
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
  departments: defineCollection({ loader: ingested(file(`${REGISTRY}/departments.json`)), schema: departmentSchema }),
  themes: defineCollection({ loader: ingested(file(`${REGISTRY}/themes.json`)), schema: themeSchema }),
  provinces: defineCollection({ loader: ingested(file(`${REGISTRY}/provinces.json`)), schema: provinceSchema }),
};
