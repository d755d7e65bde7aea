/**
 * The search bundle: everything search knows of the corpus, in memory. The index (shards/build.ts,
 * shards/start.ts) is built from it, and the exact engine (engine.ts, the test oracle) reads it.
 *
 * It carries each unit's original text (display and exact matching), the labels of every filter
 * value, the department aliases (query expansion) and the traditional → simplified pairs the corpus
 * needs. Built from the public exports (data/measures.json, documents.json, departments.json,
 * themes.json: bundle-input.ts), so search and open data can never disagree.
 */
import { formatNumbering } from '../format.ts';
import type { BundleInput, ExportDepartment } from './bundle-input.ts';
import { corpusT2S, makeMatchFold, packTable } from './normalize.ts';
import { collapseSpace } from './query.ts';
import { statusLabels } from './status.ts';

export const BUNDLE_VERSION = 2;

export interface BundleUnit {
  /** Unit id, `<document>/<local id>`; its page is `measures/<id>/`. */
  id: string;
  /** Index into documents. */
  doc: number;
  /** Index into kinds. */
  kind: number;
  /** The document's own numbering labels as the site shows them (`二（八）`, `六·`), or ``. */
  number: string;
  title: string;
  /** Full original text (paragraphs joined by `\n`). */
  text: string;
  /** Indexes into departments, in the order written (first = lead). */
  depts: number[];
  /**
   * The bodies it names that the registry does not know, as written, companies among them: no filter
   * value, but shown with the departments, since a name is never dropped. Absent when none.
   */
  others?: string[];
  /** Indexes into themes. */
  themes: number[];
}

export interface Labelled {
  id: string;
  name: string;
}

export interface SearchBundle {
  version: number;
  /** Packed traditional → simplified pairs (normalize.ts packTable). */
  t2s: string;
  provinces: Labelled[];
  /**
   * `date`: the document's date as exported (`2015-07-15`), `` when it has none (rank.ts: newest first);
   * `status`: index into statuses, −1 when the export has none.
   */
  documents: (Labelled & { province: number; date: string; status: number })[];
  /** The statuses some document has (status.ts: 现行有效 first), and the date they are as of (or ``). */
  statuses: Labelled[];
  asOf: string;
  /**
   * Folded names that reach this department exactly: `aliases` (canonical name and registry aliases)
   * and `written` (the other names the corpus writes it by, prefixes included: 省质监局). `shortForms`:
   * its registered short forms, folded; search derives others from `aliases` (src/model/department-names.ts).
   * `predecessors` and `successors` (indexes, absent when none): the bodies whose duties it took over,
   * and those that took over its own, through every reorganisation (lineageOf).
   */
  departments: (Labelled & {
    aliases: string[];
    written: string[];
    shortForms: string[];
    predecessors?: number[];
    successors?: number[];
  })[];
  /** Folded province names and short names a typed department name may start with, longest first. */
  namePrefixes: string[];
  themes: Labelled[];
  kinds: Labelled[];
  /** The policy thesaurus (data/thesaurus.json) for related results and suggestions (related.ts Thesaurus). */
  concepts: BundleConcept[];
  units: BundleUnit[];
}

/** A thesaurus concept as search reads it. */
export interface BundleConcept {
  id: string;
  /** The preferred label, as shown (`经由“电子商务”`). */
  name: string;
  /** Folded labels, preferred label first, then the alternative labels. */
  labels: string[];
  /** Indexes of related, broader and narrower concepts (suggested when nothing matches). */
  near: number[];
  /** Indexes into themes. */
  themes: number[];
}

/** What follows a province's proper name in its full name (内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西). */
const PROVINCE_SUFFIX = /(?:壮族|回族|维吾尔)?(?:自治区|省|市)$/u;

function indexer<T>(items: readonly T[], key: (item: T) => string): (id: string) => number {
  const map = new Map(items.map((item, i) => [key(item), i]));
  return (id) => {
    const i = map.get(id);
    if (i === undefined) throw new Error(`search bundle: unknown id ${id}`);
    return i;
  };
}

/**
 * Per department (by index), the departments before it and after it through the registry's
 * successions, every step (卫生厅 → 卫生计生委 → 卫生健康委), in the order found; successors the
 * export does not list are left out. The registry refuses cycles (src/model/succession.ts).
 */
export function lineageOf(
  departments: readonly ExportDepartment[],
): { predecessors: number[]; successors: number[] }[] {
  const index = new Map(departments.map((d, i) => [d.id, i]));
  const next = departments.map((d) => (d.succeededBy ?? []).flatMap((s) => index.get(s.id) ?? []));
  const previous = departments.map(() => [] as number[]);
  next.forEach((list, i) => list.forEach((j) => previous[j]!.push(i)));
  const reach = (edges: number[][], from: number): number[] => {
    const seen = new Set<number>();
    const walk = (i: number): void => {
      for (const j of edges[i]!) {
        if (j === from || seen.has(j)) continue;
        seen.add(j);
        walk(j);
      }
    };
    walk(from);
    return [...seen];
  };
  return departments.map((_, i) => ({ predecessors: reach(previous, i), successors: reach(next, i) }));
}

