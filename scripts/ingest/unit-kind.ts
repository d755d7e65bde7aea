/**
 * Kind of a unit, decided from its numbering, its chapter and its text, once structure has grouped
 * every line; its title is set here too, from unit-title.ts (a duty is titled by its subject).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { attachmentLine, isClosingFormula } from './line-shapes.ts';
import { isOrgList } from './name-lists.ts';
import { reviewBeforeNextSteps } from './next-steps.ts';
import { requirementsAfterLeadIn } from './lead-in.ts';
import { namesDocumentOnly } from './document-list.ts';
import type { LineRole, UnitNode } from './tree.ts';
import { headingTitle, itemTitle, titleOf } from './unit-title.ts';

/** Roles of the lines that wrap a notice: addressees, 文号, issuer, date. */
export const SIGNATURE_ROLES: ReadonlySet<LineRole> = new Set<LineRole>([
  'addressee',
  'issuer',
  'date',
  'doc-number',
  'distribution',
]);

/**
 * Kinds a heading announces for the part it heads (`三、发展目标` → goal, `（一）指导思想` → principle).
 * Read on folded text, only from short headings that are nouns: a heading that starts with an action
 * verb (`强化目标考核`, `夯实质量发展基础`) names a task, not a part.
 */
// 要素保障 (land, capital, labour, energy for projects) is not among the requirements: its items are
// measures with departments and targets of their own.
const PART_KINDS: Array<[RegExp, UnitKind, 'any' | 'noun']> = [
  // Compound names of parts, never the title of a task: read even after a verb-like first character.
  [/指导思想|总体思路|基本原则|工作方针|总体要求|指导原则|基本思路|工作原则|^原则$/, 'principle', 'any'],
  // What a campaign is about and when it runs (`一、活动主题`, `二、活动时间`): its frame, no task.
  [/^(?:活动|宣传|宣传周|工作)(?:主题|时间|口号)$/, 'principle', 'noun'],
  [/职责分解|职责分工|部门职责|单位职责|任务分工|责任分工/, 'duty', 'noun'],
  [
    /组织实施|组织机构|领导机构|工作机构|保障措施|具体要求|工作要求|组织领导|实施保障|保障机制|有关要求|组织保障|支撑保障|政策保障|工作保障|实施步骤|进度安排|工作步骤|^(?:强化|加强|完善|健全|做好|落实)?保障$/,
    'requirement',
    'any',
  ],
  [
    /发展基础|工作基础|现实基础|现状|形势|发展环境|成效|成就|成绩|回顾|背景|工作总结|年度总结|^总结$|工作情况|完成情况|进展情况|(?:基本|督查|检查)情况$|(?:考核|评议|检查|督查|评估|抽查|监测|验收)结果$|(?:起草|制定|编制|修订)(?:说明|背景|过程|依据|情况)|(?:存在的?(?:主要)?|主要|发现的?)问题$|十[一二三四]五(?:时期|期间)/,
    'context',
    'noun',
  ],
  // 主要指标, 发展指标: the figures a plan sets itself, as 目标 are
  [/目标|指标$/, 'goal', 'noun'],
  [/重点工程|重大工程|重点项目|^工程$|专项行动$/, 'project', 'noun'],
  [/任务|措施|举措|重点工作|主要工作|工作重点/, 'measure', 'noun'],
  // A leading group's members (`一、领导小组组成人员` / `组长：…` / `成员：…`): names, no task.
  [/组成人员|人员组成|成员名单|组成名单|人员名单/, 'entry', 'noun'],
  // Who to call (`五、联系方式` / `县市场监管局：张某，0731-…`): no task.
  [/^(?:联系方式|联系人|联系电话|联络方式)$/, 'closing', 'noun'],
];
/**
 * The fields of a service guide (办事指南, 服务指南): what the service is, on what law, where, on what
 * conditions, with which papers, how, how long, at what fee; entries of the guide, no one's task.
 * Only in a guide: a 细则's `第四章 办理流程` and a 办法's `申报条件` set rules and deadlines.
 */
