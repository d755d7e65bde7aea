/**
 * Content collections over content/generated (written by scripts/ingest.ts) and content/registry.
 *
 * The schemas are the model's own zod schemas (src/model, which imports `zod`). Astro 7's
 * `astro/zod` is a re-export of the same `zod/v4` package (one copy in node_modules), and
 * defineCollection accepts any `zod/v4/core` $ZodType, so no conversion is needed: this file is the
 * one place where model schemas meet collections.
 *
 * Astro parses frontmatter as YAML 1.1; the ingest writes YAML 1.1 too (scripts/ingest/to-mdx.ts),
 * so date-like strings such as `2015-07-15` arrive quoted, as the strings the model expects.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { departmentSchema, documentSchema, provinceSchema, themeSchema, unitSchema } from './model/index.ts';

const GENERATED = 'content/generated';
const REGISTRY = 'content/registry';

/** Keep the frontmatter id (`shanxi-2015-plan/2-8`) rather than a slug of the file path. */
const byFrontmatterId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data.id === 'string' ? data.id : entry.replace(/\.mdx$/, '');

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${GENERATED}/documents`, generateId: byFrontmatterId }),
    schema: documentSchema,
  }),
  measures: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${GENERATED}/measures`, generateId: byFrontmatterId }),
    schema: unitSchema,
  }),
  departments: defineCollection({ loader: file(`${REGISTRY}/departments.yml`), schema: departmentSchema }),
  themes: defineCollection({ loader: file(`${REGISTRY}/themes.yml`), schema: themeSchema }),
  provinces: defineCollection({ loader: file(`${REGISTRY}/provinces.yml`), schema: provinceSchema }),
};
