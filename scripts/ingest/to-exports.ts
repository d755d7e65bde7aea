/**
 * to-exports: the open-data exports (docs/open-data.md), built from every document's model.
 * URLs are site-relative without the base; the site adds its base when it serves them.
 */
import type {
  CitedDocument,
  Department,
  FormerName,
  Lineage,
  PolicyDocument,
  Succession,
  Target,
  Theme,
  Unit,
} from '../../src/model/index.ts';
import { buildCited } from './lineage/cited.ts';
import type { PolicyModel } from './to-model.ts';
import type { Concept } from '../../src/model/thesaurus.ts';
import { writtenNames } from '../../src/model/written-names.ts';
import { type ConceptExport, exportConcepts } from '../../src/model/thesaurus-export.ts';

export interface DepartmentExport {
  id: string;
  name: string;
  kind: Department['kind'];
  aliases: string[];
  /** Registered short forms search also reaches the department by (departments.yml `shortForms`). */
  shortForms: string[];
  /** Names as written in the corpus, per province name: `{ 山西省: ['省质监局'] }`. */
  localNames: Record<string, string[]>;
  /** Its parts the corpus names without it, per province name: `{ 湖南省: ['办公室', '人事科'] }`. */
  divisions: Record<string, string[]>;
  /** Units naming the department, in corpus order. */
  measures: string[];
  /** Units where it is listed first. */
  lead: string[];
  /** History: year set up, year dissolved, successors and former names (see registry.ts). */
  established?: number;
  dissolved?: number;
  succeededBy: Succession[];
  /** Departments it took over from (the reverse of their `succeededBy`). */
  predecessors: Array<{ id: string; year: number; note?: string }>;
  formerNames: FormerName[];
}

export interface ThemeExport {
  id: string;
  name: string;
  description: string;
  order: number;
  /** Units with the theme as primary theme. */
  primary: string[];
  /** Units with the theme, primary or secondary. */
  measures: string[];
}

export interface Exports {
  documents: PolicyDocument[];
  measures: Unit[];
  departments: DepartmentExport[];
  themes: ThemeExport[];
  targets: Target[];
  /** Documents outside the corpus that it cites. */
  cited: CitedDocument[];
  /** The policy thesaurus, relations made symmetric (src/model/thesaurus-export.ts). */
  thesaurus: ConceptExport[];
}

export function buildExports(
  models: PolicyModel[],
  departments: Department[],
  themes: Theme[],
  lineages: Map<string, Lineage>,
  concepts: readonly Concept[] = [],
): Exports {
  const sorted = [...models].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
  // Who cites each document, in one pass over the corpus (corpus order, each citing document once).
  const citing = new Map<string, Set<string>>();
  for (const other of sorted)
    for (const citation of other.citations)
      if (citation.document) {
        const set = citing.get(citation.document) ?? new Set<string>();
        set.add(other.document.id);
        citing.set(citation.document, set);
      }
  const documents: PolicyDocument[] = sorted.map(({ document }) => ({
    ...document,
    lineage: lineages.get(document.id)!,
    citedBy: [...(citing.get(document.id) ?? [])],
  }));
  const measures = sorted.flatMap(({ units }) => units);
  const targets: Target[] = measures.flatMap((unit) =>
    unit.targets.map((target) => ({
      ...target,
      measure: unit.id,
      province: unit.province,
      source: unit.source,
    })),
  );
  // The units naming each department, in one pass (corpus order, each unit once).
  const namingUnits = new Map<string, Unit[]>();
  for (const unit of measures)
    for (const id of new Set(unit.departments.map((entry) => entry.id))) {
      if (id === undefined) continue; // a name no department of the registry has
      const list = namingUnits.get(id);
      if (list) list.push(unit);
      else namingUnits.set(id, [unit]);
    }
  return {
    documents,
    measures,
    departments: departments.map((department) => {
      const naming = namingUnits.get(department.id) ?? [];
      const written = writtenNames(naming, department.id);
      const localNames = Object.fromEntries(written.flatMap((w) => (w.names.length ? [[w.province, w.names]] : [])));
      const divisions = Object.fromEntries(
        written.flatMap((w) => (w.divisions.length ? [[w.province, w.divisions]] : [])),
      );
      return {
        id: department.id,
        name: department.name,
        kind: department.kind,
        aliases: department.aliases,
        shortForms: department.shortForms ?? [],
        localNames,
        divisions,
        measures: naming.map((unit) => unit.id),
        lead: naming
          .filter((unit) => unit.departments.find((entry) => entry.id === department.id)?.lead)
          .map((unit) => unit.id),
        ...(department.established !== undefined ? { established: department.established } : {}),
        ...(department.dissolved !== undefined ? { dissolved: department.dissolved } : {}),
        succeededBy: department.succeededBy ?? [],
        predecessors: departments.flatMap((other) =>
          (other.succeededBy ?? [])
            .filter((entry) => entry.id === department.id)
            .map((entry) => ({ id: other.id, year: entry.year, ...(entry.note ? { note: entry.note } : {}) })),
        ),
        formerNames: department.formerNames ?? [],
      };
    }),
    themes: [...themes]
      .sort((a, b) => a.order - b.order)
      .map((theme) => ({
        id: theme.id,
        name: theme.name,
        description: theme.description,
        order: theme.order,
        primary: measures.filter((unit) => unit.themes[0] === theme.id).map((unit) => unit.id),
        measures: measures.filter((unit) => unit.themes.includes(theme.id)).map((unit) => unit.id),
      })),
    targets,
    cited: buildCited(sorted, lineages),
    thesaurus: exportConcepts(concepts),
  };
}
