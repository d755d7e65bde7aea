/**
 * The corpus as the site sees it: every collection loaded once, with lookups. Pure: pages get a
 * Corpus from ./load.ts (astro:content); tests build one from fixtures.
 */
import {
  isNational,
  type CitedDocument,
  type Department,
  type PolicyDocument,
  type Province,
  type Theme,
  type Unit,
} from '../model/index.ts';

export interface CorpusInput {
  documents: PolicyDocument[];
  units: Unit[];
  departments: Department[];
  themes: Theme[];
  provinces: Province[];
  /** Documents outside the corpus that it cites (data/cited.json); none when not given. */
  cited?: CitedDocument[];
}

export interface Corpus extends CorpusInput {
  cited: CitedDocument[];
  /** A cited document outside the corpus by its id (`guobanfa-2015-19`). */
  citedDocument: (id: string) => CitedDocument | undefined;
  document: (id: string) => PolicyDocument | undefined;
  unit: (id: string) => Unit | undefined;
  department: (id: string) => Department | undefined;
  theme: (id: string) => Theme | undefined;
  province: (id: string) => Province | undefined;
  /** Units of a document in document order. */
  unitsOf: (documentId: string) => Unit[];
  /**
   * The units whose departments count, in corpus order: all but the rows of a task table that give a
   * body task its departments (`assigns`), which are that task again.
   */
  namingUnits: Unit[];
  /**
   * The tasks a unit gives their departments (their `assignedBy`), in document order: a task table's
   * row, or a row or paragraph that gives tasks by their numbers (`市质监局：负责第（一）、（二）项工作`).
   */
  assignedTo: (unitId: string) => Unit[];
  /** Provinces that have at least one document, in registry order. */
  activeProvinces: Province[];
  /** Registry departments named by at least one unit, in registry order. */
  activeDepartments: Department[];
  /** Themes held by at least one unit, by theme order. */
  activeThemes: Theme[];
}

const byId = <T extends { id: string }>(items: T[]) => {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id: string) => map.get(id);
};

/** Sort units by document id, then position: the export order of measures.json. */
export function compareUnits(a: Unit, b: Unit): number {
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.order - b.order;
}

export function createCorpus(input: CorpusInput): Corpus {
  const documents = [...input.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const units = [...input.units].sort(compareUnits);
  const themes = [...input.themes].sort((a, b) => a.order - b.order);
  // The nation heads every list of jurisdictions: its documents are what the provinces carry out.
  const provinces = [...input.provinces].sort((a, b) => Number(isNational(b)) - Number(isNational(a)));
  const unitsByDocument = new Map<string, Unit[]>();
  for (const unit of units) {
    const list = unitsByDocument.get(unit.document) ?? [];
    list.push(unit);
    unitsByDocument.set(unit.document, list);
  }
  const provinceIds = new Set(documents.map((document) => document.provinceId));
  // Unresolved names (no id) are no department: they never make one active.
  const assigned = groupBy(
    units.filter((unit) => unit.assignedBy),
    (unit) => unit.assignedBy!,
  );
  const departmentIds = new Set(units.flatMap((unit) => unit.departments.flatMap((entry) => entry.id ?? [])));
  const themeIds = new Set(units.flatMap((unit) => unit.themes));
  return {
    ...input,
    documents,
    units,
    themes,
    provinces,
    cited: input.cited ?? [],
    citedDocument: byId(input.cited ?? []),
    document: byId(documents),
    unit: byId(units),
    department: byId(input.departments),
    theme: byId(themes),
    province: byId(provinces),
    unitsOf: (documentId) => unitsByDocument.get(documentId) ?? [],
    namingUnits: units.filter((unit) => !unit.assigns),
    assignedTo: (unitId) => assigned.get(unitId) ?? [],
    activeProvinces: provinces.filter((province) => provinceIds.has(province.id)),
    activeDepartments: input.departments.filter((department) => departmentIds.has(department.id)),
    activeThemes: themes.filter((theme) => themeIds.has(theme.id)),
  };
}

/** What the knowledge base holds, for the home page. */
export function corpusCounts(corpus: Corpus) {
  return {
    documents: corpus.documents.length,
    units: corpus.units.length,
    measures: corpus.units.filter((unit) => unit.kind === 'measure').length,
    departments: corpus.activeDepartments.length,
    themes: corpus.activeThemes.length,
    provinces: corpus.activeProvinces.filter((province) => !isNational(province)).length,
    targets: corpus.units.reduce((sum, unit) => sum + unit.targets.length, 0),
  };
}

/** Group items by a key, keeping first-seen key order. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** `[{ id, name }]` of theme ids, for chips. */
export const themeRefs = (corpus: Corpus, ids: string[]) =>
  ids.map((id) => ({ id, name: corpus.theme(id)?.name ?? id }));
