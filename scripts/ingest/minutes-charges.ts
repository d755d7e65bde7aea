/**
 * Minutes' paragraphs say what the meeting did by their opening words (part-kinds.ts `kindOfMinutes`):
 * what it heard or agreed is context, what it required of all a requirement. But a meeting that agrees
 * and then charges a body (`会议原则同意该方案，由市住房城乡建设局修改完善后印发`) or requires a named
 * body's work (`会议要求，市投资促进局要会同高新区管委会…`) has set a task: the bodies it names are
 * responsible, and the paragraph is a task.
 */
import { fold } from '../../src/model/fold.ts';
import type { DepartmentIndex } from './department-index.ts';
import { kindOfMinutes } from './part-kinds.ts';
import type { FoundList } from './resolve-departments.ts';
import { sentenceSubjects } from './sentence-subjects.ts';
import type { UnitNode } from './tree.ts';

/** The words before a body that charge it with the work: `由`, `请`, `责成`. */
const CHARGED = /(?:由|请|责成)\s*$/u;

/**
 * The bodies a paragraph of minutes (`会议同意…`, `会议要求…`) charges with work: for what the meeting
 * agreed, those named after 由, 请 or 责成; for what it required, every body its sentences name as
 * subject. Empty for any other unit.
 */
export function minutesCharges(unit: UnitNode, reading: UnitNode, index: DepartmentIndex): FoundList[] {
  const first = unit.children[0]!;
  const kind = kindOfMinutes(fold(first.value.slice(first.labelEnd ?? 0)));
  if (!kind || kind === 'measure' || (unit.kind !== 'context' && unit.kind !== 'requirement')) return [];
  const found = sentenceSubjects(reading, index);
  if (unit.kind === 'requirement') return found;
  return found.filter(({ line, segments }) => CHARGED.test(fold(line.value).slice(0, segments[0]?.start ?? 0)));
}
