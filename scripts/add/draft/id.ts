/** The proposed id: `<province-id>-<year>-<type word>`, made unique with `-2`, `-3`… */
import { slugSchema } from '../../../src/model/index.ts';
import { TYPE_SLUGS } from './type.ts';
import type { DocumentType } from './type.ts';

export function proposeId(province: string, year: string, type: DocumentType, existingIds: string[]): string {
  const taken = new Set(existingIds.map((id) => id.toLowerCase()));
  const base = `${province}-${year}-${TYPE_SLUGS[type]}`;
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

export function isValidId(id: string): boolean {
  return slugSchema.safeParse(id).success;
}
