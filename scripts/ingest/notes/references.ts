/**
 * One reference of a note (a frontmatter entry or a component attribute) checked against the ids of
 * this run, and recorded in what the note cites.
 */
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { type NoteAttributeKind, measureRefSchema, unitIdOfRef } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import { nearest } from './nearest.ts';

/** Ids the knowledge base has in this run. */
export interface KnownIds {
  documents: Set<string>;
  /** Unit ids (`shanxi-2015-plan/2-8`). */
  units: Set<string>;
  departments: Set<string>;
  themes: Set<string>;
  provinces: Set<string>;
  /** Target metrics as extracted (targets.json `metric`). */
  metrics: Set<string>;
}

/** What a note cites, by kind. */
export interface Cites {
  documents: Set<string>;
  measures: Set<string>;
  departments: Set<string>;
  themes: Set<string>;
}

export const emptyCites = (): Cites => ({
  documents: new Set(),
  measures: new Set(),
  departments: new Set(),
  themes: new Set(),
});

const LABELS: Record<Exclude<NoteAttributeKind, 'measure'>, string> = {
  theme: 'theme (registry/themes.yml)',
  department: 'department (registry/departments.yml)',
  metric: 'target metric (data/targets.json)',
  provinces: 'province with documents (registry/provinces.yml)',
};

type Place = Node | Position | undefined;

function unknown(file: VFile, what: string, value: string, candidates: Iterable<string>, place: Place): void {
  const near = nearest(value, candidates);
  report(
    file,
    'notes:unknown-reference',
    `Unexpected ${what} \`${value}\`, expected a known one${near ? `: did you mean \`${near}\`?` : ''}`,
    place,
  );
}

function checkMeasure(file: VFile, ref: string, place: Place, known: KnownIds, cites: Cites): void {
  if (!measureRefSchema.safeParse(ref).success) {
    report(
      file,
      'notes:unknown-reference',
      `Unexpected measure \`${ref}\`, expected \`<document id>#<unit id>\``,
      place,
    );
    return;
  }
  const [document = '', local = ''] = ref.split('#');
  if (!known.documents.has(document)) return unknown(file, 'document', document, known.documents, place);
  const id = unitIdOfRef(ref);
  if (!known.units.has(id)) {
    const siblings = [...known.units].filter((unit) => unit.startsWith(`${document}/`));
    const near = nearest(
      local,
      siblings.map((unit) => unit.slice(document.length + 1)),
    );
    report(
      file,
      'notes:unknown-reference',
      `Unexpected unit \`${local}\` of \`${document}\`, expected one of its units${near ? `: did you mean \`${document}#${near}\`?` : ''}`,
      place,
    );
    return;
  }
  cites.measures.add(id);
  cites.documents.add(document);
}

/** Checks `value` as a reference of `kind`, reporting at `place`; a known one is added to `cites`. */
export function checkReference(
  file: VFile,
  kind: NoteAttributeKind | 'document',
  value: string,
  place: Place,
  known: KnownIds,
  cites: Cites,
): void {
  switch (kind) {
    case 'measure':
      return checkMeasure(file, value, place, known, cites);
    case 'document':
      if (known.documents.has(value)) cites.documents.add(value);
      else unknown(file, 'document (content/sources)', value, known.documents, place);
      return;
    case 'theme':
      if (known.themes.has(value)) cites.themes.add(value);
      else unknown(file, LABELS.theme, value, known.themes, place);
      return;
    case 'department':
      if (known.departments.has(value)) cites.departments.add(value);
      else unknown(file, LABELS.department, value, known.departments, place);
      return;
    case 'metric':
      if (!known.metrics.has(value)) unknown(file, LABELS.metric, value, known.metrics, place);
      return;
    case 'provinces':
      for (const province of value.split(/\s+/).filter(Boolean))
        if (!known.provinces.has(province)) unknown(file, LABELS.provinces, province, known.provinces, place);
      return;
  }
}
