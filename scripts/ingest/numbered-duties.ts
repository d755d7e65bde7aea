/**
 * Bodies given tasks by the tasks' numbers, away from the tasks: a part of its own (`三、责任分工` /
 * `市质监局：负责第（一）、（二）项工作，市经信委配合；负责第（五）项工作。`), a sentence after a part's tasks
 * (`以上第1至3项任务由自治区商务厅牵头，…按职责分工负责`, `其中第9项任务A、B配合`), a table's rows keyed by
 * the tasks' numbers (`1—2（牵头单位：…；配合单位：…）`), a part of a task (`第3项工作中…的制定，由A牵头`).
 * This finds the clauses and who each says does them (task-references.ts reads the numbers,
 * numbered-clauses.ts the bodies); give-numbered-duties.ts gives them to the tasks.
 */
import { fold } from '../../src/model/fold.ts';
import type { Resolving } from './resolve-departments.ts';
import { findResponsibility, type ResponsibilitySegment } from './responsibility.ts';
import { leadingBodies } from './sentence-subjects.ts';
import { keysTaskRow, labelNumber, PLACEHOLDER, type TaskReference, taskReferences } from './task-references.ts';
import type { UnitNode } from './tree.ts';
import { bodiesAfter, clauses, HELPS, subjectOf } from './numbered-clauses.ts';
import { type Paragraph, paragraphsOf } from './unit-paragraphs.ts';

/** One clause that gives the tasks of a reference their bodies. */
export interface NumberedDuty {
  /** The unit whose text says it. */
  unit: UnitNode;
  /** The paragraph it is in, its lines joined as a PDF's copy wraps them. */
  paragraph: Paragraph;
  reference: TaskReference;
  /** The clause that says it, `[start, end)` in the paragraph: no clause of its unit's own. */
  clause: [number, number];
  /** The bodies, in the paragraph, with their roles. */
  segments: ResponsibilitySegment[];
  /** A part of the tasks' work (`第3项工作中…的制定，由…牵头`): its bodies lead none of them. */
  partial: boolean;
  /** `第（四）、（五）项分别由A、B牵头`: each number its own name of the first list. */
  respectively: boolean;
}

/** The word before the bodies a subject works with: `会同`, `联合`. */
const TOGETHER = /会同|联合(?!会|国|体)/u;
const ONLY_PLACEHOLDER = new RegExp(`^${PLACEHOLDER}\\s*$`, 'u');

/** The clauses of the text's units that give tasks by number their bodies, in text order. */
export function readNumberedDuties(units: readonly UnitNode[], index: Resolving['index']): NumberedDuty[] {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const title = fold(
    units
      .find((unit) => unit.kind === 'title')
      ?.children.map((line) => line.value)
      .join('') ?? '',
  ).replace(/\s/gu, '');
  // A table's rows keyed by their tasks' numbers under a part that divides the work (`四、任务分工`).
  const inDivision = (unit: UnitNode): boolean => {
    for (let parent = unit.parentId; parent !== undefined; parent = byId.get(parent)?.parentId)
      if (DIVISION.test(fold(byId.get(parent)?.title ?? ''))) return true;
    return false;
  };
  return units
    .flatMap((unit) =>
      unit.kind === 'title'
        ? []
        : paragraphsOf(unit).flatMap((paragraph, at) =>
            paragraphDuties(unit, paragraph, index, at === 0 && inDivision(unit)),
          ),
    )
    .filter(({ reference }) => reference.cited === undefined || ownDocument(reference.cited, title));
}

/** A part that divides the work by the tasks' numbers: `任务分工`, `责任分工`, `分工安排`. */
const DIVISION = /分工/u;

/** The document itself, as it cites itself (`《方案》第三部分…`): by its kind alone, or its title. */
const ownDocument = (cited: string, title: string): boolean =>
  /^(?:本)?(?:实施|行动|工作|专项)?(?:方案|计划|意见|办法|细则|要点|规划|纲要)$/u.test(cited) ||
  fold(cited).replace(/\s/gu, '') === title;

