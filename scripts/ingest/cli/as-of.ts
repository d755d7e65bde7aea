/**
 * The one date every status is computed for. Read here and nowhere else, so a build is a function of
 * its inputs: the build's SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention, checked by
 * the site configuration) when set, else a fixed date kept in this file, never the wall clock
 * (rebuilds must stay byte-identical).
 */
import { readConfig } from '../../../src/config.ts';

/** Used when SOURCE_DATE_EPOCH is not set; move it forward when the corpus is reviewed for a release. */
export const DEFAULT_AS_OF = '2026-01-01';

/** `YYYY-MM-DD` (UTC) of SOURCE_DATE_EPOCH, or DEFAULT_AS_OF when it is unset; throws when it is not seconds. */
export function asOfDate(environment: Record<string, string | undefined> = process.env): string {
  const epoch = readConfig(environment).sourceDateEpoch;
  return epoch === undefined ? DEFAULT_AS_OF : new Date(epoch * 1000).toISOString().slice(0, 10);
}