/** Builds the bundle; the same input always gives the same output. */
export function buildBundle(input: BundleInput): SearchBundle {
  const corpus = input.units.map((u) => u.text).join('\n');
  const subset = corpusT2S(input.t2s, corpus);
  const fold = makeMatchFold(input.t2s);

  const provinces: Labelled[] = [];
  for (const doc of input.documents) {
    if (!provinces.some((p) => p.id === doc.provinceId)) provinces.push({ id: doc.provinceId, name: doc.province });
  }
  const provinceIndex = indexer(provinces, (p) => p.id);
  const statuses = statusLabels(input.documents.map((doc) => doc.lineage?.status?.value ?? ''));
  const documents = input.documents.map((doc) => ({
    id: doc.id,
    name: typeof doc.title === 'string' ? doc.title : doc.title.value,
    province: provinceIndex(doc.provinceId),
    date: (typeof doc.date === 'string' ? doc.date : doc.date?.value) ?? '',
    status: statuses.findIndex((status) => status.name === doc.lineage?.status?.value),
  }));
  const folded = (names: readonly string[]): string[] =>
    [...new Set(names.map((name) => collapseSpace(fold(name))))].filter((a) => a !== '').sort();
  const lineage = lineageOf(input.departments);
  const departments = input.departments.map((dept, i) => {
    const aliases = folded([dept.name, ...dept.aliases]);
    const written = folded(Object.values(dept.localNames ?? {}).flat()).filter((name) => !aliases.includes(name));
    const { predecessors, successors } = lineage[i]!;
    return {
      id: dept.id,
      name: dept.name,
      aliases,
      written,
      shortForms: folded(dept.shortForms ?? []),
      ...(predecessors.length > 0 && { predecessors }),
      ...(successors.length > 0 && { successors }),
    };
  });
  const namePrefixes = [
    ...new Set(provinces.flatMap((p) => [p.name, p.name.replace(PROVINCE_SUFFIX, '')]).map((name) => fold(name))),
  ]
    .filter((name) => name !== '')
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const themes = input.themes.map((t) => ({ id: t.id, name: t.name }));
  const kindIds = [...new Set(input.units.map((u) => u.kind))];
  const kinds = Object.keys(input.kindLabels)
    .filter((id) => kindIds.includes(id))
    .concat(kindIds.filter((id) => !(id in input.kindLabels)))
    .map((id) => ({ id, name: input.kindLabels[id] ?? id }));

  const docIndex = indexer(documents, (d) => d.id);
  const deptIndex = indexer(departments, (d) => d.id);
  const themeIndex = indexer(themes, (t) => t.id);
  const kindIndex = indexer(kinds, (k) => k.id);
  const exported = input.thesaurus ?? [];
  const conceptIndex = new Map(exported.map((c, i) => [c.id, i]));
  const known = (ids: readonly string[]) => ids.flatMap((id) => conceptIndex.get(id) ?? []);
  const concepts = exported.map((c) => ({
    id: c.id,
    name: c.prefLabel,
    labels: [...new Set([c.prefLabel, ...c.altLabels].map((label) => collapseSpace(fold(label))))],
    near: [...new Set([...known(c.related), ...known(c.broader), ...known(c.narrower)])],
    themes: c.themes.flatMap((id) => (themes.some((t) => t.id === id) ? [themeIndex(id)] : [])),
  }));
  const units = input.units.map((u) => ({
    id: u.id,
    doc: docIndex(u.document),
    kind: kindIndex(u.kind),
    number: formatNumbering(u.numbering),
    title: u.title,
    text: u.text,
    depts: [...new Set(u.departments.flatMap((d) => (d.id === undefined ? [] : [deptIndex(d.id)])))],
    ...othersOf(u.departments),
    themes: [...new Set(u.themes.map((t) => themeIndex(t)))],
  }));
  return {
    version: BUNDLE_VERSION,
    t2s: packTable(subset),
    provinces,
    documents,
    statuses,
    asOf: input.documents.find((doc) => doc.lineage?.asOf)?.lineage?.asOf ?? '',
    departments,
    namePrefixes,
    themes,
    kinds,
    concepts,
    units,
  };
}

/** A unit's names without a department, as written, each once: `{ others }`, or nothing when none. */
function othersOf(departments: BundleInput['units'][number]['departments']): Pick<BundleUnit, 'others'> {
  const others = [...new Set(departments.flatMap((d) => (d.id === undefined ? [d.raw] : [])))];
  return others.length > 0 ? { others } : {};
}
