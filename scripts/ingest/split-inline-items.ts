/**
 * split-inline-items: two numbered items written on one line become two line nodes, so that each is
 * an item of its own. Text copied out of a web page or a PDF often runs the next item on after the
 * last one's end (`5．加强耕地土壤污染管控。…（责任单位：县农业农村局）6．推进农药兽药使用减量行动。…`);
 * read as one line, item 6 is lost into item 5, with its target and departments, and the numbering
 * seems to skip a number.
 *
 * An item runs on where, after a sentence or a bracketed clause ends (`。` `；` `）`), a label of the
 * same kind as the line's own follows with the next number (`6．` after `5．`, `（三）` after
 * `（二）`); after it, the one after that (`7．`), and so on. A number in a sentence (`达到5．2%`), a
 * label of another kind (`（1）` inside `1．`), a point of a bracketed field (`（评分标准：1.…；2.…）`) or any
 * other number stays in its line. Each part keeps
 * its exact position in the source line, so messages, highlights and the source view still point at
 * the raw characters; nothing is dropped or repeated. A field's label before the first item
 * (`整改措施：1. 推动…`) is parted from it the same way.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import { type Label, matchLabel } from './labels.ts';
import { report } from './messages.ts';
import type { LineNode, PolicyRoot } from './tree.ts';

/** Where an item may run on: after a sentence's or a clause's end, spaces allowed. */
const CLAUSE_END = /[。;)]\s*/gu;

/** Labels that number items in a list; a chapter or article label in mid-line is a reference. */
const LIST_ROLES: ReadonlySet<Label['role']> = new Set(['item', 'subitem', 'subsubitem']);

export const splitInlineItems: Plugin<[], PolicyRoot> = function () {
  return (tree, file) => {
    // Before structure, the root holds lines only (parse-text).
    tree.children = (tree.children as LineNode[]).flatMap((line) => splitLine(line, file));
  };
};

/**
 * A field's label before the first item of its list, on one line: `整改措施：1. 推动…`,
 * `主要措施：（1）…`. The label stays a line of its own (text of the unit above), and the item one. Not
 * a list of attachments (`附件：1．…方案`), which is one line of the notice.
 */
const FIELD_LABEL = /^\s*(?!附)(?:\p{Script=Han}{2,8}|注)\s*:\s*/u;

/** The line, or its parts where items run on in it (each reported, as an info). */
function splitLine(line: LineNode, file: VFile): LineNode[] {
  const folded = fold(line.value);
  const field = FIELD_LABEL.exec(folded);
  const first = field ? matchLabel(folded.slice(field[0].length)) : undefined;
  if (field && first && first.value === 1 && LIST_ROLES.has(first.role)) {
    const item = part(line, field[0].length, line.value.length);
    report(
      file,
      'structure:inline-item',
      `Unexpected item \`${item.value.slice(0, first.length).trim()}\` after the label \`${line.value.slice(0, field[0].length).trim()}\`, expected it on a line of its own; read as an item of its own`,
      item.position,
    );
    return [part(line, 0, field[0].length), ...splitLine(item, file)];
  }
  const label = matchLabel(folded);
  const titled = label && firstItemAfterTitle(folded, label);
  if (titled) {
    const item = part(line, titled, line.value.length);
    report(
      file,
      'structure:inline-item',
      `Unexpected item \`${item.value.slice(0, matchLabel(fold(item.value))!.length).trim()}\` after the heading \`${line.value.slice(0, titled).trim()}\`, expected it on a line of its own; read as an item of its own`,
      item.position,
    );
    return [part(line, 0, titled), ...splitLine(item, file)];
  }
  if (!label || label.value === undefined || !LIST_ROLES.has(label.role)) return [line];
  // An item whose text opens a list of its own (`1. 1.完成管网排查；2.实施…；3.…`, a table's row of
  // measures): its points restart at 1 and are no items run on.
  if (OWN_LIST.test(folded.slice(label.length))) return [line];
  const starts: number[] = [];
  let expected = label.value + 1;
  for (const match of folded.matchAll(CLAUSE_END)) {
    const at = match.index + match[0].length;
    if (at <= label.length || at >= folded.length || at <= (starts.at(-1) ?? 0)) continue;
    const next = matchLabel(folded.slice(at));
    if (next?.role !== label.role || next.value !== expected) continue;
    // Inside a bracket, a number is a point of a field (`（…；评分标准：1.…；2.…）`), no item of the list.
    if (openBrackets(folded.slice(0, at)) > 0) continue;
    if (labelShape(folded.slice(at, at + next.length)) !== labelShape(folded.slice(0, label.length))) continue;
    starts.push(at);
    expected += 1;
  }
  if (starts.length === 0) return [line];
  const parts = [0, ...starts].map((start, index) => part(line, start, starts[index] ?? line.value.length));
  for (const [index, item] of parts.slice(1).entries()) {
    const label = item.value.slice(0, matchLabel(fold(item.value))!.length).trim();
    const before = parts[index]!.value.slice(0, matchLabel(fold(parts[index]!.value))!.length).trim();
    report(
      file,
      'structure:inline-item',
      `Unexpected item \`${label}\` in the line of item \`${before}\`, expected it on a line of its own; read as an item of its own`,
      item.position,
    );
  }
  return parts;
}

