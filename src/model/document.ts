/**
 * Document-level model: the metadata sidecar (content/sources/<id>.yml) and the generated document.
 */
import { z } from 'zod';
import { slugSchema } from './id-schemas.ts';
import { lineageSchema, sidecarLineageShape } from './lineage.ts';
import { metaFieldSchema, metaValueSchema } from './meta.ts';

export { metaFieldSchema, metaValueSchema } from './meta.ts';
export type { MetaField, MetaValueInput } from './meta.ts';

/** A message acknowledged in the sidecar as a property of the published text. */
export const acknowledgmentSchema = z.object({
  /** Rule id of the message, e.g. `parse-text:unbalanced-bracket`. */
  rule: z.string().min(1),
  /** Source line the message is on. */
  line: z.number().int().positive(),
  /** Why it stays as it is, shown to readers, e.g. `原文如此：括号未闭合`. */
  reason: z.string().min(1),
});
export type Acknowledgment = z.infer<typeof acknowledgmentSchema>;

/** Document types of the family (Chinese label is the value). */
export const documentTypes = [
  '行动计划',
  '实施方案',
  '实施意见',
  '通知',
  '规划',
  '办法',
  '意见',
  '工作方案',
  '行动方案',
  '方案',
  '计划',
  '若干措施',
  '措施',
  '工作要点',
  // A city's or a department's year of work set out item by item (`2025年市政府重点工作安排`).
  '工作安排',
  '决定',
  '规定',
  '细则',
  '实施细则',
  '指导意见',
  '纲要',
  '条例',
  '实施条例',
  '规则',
  '指南',
  '指引',
  '清单',
  // Papers that come with policies: a reply approving a request, a letter, a circular reporting
  // results, public announcements (公告, and 通告 of rules the public must keep), an interpretation
  // of a policy, a ledger of tasks, the minutes of a meeting that decided tasks (会议纪要).
  '批复',
  '函',
  '通报',
  '公告',
  '通告',
  '解读',
  '基准',
  '倡议书',
  '责任书',
  '台账',
  '纪要',
  // A report of a year's work (工作总结), often with its plans for the next.
  '总结',
  // A report to the body above (关于…情况的报告): what was done, what is wrong, what comes next.
  '报告',
  // A leader's speech at a work meeting (在…会议上的讲话): the year reviewed, the year's tasks set.
  '讲话',
  // An emergency plan (应急预案): who commands, who acts at which level of response.
  '预案',
  // A memorandum the bodies of several fields sign together (联合惩戒合作备忘录): the measures each takes.
  '备忘录',
  // A local standard (地方标准, `DB33/T 2468—2025`): requirements its field must meet, by its code.
  '标准',
  // A body's statement of what it does (`…主要职责及内设机构`, `…机构职能`, `…部门职责`): its duties, its
  // divisions and theirs, as a department posts them in its 机构概况 column.
  '职责',
] as const;

/**
 * Types of standing rules (a 规章's 办法, a 条例, 规定 and 细则, an emergency plan until it is
 * revised, and a penalty benchmark, 裁量基准): in force until amended or repealed,
 * not for a period, so their validity is never inferred from a period their text does not state.
 */
export const standingTypes: ReadonlySet<(typeof documentTypes)[number]> = new Set([
  '办法',
  '规定',
  '细则',
  '实施细则',
  '条例',
  '实施条例',
  '规则',
  '预案',
  '基准',
  '备忘录',
  '标准',
  '职责',
]);

/**
 * Types of plans for a term (a year's 工作要点, a 行动计划, a 规划): a plan without a year in its title
 * is for the year it was issued, so that year is its term. Any other paper (an 意见, a 通知, a 清单)
 * whose period was only taken from its date of issue has no term: it is in force until something
 * ends it, not out of force the next January.
 */
export const termTypes: ReadonlySet<(typeof documentTypes)[number]> = new Set([
  '行动计划',
  '实施方案',
  '规划',
  '工作方案',
  '行动方案',
  '方案',
  '计划',
  '工作要点',
  '工作安排',
  '纲要',
  '台账',
  '责任书',
]);