function paragraphDuties(
  unit: UnitNode,
  paragraph: Paragraph,
  index: Resolving['index'],
  division: boolean,
): NumberedDuty[] {
  const { folded } = paragraph;
  const first = paragraph.lines[0]!;
  // A row of a division's table set as a numbered line (`1. （略，见正文）（牵头单位：…）`): keyed by its number.
  const key = division && first.label !== undefined && keysTaskRow(folded.slice(first.labelEnd ?? 0));
  const number = key ? labelNumber(first.label!) : undefined;
  const labelled = number ? { start: 0, end: first.labelEnd ?? 0, numbers: [number], row: true as const } : undefined;
  const references = labelled ? [labelled] : taskReferences(folded);
  if (references.length === 0) return [];
  const found: NumberedDuty[] = [];
  // The body the paragraph opens with (`市质监局：负责…；负责第（五）项工作`), for its clauses that name none.
  let opened: ResponsibilitySegment | undefined;
  // A row's key may be the line's label (`（七）（牵头单位：…）`).
  const from = references[0]!.row ? 0 : (first.labelEnd ?? 0);
  for (const [start, end] of clauses(folded, from)) {
    const own = references.filter((reference) => reference.start >= start && reference.end <= end);
    const subject = subjectOf(folded, start, own[0]?.start ?? end);
    if (subject) opened = subject;
    if (own.length === 0) continue;
    const duty = { unit, paragraph, clause: [start, end] as [number, number], partial: false, respectively: false };
    if (own[0]!.row) {
      // A row keyed by its tasks' numbers: the bracket or cells right after its key are its bodies.
      const clause = findResponsibility(folded);
      if (clause && ONLY_PLACEHOLDER.test(folded.slice(own[0]!.end, clause.start)))
        found.push({ ...duty, reference: own[0]!, segments: clause.segments });
      continue;
    }
    // Each reference is done by the bodies after it, up to the next (`第（一）项由A牵头，…，其中第3目由B牵头`);
    // one with none of its own by the next one's (`第2、5项和第7项由…`).
    const each: Array<{ reference: TaskReference; after: ReturnType<typeof bodiesAfter> }> = [];
    for (let at = own.length - 1; at >= 0; at--) {
      const reference = own[at]!;
      const boundary = own[at + 1]?.start ?? end;
      const between = folded
        .slice(reference.end, boundary)
        .replace(/[,，、\s]*(?:其中|以及|和|及|与)?[,，、\s]*$/u, '');
      const read = bodiesAfter(folded, reference.end, reference.end + between.length, index);
      each.unshift({ reference, after: read.segments.length || !each[0] ? read : each[0].after });
    }
    // The clause's subject, or the paragraph's for a clause that opens with its verb (`；负责第（五）项工作`);
    // bodies that share the lead (`A、B：共同负责第2项`) lead it together.
    const doer =
      subject ??
      (opened && /^\s*(?:负责|牵头|配合|协助)/u.test(folded.slice(start, own[0]!.start)) ? opened : undefined);
    const verb = doer ? folded.slice(doer.end, own[0]!.start) : '';
    const role: ResponsibilitySegment['role'] = HELPS.test(verb)
      ? 'cooperating'
      : /牵头|共同负责/u.test(verb)
        ? 'lead'
        : 'responsible';
    // Those it works with before the numbers (`市公安局：会同市工商局、市质监局负责第（六）项工作`) cooperate.
    const together = doer ? TOGETHER.exec(verb) : null;
    const partners = together ? leadingBodies(verb.slice(together.index + together[0].length), index) : 0;
    const withDoer: ResponsibilitySegment[] = doer
      ? [
          { ...doer, role },
          ...(partners
            ? [
                {
                  start: doer.end + together!.index + 2,
                  end: doer.end + together!.index + 2 + partners,
                  role: 'cooperating' as const,
                },
              ]
            : []),
        ]
      : [];
    for (const { reference, after } of each) {
      const segments =
        doer && !after.segments.some((segment) => segment.role !== 'cooperating')
          ? [...withDoer, ...after.segments]
          : after.segments;
      if (segments.length)
        found.push({ ...duty, reference, segments, partial: after.partial, respectively: after.respectively });
    }
  }
  return found;
}
