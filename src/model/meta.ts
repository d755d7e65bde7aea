/** Metadata values, stated or inferred, shared by the sidecar and the lineage model. */
import { z } from 'zod';

/**
 * A metadata value. Written plainly when the text states it; written as `{ value, inferred: true,
 * basis }` when the text does not, so pages can mark it as inferred and say why.
 */
export const metaValueSchema = z.union([
  z.string().min(1),
  z.object({
    /** The value itself, e.g. `晋政发〔2013〕21号`. */
    value: z.string().min(1),
    /** True when the text does not state the value. */
    inferred: z.literal(true),
    /** Why we believe it (a citation in another document, the numbering series, the issuer's site…). */
    basis: z.string().min(1),
  }),
]);
export type MetaValueInput = z.infer<typeof metaValueSchema>;

/** A metadata value after normalisation: always an object. */
export const metaFieldSchema = z.object({
  /** The value as written in the sidecar. */
  value: z.string(),
  /** True when the document text does not state it. */
  inferred: z.boolean(),
  /** Why an inferred value is believed; absent for stated values. */
  basis: z.string().optional(),
});
export type MetaField = z.infer<typeof metaFieldSchema>;