const GUIDE_FIELDS =
  /^(?:(?:申请|受理|办理|许可)条件|事项名称|事项类型|设定依据|实施依据|法律依据|受理机构|实施机关|实施主体|受理地点|办理地点|办公时间|办理时间|(?:申请|申报|提交)材料|材料清单|办理(?:流程|程序)|申请流程|(?:法定|承诺)?办理时限|收费(?:标准|依据)|咨询(?:电话|方式)|监督投诉(?:渠道|电话|方式)?|投诉渠道|结果送达)$/;

const ACTION_VERB =
  /^(?:按要求|按时|及时|报送|加强|明确|深入|夯实|强化|推进|完善|提升|健全|建立|深化|推动|加快|实施|开展|促进|提高|打造|构建|优化|培育|做好|落实|筑牢|巩固|坚持|严格|规范|创新|扩大|发挥|支持|鼓励|引导|营造|抓好|突出|聚焦|增强|保障|确保|着力|大力|积极|全面|持续|切实|不断|进一步)/;
const MAX_HEADING = 16;

/** The kind a heading gives its part, or undefined when it names none (a task, a long sentence). */
export function kindOfHeading(title: string, inGuide = false): UnitKind | undefined {
  const folded = fold(title).replace(/^[\s"“]+|[\s"”]+$/gu, '');
  if (!folded || folded.length > MAX_HEADING) return undefined;
  if (inGuide && GUIDE_FIELDS.test(folded)) return 'entry';
  const verb = ACTION_VERB.test(folded);
  for (const [pattern, kind, form] of PART_KINDS) if (pattern.test(folded) && (form === 'any' || !verb)) return kind;
  return undefined;
}

/** What a regulation calls itself in its own articles (`本条例`, `本实施细则`, a 通告's `本通告`). */
const SELF = String.raw`本(?:条例|实施条例|办法|实施办法|规定|细则|实施细则|规则|通告|公告)`;
/**
 * Articles that frame a regulation rather than set a duty: its purpose (`为了…，制定本条例`,
 * `根据…，结合本省实际，制定本办法`), its scope (`本办法适用于…`, `…适用本规定`, `…参照本条例执行`) and its
 * definitions (`本条例所称电梯，是指…`, `本条例下列用语的含义：`), wherever the regulation puts them. Read from the article, not its chapter:
 * a 附则 may still set a duty (`省住房城乡建设主管部门可以根据本办法制定实施细则`).
 */
const FRAMING_ARTICLE = new RegExp(
  `^(?:(?:为了?|根据|依据|依照)[^。]*制定${SELF}|${SELF}(?:适用于|所称|(?:中的?)?下列用语)|[^。]*(?:适用|参照)${SELF}(?:执行)?[。，,]?$)`,
  'u',
);

/** The kind an article's own text gives it: framing, or a closing formula; undefined for any other. */
export function kindOfArticle(textAfterLabel: string): UnitKind | undefined {
  const folded = fold(textAfterLabel).trim();
  if (isClosingFormula(folded)) return 'closing';
  return FRAMING_ARTICLE.test(folded) ? 'principle' : undefined;
}

/**
 * The kind an attachment's title gives its tasks, read after the name of the plan it belongs to
 * (`江苏省质量发展三年行动计划重点任务分工表` → `重点任务分工表` → duty).
 */
function kindOfAttachment(title: string): UnitKind | undefined {
  return kindOfHeading(title.replace(/^.*(?:计划|方案|意见|规划|纲要|办法|措施|要点)(?=.)/u, ''));
}

/**
 * The kind the title of an attachment or a box gives its items. A box (专栏) sets out the projects
 * and actions a chapter's tasks bring about unless its title names another part (`主要指标` → goal).
 */
function kindOfPartTitle(unit: UnitNode): UnitKind | undefined {
  return kindOfAttachment(unit.partTitle ?? '') ?? (isBox(unit) ? 'project' : undefined);
}

/**
 * An attachment that lists names (`2024年度质量标杆企业名单`, `示范县名录`, `成员单位通讯录`) or scores
 * (`考核得分表`, `统计表`): its items are entries, no tasks.
 */
const LIST_OF_NAMES = /(?:名单|名录|目录|名册|一览表|通讯录|联系表|联络表|得分表|评分表|统计表|排名表)$/u;

/** A row of a task table without numbers, which the unit builder opened under its attachment. */
function isTableRow(unit: UnitNode, byId: Map<string, UnitNode>): boolean {
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  return parent?.partTitle !== undefined && parent.numbering.length === 0 && !unit.children[0]!.label;
}

