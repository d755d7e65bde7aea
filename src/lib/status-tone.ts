/**
 * The colour tone of a document status badge, shared by the pages (StatusBadge.astro) and the search
 * page's script, which draws the same badge with the same classes (`status status-<tone>`, site.css).
 * Kept apart from lineage.ts so the search script does not pull in the corpus helpers.
 */
import type { Status } from '../model/lineage.ts';

export type StatusTone = 'valid' | 'ended' | 'changed';

/** CSS tone of a status badge: in force, no longer in force, or changed. */
export function statusTone(status: Status): StatusTone {
  if (status === '现行有效') return 'valid';
  if (status === '已修订' || status === '部分失效') return 'changed';
  return 'ended';
}

/** The classes of a status badge (StatusBadge.astro and the search results). */
export function statusClasses(status: Status): string {
  return `status status-${statusTone(status)}`;
}
