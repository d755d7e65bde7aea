/**
 * The body a duty passes to when duties are divided anew (`将县农业农村局承担的…管护职责划入县水利局`,
 * `…行政处罚权…划入县综合行政执法局`, `…日常安全管理职责，交由渡口所在乡镇人民政府承担`): it holds the
 * duty from then on, so it is responsible for it (`…职责，由省食品药品监督管理局划入省卫生厅`: 省卫生厅). The body that gives the duty up (`县自然资源局不再
 * 承担…`) is none (subject-verbs.ts DONE); what a body did before a reform neither (`原由省经委牵头…`).
 */
import type { DepartmentIndex } from './department-index.ts';
import type { FoundList } from './resolve-departments.ts';
import type { LineNode } from './tree.ts';

/**
 * A duty, then the words that pass it on (`…职责划入`, `…职责，交由`, `…行政处罚权…划入`), the body it
 * leaves named between them (`…职责，由省食品药品监督管理局划入`).
 */
const PASSES_TO =
  /(?:职责|职能|事项|工作|权)(?:[,，]\s*)?(?:由[^,，。;；由]{2,30}?)?(?:整体|一并|统一)?(?:划入|划转(?:至|到|给)|划归|移交(?:至|到|给)?|交由|调整(?:至|到|由)|转隶(?:至|到)?)\s*/gu;

/**
 * The bodies `folded` (the line `line`, folded) says duties pass to, each responsible; `leadingBodies`
 * reads how long a list of bodies' names the text starts with.
 */
export function dutyReceivers(
  line: LineNode,
  folded: string,
  from: number,
  index: DepartmentIndex,
  leadingBodies: (text: string, index: DepartmentIndex) => number,
): FoundList[] {
  const found: FoundList[] = [];
  for (const match of folded.slice(from).matchAll(PASSES_TO)) {
    const start = from + match.index + match[0].length;
    const length = leadingBodies(folded.slice(start), index);
    if (length) found.push({ line, segments: [{ start, end: start + length, role: 'responsible' }] });
  }
  return found;
}
