/**
 * The working groups of an emergency plan's command, each formed of bodies that do its duty
 * (extract-departments.ts, for a duty that names no body of its own).
 */
import { fold } from '../../src/model/fold.ts';
import type { DepartmentIndex } from './department-index.ts';
import { FORMED_GROUP } from './duty-subject.ts';
import type { FoundList } from './resolve-departments.ts';
import { sentenceSubjects } from './sentence-subjects.ts';
import type { UnitNode } from './tree.ts';

/**
 * The bodies that form a working group a duty is written for (`（1）综合协调组：由市市场监管局牵头，
 * 市应急管理局参加，负责综合协调…`, the groups of an emergency plan's command): the group is no
 * body, those it names do its duty, the one after 由 leading.
 */
export function groupMembers(unit: UnitNode, index: DepartmentIndex): FoundList[] {
  const line = unit.children[0]!;
  const from = line.labelEnd ?? 0;
  const text = fold(line.value).slice(from);
  const formed = FORMED_GROUP.exec(text);
  if (!formed) return [];
  // The subjects of the clauses from its 由 to the sentence's end: its members.
  const [start, end] = [from + formed[0].length, from + (/[;；。]/u.exec(text)?.index ?? text.length)];
  return sentenceSubjects({ ...unit, children: [line] }, index).filter(
    (found) => found.segments[0]!.start >= start && found.segments[0]!.start < end,
  );
}
