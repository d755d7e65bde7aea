/**
 * A heading that is nothing but a body's name (`一、县委宣传部`, `九、各乡镇人民政府（街道办事处）`,
 * `（三）县市场监管局职责`): the sections of a 责任清单, each listing one body's duties as numbered
 * items that name no subject of their own (`1．将食品安全宣传纳入…`, `2．会同县市场监管局做好…`).
 * The heading's body is theirs; an item in which it only assists (`3．每年6月配合县食安办组织…`)
 * has it as a cooperating body, and the bodies it acts with (`2．会同县市场监管局、县委网信办做好…`)
 * cooperate. A company's section in a 督办 notice is read the same way: the company is no body, but
 * its items are its own.
 */
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { splitNames } from './name-lists.ts';
import { isOrgList, withSharedEnding } from './body-lists.ts';
import { dutySubjectLength } from './duty-subject.ts';
import type { FoundList } from './resolve-departments.ts';
import { leadingBodies } from './sentence-subjects.ts';
import type { LineNode, UnitNode } from './tree.ts';
import { ORGANISATION } from './unregistered-names.ts';

/** What may follow the body in its heading: `职责`, `主要职责`, `工作责任`, a colon. */
const AFTER_BODY = /(?:的?(?:主要|工作)?(?:职责|责任)(?:清单)?)?\s*[:：]?\s*$/u;

/** An item's verb, early in it, that makes the heading's body a partner, not the one who acts. */
const ASSISTS = /^[^,，。;；]{0,12}?(?:配合|协助|协同|参与)/u;

/** The body a numbered heading names, as a list on its line; undefined when its title is anything else. */
export function headingBody(unit: UnitNode, index: DepartmentIndex): FoundList | undefined {
  const line = unit.children[0];
  if (unit.kind !== 'heading' || unit.children.length !== 1 || !line?.label) return undefined;
  return titleBody(line, index);
}

/**
 * The body a part's title names, when the part is one paragraph under it: its duties
 * (`三、领导小组主要职责` / `一是贯彻落实…；二是审议…`) or its task (a 督办 notice's `（五）白石镇人民政府` /
 * `将电梯安全纳入网格化管理…`). The paragraph is that body's, as the items under a heading are.
 */
export function partTitleBody(unit: UnitNode, index: DepartmentIndex): FoundList | undefined {
  const [line, text] = unit.children;
  if ((unit.kind !== 'duty' && unit.kind !== 'measure') || !text || !line?.label || /[。；;:：]\s*$/u.test(line.value))
    return undefined;
  const found = titleBody(line, index);
  const segment = found?.segments[0];
  if (!segment) return undefined;
  // A text that opens with another body's name is that body's (`四、成员单位职责` / `市市场监管局负责…`).
  const opening = fold(text.value).trimStart();
  const length = dutySubjectLength(opening);
  if (length === undefined) return found;
  const own = index.resolve(opening.slice(0, length))?.department.id;
  return own === index.resolve(fold(line.value).slice(segment.start, segment.end))?.department.id ? found : undefined;
}

function titleBody(line: LineNode, index: DepartmentIndex): FoundList | undefined {
  const folded = fold(line.value);
  const from = line.labelEnd ?? 0;
  const title = folded.slice(from);
  const start = from + (title.length - title.trimStart().length);
  const end = from + title.replace(AFTER_BODY, '').length;
  const list = folded.slice(start, end);
  if (!list) return undefined;
  const names = withSharedEnding(splitNames(list).map((name) => name.text.trim()));
  const resolved = names.map((name) => index.resolve(name));
  // A 督办 notice's section for a company (`（一）泉湾恒达电梯工程有限公司桐溪分公司`): its addressee.
  const organisations = names.map((name, position) => !resolved[position] && ORGANISATION.test(name));
  // Shaped like bodies' names, or a collective's without such an ending (`村（社区）`): a topic the
  // registry happens to know (`市场监管`) is no body.
  const bodies =
    isOrgList(list) ||
    resolved.every((found) => found?.department.kind === 'collective') ||
    organisations.every(Boolean);
  if (!bodies || !resolved.every((found, position) => found || organisations[position])) return undefined;
  return { line, segments: [{ start, end, role: 'responsible' }] };
}

/** The heading's bodies as an item under it has them: cooperating where the item only assists. */
export function itemsBodies(item: UnitNode, bodies: readonly Responsibility[]): Responsibility[] {
  const line = item.children[0]!;
  const assists = ASSISTS.test(fold(line.value.slice(line.labelEnd ?? 0)).trimStart());
  return bodies.map((body) => (assists ? { ...body, role: 'cooperating', lead: false } : { ...body }));
}

/** An item's words before the bodies it acts with: a time or manner, then 会同 or 联合. */
const TOGETHER = /^([^,，。;；]{0,12}?(?:会同|联合))/u;

/** The bodies an item under a body's heading acts with (`会同县市场监管局、县委网信办…`), cooperating. */
export function itemsPartners(item: UnitNode, index: DepartmentIndex): FoundList[] {
  const line = item.children[0]!;
  const from = line.labelEnd ?? 0;
  const folded = fold(line.value);
  const together = TOGETHER.exec(folded.slice(from));
  if (!together) return [];
  const start = from + together[1]!.length;
  const length = leadingBodies(folded.slice(start), index);
  return length ? [{ line, segments: [{ start, end: start + length, role: 'cooperating' }] }] : [];
}