/** A box (专栏) or a table under its caption (`表1`) the unit builder opened: its label is the last of its numbering. */
const isBox = (unit: UnitNode) =>
  unit.partTitle !== undefined && /^(?:专栏|附?表\d)/u.test(unit.numbering.at(-1) ?? '');

/**
 * An item or a paragraph addressed to bodies by name and a colon, as 职责分工 lists write each duty
 * (`省市场监管局：负责…`, `省发展改革委、省财政厅：…`): a duty, whatever the part around it. The
 * colon is followed by the duty: a line that ends with it is a notice's addressees, one that
 * gives a name after it a field (`解读机关：某市发展和改革委员会`), one that gives a person and a
 * number a contact (`县市场监管局：张三，0731-1234567`).
 */
export function addressedToBodies(textAfterLabel: string): boolean {
  const subject = /^([^:：。]{1,40})[:：]\s*(\S.*)$/u.exec(textAfterLabel);
  if (!subject || !isOrgList(fold(subject[1]!).replace(/\([^()]*\)/gu, ''))) return false;
  const rest = fold(subject[2]!).replace(/[。.;；\s]+$/u, '');
  // A duty is a sentence; a contact (`县市场监管局：张三，0731-1234567`) or a name is none.
  return !isOrgList(rest) && !/^\d/u.test(rest) && /\p{Script=Han}{4}/u.test(rest);
}

/** Decide kinds and titles once every unit is known (a heading is only a heading if children follow). */
export function assignKinds(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const hasChildren = new Set(units.map((unit) => unit.parentId).filter(Boolean));
  const lastNumbered = units.findLastIndex((unit) => unit.children[0]!.label !== undefined && !isNotice(unit));
  // Titles first: the kind of a part is read from the titles of its headings.
  for (const unit of units) unit.title = titleOf(unit);
  // A service guide by its title (`食品经营许可办事指南`, `…服务指南`).
  const guide = /(?:办事|服务|申报|办理)指南$/u.test(fold(units.find((unit) => unit.kind === 'title')?.title ?? ''));
  units.forEach((unit, index) => {
    const first = unit.children[0]!;
    if (unit.kind === 'title' || unit.kind === 'header') return;
    if (unit.partTitle !== undefined && hasChildren.has(unit.localId)) {
      unit.kind = 'heading';
      unit.title = unit.partTitle;
      return;
    }
    // A box of paragraphs, without numbered items: one unit of the kind its title gives.
    if (isBox(unit)) {
      unit.kind = kindOfPartTitle(unit)!;
      unit.title = unit.partTitle || unit.title;
      return;
    }
    if (unit.numbering.length > 1 && LIST_OF_NAMES.test(listTitle(unit, byId))) {
      unit.kind = 'entry';
      return;
    }
    if (isNotice(unit)) {
      unit.kind = unit.numbering.length ? 'notice-item' : 'notice';
      return;
    }
    // An attachment without numbered items (a list of members or contacts, a form): text after the
    // plan, titled by its label and title (`附件2：联络员名单`), not as the plan's closing words.
    if (unit.partTitle !== undefined && unit.numbering.length === 0) {
      const label = attachmentLine(fold(first.value))?.label ?? '附件';
      unit.kind = 'closing';
      unit.title = unit.partTitle ? `${label}：${unit.partTitle}` : label;
      return;
    }
    if (unit.signature) {
      unit.kind = 'closing';
      return;
    }
    const partKind = kindOfPart(unit, byId, Boolean(first.label), guide);
    if (unit.numbering.length === 0 || !first.label) {
      // Unnumbered: preamble before the first chapter, closing after the last numbered unit,
      // otherwise a paragraph of its part.
      // A paragraph the unit builder opened for a duty addressed to bodies (`市财政局：负责…`) stays one.
      const duty = unit.kind === 'duty' && unit.parentId !== undefined;
      if (unit.kind !== 'preamble' && !duty)
        unit.kind = (index > lastNumbered && !isTableRow(unit, byId)) || !unit.parentId ? 'closing' : partKind;
      if (unit.kind !== 'preamble' && unit.kind !== 'closing') unit.title = itemTitle(first.value, unit.kind);
    } else {
      const afterLabel = first.value.slice(first.labelEnd ?? 0);
      // A sentence (clauses, then a full stop) says something of its own even when items follow it.
      const sentence = /。$/u.test(afterLabel) && /[，,；;]/u.test(afterLabel);
      const titleOnly =
        unit.children.length === 1 &&
        !sentence &&
        itemTitle(afterLabel, partKind).length >= afterLabel.replace(/[。.]$/, '').length;
      unit.kind = hasChildren.has(unit.localId) && titleOnly ? 'heading' : partKind;
      // A 附则 of paragraphs (`六、附则` / `本措施由市工业和信息化局负责解释…`) closes the text; one of
      // articles is a heading, each article read for itself (it may still set a duty).
      if (!hasChildren.has(unit.localId) && /^附\s*则$/u.test(unit.title)) unit.kind = 'closing';
      if (first.role === 'article' && unit.kind !== 'heading') unit.kind = kindOfArticle(afterLabel) ?? unit.kind;
      else if (unit.kind !== 'heading' && isClosingFormula(fold(textAfterTitle(unit, afterLabel))))
        unit.kind = 'closing';
      // A 通告 numbers its articles `一、`: its scope, definitions and closing formula are read as an
      // article's are (`一、本通告适用于…`, `十二、本通告自…起施行`, then `特此通告。`).
      else if (unit.kind !== 'heading' && !hasChildren.has(unit.localId))
        unit.kind = kindOfArticle(afterLabel) ?? unit.kind;
      // The items of a framing article are framing too (`本条例下列用语的含义：` / `（一）电梯使用单位，是指…`).
      const article = unit.parentId ? byId.get(unit.parentId) : undefined;
      if (article?.kind === 'principle' && article.children[0]!.role === 'article') unit.kind = 'principle';
      if (namesDocumentOnly(unit) && !hasChildren.has(unit.localId)) unit.kind = 'entry';
      const addressed = unit.kind === 'measure' && addressedToBodies(afterLabel);
      if (addressed) unit.kind = 'duty';
      if (unit.kind === 'duty' && (first.role !== 'chapter' || addressed)) unit.title = itemTitle(afterLabel, 'duty');
    }
  });
  reviewBeforeNextSteps(units);
  requirementsAfterLeadIn(units);
  // Context holds the final titles of the ancestors.
  for (const unit of units) {
    const context: string[] = [];
    for (
      let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
      parent;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    ) {
      context.unshift(parent.title);
    }
    unit.context = context;
    delete unit.part;
    delete unit.signature;
    delete unit.partTitle;
  }
}

