/**
 * Tasks a lead-in gives to the body it names. A department's reply, summary or plan announces its own
 * tasks in the first person (`下一步，我局将…重点抓好以下工作：`, `2024年，我局将…重点抓好以下七个方面
 * 工作：`); a reply gives its addressee work the same way (`二、你厅要会同…，重点做好以下工作：`), and a
 * notice one department (`省市场监管局要…做好以下工作：`). The items under it are then written without a
 * subject (`（五）加强宣传培训。组织开展…`, `会同省教育厅制定…`). In the part such a lead-in opens, a task
 * that names no one who acts is that body's: it leads, implied (its name is not written there), and
 * those the task names as partners still cooperate; where the unsaid subject helps another (`配合省教育厅
 * 开展…`), it cooperates. A notice's tasks for others (`各地要…`) are never in such a part: its lead-in
 * names no one department.
 *
 * A lead-in to a body's standing duties (`第三条 市市场监督管理局…。主要职责是：`, or its divisions:
 * `第四条 市市场监督管理局设下列内设机构：`, a 三定规定's) gives the items below to that body as its
 * duties: they are its standing duties (kind `duty`), not a plan's tasks. So does the part of duties of a
 * body's own statement of them (`桐溪市应急管理局主要职责及内设机构` / `二、主要职责` / `（一）负责…`).
 */
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { FIRST_PERSON } from '../../src/model/written-names.ts';
import { leadingBodies, SUBJECT_KINDS } from './sentence-subjects.ts';
import { isUnder, type UnitNode } from './tree.ts';
import { textPartners, withPartners } from './text-partners.ts';
import type { VFile } from 'vfile';

/** A lead-in in the issuer's voice: it names itself, says what it will do, and ends with a colon. */
const OWN_LEAD_IN = new RegExp(`(?:${FIRST_PERSON.join('|')})(?:还|也|仍)?(?:将|要|拟|计划|准备)[^:]*:\\s*$`, 'u');
/** The kinds of units a lead-in gives to the body it names: tasks, and a body's duties (`主要职责是：`). */
const GIVEN_KINDS: ReadonlySet<UnitNode['kind']> = new Set([...SUBJECT_KINDS, 'duty']);
/** When a lead-in's work is to be done, before the body's name: `2024年，`, `下一步，`. */
const WHEN = /^(?:\d{4}年|下一步|今后|明年|今年)(?:工作中)?[,，]?\s*/u;
/** The words that announce a body's divisions listed below: `设下列内设机构`, `设以下职能科室`, a county's `设下列股室`, `设8个内设机构，具体如下`. */
const DIVISIONS = String.raw`设(?:下列|以下|如下|[\d一二三四五六七八九十]+个)?(?:内设机构|职能科室|职能股室|科室|处室|股室)[^:]*`;
/**
 * The words that announce a body's duties listed below: `主要职责是：`, `职责如下：`, and its divisions,
 * each with its duties (`市市场监督管理局设下列内设机构：` / `（一）办公室。负责…`, a 三定规定's).
 */
const DUTIES = String.raw`职责(?:是|为|包括|如下)?|${DIVISIONS}`;
/**
 * After a body's name, a lead-in that gives it the items below: `…要…，重点做好以下工作：`, `承担…日常工作，
 * 主要职责是：`.
 */
const GIVES_ITEMS = new RegExp(
  String.raw`^(?:(?:还|也|仍)?(?:要|将|应|应当|须|必须)[^:]*(?:以下|如下)[^:]*|[^:]*?(?:${DUTIES})):\s*$`,
  'u',
);
/** A lead-in to a body's duties listed below. */
const DUTIES_BELOW = new RegExp(String.raw`(?:${DUTIES}):\s*$`, 'u');
/** How such a lead-in ends; also a body's duties listed below (`领导小组办公室承担…，主要职责是：`). */
const ENDS_GIVING_ITEMS = new RegExp(String.raw`(?:(?:以下|如下|下列)[^:]*|${DUTIES}):\s*$`, 'u');

