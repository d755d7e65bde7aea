/**
 * The document page rendered from its generated MDX (content/generated/documents/<id>.mdx): what the
 * MDX elements `<Unit>` and `<Department>` need from the typed model to show as the rest of the site
 * does. Both the MDX page and the typed data come from one ingest run; an element whose attributes
 * disagree with the data (an MDX page left from an older run) fails the build rather than showing a
 * page that contradicts the measure pages.
 */
import type { PolicyDocument, Unit } from '../model/index.ts';
import type { Corpus } from './corpus.ts';
import { departmentInProvince } from './department.ts';
import { type AcknowledgedEntry, acknowledgedIn, headingLevels } from './document.ts';
import { formatNumbering } from './format.ts';
import { type DepartmentView, type Role, departmentView } from './responsibility.ts';

/**
 * A heading that carries only its number and title, which the page shows as its heading: its text is
 * then not shown again. A heading with a lead-in under its title (`四、下一步工作` / `下一步，我局将…
 * 重点抓好以下工作：`) shows its text, so the lead-in is read and found.
 */
export const titleOnly = (unit: Pick<Unit, 'kind' | 'text'>): boolean =>
  unit.kind === 'heading' && !unit.text.includes('\n');

/** Attributes of a `<Unit>` element, as the ingest writes them. */
export interface UnitAttributes {
  id: string;
  number?: string;
  kind: string;
  title: string;
  /** Registry ids, lead first, separated by spaces. */
  departments?: string;
  /** Theme ids separated by spaces. */
  themes?: string;
}

export interface UnitOnPage {
  unit: Unit;
  document: PolicyDocument;
  /** Heading level of its title (3…6: the page's h1 and the hidden h2 of the text come first). */
  level: number;
  acknowledged: AcknowledgedEntry[];
}

interface DocumentLayout {
  levels: Map<string, number>;
  acknowledged: AcknowledgedEntry[];
}

const layouts = new WeakMap<Corpus, Map<string, DocumentLayout>>();

function layoutOf(corpus: Corpus, document: PolicyDocument): DocumentLayout {
  const byDocument = layouts.get(corpus) ?? new Map<string, DocumentLayout>();
  layouts.set(corpus, byDocument);
  let layout = byDocument.get(document.id);
  if (!layout) {
    const units = corpus.unitsOf(document.id);
    const levels = headingLevels(units);
    layout = {
      levels: new Map(units.map((unit, i) => [unit.id, Math.max(3, levels[i]! + 1)])),
      acknowledged: acknowledgedIn(document, units),
    };
    byDocument.set(document.id, layout);
  }
  return layout;
}

const words = (value: string | undefined) => (value ? value.split(' ') : []);

/** A unit's registry departments as its `<Unit>` lists them: lead first, each once (names not in the registry have no id). */
export function departmentIdsLeadFirst(unit: Pick<Unit, 'departments'>): string[] {
  const leadFirst = [...unit.departments].sort((a, b) => Number(b.lead) - Number(a.lead));
  return [...new Set(leadFirst.flatMap((entry) => entry.id ?? []))];
}

/** The unit a `<Unit>` element stands for, checked against the typed model. */
export function unitOnPage(corpus: Corpus, attributes: UnitAttributes): UnitOnPage {
  const unit = corpus.unit(attributes.id);
  const document = unit && corpus.document(unit.document);
  if (!unit || !document) throw new Error(`<Unit id="${attributes.id}">: no such unit in the data; run the ingest`);
  const expected: Required<UnitAttributes> = {
    id: unit.id,
    number: formatNumbering(unit.numbering),
    kind: unit.kind,
    title: unit.title,
    departments: departmentIdsLeadFirst(unit).join(' '),
    themes: unit.themes.join(' '),
  };
  for (const key of Object.keys(expected) as Array<keyof UnitAttributes>) {
    const written =
      key === 'departments' || key === 'themes' ? words(attributes[key]).join(' ') : (attributes[key] ?? '');
    if (written !== expected[key])
      throw new Error(
        `<Unit id="${unit.id}"> says ${key}="${written}", the data "${expected[key]}": content/generated is from another run; run the ingest`,
      );
  }
  const layout = layoutOf(corpus, document);
  return {
    unit,
    document,
    level: layout.levels.get(unit.id)!,
    acknowledged: layout.acknowledged.filter((entry) => entry.unit === unit),
  };
}

/** Attributes of a `<Department>` element: a registry id with the unit's province, or a name as written. */
export interface DepartmentAttributes {
  ref?: string;
  province?: string;
  name?: string;
  role: Role;
  /**
   * `organisation`: a company or association named as doing the task, no department; `division`: a
   * part of the department `ref` names, written without it (`办公室`).
   */
  kind?: 'organisation' | 'division';
}

/** How a `<Department>` element shows: as the same name does on the measure pages. */
export function departmentOnPage(corpus: Corpus, attributes: DepartmentAttributes): DepartmentView {
  const { ref, province, name, role, kind } = attributes;
  if (ref === undefined) {
    const organisation = kind === 'organisation' ? { organisation: true as const } : {};
    return departmentView({ raw: name ?? '', lead: role === 'lead', role, ...organisation }, (id) => id);
  }
  const department = corpus.department(ref);
  if (!department || !province || !corpus.province(province))
    throw new Error(`<Department ref="${ref}" province="${province}">: unknown in the data; run the ingest`);
  const division = kind === 'division' ? { division: true as const } : {};
  return departmentView(
    { raw: department.name, id: ref, name: department.name, lead: role === 'lead', role, ...division },
    (id) => departmentInProvince(corpus, id, province),
  );
}
