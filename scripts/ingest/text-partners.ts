/**
 * The bodies a task's or duty's sentences say its doer works with (`…，会同省发展改革委、省商务厅建立…`,
 * `联合省税务局开展…`: they cooperate) or helps (`省委农办：…配合省市场监管局开展…`: they do that work),
 * when a clause or the duty's subject gave who does it. Only departments of the registry and the
 * local governments (`联合各乡镇人民政府、县水利局开展…`): another collective (`有关部门`) adds nothing a
 * reader could not guess.
 */
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import { type FoundList, type Resolving, resolveSegments } from './resolve-departments.ts';
import { LOCAL_GOVERNMENTS } from './government-bodies.ts';
import { leadingBodies } from './sentence-subjects.ts';
import { endsAsName } from './name-lists.ts';
import type { UnitNode } from './tree.ts';

/**
 * The verbs before the bodies the doer works with (`会同`, `联合`: they cooperate), or helps (`配合`,
 * `协助`: they do the work, the doer cooperating as its clause or subject said).
 */
const TOGETHER = /会同|联合(?!会|国|体)|配合|协助/gu;

/** The spans of such bodies in the unit's lines, outside the lists already read. */
export function textPartners(
  unit: UnitNode,
  read: readonly FoundList[],
  { index }: Pick<Resolving, 'index'>,
): FoundList[] {
  const found: FoundList[] = [];
  for (const line of unit.children) {
    const folded = fold(line.value);
    for (const match of folded.matchAll(TOGETHER)) {
      // Another body's partners (`指导巴溪市交通运输局会同市财政局建立…`): that body is named right before.
      if (endsAsName(folded.slice(Math.max(0, match.index - 12), match.index))) continue;
      const start = match.index + match[0].length;
      const length = leadingBodies(folded.slice(start), index);
      const inRead = read.some(
        (list) => list.line === line && list.segments.some((segment) => segment.start <= start && start < segment.end),
      );
      const role = /配合|协助/u.test(match[0]) ? 'responsible' : 'cooperating';
      if (length && !inRead) found.push({ line, segments: [{ start, end: start + length, role }] });
    }
  }
  return found;
}

/**
 * `named` with the departments among `partners` it does not hold yet, cooperating; `file` takes the
 * messages of the names read.
 */
export function withPartners(
  named: Responsibility[],
  partners: readonly FoundList[],
  resolving: Resolving & { file: VFile },
): Responsibility[] {
  if (partners.length === 0) return named;
  const added = resolveSegments([...partners], resolving).filter(
    (entry) =>
      entry.id !== undefined &&
      (resolving.index.resolve(fold(entry.raw))?.department.kind === 'department' || LOCAL_GOVERNMENTS.has(entry.id)) &&
      !named.some((other) => other.id === entry.id),
  );
  return [...named, ...added.map((entry) => ({ ...entry, lead: false }))];
}