/**
 * Gives the issuer, implied, to the tasks of the parts whose lead-in speaks as the issuer
 * (`units` in reading order), where no department acts in them.
 */
export function issuerVoiceTasks(
  units: UnitNode[],
  /** Tasks whose departments are the partners of their unsaid subject (sentence-subjects.ts partnersOfUnsaidSubject). */
  unsaid: ReadonlySet<UnitNode>,
  {
    index,
    issuer,
    statesOwnDuties,
    file,
  }: { index: DepartmentIndex; issuer?: string | undefined; statesOwnDuties?: boolean | undefined; file: VFile },
): void {
  const self = fold(issuer ?? '').trim();
  const own = self && !/[、,，;；\s]/u.test(self) ? asLead(self, issuer!.trim(), index, 'department') : undefined;
  /**
   * The body a lead-in gives the items below it to, if any: the unit's text, or its last line under a
   * heading's title (`三、2024年工作思路` / `2024年，自治区市场监管局将…重点抓好以下工作：`).
   */
  const voice = (unit: UnitNode): Responsibility | undefined => {
    const folded = fold(unit.children.map((line) => line.value).join(''));
    const text = folded.slice(unit.children[0]!.labelEnd ?? 0).trim();
    if (OWN_LEAD_IN.test(text)) return own;
    const last = unit.children.at(-1)!;
    const from = last === unit.children[0] ? (last.labelEnd ?? 0) : 0;
    const said = fold(last.value).slice(from);
    // Most paragraphs give no items: the ending is checked before the costlier search for bodies.
    if (!ENDS_GIVING_ITEMS.test(said)) return undefined;
    const start = said.length - said.trimStart().length + (WHEN.exec(said.trimStart())?.[0].length ?? 0);
    const length = leadingBodies(said.slice(start), index);
    if (!length || !GIVES_ITEMS.test(said.slice(start + length))) return undefined;
    return asLead(
      said.slice(start, start + length),
      last.value.slice(from + start, from + start + length),
      index,
      'any',
    );
  };
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  let scope: { parentId: string | undefined; body: Responsibility; duties?: boolean } | undefined;
  for (const unit of units) {
    const numbered = unit.numbering.length > 0 && unit.children[0]!.label !== undefined;
    // A division's paragraph under the lead-in that lists them (`第四条 …设下列内设机构：` / `办公室。负责…`)
    // is an item of it, numbered or not.
    const division = !numbered && scope?.duties && unit.kind === 'duty' && unit.parentId === scope.parentId;
    if (!numbered && !division) {
      // A paragraph of its own: the items after it at its level are its part.
      const body = voice(unit);
      scope = body ? { parentId: unit.parentId, body } : undefined;
      continue;
    }
    if (scope && unit.parentId !== scope.parentId && !isUnder(unit, scope.parentId, byId)) scope = undefined;
    // A body's statement of its own duties: the items of its part of duties (`二、主要职责`) are its.
    if (statesOwnDuties && own && unit.kind === 'heading' && DUTIES_PART.test(fold(unit.title ?? ''))) {
      scope = { parentId: unit.localId, body: own, duties: true };
      continue;
    }
    // A heading, or a task, with its lead-in under its title: the part below it.
    const opens = unit.kind === 'heading' || GIVEN_KINDS.has(unit.kind) ? voice(unit) : undefined;
    if (opens) {
      // A task that names its body as doing it (`省市场监管局要…做好以下工作：`), or any unit that lists a
      // body's duties below (`第三条 市市场监督管理局贯彻落实…。主要职责是：`, a 三定规定's).
      const listsDuties = DUTIES_BELOW.test(fold(unit.children.at(-1)!.value));
      if (unit.kind === 'heading' || unit.kind === 'duty' || unit.data.departments?.length || listsDuties) {
        scope = { parentId: unit.localId, body: opens, duties: listsDuties };
        continue;
      }
    }
    if (!scope || !GIVEN_KINDS.has(unit.kind)) continue;
    // A step of a task is that task's: the task is given the body, not each step.
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent && GIVEN_KINDS.has(parent.kind) && parent.localId !== scope.parentId) continue;
    const body = scope.body;
    // The items under `主要职责是：` are the body's standing duties, not tasks of a plan.
    if (scope.duties && unit.kind === 'measure') unit.kind = 'duty';
    const named = unit.data.departments ?? [];
    if (named.some((entry) => entry.id === body.id)) continue;
    // In a body's list of its duties the body is every item's subject, the one it helps its partner
    // (`负责…质量监督管理。配合省药监局鹤汀检查分局做好…`).
    if (scope.duties && unsaid.has(unit))
      unit.data.departments = [
        body,
        ...named.map((entry) => ({ ...entry, lead: false, role: 'cooperating' as const })),
      ];
    else if (!named.some((entry) => entry.role !== 'cooperating')) {
      unit.data.departments = [body, ...named.map((entry) => ({ ...entry, lead: false }))];
      // Those its sentences say the body works with cooperate (`组织编制…，会同市水利局、市林业局建立…`).
      if (named.length === 0)
        unit.data.departments = withPartners(unit.data.departments, textPartners(unit, [], { index }), {
          index,
          file,
          ...(issuer ? { issuer } : {}),
        });
    } else if (unsaid.has(unit))
      unit.data.departments = [...named, { ...body, lead: false, role: 'cooperating' as const }];
  }
}

