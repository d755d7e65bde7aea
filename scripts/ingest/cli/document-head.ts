/**
 * The head of a document as the pipeline wants it (title, issuer, date, 文号, period, where its
 * source is), read from its sidecar and its province: each value stated or inferred as the sidecar
 * writes it. Kept apart from the run so that the run reads as the order of its steps.
 */
import type { Province, Sidecar } from '../../../src/model/index.ts';
import { metaField } from '../lineage/validity.ts';
import type { DocumentHead } from '../to-model.ts';

export function headOf(id: string, path: string, sidecar: Sidecar, province: Province): DocumentHead {
  return {
    id,
    title: metaField(sidecar.title)!,
    issuer: metaField(sidecar.issuer)!,
    provinceId: province.id,
    province: province.name,
    date: metaField(sidecar.date)!,
    docNumber: metaField(sidecar.docNumber),
    type: sidecar.type,
    period: metaField(sidecar.period)!,
    source: path.split('\\').join('/'),
    acknowledged: [],
  };
}
