/**
 * The status of a document as of one date, with the reason: a status the sidecar states wins, but for
 * 现行有效 once a replacement is in force, or when it was only inferred (a page's `有效性：有效`); else a
 * replacement in force makes it 已废止, an expired validity 已失效, an amendment 已修订, and otherwise
 * it is 现行有效 — all inferred, each with its basis.
 */
import type { Lineage, MetaField, Status } from '../../../src/model/index.ts';
import { endOf } from './validity.ts';

/** A corpus document on the other side of a relation, as far as the status needs it. */
export interface Dated {
  id: string;
  title: string;
  date: string;
}

export interface StatusInput {
  stated?: MetaField;
  validTo?: MetaField;
  supersededBy: Dated[];
  amendedBy: Dated[];
  asOf: string;
}

/** A date is in force by `asOf` when it is not after it (`2016` counts from 2016-01-01). */
const inForceBy = (date: string, asOf: string) => date.slice(0, asOf.length) <= asOf.slice(0, date.length);

export function statusOf(input: StatusInput): Lineage['status'] {
  const { stated, validTo, asOf } = input;
  const replacing = input.supersededBy.find((other) => inForceBy(other.date, asOf));
  // In force is said as of when it was said (a page's `有效性：有效`, inferred): a replacement in force since,
  // or the end of a term, says more.
  if (stated && !(stated.value === '现行有效' && (replacing || stated.inferred)))
    return { ...stated, value: stated.value as Status };
  if (replacing) return inferred('已废止', `已被《${replacing.title}》（${replacing.date}）替代`);
  if (validTo && endOf(validTo.value) < asOf)
    return inferred(
      '已失效',
      `有效期至${validTo.value}${validTo.inferred ? `（据${validTo.basis}）` : ''}，早于${asOf}`,
    );
  const amending = input.amendedBy.find((other) => inForceBy(other.date, asOf));
  if (amending) return inferred('已修订', `已被《${amending.title}》（${amending.date}）修订`);
  return inferred(
    '现行有效',
    validTo
      ? `有效期至${validTo.value}${validTo.inferred ? `（据${validTo.basis}）` : ''}，未见废止或修订`
      : '未见有效期、废止或修订的记载',
  );
}

const inferred = (value: Status, basis: string) => ({ value, inferred: true, basis });
