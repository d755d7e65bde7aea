/**
 * Kind of a unit, decided from its numbering, its chapter and its text, once structure has grouped
 * every line; its title is set here too, from unit-title.ts (a duty is titled by its subject).
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { isClosingFormula } from './closing-shapes.ts';
import { attachmentLine, DIVISION_TITLE, endsWithResponsibility, isTaskRow, QUESTION } from './line-shapes.ts';
import { isOrgList } from './body-lists.ts';
import {
  isFinding,
  isRemedy,
  isReportedChapter,
  kindOfArticle,
  kindOfHeading,
  kindOfMinutes,
  opensWithAction,
} from './part-kinds.ts';
import { inListOfNames, isBox, isTableRow, kindOfPartTitle } from './part-titles.ts';
import { reviewBeforeNextSteps } from './next-steps.ts';
import { documentKind, kindsOfDocument } from './document-kinds.ts';
import { kindsAfterLeadIn } from './lead-in.ts';
import { FIRST_LEADS } from './lead-convention.ts';
import { isBlanketLine } from './blanket-bodies.ts';
import { minutesPreface } from './minutes-preface.ts';
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

/** A task row's fields in brackets at its end, as a table's row is written (`（责任单位：…；整改时限：…）`). */
const FIELDS_AT_END = /\((?:[^()]|\([^()]*\))*(?:单位|部门|时限|时间)[:：](?:[^()]|\([^()]*\))*\)$/u;

/** The label of a field that lists bodies, at the end of what precedes a colon: `组长单位`, `成员单位`. */
const BODIES_FIELD = /(?:组长|成员|牵头|责任|配合|主办|协办|参与)(?:单位|部门)\s*$/u;

/**
 * An item or a paragraph addressed to bodies by name and a colon, as 职责分工 lists write each duty
 * (`省市场监管局：负责…`, `省发展改革委、省财政厅：…`): a duty, whatever the part around it. The
 * colon is followed by the duty: a line that ends with it is a notice's addressees, one that
 * gives a name after it a field (`解读机关：某市发展和改革委员会`), one that gives a person and a
 * number a contact (`县市场监管局：张三，0731-1234567`).
 */
export function addressedToBodies(textAfterLabel: string): boolean {
  const subject = /^([^:：。]{1,40})[:：]\s*(\S.*)$/u.exec(textAfterLabel);
  const named = subject && fold(subject[1]!).replace(/\([^()]*\)/gu, '');
  // A task's title ending in a body it sets up (`健全红白理事会：各村…`) names no addressee.
  if (!named || !isOrgList(named) || opensWithAction(named)) return false;
  // A field of bodies is no addressee (`管网改造组 组长单位：…`, `成员单位：…`).
  if (BODIES_FIELD.test(subject[1]!)) return false;
  const rest = fold(subject[2]!).replace(/[。.;；\s]+$/u, '');
  // A duty is a sentence; a contact (`县市场监管局：张三，0731-1234567`) or a name is none.
  return !isOrgList(rest) && !/^\d/u.test(rest) && /\p{Script=Han}{4}/u.test(rest);
}

/**
 * A paragraph titled by a body's division and a full stop, its duties after it, as a 三定规定 lists its
 * internal divisions (`办公室。负责机关日常运转…`, `综合规划科（法规科）。拟订…`): a duty of its own.
 */
export function titledByDivision(folded: string): boolean {
  const title = DIVISION_TITLE.exec(folded);
  const name = title && `${title[1]}${title[2]}`.replace(/\([^()]*\)/gu, '');
  if (!title || !name || name.length > 20) return false;
  return isOrgList(name) && !opensWithAction(name) && /\p{Script=Han}{4}/u.test(folded.slice(title[0].length));
}

