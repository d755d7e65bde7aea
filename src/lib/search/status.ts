/**
 * The 状态 filter of search: a document's status (现行有效, 已失效…, src/model/lineage.ts) as of the
 * build's date, which every unit of the document shares (like its province). Values carry URL-safe
 * ids like the other filters (`search/?status=in-force`); listed 现行有效 first, then the others in
 * the order below, only those some document has.
 */
import type { Status } from '../../model/lineage.ts';
import type { Labelled } from './bundle.ts';

/** URL id of each status, in display order (a Record over Status: a new status must get an id). */
export const STATUS_IDS: Record<Status, string> = {
  现行有效: 'in-force',
  已修订: 'amended',
  部分失效: 'partly-expired',
  已失效: 'expired',
  已废止: 'repealed',
};

export function isStatus(value: string): value is Status {
  return Object.hasOwn(STATUS_IDS, value);
}

/** The filter's values for the statuses present (anything else is not a status and is left out). */
export function statusLabels(present: Iterable<string>): Labelled[] {
  const seen = new Set(present);
  return (Object.keys(STATUS_IDS) as Status[])
    .filter((status) => seen.has(status))
    .map((status) => ({ id: STATUS_IDS[status], name: status }));
}