/** How deep each kind of label numbers: a chapter holds items, an item subitems. */
const DEPTH: Partial<Record<Label['role'], number>> = { chapter: 0, item: 1, subitem: 2, subsubitem: 3 };
/**
 * A heading's short title in words, perhaps closed by a stop: `主要任务`, `夯实质量技术基础。` (no table's
 * row, whose cells a tab parts: `三、本年度办理结果⇥（一）予以公开`).
 */
const HEADING_TITLE = /^[\p{Script=Han}“”"《》]{2,20}。? ?/u;

/**
 * Where a heading's first item starts on the heading's own line, as OCR and some copies run them
 * together (`二、主要任务（一）落实…`, `（二）夯实质量技术基础。1.加强标准化工作。…`): a short title, then
 * a label numbered 1 of a deeper kind. Undefined when the line is no such heading.
 */
function firstItemAfterTitle(folded: string, label: Label): number | undefined {
  const depth = DEPTH[label.role];
  const title = depth === undefined ? undefined : HEADING_TITLE.exec(folded.slice(label.length));
  if (!title) return undefined;
  const at = label.length + title[0].length;
  const inner = matchLabel(folded.slice(at));
  const deeper = inner && (DEPTH[inner.role] ?? -1) > depth!;
  return deeper && inner.value === 1 && at + inner.length < folded.length ? at : undefined;
}

/** A list's first point at an item's start: `1.`, `1、` (not a figure, `1.5万`, but a year may follow). */
const OWN_LIST = /^\s*1\s*[.、](?!\d)|^\s*1\s*[.、]\d{4}年/u;

/** How many brackets are open at the end of `text`. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '〔' || char === '【') depth += 1;
    else if ((char === ')' || char === '〕' || char === '】') && depth > 0) depth -= 1;
  }
  return depth;
}

/**
 * A label's shape, its number left out: a run-on label is written as the line's own is (`（三）`
 * after `（二）`, `17.` after `16．`), never `3.` after `（二）` or `3、` after `2．`.
 */
const labelShape = (label: string): string =>
  label
    .trim()
    .replace(/\d+/gu, '0')
    .replace(/[〇零一二三四五六七八九十百]+/gu, '一');

/** The line node for `[start, end)` of `line.value`, trimmed, at its place in the source. */
function part(line: LineNode, start: number, end: number): LineNode {
  const raw = line.value.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const { line: row, column, offset = 0 } = line.position.start;
  const from = start + lead;
  const to = from + value.length;
  return {
    type: 'line',
    value,
    position: {
      start: { line: row, column: column + from, offset: offset + from },
      end: { line: row, column: column + to, offset: offset + to },
    },
  };
}