/** Decide kinds and titles once every unit is known (a heading is only a heading if children follow). */
export function assignKinds(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const hasChildren = new Set(units.map((unit) => unit.parentId).filter(Boolean));
  const lastNumbered = units.findLastIndex((unit) => unit.children[0]!.label !== undefined && !isNotice(unit));
  // Titles first: the kind of a part is read from the titles of its headings.
  for (const unit of units) unit.title = titleOf(unit);
  const document = documentKind(units);
  const { guide, listing } = document;
  units.forEach((unit, index) => {
    const first = unit.children[0]!;
    if (unit.kind === 'title' || unit.kind === 'header' || unit.kind === 'appended') return;
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
    // A row of such a list that gives its thing to bodies (`1. 道路交通安全专委会（牵头单位：县交警大队；主要成员
    // 单位：…）`, in a `…设置一览表`) is a task all the same.
    const givesWork = unit.children.some((line) => isTaskRow(fold(line.value)));
    if (unit.numbering.length > 1 && inListOfNames(unit, byId) && !givesWork) {
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
      // A paragraph of minutes has the kind its opening words give (`会议指出，…` → context).
      const minutes = unit.parentId !== undefined ? kindOfMinutes(fold(first.value)) : undefined;
      // A table's row of totals (`合计 — 17200 —`, its cells parted by spaces) restates its rows: an entry.
      const total = /^(?:合计|总计|小计|共计)\s/u.test(fold(first.value)) ? 'entry' : undefined;
      // A question and its answer explain (`问：…？` / `答：…`), wherever they stand.
      const question = QUESTION.test(first.value) ? 'context' : undefined;
      // A table's row under the merged number of the row above (`实施…工程，…（责任单位：…；整改时限：…）`) is
      // a task, wherever it stands.
      const subRow =
        FIELDS_AT_END.test(fold(first.value)) && !isClosingFormula(fold(first.value)) ? partKind : undefined;
      if (unit.kind !== 'preamble' && !duty)
        unit.kind =
          minutes ??
          total ??
          question ??
          subRow ??
          ((index > lastNumbered && !isTableRow(unit, byId)) || !unit.parentId ? 'closing' : partKind);
      if (unit.kind !== 'preamble' && unit.kind !== 'closing') unit.title = itemTitle(first.value, unit.kind);
    } else {
      const afterLabel = first.value.slice(first.labelEnd ?? 0);
      // A sentence (clauses, then a full stop) says something of its own even when items follow it.
      const sentence = /。$/u.test(afterLabel) && /[，,；;]/u.test(afterLabel);
      // Minutes' items say what the meeting did (`一、会议听取了…`); `三、会议议定：` heads the decisions.
      const minutes = kindOfMinutes(fold(afterLabel));
      // A heading may carry its weight in an assessment (`（一）压实属地管理责任。（10分）`).
      const bare = afterLabel.replace(SCORE_AT_END, '');
      // A part's rule for reading its lists (`（…排在第一位的为牵头单位）`, `（以下各项任务均需各市人民政府
      // 落实，不再列出）`) is no text of its own.
      const lines = unit.children.filter(
        (line, at) => at === 0 || !(FIRST_LEADS.test(fold(line.value)) || isBlanketLine(fold(line.value))),
      );
      const titleOnly =
        (lines.length === 1 || (partKind === 'measure' && announcesItems(unit))) &&
        !sentence &&
        itemTitle(bare, partKind).length >= bare.replace(minutes ? /[。.:：]$/u : /[。.]$/u, '').length;
      // A finding is context when its remedies are items of their own; one that sets out its remedy in
      // its own text (`4．问题：…` / `整改措施：组织开展…，年底前全部清退`) is that task.
      const remedied = !hasChildren.has(unit.localId) && unit.children.some((line) => isRemedy(fold(line.value)));
      const finding =
        (isFinding(fold(afterLabel)) || isFinding(fold(first.value))) && !remedied ? 'context' : undefined;
      unit.kind = finding ?? (hasChildren.has(unit.localId) && titleOnly ? 'heading' : (minutes ?? partKind));
      // A heading shows its title only: its points stay in it (`压实属地管理责任（10分）`).
      const points = afterLabel.slice(bare.length).trim();
      if (unit.kind === 'heading' && points && !unit.title.endsWith(points)) unit.title += points;
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
      // A list's items, not its articles (`第六条 各级市场监督管理部门在适用本基准时，应当…`).
      // A list's item that names who is to act on it (`…（牵头单位：武汉市人民政府；办结时限：…）`, a
      // 交办事项清单's) is a task, not a name.
      const assigned = unit.children.some((line) => endsWithResponsibility(fold(line.value)));
      const listed =
        (listing && first.role !== 'article' && !assigned) || (article !== undefined && listsContents(article));
      if ((namesDocumentOnly(unit) || listed) && !hasChildren.has(unit.localId) && unit.kind !== 'closing')
        unit.kind = 'entry';
      // A document named over the changes made to it (`6.《…意见》（…〔2021〕19号）` / `（1）将…修改为…`) heads them.
      else if (hasChildren.has(unit.localId) && namesDocumentOnly(unit)) unit.kind = 'heading';
      const addressed = unit.kind === 'measure' && addressedToBodies(afterLabel);
      if (addressed) unit.kind = 'duty';
      if (unit.kind === 'duty' && (first.role !== 'chapter' || addressed)) unit.title = itemTitle(afterLabel, 'duty');
    }
  });
  reviewBeforeNextSteps(units);
  kindsAfterLeadIn(units);
  minutesPreface(units);
  kindsOfDocument(units, document);
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
 * An item that announces what something holds (`（2）申报备案内容主要包括以下方面：`, `申请材料包括：`), the
 * papers to hand in (`申报单位应当提交下列材料，…：`) or the cases a rule covers (`有下列情形之一的，…：`):
 * its items are that content, entries, not tasks.
 */
const CONTENTS_LEAD_IN =
  /(?:(?:内容|材料|信息|事项|要素|情形|条件|资料)(?:主要|应当|应|一般)?(?:包括|包含|有)(?:以下|如下|下列)?(?:几个)?(?:方面|内容|几项|事项)?[:：]$|(?:提交|提供|报送|附送)(?:以下|下列|如下)(?:申报|申请|证明)?(?:材料|资料|文件)[^。:：]*[:：]$|(?:下列|以下)情形之一[^。:：]*[:：]$)/u;
const listsContents = (unit: UnitNode): boolean => CONTENTS_LEAD_IN.test(fold(unit.children.at(-1)!.value).trim());

/** The points a part is worth, after its title: `（10分）`, `(15 分)`, `（满分20分）`. */
const SCORE_AT_END = /\s*[（(]\s*(?:满分|共|计)?\s*\d{1,3}(?:\.\d)?\s*分\s*[)）]\s*$/u;

/**
 * A heading's lead-in: a paragraph or two under its title that announce the items below
 * (`四、下一步工作` / `下一步，我局将…重点抓好以下工作：`), ending with a colon, or pointing to the table
 * of them below (`…见下表。`). Under a part of tasks
 * it introduces them and is none itself; a goal's or a principle's says the part's own content
 * (`二、发展目标` / `到2025年，…取得显著成效。主要指标如下：`), and stays of that kind.
 */
function announcesItems(unit: UnitNode): boolean {
  const rest = unit.children.slice(1);
  const last = rest.at(-1)?.value ?? '';
  return rest.length > 0 && rest.length <= 2 && (/[:：]\s*$/u.test(last) || /(?:见|如)(?:下|附)表/u.test(last));
}

/**
 * What a numbered item says after its title: the lines under a title line (`4.1 预案实施` /
 * `本预案自印发之日起施行。`), or its line after a title and a colon (`7.2 预案实施时间：本预案…`) or a
 * full stop (`（二）预案解释。本预案由…负责解释。`).
 */
function textAfterTitle(unit: UnitNode, afterLabel: string): string {
  if (unit.children.length > 1)
    return unit.children
      .slice(1)
      .map((line) => line.value.trim())
      .join('');
  const text = afterLabel.trim();
  if (unit.title && text.startsWith(unit.title) && /^[。.]/u.test(text.slice(unit.title.length)))
    return text.slice(unit.title.length + 1).trim();
  return afterLabel.replace(/^[^。:：]{1,16}[:：]/u, '').trim();
}

/**
 * The kind the nearest heading that names a part gives: the unit's own title first, then outward; but
 * a part of entries (a form's `自评报告提纲`, a list of papers, of members) holds entries whatever its
 * points are titled (`四、2024年工作打算` in a report's outline is no plan).
 */
function kindOfPart(unit: UnitNode, byId: Map<string, UnitNode>, numbered: boolean, inGuide: boolean): UnitKind {
  let node: UnitNode | undefined = numbered ? unit : unit.parentId ? byId.get(unit.parentId) : undefined;
  let found: UnitKind | undefined;
  for (; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    const first = node.children[0]!;
    const heading = first.label ? headingTitle(first.value.slice(first.labelEnd ?? 0)) : '';
    const kind = heading ? kindOfHeading(heading, inGuide) : node.partTitle !== undefined && kindOfPartTitle(node);
    if (kind === 'entry') return kind;
    found ??= kind || (first.role === 'chapter' && heading && isReportedChapter(heading) ? 'context' : undefined);
  }
  return found ?? 'measure';
}

function isNotice(unit: UnitNode): boolean {
  return unit.part === 'notice';
}
