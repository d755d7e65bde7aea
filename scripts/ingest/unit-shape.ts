/**
 * Kind and title of a unit, decided from its numbering, its chapter and its text, once structure
 * has grouped every line.
 */
import type { UnitKind } from '../../src/model/index.ts';
import type { LineRole, UnitNode } from './tree.ts';

/** Roles of the lines that wrap a notice: addressees, 文号, issuer, date. */
export const SIGNATURE_ROLES: ReadonlySet<LineRole> = new Set<LineRole>(['addressee', 'issuer', 'date', 'doc-number']);

/** Kinds a chapter title announces (`三、发展目标` → goal). Only short titles are read this way. */
const CHAPTER_KINDS: Array<[RegExp, UnitKind]> = [
  [/指导思想|总体思路|基本原则|工作方针|总体要求|指导原则|基本思路|^原则$/, 'principle'],
  [/职责分解|职责分工|部门职责|任务分工|责任分工/, 'duty'],
  [/组织实施|保障措施|具体要求|工作要求|组织领导|实施保障|保障机制|有关要求/, 'requirement'],
  [/目标/, 'goal'],
  [/重点工程|重大工程|重点项目|^工程$/, 'project'],
];

/** The kind a chapter title gives its units; `measure` when it names none (工作任务, 主要任务…). */
export function kindOfChapter(title: string): UnitKind {
  if (title.length > 12) return 'measure';
  for (const [pattern, kind] of CHAPTER_KINDS) if (pattern.test(title)) return kind;
  return 'measure';
}

const SENTENCE_END = /[。！？!?]/;
const MAX_TITLE = 40;

/** The heading of a chapter line: the text after the label without closing punctuation. */
export function headingTitle(textAfterLabel: string): string {
  const firstSentence = textAfterLabel.split(SENTENCE_END)[0]!;
  return shorten(firstSentence.replace(/[。.:：;；,，]+$/u, ''));
}

/**
 * The title of a numbered item: its first sentence when short (`继续清理行政审批事项`), the department
 * phrase of a duty (`质监部门`), or else its first clause.
 */
export function itemTitle(textAfterLabel: string, kind: UnitKind): string {
  if (kind === 'duty') {
    const subject = /^(.{1,40}?)(?:要|应当|应|负责)/u.exec(textAfterLabel);
    if (subject) return subject[1]!;
  }
  const sentence = textAfterLabel.split(SENTENCE_END)[0]!;
  if (sentence.length <= MAX_TITLE) return sentence.replace(/[:：;；]+$/u, '');
  return shorten(sentence.split(/[，,；;：:]/u)[0]!);
}

function shorten(text: string): string {
  return text.length <= MAX_TITLE ? text : `${text.slice(0, 30)}…`;
}

/** Titles of units that have no heading of their own. */
export const UNNUMBERED_TITLES: Partial<Record<UnitKind, string>> = {
  notice: '印发通知',
  preamble: '前言',
  closing: '结束语',
};

/** Decide kinds and titles once every unit is known (a heading is only a heading if children follow). */
export function assignKinds(units: UnitNode[]): void {
  const byId = new Map(units.map((unit) => [unit.localId, unit]));
  const hasChildren = new Set(units.map((unit) => unit.parentId).filter(Boolean));
  const lastNumbered = units.findLastIndex((unit) => unit.children[0]!.label !== undefined && !isNotice(unit));
  units.forEach((unit, index) => {
    const first = unit.children[0]!;
    const afterLabel = first.labelEnd !== undefined ? first.value.slice(first.labelEnd) : first.value;
    const chapter = outermost(unit, byId);
    const chapterTitle = chapter && chapter.children[0]!.label ? headingTitle(chapterHeading(chapter)) : '';
    if (unit.kind === 'title') {
      unit.title = first.value;
    } else if (isNotice(unit)) {
      unit.kind = unit.numbering.length ? 'notice-item' : 'notice';
      const signatureOnly = unit.children.every((line) => SIGNATURE_ROLES.has(line.role!) && line.role !== 'addressee');
      unit.title = unit.numbering.length
        ? itemTitle(afterLabel, 'notice-item')
        : signatureOnly
          ? '落款'
          : UNNUMBERED_TITLES.notice!;
    } else if (unit.numbering.length === 0 || !first.label) {
      // Unnumbered: preamble before the first chapter, closing after the last numbered unit,
      // otherwise a paragraph of its chapter.
      if (unit.kind !== 'preamble')
        unit.kind = index > lastNumbered ? 'closing' : chapterTitle ? kindOfChapter(chapterTitle) : 'closing';
      unit.title = UNNUMBERED_TITLES[unit.kind] ?? itemTitle(first.value, unit.kind);
    } else {
      const chapterKind = chapterTitle ? kindOfChapter(chapterTitle) : 'measure';
      const titleOnly =
        unit.children.length === 1 &&
        itemTitle(afterLabel, chapterKind).length >= afterLabel.replace(/[。.]$/, '').length;
      unit.kind = hasChildren.has(unit.localId) && titleOnly ? 'heading' : chapterKind;
      unit.title = first.role === 'chapter' ? headingTitle(afterLabel) : itemTitle(afterLabel, unit.kind);
    }
  });
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
  }
}

function isNotice(unit: UnitNode): boolean {
  return unit.part === 'notice';
}

function outermost(unit: UnitNode, byId: Map<string, UnitNode>): UnitNode | undefined {
  let node: UnitNode | undefined = unit;
  while (node?.parentId) node = byId.get(node.parentId);
  return node?.numbering.length ? node : undefined;
}

function chapterHeading(chapter: UnitNode): string {
  const first = chapter.children[0]!;
  return first.value.slice(first.labelEnd ?? 0);
}
