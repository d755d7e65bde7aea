/**
 * Where a unit writes its departments: the responsibility clauses that close it, the bracketed
 * clauses that close a part of it, and a duty's subject. Each comes back as lists of the line they
 * are in (resolve-departments.ts FoundList), read by extract-departments.ts.
 */
import type { DepartmentIndex } from './department-index.ts';
import { fold } from '../../src/model/fold.ts';
import type { Closing } from './group-responsibility.ts';
import { DIVISION_TITLE, isDeadlineField, isDutiesField, isMembersField, isPersonsField } from './line-shapes.ts';
import { DEFINES_SHORT_NAME, endsAsName } from './name-lists.ts';
import { isOrgList } from './body-lists.ts';
import { dutySubjectLength } from './duty-subject.ts';
import type { FoundList } from './resolve-departments.ts';
import { findResponsibility, innerResponsibilities } from './responsibility.ts';
import type { UnitNode } from './tree.ts';

/**
 * Bracketed clauses that end a part of a task (`一是…（A负责）；二是…`), and a body's members on a line
 * of their own inside its text (`成员单位：…` / `工作专班办公室设在…`), before the unit's closing clauses.
 */
export function innerLists(unit: UnitNode, closing: readonly FoundList[]): FoundList[] {
  return unit.children.flatMap((line): FoundList[] => {
    const folded = fold(line.value);
    const own = closing.find((found) => found.line === line);
    const members = !own && isMembersField(folded) ? findResponsibility(folded) : undefined;
    if (members) return [{ line, segments: members.segments, start: members.start }];
    const end = own ? (own.start ?? folded.length) : folded.length;
    return innerResponsibilities(folded, end).map((clause) => ({
      line,
      segments: clause.segments,
      start: clause.start,
    }));
  });
}

/**
 * The responsibility clauses that close the unit: the one its last line ends with (deadline and
 * persons lines around it aside: `责任领导：…` / `责任部门：…` / `责任人：…` / `整改时限：…`), and the lines of their own above it, each a field of the task's table
 * (`牵头单位：A` / `配合单位：B、C` / `完成时限：…`), in the order they are written.
 */
export function closingLists(unit: UnitNode): Closing[] {
  const found: Closing[] = [];
  for (const line of [...unit.children].reverse()) {
    const folded = fold(line.value);
    const clause = findResponsibility(folded);
    if (clause) {
      found.unshift({
        line,
        segments: clause.segments,
        start: clause.start,
        group: clause.group,
        wholeLine: clause.wholeLine,
      });
      if (!clause.wholeLine) break;
    } else if (!isDeadlineField(folded) && !isPersonsField(folded) && !isDutiesField(folded)) break;
  }
  return found;
}

/** What a duty says after its body when the duty is to help: `：负责配合…`, `：配合…`, `协助…`. */
const ASSISTS = /^[:\s]*(?:负责|主要)?(?:配合|协助)/u;

/** A division's name and the colon before its duties, a row of a table of divisions: `办公室：`. */
const DIVISION_FIELD = /^(\s*)([^,，。;；:：]{2,40})[:：]/u;
/** A duty's matter before the 由 that names who does it: `工业领域项目由`. */
const MATTER_BY = /^[^由,，。;；:：]{2,20}由(?=[省市县区州盟自各])/u;

/**
 * A division's paragraph titled by its name and a full stop, as a 三定规定 lists a body's divisions
 * (`综合规划科（法规科）。拟订…`, `价格监督检查和反不正当竞争科（…办公室）。承担…`): that name, responsible,
 * whatever its duty's verb and whatever words its name joins with 和. The body it houses, named in brackets
 * after it (`质量发展处（省质量强省工作领导小组办公室）`), is its other name: the division is the name, not
 * that body; another name of its own stays with it (`综合规划科（法规科）`).
 */
export function divisionTitle(unit: UnitNode, index: DepartmentIndex): FoundList | undefined {
  const line = unit.children[0]!;
  const label = line.labelEnd ?? 0;
  // Its name ends at its full stop, or at its colon as a table of divisions is written out (`1. 办公室：负责…`,
  // extract/duty-table.ts).
  const text = fold(line.value.slice(label));
  const title = DIVISION_TITLE.exec(text) ?? DIVISION_FIELD.exec(text);
  if (!title) return undefined;
  const start = label + title[1]!.length;
  const bracket = /\s*\(([^()]+)\)$/u.exec(title[2]!);
  const name = bracket ? title[2]!.slice(0, bracket.index) : title[2]!;
  const length = bracket && endsAsName(name) && index.resolve(bracket[1]!) ? name.length : title[2]!.length;
  return { line, segments: [{ start, end: start + length, role: 'responsible' }] };
}

/**
 * The subject of a duty paragraph, as its responsible departments (duty-subject.ts dutySubjectLength);
 * those after 会同 work with them (`第十条 市市场监管局会同市住房城乡建设委、市应急局建立…`).
 */
export function dutySubject(unit: UnitNode): FoundList | undefined {
  const line = unit.children[0]!;
  const label = line.labelEnd ?? 0;
  const whole = fold(line.value.slice(label));
  // What is done, then 由 and who does it (`工业领域项目由省工业和信息化厅牵头审核推荐`): the bodies after 由.
  const matter = MATTER_BY.exec(whole);
  const start =
    label + (matter && isOrgList(whole.slice(matter[0].length, dutySubjectLength(whole))) ? matter[0].length : 0);
  const folded = fold(line.value.slice(start));
  const written = dutySubjectLength(folded);
  if (!written) return undefined;
  // The short name the text defines after the body (`（以下简称市局网监科）`) is no part of it.
  const length = written - (DEFINES_SHORT_NAME.exec(folded.slice(0, written))?.[0].length ?? 0);
  const together = folded.slice(0, length).indexOf('会同');
  // A duty to help others (`省文化和旅游厅：负责配合做好…疏散工作`): its body cooperates.
  const role = ASSISTS.test(folded.slice(written)) ? 'cooperating' : 'responsible';
  if (together <= 0) return { line, segments: [{ start, end: start + length, role }] };
  return {
    line,
    segments: [
      { start, end: start + together, role: 'responsible' },
      { start: start + together + 2, end: start + length, role: 'cooperating' },
    ],
  };
}
