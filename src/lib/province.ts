/** Province page helpers. */
import type { Corpus } from './corpus.ts';
import { departmentCounts } from './department.ts';

export function provinceSummary(corpus: Corpus, provinceId: string, topDepartments = 10) {
  const documents = corpus.documents.filter((document) => document.provinceId === provinceId);
  const units = corpus.units.filter((unit) => unit.provinceId === provinceId);
  const themes = corpus.activeThemes.flatMap((theme) => {
    const primary = units.filter((unit) => unit.themes[0] === theme.id).length;
    const any = units.filter((unit) => unit.themes.includes(theme.id)).length;
    return any ? [{ theme, primary, count: any }] : [];
  });
  return {
    documents,
    units: units.length,
    measures: units.filter((unit) => unit.kind === 'measure').length,
    targets: units.reduce((sum, unit) => sum + unit.targets.length, 0),
    themes,
    departments: departmentCounts(corpus, units).slice(0, topDepartments),
  };
}

/** Provinces with their counts: those with documents, or every registry province with `all`. */
export function provinceList(corpus: Corpus, { all = false } = {}) {
  return (all ? corpus.provinces : corpus.activeProvinces).map((province) => ({
    province,
    documents: corpus.documents.filter((d) => d.provinceId === province.id).length,
    units: corpus.units.filter((u) => u.provinceId === province.id).length,
    measures: corpus.units.filter((u) => u.provinceId === province.id && u.kind === 'measure').length,
  }));
}