/**
 * What a numbered item says after its title: the lines under a title line (`4.1 预案实施` /
 * `本预案自印发之日起施行。`), or its line after a title and a colon (`7.2 预案实施时间：本预案…`).
 */
function textAfterTitle(unit: UnitNode, afterLabel: string): string {
  if (unit.children.length > 1)
    return unit.children
      .slice(1)
      .map((line) => line.value.trim())
      .join('');
  return afterLabel.replace(/^[^。:：]{1,16}[:：]/u, '').trim();
}

/** The kind the nearest heading that names a part gives: the unit's own title first, then outward. */
function kindOfPart(unit: UnitNode, byId: Map<string, UnitNode>, numbered: boolean, inGuide: boolean): UnitKind {
  let node: UnitNode | undefined = numbered ? unit : unit.parentId ? byId.get(unit.parentId) : undefined;
  for (; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    const first = node.children[0]!;
    const heading = first.label ? headingTitle(first.value.slice(first.labelEnd ?? 0)) : '';
    const kind = heading ? kindOfHeading(heading, inGuide) : node.partTitle !== undefined && kindOfPartTitle(node);
    if (kind) return kind;
  }
  return 'measure';
}

/** The title of the attachment a unit is in, or ''. */
function listTitle(unit: UnitNode, byId: Map<string, UnitNode>): string {
  let node: UnitNode | undefined = unit;
  while (node?.parentId) node = byId.get(node.parentId);
  return node && node !== unit && node.partTitle !== undefined ? fold(node.partTitle).replace(/\([^()]*\)$/u, '') : '';
}

function isNotice(unit: UnitNode): boolean {
  return unit.part === 'notice';
}
