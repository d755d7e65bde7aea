/**
 * Time and lineage of a document: its dates, its validity, its status as of one date, and its relations
 * to other documents (supersedes, amends, implements), each stated or inferred like the other metadata.
 */
import { z } from 'zod';
import { metaFieldSchema, metaValueSchema } from './meta.ts';
import { slugSchema } from './id-schemas.ts';

/** Status of a document as of a date (the labels of the national database of laws and regulations). */
export const statusValues = ['现行有效', '已失效', '已废止', '已修订', '部分失效'] as const;
export type Status = (typeof statusValues)[number];

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
const datePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const dateValue = metaValueSchema.refine(
  (field) => datePattern.test(typeof field === 'string' ? field : field.value),
  'expected a date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`)',
);

/** The lineage keys of the sidecar: dates, validity, a stated status and relations by corpus id or 文号. */
export const sidecarLineageShape = {
  /** 成文日期: the date the document was signed. */
  written: dateValue.optional(),
  /** 发布日期: the date it was published, when it differs from the signature. */
  published: dateValue.optional(),
  /** 施行日期: the date it takes effect. */
  effective: dateValue.optional(),
  /** 有效期 start; absent: from the 施行日期 or the date. */
  validFrom: dateValue.optional(),
  /** 有效期 end; absent: inferred from the period of a plan. */
  validTo: dateValue.optional(),
  /** Status stated by the issuer (e.g. in a list of repealed documents); absent: computed. */
  status: metaValueSchema
    .refine((field) => (statusValues as readonly string[]).includes(typeof field === 'string' ? field : field.value), {
      message: `expected one of ${statusValues.join(' / ')}`,
    })
    .optional(),
  /** Documents this one replaces: a corpus id (`shanxi-2015-plan`) or a 文号. */
  supersedes: z.array(metaValueSchema).optional(),
  /** Documents this one amends: a corpus id or a 文号. */
  amends: z.array(metaValueSchema).optional(),
  /** Documents this one implements (贯彻落实): a corpus id or a 文号. */
  implements: z.array(metaValueSchema).optional(),
};

/** One side of a relation: a corpus document, or a document outside the corpus known by its 文号. */
export const relationSchema = z.object({
  /** Corpus document id, when the other document is in the corpus. */
  document: slugSchema.optional(),
  /** 文号 of a document outside the corpus (or of the corpus document, when it has one). */
  docNumber: z.string().optional(),
  /** Title as cited, when known. */
  title: z.string().optional(),
  /** True when the relation is not stated by the sidecar from the text's own words. */
  inferred: z.boolean(),
  /** Why an inferred relation is believed. */
  basis: z.string().optional(),
});
export type Relation = z.infer<typeof relationSchema>;

export const lineageSchema = z.object({
  written: metaFieldSchema.optional(),
  published: metaFieldSchema.optional(),
  effective: metaFieldSchema.optional(),
  validFrom: metaFieldSchema.optional(),
  validTo: metaFieldSchema.optional(),
  /** Status as of `asOf`, with its basis. */
  status: metaFieldSchema.extend({ value: z.enum(statusValues) }),
  /** The date the status is computed for (`YYYY-MM-DD`), the same for every document of a build. */
  asOf: z.string(),
  supersedes: z.array(relationSchema),
  supersededBy: z.array(relationSchema),
  amends: z.array(relationSchema),
  amendedBy: z.array(relationSchema),
  implements: z.array(relationSchema),
  /** Corpus documents implementing this one. */
  implementedBy: z.array(relationSchema),
});
export type Lineage = z.infer<typeof lineageSchema>;

/** A document outside the corpus that the corpus cites (data/cited.json, one page each). */
export const citedDocumentSchema = z.object({
  /** URL-safe id made from the 文号, e.g. `guobanfa-2015-19`. */
  id: slugSchema,
  url: z.string(),
  docNumber: z.string(),
  /** Titles as cited, most frequent first. */
  titles: z.array(z.string()),
  /** Issuer, when the 文号 prefix says it (国办发 → 国务院办公厅). */
  issuer: z.string().optional(),
  /**
   * Every corpus unit citing it, in corpus order; `implements` when its document implements it. No `unit`:
   * the document's sidecar says it implements it, but its text does not cite it.
   */
  citedBy: z.array(
    z.object({
      document: slugSchema,
      unit: z.string().optional(),
      provinceId: slugSchema,
      province: z.string(),
      implements: z.boolean(),
    }),
  ),
});
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
