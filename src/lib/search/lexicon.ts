/**
 * The search bundle WITHOUT the units: filter labels, department aliases, the thesaurus and the
 * traditional → simplified pairs the corpus needs, so the index and the in-memory engine fold
 * queries and expand aliases the same way and label the filters. It is in the index's start file
 * (shards/format.ts), read through the Lexicon.
 */
import { type NamedDepartment, nameKeys, shortFormTargets } from '../../model/department-names.ts';
import type { Labelled, SearchBundle } from './bundle.ts';
import type { Group } from './filter-groups.ts';
import { type CharFolder, makeMatchFold, unpackTable } from './normalize.ts';
import { Thesaurus } from './related.ts';
import type { Term } from './query.ts';

export type SearchMeta = Omit<SearchBundle, 'units'>;

/** A term that names departments, for the page's notes (Lexicon.departmentNotes). */
export interface DepartmentNote {
  term: Term;
  /** The departments it reaches (names). */
  departments: string[];
  /** The departments before and after them through reorganisations (names): related results. */
  predecessors: string[];
  successors: string[];
}

export function metaOf(bundle: SearchBundle): SearchMeta {
  const { units: _units, ...meta } = bundle;
  return meta;
}

const LEVEL_PREFIX = /^(?:自治区|省|市)/u;

/** Labels, aliases and folding over a SearchMeta (or a whole bundle). */
export class Lexicon {
  readonly meta: SearchMeta;
  readonly fold: CharFolder;
  /** The policy thesaurus, for related results and suggestions (related.ts). */
  readonly thesaurus: Thesaurus;
  private readonly aliases = new Map<string, number[]>();
  private readonly byId: Record<Group, Map<string, number>>;
  /** Per department: what the short-form rule reads (registry names, registered short forms). */
  private readonly named: NamedDepartment[];
  private readonly shortFormCache = new Map<string, number[]>();

  constructor(meta: SearchMeta, fold: CharFolder = makeMatchFold(unpackTable(meta.t2s))) {
    this.meta = meta;
    this.fold = fold;
    this.thesaurus = new Thesaurus(meta.concepts);
    meta.departments.forEach((dept, i) => {
      for (const alias of [...dept.aliases, ...dept.written]) {
        const list = this.aliases.get(alias) ?? [];
        if (!list.includes(i)) list.push(i);
        this.aliases.set(alias, list);
      }
    });
    // Registry names only: the corpus's written names keep their prefixes (省质监局), which would
    // make 省… or a province name look like a short form.
    this.named = meta.departments.map((dept) => ({ names: dept.aliases, shortForms: dept.shortForms }));
    const index = (labels: readonly Labelled[]) => new Map(labels.map((l, i) => [l.id, i]));
    this.byId = {
      status: index(meta.statuses),
      province: index(meta.provinces),
      dept: index(meta.departments),
      theme: index(meta.themes),
      doc: index(meta.documents),
      kind: index(meta.kinds),
    };
  }

  labels(group: Group): Labelled[] {
    const m = this.meta;
    const { statuses: status, provinces: province, departments: dept, themes: theme, documents: doc, kinds: kind } = m;
    return { status, province, dept, theme, doc, kind }[group];
  }

  /** Index of a value in its group's labels, or -1. */
  indexOf(group: Group, id: string): number {
    return this.byId[group].get(id) ?? -1;
  }

  /** Departments a folded term names, if it is an alias (same rule as SearchEngine). */
  departmentsNamed(folded: string): number[] {
    return this.aliases.get(folded) ?? this.aliases.get(folded.replace(LEVEL_PREFIX, '')) ?? [];
  }

  /**
   * Departments a folded term stands for as a short form (`工信`, `省食药监`, `卫健委`: registered or
   * derived, src/model/department-names.ts), when it is not an alias: empty for an alias, which
   * matches exactly (departmentsNamed), and for a short form of several departments.
   */
  departmentsAbbreviated(folded: string): number[] {
    if (this.departmentsNamed(folded).length > 0) return [];
    let found = this.shortFormCache.get(folded);
    if (!found) {
      found = shortFormTargets(nameKeys(folded, this.meta.namePrefixes), this.named);
      this.shortFormCache.set(folded, found);
    }
    return found;
  }

  /** Departments the terms of a query reach (departmentsReached), for the order of results (rank.ts). */
  departmentsOfQuery(terms: readonly Term[]): Set<number> {
    return new Set(terms.flatMap((term) => this.departmentsReached(term.folded)));
  }

  /** Departments a term reaches: by an alias (exactly), else as a short form (related results). */
  departmentsReached(folded: string): number[] {
    const named = this.departmentsNamed(folded);
    return named.length > 0 ? named : this.departmentsAbbreviated(folded);
  }

  /**
   * The departments before and after those a term reaches (departmentsReached), through the
   * registry's reorganisations: 市场监管局 → 质量技术监督局, 工商行政管理局… (`predecessor`);
   * 质监局 → 市场监督管理局 (`successor`). Never one the term reaches itself.
   */
  departmentsInLineage(folded: string): { department: number; relation: 'predecessor' | 'successor' }[] {
    const reached = this.departmentsReached(folded);
    const out: { department: number; relation: 'predecessor' | 'successor' }[] = [];
    const add = (department: number, relation: 'predecessor' | 'successor'): void => {
      if (!reached.includes(department) && !out.some((o) => o.department === department))
        out.push({ department, relation });
    };
    for (const d of reached) {
      for (const p of this.meta.departments[d]?.predecessors ?? []) add(p, 'predecessor');
      for (const s of this.meta.departments[d]?.successors ?? []) add(s, 'successor');
    }
    return out;
  }

  /**
   * The terms that reach departments, by an alias or as a short form, with those departments' names:
   * the page's “also found via” notes, the same for 工信 as for 工业和信息化厅; and the names of the
   * departments before and after them (departmentsInLineage), whose units are related results.
   */
  departmentNotes(terms: readonly Term[]): DepartmentNote[] {
    const name = (d: number): string => this.meta.departments[d]?.name ?? '';
    return terms
      .map((term) => {
        const lineage = this.departmentsInLineage(term.folded);
        const of = (relation: 'predecessor' | 'successor'): string[] =>
          lineage.filter((l) => l.relation === relation).map((l) => name(l.department));
        return {
          term,
          departments: this.departmentsReached(term.folded).map(name),
          predecessors: of('predecessor'),
          successors: of('successor'),
        };
      })
      .filter((note) => note.departments.length > 0);
  }
}