/** The sidecar `content/sources/<id>.yml`. */
export const sidecarSchema = z.object({
  /** Full Chinese title, e.g. `山西省贯彻实施质量发展纲要2015年行动计划`. */
  title: metaValueSchema,
  /** Issuing body, e.g. `吉林省人民政府办公厅`. */
  issuer: metaValueSchema,
  /** Province id from content/registry/provinces.yml; checked against the text. */
  province: metaValueSchema,
  /** Date of issue, `YYYY-MM-DD`, or `YYYY` / `YYYY-MM` when only that much is known. */
  date: metaValueSchema,
  /** 文号 (document number), e.g. `晋政发〔2013〕21号`; omitted only when unknown even by inference. */
  docNumber: metaValueSchema.optional(),
  /** Document type, one of the family's types. */
  type: z.enum(documentTypes),
  /** The year or period the document plans for, e.g. `2015` or `2011-2020`. */
  period: metaValueSchema,
  /** Free-form note on provenance (where the text came from, what was checked). */
  note: z.string().optional(),
  /**
   * Problems that are in the document as published (an unclosed bracket, a measure that names no
   * department, an excerpt): each silences the message of `rule` on `line` and is shown on the page as a
   * curator's note (原文如此).
   */
  acknowledge: z.array(acknowledgmentSchema).default([]),
  ...sidecarLineageShape,
});
export type Sidecar = z.infer<typeof sidecarSchema>;

/** A citation found in a text: 《title》 and/or a 文号, resolved to a corpus document where possible. */
export const citationSchema = z.object({
  /** The cited title without 《》, when the citation names one. */
  title: z.string().optional(),
  /** The 文号 normalised to 〔〕 brackets and half-width digits, e.g. `国办发〔2015〕19号`. */
  docNumber: z.string().optional(),
  /** The citation exactly as written. */
  raw: z.string(),
  /** Id of the corpus document it resolves to, when one matches. */
  document: slugSchema.optional(),
  /** Id of the citing unit. */
  unit: z.string(),
  /** Line of the citation in the source. */
  line: z.number().int().positive(),
});
export type Citation = z.infer<typeof citationSchema>;

/** A generated document (an element of content/generated/data/documents.json, the documents collection). */
export const documentSchema = z.object({
  /** URL-safe ASCII id, the source file's stem. */
  id: slugSchema,
  /** Site-relative URL of the document page. */
  url: z.string(),
  /** Title, with its inference flag. */
  title: metaFieldSchema,
  /** Issuer, with its inference flag. */
  issuer: metaFieldSchema,
  /** Province id. */
  provinceId: slugSchema,
  /** Province name, e.g. `山西省`. */
  province: z.string(),
  /** Date, with its inference flag. */
  date: metaFieldSchema,
  /** 文号, with its inference flag; absent when unknown. */
  docNumber: metaFieldSchema.optional(),
  /** Document type. */
  type: z.enum(documentTypes),
  /** Planning year or period. */
  period: metaFieldSchema,
  /** Source file, repository-relative. */
  source: z.string(),
  /** Number of lines in the source. */
  lines: z.number().int().nonnegative(),
  /** Unit ids in document order. */
  units: z.array(z.string()),
  /** Citations made by this document. */
  cites: z.array(citationSchema),
  /** Ids of corpus documents citing this one (filled across the corpus). */
  citedBy: z.array(slugSchema),
  /** Acknowledged defects of the published text, with the message each silenced. */
  acknowledged: z.array(acknowledgmentSchema.extend({ message: z.string() })).default([]),
  /** Dates, validity, status as of the build's date, and relations to other documents (lineage.ts). */
  lineage: lineageSchema,
});
export type PolicyDocument = z.infer<typeof documentSchema>;

/**
 * The frontmatter of a document's generated MDX page (content/generated/documents/<id>.mdx): the
 * document's metadata, each field with its inference flag (scripts/ingest/cli/document-mdx.ts).
 */
export const documentPageSchema = documentSchema.pick({
  id: true,
  title: true,
  issuer: true,
  province: true,
  provinceId: true,
  date: true,
  docNumber: true,
  type: true,
  period: true,
  source: true,
});
export type DocumentPage = z.infer<typeof documentPageSchema>;
