/**
 * What the open-data files hold (which files there are: data-files.ts): the generated JSON with site
 * URLs (base added), one record per line, and the CSV twins of measures and targets, whose columns
 * are named by their JSON path (`source.startLine`).
 */
import type { Target, Unit } from '../model/index.ts';
import { tableToCsv, type Column } from './csv.ts';
import { joinBase } from './url.ts';

/** Prefix every top-level `url` field (site-relative, leading `/`) with the base. */
export function withBaseUrls<T>(items: T[], base: string): T[] {
  return items.map((item) => {
    if (item && typeof item === 'object' && 'url' in item && typeof item.url === 'string') {
      return { ...item, url: joinBase(base, item.url) };
    }
    return item;
  });
}

/**
 * A JSON array with one record per line: as compact as JSON gets (a thousand documents' measures.json
 * is a third smaller than indented), yet a diff or `grep` still shows one record per line.
 */
export function jsonRecords(records: readonly unknown[]): string {
  return records.length === 0 ? '[]\n' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

export const measureColumns: Array<Column<Unit>> = [
  { header: 'id', value: (u) => u.id },
  { header: 'url', value: (u) => u.url },
  { header: 'document', value: (u) => u.document },
  { header: 'province', value: (u) => u.province },
  { header: 'provinceId', value: (u) => u.provinceId },
  { header: 'order', value: (u) => u.order },
  { header: 'numbering', value: (u) => u.numbering },
  { header: 'kind', value: (u) => u.kind },
  { header: 'title', value: (u) => u.title },
  { header: 'context', value: (u) => u.context },
  { header: 'text', value: (u) => u.text },
  { header: 'departments.raw', value: (u) => u.departments.map((d) => d.raw) },
  // An unresolved name (not in the registry) keeps its place with an empty id and name, so the
  // three lists stay aligned: `省质监局；省农机局` / `quality-supervision；` / `质量技术监督局；`.
  { header: 'departments.id', value: (u) => u.departments.map((d) => d.id ?? '') },
  { header: 'departments.name', value: (u) => u.departments.map((d) => d.name ?? '') },
  { header: 'departments.role', value: (u) => u.departments.map((d) => d.role) },
  { header: 'themes', value: (u) => u.themes },
  { header: 'deadlines.text', value: (u) => u.deadlines.map((d) => d.text) },
  { header: 'cites', value: (u) => u.cites },
  { header: 'source.file', value: (u) => u.source.file },
  { header: 'source.startLine', value: (u) => u.source.startLine },
  { header: 'source.endLine', value: (u) => u.source.endLine },
];

export const targetColumns: Array<Column<Target>> = [
  { header: 'metric', value: (t) => t.metric },
  { header: 'value', value: (t) => t.value },
  { header: 'number', value: (t) => t.number },
  { header: 'comparator', value: (t) => t.comparator },
  { header: 'year', value: (t) => t.year },
  { header: 'recurring', value: (t) => t.recurring },
  { header: 'area', value: (t) => t.area },
  { header: 'text', value: (t) => t.text },
  { header: 'measure', value: (t) => t.measure },
  { header: 'province', value: (t) => t.province },
  { header: 'source.file', value: (t) => t.source.file },
  { header: 'source.startLine', value: (t) => t.source.startLine },
  { header: 'source.endLine', value: (t) => t.source.endLine },
];

export const measuresCsv = (units: Unit[], base: string) => tableToCsv(measureColumns, withBaseUrls(units, base));
export const targetsCsv = (targets: Target[]) => tableToCsv(targetColumns, targets);
