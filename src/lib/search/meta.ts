/**
 * Pagefind mode's small companion file (`<base>search/meta.json.gz`, scripts/pagefind.ts): the
 * search bundle WITHOUT the units: filter labels, department aliases and the traditional →
 * simplified pairs the corpus needs, so the page folds queries and expands aliases exactly as in
 * bundle mode, and labels the filters, while the texts stay in Pagefind's fragments.
 */
import type { Group } from './engine.ts';
import type { Labelled, SearchBundle } from './bundle.ts';
import { type CharFolder, makeMatchFold, unpackTable } from './normalize.ts';
import type { Term } from './query.ts';

export type SearchMeta = Omit<SearchBundle, 'units'>;

/** Which engine the build chose (`<base>search/engine.json`). */
export interface EngineManifest {
  engine: 'bundle' | 'shards' | 'pagefind';
  /** Site-relative file the engine loads first: the bundle, the shards' start file, or the meta file. */
  file: string;
  units: number;
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
  private readonly aliases = new Map<string, number[]>();
  private readonly byId: Record<Group, Map<string, number>>;

  constructor(meta: SearchMeta, fold: CharFolder = makeMatchFold(unpackTable(meta.t2s))) {
    this.meta = meta;
    this.fold = fold;
    meta.departments.forEach((dept, i) => {
      for (const alias of dept.aliases) {
        const list = this.aliases.get(alias) ?? [];
        if (!list.includes(i)) list.push(i);
        this.aliases.set(alias, list);
      }
    });
    const index = (labels: readonly Labelled[]) => new Map(labels.map((l, i) => [l.id, i]));
    this.byId = {
      province: index(meta.provinces),
      dept: index(meta.departments),
      theme: index(meta.themes),
      doc: index(meta.documents),
      kind: index(meta.kinds),
    };
  }

  labels(group: Group): Labelled[] {
    const m = this.meta;
    return { province: m.provinces, dept: m.departments, theme: m.themes, doc: m.documents, kind: m.kinds }[group];
  }

  /** Index of a value in its group's labels, or -1. */
  indexOf(group: Group, id: string): number {
    return this.byId[group].get(id) ?? -1;
  }

  /** Departments a folded term names, if it is an alias (same rule as SearchEngine). */
  departmentsNamed(folded: string): number[] {
    return this.aliases.get(folded) ?? this.aliases.get(folded.replace(LEVEL_PREFIX, '')) ?? [];
  }

  /** The terms that name departments, with those departments' names (the page's “also found via” notes). */
  departmentNotes(terms: readonly Term[]): { term: Term; departments: string[] }[] {
    return terms
      .map((term) => ({
        term,
        departments: this.departmentsNamed(term.folded).map((d) => this.meta.departments[d]?.name ?? ''),
      }))
      .filter((note) => note.departments.length > 0);
  }
}
