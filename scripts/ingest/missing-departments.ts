/**
 * The check after extract-departments: measures left without departments where their siblings name
 * theirs, or a whole text without any although it uses the wording of responsibilities. Reported
 * as `extract-departments:missing`, positioned on the measure's last line.
 */
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import { report } from './messages.ts';
import { SUBJECT_KINDS } from './sentence-subjects.ts';
import type { UnitNode } from './tree.ts';

/** Wording that says a text assigns tasks to departments, for the whole-document check. */
const RESPONSIBILITY_WORDING = /(?:牵头|责任|配合)(?:单位|部门)\s*:|负责落实|按职责分工负责|牵头负责/u;

/**
 * Measures without departments, where most measures of the document end with a clause naming
 * them, or where none has although the text uses the wording of responsibilities. Departments read
 * from a sentence's subject (`bySubject`) are no such clause: a 办法 assigns some articles to
 * departments that way and leaves others (its purpose, what a regulated party must do) to nobody.
 */
export function reportMissing(units: UnitNode[], bySubject: ReadonlySet<UnitNode>, file: VFile): void {
  // A part whose tasks name their departments needs none for its lead-in (`二、2024年工作要点` /
  // `2024年的总体要求是：…` / `（一）…` / `1．…（责任处室：…）`).
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const parts = new Set<string>();
  for (const unit of units.filter((task) => task.data.departments?.length))
    for (let id = unit.parentId; id !== undefined && !parts.has(id); id = byId.get(id)?.parentId) parts.add(id);
  // The steps of a task that names its departments are its own (`3．…` / `(1)…` / `(2)…`).
  const withinTask = (unit: UnitNode): boolean => {
    for (let task = byId.get(unit.parentId ?? ''); task; task = byId.get(task.parentId ?? ''))
      if (task.data.departments?.length && SUBJECT_KINDS.has(task.kind)) return true;
    return false;
  };
  const measures = units.filter(
    (unit) => unit.kind === 'measure' && unit.children[0]!.label && !parts.has(unit.localId) && !withinTask(unit),
  );
  // An attachment, or a document forwarded below the notice, is a text of its own: the rows of a 办法's
  // scoring table name their departments, its articles need not.
  const texts = Map.groupBy(measures, (unit) =>
    /^(?:附件|转发件)/u.test(unit.numbering[0] ?? '') ? unit.numbering[0]! : '',
  );
  const missing = [...texts.values()].flatMap((text) => missingIn(text, bySubject));
  // Any unit's clause counts: the rows of a task table without numbers are no numbered measures.
  if (missing.length === 0 && !units.some((unit) => unit.data.departments?.length && !bySubject.has(unit))) {
    // Only a task's wording: what a review or a meeting's hearing says of others' tasks sets none; and
    // only one read for no body (`…，A、B按职责分工负责，建立…` names its bodies as its sentence's subjects).
    const wording = units
      .filter((unit) => SUBJECT_KINDS.has(unit.kind) && !unit.data.departments?.length)
      .flatMap((unit) => unit.children)
      .find((line) => RESPONSIBILITY_WORDING.test(fold(line.value)));
    if (wording && measures.length > 0) {
      report(
        file,
        'extract-departments:missing',
        `Unexpected document without any responsible department, expected the responsibility wording on line ${wording.position.start.line} to name departments at the end of its measures`,
        wording.position,
      );
    }
    return;
  }
  for (const unit of missing) {
    const last = unit.children.at(-1)!;
    report(
      file,
      'extract-departments:missing',
      `Unexpected measure \`${unit.numbering.join('')}\` without responsible departments, expected \`（…负责）\` as its siblings have`,
      last.position,
    );
  }
}

/** The measures of one part without departments, where most of the part's measures end with a clause naming them. */
function missingIn(measures: UnitNode[], bySubject: ReadonlySet<UnitNode>): UnitNode[] {
  const withDepartments = measures.filter((unit) => unit.data.departments?.length && !bySubject.has(unit));
  if (withDepartments.length === 0 || withDepartments.length * 2 < measures.length) return [];
  return measures.filter((unit) => !unit.data.departments?.length);
}
