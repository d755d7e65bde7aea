/**
 * What the title of a part the unit builder opened (an attachment, a box 专栏, a table under its
 * caption) says of its items: the kind its title names (`重点任务分工表` → duty, a box's projects),
 * and whether its items are entries of a list of names or scores (`…名单`, `考核得分表`).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { kindOfHeading } from './part-kinds.ts';
import type { UnitNode } from './tree.ts';

/**
 * The kind an attachment's title gives its tasks, read after the name of the plan it belongs to
 * (`江苏省质量发展三年行动计划重点任务分工表` → `重点任务分工表` → duty).
 */
function kindOfAttachment(title: string): UnitKind | undefined {
  const part = title.replace(/^.*(?:计划|方案|意见|规划|纲要|办法|措施|要点)(?=.)/u, '');
  // A table of the plan's indicators, however long its place and field make its caption
  // (`表1 潼阳市“十五五”生态环境保护主要指标`): the plan's goals.
  return INDICATORS.test(part) ? 'goal' : kindOfHeading(part);
}

/** The caption of a table of indicators: `主要指标`, `发展指标表`, `指标体系`. */
const INDICATORS = /(?:主要|发展|规划|核心|关键|目标)指标(?:表|体系)?$|指标体系$/u;

/**
 * The kind the title of an attachment or a box gives its items. A box (专栏) sets out the projects
 * and actions a chapter's tasks bring about unless its title names another part (`主要指标` → goal).
 */
export function kindOfPartTitle(unit: UnitNode): UnitKind | undefined {
  // A table's notes say how to read it (`1.第6项批次按…分解`): entries, no tasks.
  if (isBox(unit) && unit.numbering.at(-1) === '注') return 'entry';
  return kindOfAttachment(unit.partTitle ?? '') ?? (isBox(unit) ? 'project' : undefined);
}

/**
 * An attachment that lists names (`2024年度质量标杆企业名单`, `示范县名录`, `成员单位通讯录`) or scores
 * (`考核得分表`, `自评得分汇总表`, `统计表`, `2023年度各市（州）质量工作考核结果`), a form to fill in
 * (`整改情况回执`, `参会回执`, `申报表`, `登记表`), or the points an inspector checks (`检查要点`,
 * `自查清单`, `是否建立…制度`): its items are entries, no tasks.
 */
const LIST_OF_NAMES =
  /(?:名单|名录|目录|名册|一览表|通讯录|联系表|联络表|(?:得分|评分|打分)(?:汇总|统计)?表|统计表|排名表|排名|(?:考核|评议|评估|检查|抽查|督查|监测|验收)结果(?:表)?|回执(?:单|表)?|登记表|申报表|申请表|报名表|备案表|(?:检查|自查|核查)(?:要点|清单|表))$/u;

/** A row of a task table without numbers, which the unit builder opened under its attachment or its part. */
export function isTableRow(unit: UnitNode, byId: Map<string, UnitNode>): boolean {
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  return (
    unit.partRow === true ||
    (parent?.partTitle !== undefined && parent.numbering.length === 0 && !unit.children[0]!.label)
  );
}

/** A box (专栏) or a table under its caption (`表1`) the unit builder opened: its label is the last of its numbering. */
export const isBox = (unit: UnitNode) =>
  unit.partTitle !== undefined && /^(?:专栏|附?表\d|注$)/u.test(unit.numbering.at(-1) ?? '');

/** The title of the attachment a unit is in, or ''. */
function listTitle(unit: UnitNode, byId: Map<string, UnitNode>): string {
  let node: UnitNode | undefined = unit;
  while (node?.parentId) node = byId.get(node.parentId);
  return node && node !== unit && node.partTitle !== undefined ? fold(node.partTitle).replace(/\([^()]*\)$/u, '') : '';
}

/** An item of an attachment that lists names or scores (LIST_OF_NAMES). */
export const inListOfNames = (unit: UnitNode, byId: Map<string, UnitNode>): boolean =>
  LIST_OF_NAMES.test(listTitle(unit, byId));
