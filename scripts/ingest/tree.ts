/**
 * Node types of our policy syntax tree (a unist tree).
 *
 * parse-text produces `root > line*`; structure regroups the lines into `root > unit > line*`;
 * the extract-* and assign-themes plugins fill `unit.data`; to-model compiles the tree.
 */
import type { Node, Parent, Position } from 'unist';
import type { Deadline, Highlight, Recurrence, Responsibility, UnitKind } from '../../src/model/index.ts';

/** What a line is, decided by structure from its shape alone. */
export type LineRole =
  | 'header' // 索引号：…  颁布时间：…  (field lines copied from a gazette or web page)
  | 'addressee' // 各市人民政府…：
  | 'doc-number' // 晋政办发〔2015〕12号 alone
  | 'issuer' // 吉林省人民政府办公厅 alone, before a date
  | 'date' // 2015年5月22日 alone
  | 'title' // the plan's own title line
  | 'chapter' // 一、…  第一章 …
  | 'article' // 第一条 …
  | 'item' // （一）…  (一)…
  | 'subitem' // 1. …  1、…
  | 'subsubitem' // （1）…  ①…
  | 'bullet' // --…  ——…  •…
  | 'responsibility' // a line that only names responsible departments: 省质监局、省工商局负责落实。
  | 'forwarded' // the head of a document forwarded below the notice's signature: masthead, 文号, title, addressees
  | 'contents' // 目录 and the titles it lists (第一章 总则 …), above the text where they come again
  | 'distribution' // 抄送：…  河南省人民政府办公厅 2022年5月17日印发 (the 版记 closing a printed document)
  | 'body'; // anything else

/** One non-blank source line. `value` is the line without leading/trailing whitespace. */
export interface LineNode extends Node {
  type: 'line';
  value: string;
  position: Position;
  /** Set by structure. */
  role?: LineRole;
  /** The numbering label exactly as written (`（八）`, `1.`, `--`), when the line has one. */
  label?: string;
  /** Where the text after the label starts in `value` (label, separator and spaces skipped). */
  labelEnd?: number;
}

/** A quantitative target as extracted (offsets are into the unit's text). */
export interface ExtractedTarget {
  metric: string;
  value: string;
  number?: number;
  comparator: string;
  year?: number;
  /** To be reached again and again (`每年…`, `每季度…`, `每月…`): `year` is the last year. */
  recurring?: Recurrence;
  area?: string;
  text: string;
  /** Line (1-based) of the clause. */
  line: number;
}

/** A citation as extracted. */
export interface ExtractedCitation {
  raw: string;
  title?: string;
  docNumber?: string;
  document?: string;
  line: number;
}

/** Facts attached to a unit by the extract-* and assign-themes plugins. */
export interface UnitData {
  departments?: Responsibility[];
  targets?: ExtractedTarget[];
  deadlines?: Deadline[];
  citations?: ExtractedCitation[];
  themes?: string[];
  highlights?: Highlight[];
  /** The local id of the task table's row (table-tasks.ts) or the paragraph giving it by number (numbered-duties.ts) that gives this task its departments. */
  assignedBy?: string;
  /** The local id of the body task this row of a task table gives its departments. */
  assigns?: string;
}

/** A unit of text: every line belongs to exactly one unit. */
export interface UnitNode extends Parent {
  type: 'unit';
  kind: UnitKind;
  /** Local id inside the document, e.g. `2-8`, `notice-1`, `p1`, `3-1-b2`. */
  localId: string;
  /** Numbering labels from the outermost in, exactly as written. */
  numbering: string[];
  title: string;
  /** Titles of the enclosing units, outermost first. */
  context: string[];
  /** Local id of the enclosing unit, if any. */
  parentId?: string;
  /** While structure runs: whether the unit is in a notice wrapper or in the plan. */
  part?: 'notice' | 'plan';
  /** While structure runs: a signature block (issuer, date) of its own. */
  signature?: boolean;
  /** While structure runs: a row of a task table set in a part's text (`五、考核评分表` / `…（责任单位：…）`). */
  partRow?: boolean;
  /**
   * While structure runs: the title of a part that an attachment line after the body
   * (`附件：重点任务分工表`) or a box (`专栏1 质量提升重点工程`) opens; the numbered lines after it are
   * its children, and its title gives them their kind.
   */
  partTitle?: string;
  children: LineNode[];
  data: UnitData;
}

export interface PolicyRoot extends Parent {
  type: 'root';
  children: Array<LineNode | UnitNode>;
}

/**
 * The units the extract-* and assign-themes plugins read: all but a second document's text the
 * source holds after this one (second-document.ts), whose tasks, bodies and dates are not this one's.
 */
export const readUnits = (tree: PolicyRoot): UnitNode[] =>
  (tree.children as UnitNode[]).filter((unit) => unit.kind !== 'appended');

/** Offsets of each line of a unit inside the unit's text (lines joined by `\n`). */
export function lineOffsets(unit: UnitNode): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of unit.children) {
    offsets.push(offset);
    offset += line.value.length + 1;
  }
  return offsets;
}

/** `unit` is below `ancestor` (any unit is below the top, `undefined`); `byId` holds the units by local id. */
export function isUnder(unit: UnitNode, ancestor: string | undefined, byId: ReadonlyMap<string, UnitNode>): boolean {
  for (let parent = unit.parentId; parent !== undefined; parent = byId.get(parent)?.parentId)
    if (parent === ancestor) return true;
  return ancestor === undefined;
}

/** The unit's text: its lines joined by `\n`. */
export const unitText = (unit: UnitNode): string => unit.children.map((line) => line.value).join('\n');

/** A new unit without lines, inside `parent` when it has one (its context: the parent's, then its title). */
export function newUnit(
  kind: UnitKind,
  localId: string,
  numbering: string[],
  title: string,
  parent: UnitNode | undefined,
): UnitNode {
  return {
    type: 'unit',
    kind,
    localId,
    numbering,
    title,
    children: [],
    data: {},
    context: parent ? [...parent.context, parent.title] : [],
    parentId: parent?.localId,
  };
}
