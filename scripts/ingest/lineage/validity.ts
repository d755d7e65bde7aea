/**
 * Dates and validity of a document from its sidecar: stated values as written; a plan's validity,
 * when not stated, inferred from its period (`2015` → until 2015-12-31, `2011-2020` → until 2020-12-31).
 * A standing rule (办法, 条例: standingTypes) is in force until repealed: its validity comes from a
 * period only when the sidecar states one, never from one inferred (the year it was published).
 * Any other paper that is no plan for a term (termTypes: an 意见, a 通知, a 清单) takes its validity
 * from a period stated, or inferred over years (`到2020年` in its goals), not from the year of its
 * date alone. A document stated to be in force (`有效性：有效`) takes no end from a period.
 */
import {
  type Lineage,
  type MetaField,
  type MetaValueInput,
  type Sidecar,
  standingTypes,
  termTypes,
} from '../../../src/model/index.ts';

type Dates = Pick<Lineage, 'written' | 'published' | 'effective' | 'validFrom' | 'validTo'>;

/** The basis of a validity inferred from the period (shown on the page after the value). */
export const PERIOD_BASIS = '规划期';

export const metaField = (value: MetaValueInput | undefined): MetaField | undefined =>
  value === undefined
    ? undefined
    : typeof value === 'string'
      ? { value, inferred: false }
      : { value: value.value, inferred: true, basis: value.basis };

/** The last year of a period `2015`, `2011-2020` or `2011—2020年`; undefined when it names none. */
export function periodEnd(period: string): number | undefined {
  const years = [...period.matchAll(/(?:19|20)\d{2}/g)].map((match) => Number(match[0]));
  return years.length ? Math.max(...years) : undefined;
}

/** The first year of a period. */
export function periodStart(period: string): number | undefined {
  const years = [...period.matchAll(/(?:19|20)\d{2}/g)].map((match) => Number(match[0]));
  return years.length ? Math.min(...years) : undefined;
}

export function datesOf(sidecar: Sidecar): Dates {
  const dates: Dates = {
    written: metaField(sidecar.written),
    published: metaField(sidecar.published),
    effective: metaField(sidecar.effective),
    validFrom: metaField(sidecar.validFrom),
    validTo: metaField(sidecar.validTo),
  };
  const period = metaField(sidecar.period)!;
  // A document its issuer says is in force (a page's `有效性：有效`) has no end that years its goals reach
  // imply; a term its title states still ends.
  const inForce = metaField(sidecar.status)?.value === '现行有效' && period.inferred;
  if (!dates.validTo && !inForce && periodIsTerm(sidecar, period)) {
    const end = periodEnd(period.value);
    if (end !== undefined)
      dates.validTo = {
        value: `${end}-12-31`,
        inferred: true,
        basis: `${PERIOD_BASIS} ${period.value}`,
      };
  }
  if (!dates.validFrom)
    dates.validFrom = dates.effective
      ? { ...dates.effective }
      : { value: metaField(sidecar.date)!.value, inferred: true, basis: '施行日期未载明，自印发之日起算' };
  return Object.fromEntries(Object.entries(dates).filter(([, value]) => value !== undefined)) as Dates;
}

/** Whether the period is the document's term, so that its validity ends with it (the header says when). */
function periodIsTerm(sidecar: Sidecar, period: MetaField): boolean {
  // A year that ended before the document was issued is the year it reviews (`关于表扬2023年度…的通报`
  // of February 2024), not its term.
  const issued = Number(metaField(sidecar.date)!.value.slice(0, 4));
  if ((periodEnd(period.value) ?? issued) < issued) return false;
  if (!period.inferred) return true;
  if (standingTypes.has(sidecar.type)) return false;
  if (termTypes.has(sidecar.type)) return true;
  const start = periodStart(period.value);
  return start !== undefined && periodEnd(period.value)! > start;
}

/** Compares two dates of unequal precision by their end: `2015` counts as 2015-12-31. */
export function endOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}
