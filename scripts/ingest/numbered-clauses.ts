/**
 * Who a clause that names tasks by number says does them (numbered-duties.ts finds the clauses): the
 * clauses of a paragraph, the bodies a clause opens with, and those after its numbers (`由A牵头，B配合`,
 * `分别由A、B牵头`, `第9项任务A、B配合`, `…项工作，A、B配合`, a part of the work: `中…的，由A牵头`).
 */
import { isOrgList } from './body-lists.ts';
import { dutySubjectLength } from './duty-subject.ts';
import type { Resolving } from './resolve-departments.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import { readVerbs } from './responsibility-lists.ts';
import { leadingBodies } from './sentence-subjects.ts';

/** Words after a reference before who does it: `…项任务`, `…项工作`, a list's colon (`第（一）项：A牵头，B配合`). */
const WORK = /^\s*(?:(?:重点|主要)?任务|工作|内容|事项|措施)?\s*(?::\s*(?=\S))?/u;
/** Words before a clause's subject that are none of it: `以上`, `其中`. */
const OPENING = /^\s*(?:以上|上述|其中|另外|此外|同时)?/u;
/** A subject's verb before the numbers that says it helps: `：配合市质监局做好第（五）项`. */
export const HELPS = /^\s*:?\s*(?:主要|具体)?(?:配合|协助|参与|协同)/u;
/** The paragraph's sentences and clauses (`。`, `；`) outside brackets, from `start`. */
export function clauses(folded: string, start: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let from = start;
  for (let at = start; at < folded.length; at++) {
    const char = folded[at]!;
    if (/[(〔【[]/u.test(char)) depth += 1;
    else if (/[)〕】\]]/u.test(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[。;；]/u.test(char)) {
      spans.push([from, at]);
      from = at + 1;
    }
  }
  if (from < folded.length) spans.push([from, folded.length]);
  return spans;
}

/** The bodies a clause opens with before its verb (`市工商局：负责…`, `各县（市、区）人民政府负责…`). */
export function subjectOf(folded: string, start: number, end: number): ResponsibilitySegment | undefined {
  const from = start + OPENING.exec(folded.slice(start, end))![0].length;
  const length = dutySubjectLength(folded.slice(from, end));
  return length ? { start: from, end: from + length, role: 'responsible' } : undefined;
}

/**
 * Who the clause after the numbers says does the tasks: `由A牵头，B配合`, `分别由A、B牵头`, bodies right
 * after them (`第9项任务A、B配合`), or after a comma the subject's partners (`…项工作，A、B配合`); `中…的，由A
 * 牵头` does a part of them.
 */
export function bodiesAfter(
  folded: string,
  from: number,
  end: number,
  index: Resolving['index'],
): { segments: ResponsibilitySegment[]; partial: boolean; respectively: boolean } {
  let at = from + WORK.exec(folded.slice(from, end))![0].length;
  const respectively = folded.startsWith('分别', at);
  if (respectively) at += 2;
  const partial = folded.startsWith('中', at);
  const by = partial ? folded.lastIndexOf('由', end - 1) : folded.startsWith('由', at) ? at : -1;
  const read = (start: number) => ({ segments: verbsBefore(folded, start, end), partial, respectively });
  if (by >= at) return read(by);
  if (!partial && leadingBodies(folded.slice(at, end), index)) return read(at);
  const comma = /[,，]/u.exec(folded.slice(at, end));
  if (!comma) return { segments: [], partial, respectively };
  const after = read(at + comma.index + 1);
  // Or a body's duty in them (`以上（一）至（二）项任务，市财政局负责经费保障`).
  const subject = after.segments.length ? undefined : subjectOf(folded, at + comma.index + 1, end);
  if (!subject) return after;
  const role = HELPS.test(folded.slice(subject.end, end)) ? 'cooperating' : 'responsible';
  return { segments: [{ ...subject, role }], partial: true, respectively };
}

/**
 * Who a clause's lists name, from `start`, up to the last of its commas where they still read as
 * lists: what the work is comes after them (`由A牵头，B配合，每年9月集中开展宣传`).
 */
function verbsBefore(folded: string, start: number, end: number): ResponsibilitySegment[] {
  for (
    let stop = end;
    stop > start;
    stop = Math.max(folded.lastIndexOf('，', stop - 1), folded.lastIndexOf(',', stop - 1))
  ) {
    const segments = readVerbs(folded, start, stop);
    if (segments?.every((segment) => isOrgList(folded.slice(segment.start, segment.end)))) return segments;
  }
  return [];
}
