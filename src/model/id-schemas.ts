/** The zod schemas of ids (ids.ts holds the plain helpers). */
import { z } from 'zod';

/** Lower-case ASCII words joined by `-`: safe in URLs, file names and CSS selectors. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case ASCII words joined by "-"');

/** A unit id: `<document id>/<local id>`, the local id being e.g. `2-8`, `notice-1`, `p1`. */
export const unitIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/);