/**
 * One body as the implied lead of the tasks below a lead-in, `raw` as the document writes it: the
 * issuer when it is a department (a government's 我们 is no one body), or the body a lead-in names.
 */
function asLead(
  folded: string,
  raw: string,
  index: DepartmentIndex,
  kinds: 'department' | 'any',
): Responsibility | undefined {
  const body = index.resolve(folded);
  if (!body || (kinds === 'department' && body.department.kind !== 'department')) return undefined;
  return { raw, id: body.department.id, name: body.department.name, lead: true, role: 'lead', implied: true };
}

/** The part of a body's list that holds its own duties: `主要职责`, `工作职责`, `职责任务`. */
export const DUTIES_PART = /^(?:主要|工作|部门|基本)?(?:职责|职能)(?:任务)?$/u;

/** A lead-in to a body's divisions listed below: `市市场监督管理局设下列内设机构：`. */
const DIVISIONS_BELOW = new RegExp(String.raw`${DIVISIONS}:\s*$`, 'u');

/**
 * The body whose divisions a duty's paragraph is one of (`第四条 市市场监督管理局设下列内设机构：` /
 * `办公室。负责…`), as written; undefined for any other unit.
 */
export function divisionsOwner(
  unit: UnitNode,
  byId: ReadonlyMap<string, UnitNode>,
  index: DepartmentIndex,
): string | undefined {
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  // A numbered division is still a measure here: the lead-in makes it a duty (issuerVoiceTasks).
  if ((unit.kind !== 'duty' && unit.kind !== 'measure') || !parent) return undefined;
  // The lead-in is the part's text, or its last line under a heading's title (`三、内设机构` / `市应急管理局设
  // 8个内设机构，具体如下：`).
  const last = parent.children.at(-1)!;
  const text = fold(last.value).slice(last === parent.children[0] ? (last.labelEnd ?? 0) : 0);
  const start = text.length - text.trimStart().length;
  if (!DIVISIONS_BELOW.test(text)) return undefined;
  // The body is named before the words that list its divisions (`市应急管理局` of `市应急管理局设下列股室：`).
  const length = leadingBodies(text.slice(start, text.search(new RegExp(DIVISIONS, 'u'))), index);
  return length ? text.slice(start, start + length) : undefined;
}
