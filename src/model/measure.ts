/**
 * Unit-level model: one object per unit of text (measure, preamble, goal, duty…). Units cover the whole
 * source: every non-whitespace character belongs to exactly one unit. This is also the shape of
 * `data/measures.json` (the open data, docs/open-data.md).
 */
import { z } from 'zod';
import { slugSchema, unitIdSchema } from './id-schemas.ts';

/** What a unit is. `measure` is the default for numbered tasks. */
export const unitKinds = [
  'header', // metadata field lines copied from a gazette or web page (索引号：…, 颁布时间：…)
  'notice', // the wrapper of a 通知: addressees, body, issuer, date
  'notice-item', // a numbered item of the wrapper itself
  'title', // the title line of the enclosed plan
  'preamble', // unnumbered paragraphs before the first chapter
  'heading', // a chapter or group heading: its title, and a lead-in announcing its items (`…重点抓好以下工作：`)
  'principle', // guiding thought, principles, overall approach; a regulation's purpose, scope, definitions
  'goal', // development goals
  'measure', // a task with (usually) responsible departments
  'project', // a key project (重点工程)
  'duty', // one department's duties (职责分解)
  'requirement', // organisation and implementation requirements
  'context', // background and review (发展基础, 现状和形势): shown and searchable, never a measure
  'closing', // closing paragraph; a regulation's entry into force and interpretation
  'entry', // an entry of a list the document publishes (名单, 名录, 目录): a name, never a task
  'appended', // another document's text the source holds after this one (a gazette page's next document): read for nothing
] as const;
export const unitKindSchema = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** Pointer back to the raw text. */
export const sourceRefSchema = z.object({
  /** Repository-relative source path, e.g. `content/sources/shanxi-2015-plan.txt`. */
  file: z.string(),
  /** First line (1-based). */
  startLine: z.number().int().positive(),
  /** Last line (inclusive). */
  endLine: z.number().int().positive(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A department responsible for a unit. */
export const responsibilitySchema = z.object({
  /** The name exactly as written (河南's `教育厅` stays `教育厅`). */
  raw: z.string(),
  /** Canonical department id; absent when the registry does not know the name (kept as written, unresolved). */
  id: slugSchema.optional(),
  /** Canonical department name; absent when unresolved. */
  name: z.string().optional(),
  /** True for the lead department: the one labelled 牵头, else the first listed. */
  lead: z.boolean(),
  /** What the text makes it: `lead` (牵头), `responsible` (责任, or listed without a label), `cooperating` (配合/参与). */
  role: z.enum(['lead', 'responsible', 'cooperating']),
  /**
   * True when the unit does not write the name: the issuer, doing a task it announced for itself
   * (`下一步，我局将…重点抓好以下工作：` / `（五）加强宣传培训。组织开展…`), or a body an earlier clause gives
   * every later task (`以下均需各市（州）人民政府落实，不再列出`). `raw` is then the name as the document
   * writes it there. Absent when the unit names the department.
   */
  implied: z.literal(true).optional(),
  /**
   * True when the name is a company or association (`…有限公司`, `…协会`), as a 督办 notice names
   * them: kept as written, never a department of the registry, and not among the names to add to it.
   */
  organisation: z.literal(true).optional(),
  /**
   * True when the name is a part of the department the text names without it: one of its divisions
   * (`质量发展处`, a 三定规定's `办公室`), its local bureaus (`各县区局`) or a township's office (`经发办`).
   * The work is the department's, done through that part; the name is none of the department's own.
   */
  division: z.literal(true).optional(),
});
export type Responsibility = z.infer<typeof responsibilitySchema>;

/**
 * How often a target or a deadline comes back: every year (`每年`), half-year (`每半年`), quarter
 * (`每季度`), month (`每月`) or week (`每周`).
 */
export const recurrenceSchema = z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'weekly']);
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** A quantitative target. */
export const targetSchema = z.object({
  /** What is measured, as written, e.g. `基本药物抽验合格率`. */
  metric: z.string(),
  /** Value as written, e.g. `98％`, `350个`. */
  value: z.string(),
  /** The number the value stands for, its unit's multipliers applied (`1万家` → 10000), when it has one. */
  number: z.number().optional(),
  /**
   * How the value bounds the metric: the word as written (`以上` `以下` `以内` `左右` `约` `至少` `不低于` `不少于`
   * `不高于` `不超过` `控制在` `超过` `突破` `低于` `高于`), `提高`/`下降` when the value is a change
   * (`较上年提高2个百分点`, `下降15%`), `=` when the value is a level to reach (`达到98%`, `350项`).
   */
  comparator: z.string(),
  /** Year the target is for (`到2015年`): stated, given by the enclosing goal, else the end of the document's period. */
  year: z.number().int().optional(),
  /**
   * Set when the value is to be reached again and again (`每年开展抽查不少于2次`: yearly, `每季度督导不少于1次`:
   * quarterly, `每月检测不少于70批次`: monthly, `每周巡查不少于1次`: weekly): `year` is then the last year it
   * applies to.
   */
  recurring: recurrenceSchema.optional(),
  /** Field the target belongs to: the goal's or bullet's title (`产品质量`, `道路工程`). */
  area: z.string().optional(),
  /** The clause the target was read from. */
  text: z.string(),
  /** Id of the unit holding it. */
  measure: unitIdSchema,
  /** Province name of the document. */
  province: z.string().optional(),
  /** Source lines. */
  source: sourceRefSchema,
});
export type Target = z.infer<typeof targetSchema>;

/** A deadline (`2015年12月15日前`). */
export const deadlineSchema = z.object({
  /** As written. */
  text: z.string(),
  /**
   * ISO date or partial date (`2015-12-15`, `2015-12`, `2015`); of a recurring deadline, its first
   * after the document was issued (`每月5日前` in a notice of 2024-03-10: `2024-04-05`).
   */
  date: z.string(),
  /**
   * Set when the deadline comes back (`每年11月底前`: yearly, `每季度末前`: quarterly, `每月25日前`:
   * monthly, `每周五前`: weekly): `date` is then its first.
   */
  recurring: recurrenceSchema.optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** Character range of the unit's text to highlight (UTF-16 offsets into `text`). */
export const highlightSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['target', 'deadline', 'citation', 'departments']),
});
export type Highlight = z.infer<typeof highlightSchema>;

