/**
 * Editors' notes (content/notes/<slug>.mdx): what staff write about the corpus (an interpretation, a
 * comparison, a curator's note), with the references the ingest checks (scripts/ingest/notes/).
 */
import { z } from 'zod';
import { slugSchema } from './id-schemas.ts';

/** A measure as a note names it: `<document id>#<local id>`, e.g. `shanxi-2015-plan#2-8`. */
export const measureRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'expected `<document id>#<unit id>`, e.g. `shanxi-2015-plan#2-8`');

/** `shanxi-2015-plan#2-8` → `shanxi-2015-plan/2-8`, the unit id of the data. */
export const unitIdOfRef = (ref: string): string => ref.replace('#', '/');

/** A date written `YYYY-MM-DD`; a YAML reader may already have made it a Date. */
const dateSchema = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date `YYYY-MM-DD`'),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/** The frontmatter of a note. */
export const noteSchema = z.strictObject({
  /** Title, as on the note's page and in lists, e.g. `四省如何落实国办发〔2015〕19号`. */
  title: z.string().min(1),
  /** Who wrote it: a person or an office, e.g. `政策研究室 张三`. */
  author: z.string().min(1),
  /** Day it was written or last revised, `YYYY-MM-DD`; lists and the feed show the newest first. */
  date: dateSchema,
  /** One or two sentences for lists, the home page and the feed. */
  summary: z.string().min(1),
  /** Ids of the documents it is about (content/sources/<id>.txt). */
  documents: z.array(slugSchema).default([]),
  /** Measures it is about, `<document id>#<unit id>`; measures quoted with `<Measure>` count too. */
  measures: z.array(measureRefSchema).default([]),
  /** Department ids of registry/departments.yml it is about. */
  departments: z.array(slugSchema).default([]),
  /** Theme ids of registry/themes.yml it is about. */
  themes: z.array(slugSchema).default([]),
});
export type NoteFrontmatter = z.infer<typeof noteSchema>;

/**
 * One note as the site lists it (content/generated/notes.json, written by the ingest): its
 * frontmatter and everything it cites, in the frontmatter or through its components.
 */
export const noteEntrySchema = z.object({
  /** The file's stem, the note's URL segment. */
  id: slugSchema,
  title: z.string(),
  author: z.string(),
  date: z.string(),
  summary: z.string(),
  /** Cited document ids, sorted. */
  documents: z.array(z.string()),
  /** Cited unit ids (`shanxi-2015-plan/2-8`), sorted. */
  measures: z.array(z.string()),
  /** Cited department ids, sorted. */
  departments: z.array(z.string()),
  /** Cited theme ids, sorted. */
  themes: z.array(z.string()),
});
export type NoteEntry = z.infer<typeof noteEntrySchema>;

/** What an attribute of a note component names, checked by the ingest against the knowledge base. */
export type NoteAttributeKind = 'measure' | 'theme' | 'department' | 'metric' | 'provinces';

/**
 * The components a note may use and their attributes (all plain strings; `?`: optional). `provinces`
 * is a space-separated list of province ids; without it, every province that has something to show.
 */
export const noteComponents: Record<string, Record<string, `${NoteAttributeKind}${'' | '?'}`>> = {
  /** Quotes a measure with its link: `<Measure ref="shanxi-2015-plan#2-8" />`. */
  Measure: { ref: 'measure' },
  /** A theme side by side across provinces: `<ThemeComparison theme="brand-building" provinces="jilin henan" />`. */
  ThemeComparison: { theme: 'theme', provinces: 'provinces?' },
  /** A department's responsibilities per province: `<Responsibilities department="quality-supervision" />`. */
  Responsibilities: { department: 'department', provinces: 'provinces?' },
  /** The targets of one metric: `<TargetTable metric="产品质量国家监督抽查合格率" />`. */
  TargetTable: { metric: 'metric', provinces: 'provinces?' },
};
