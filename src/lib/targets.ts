/** Targets page helpers: every quantitative target with where it comes from. */
import type { PolicyDocument, Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';

/** A target as the unit holds it (src/model), with the unit and its document. */
export type TargetRow = Unit['targets'][number] & {
  unit: Unit;
  document?: PolicyDocument;
};

/** Default order: province (registry order), then document, then position in the document. */
export function targetRows(corpus: Corpus): TargetRow[] {
  const provinceRank = new Map(corpus.provinces.map((province, index) => [province.id, index]));
  const units = [...corpus.units].sort(
    (a, b) =>
      (provinceRank.get(a.provinceId) ?? 0) - (provinceRank.get(b.provinceId) ?? 0) ||
      (a.document < b.document ? -1 : a.document > b.document ? 1 : a.order - b.order),
  );
  return units.flatMap((unit) =>
    unit.targets.map((target) => ({ ...target, unit, document: corpus.document(unit.document) })),
  );
}

/** Column orders the targets table is pre-rendered in (`/targets/<key>/`), so sorting needs no JS. */
export const TARGET_SORTS = ['metric', 'value', 'year', 'area', 'province'] as const;
export type TargetSort = (typeof TARGET_SORTS)[number];

const collator = new Intl.Collator('zh-CN');
const byText = (a = '', b = '') => collator.compare(a, b);
const byNumber = (a?: number, b?: number) => (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);

/** Rows sorted by one column (stable: ties keep the default order); empty values last. */
export function sortTargets(rows: TargetRow[], key: TargetSort, provinceOrder: string[] = []): TargetRow[] {
  const rank = (id: string) => provinceOrder.indexOf(id);
  const compare: Record<TargetSort, (a: TargetRow, b: TargetRow) => number> = {
    metric: (a, b) => byText(a.metric, b.metric),
    value: (a, b) => byNumber(a.number, b.number),
    year: (a, b) => byNumber(a.year, b.year),
    area: (a, b) => (a.area ? (b.area ? byText(a.area, b.area) : -1) : b.area ? 1 : 0),
    province: (a, b) => rank(a.unit.provinceId) - rank(b.unit.provinceId),
  };
  return [...rows].sort(compare[key]);
}