/** One unit (an element of content/generated/data/measures.json, the measures collection). */
export const unitSchema = z.object({
  /** `<document>/<local id>`, stable and URL-safe. */
  id: unitIdSchema,
  /** Site-relative URL (the site adds its base). */
  url: z.string(),
  /** Document id. */
  document: slugSchema,
  /** Province name, e.g. `山西省`. */
  province: z.string(),
  /** Province id. */
  provinceId: slugSchema,
  /** Position in the document (0-based), for sorting. */
  order: z.number().int().nonnegative(),
  /** The document's own numbering labels from the outermost in, exactly as written: `["二", "（八）"]`. */
  numbering: z.array(z.string()),
  /** What the unit is. */
  kind: unitKindSchema,
  /** Title: the heading, or the item's first sentence when it opens with one (`继续清理行政审批事项`). */
  title: z.string(),
  /** Titles of the enclosing chapter/groups, outermost first. */
  context: z.array(z.string()),
  /** Full text as in the source (paragraphs joined by `\n`, indentation trimmed). */
  text: z.string(),
  /** Responsible departments in the order written; the first is the lead. */
  departments: z.array(responsibilitySchema),
  /** Theme ids; the first is the primary theme. */
  themes: z.array(slugSchema),
  /** Targets read from the unit. */
  targets: z.array(targetSchema.omit({ measure: true, source: true, province: true })).default([]),
  /** Deadlines read from the unit. */
  deadlines: z.array(deadlineSchema).default([]),
  /** Ids of corpus documents the unit cites. */
  cites: z.array(slugSchema).default([]),
  /** Ranges of `text` worth highlighting. */
  highlights: z.array(highlightSchema).default([]),
  /**
   * The row of the plan's task table (`附件：重点任务分工表`) that repeats this task, or the paragraph
   * that gives it by its number (`市质监局：负责第（一）、（二）项工作`), and gives it its departments,
   * which the task's own text does not name (a unit id).
   */
  assignedBy: unitIdSchema.optional(),
  /** The body task this row of a task table gives its departments (a unit id): the same task, listed once. */
  assigns: unitIdSchema.optional(),
  /** Pointer back to the raw text. */
  source: sourceRefSchema,
});
export type Unit = z.infer<typeof unitSchema>;
