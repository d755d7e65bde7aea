/**
 * A 任务分工 table pasted out of Word without its tabs: every cell on a line of its own. Its header
 * comes first, a word a line (`序号` / `重点任务` / `具体措施` / `牵头单位` / `配合单位` / `完成时限`), then
 * each row: its number alone on a line, then its cells, a cell of several paragraphs over several
 * lines, an empty cell as no line at all or as a blank one. Nothing marks where one cell ends, so the
 * cells are placed by what they say, from the row's end: a time goes to the deadline column, a list of
 * bodies to the department columns (the lead's first, when there are fewer such lines than columns),
 * and the lines left to the task and its measures, the first line the task's.
 */
import { fold } from '../../../src/model/fold.ts';
import { endsAsName, splitNames } from '../../ingest/name-lists.ts';
import { isPersonsHeader } from '../../ingest/line-shapes.ts';
import { isDeadlineHeader, isDepartmentHeader, isTaskHeader } from './table.ts';
import { isPageNumber } from './page-furniture.ts';
import { GROUP_HEADING, MAX_HEADER, NUMBER_HEADER, plainHeader } from './table-headers.ts';

/** A row's number alone on its line (`1`, `12`, `3.`). */
const ROW_NUMBER = /^\s*(\d{1,3})\s*[.、．]?\s*$/u;
/** A header cell: a few words, no sentence punctuation, no number. */
const HEADER_CELL = /^[\p{Script=Han}（）()\s/、]+$/u;
/** What ends the table: a note under it (`注：…`), the next attachment or part. */
const AFTER_TABLE = /^\s*(?:注|备注|说明|附件|附表)\s*\d*\s*[:：]?|^\s*[一二三四五六七八九十]+、/u;
/** A cell that says when: a date, a time of year, how often or for how long. */
const TIME_CELL =
  /\d{4}\s*年|\d{1,2}\s*月|年底|年内|年末|全年|上半年|下半年|季度|长期|持续|常态|每(?:年|季|月|半年|周|学年|学期)|立行立改|限期|前$|底$/u;
/** A time cut by its column's width: `2025年12`, `2025年`, `2024年12月`. */
export const TIME_CUT = /^\d{4}\s*年(?:\d{1,2}(?:\s*月)?)?$/u;
/**
 * A list of bodies cut by its column's width: a short line of names, no figure in it, its last name
 * unfinished (`综合科、信用`, `市市场监`, `省林业厅、省畜牧水产局、省质`) or a `、` after it.
 */
const NAME_CUT = /^[\p{Script=Han}、，（）()]{1,24}$/u;
export const isNameCut = (line: string) =>
  NAME_CUT.test(line) && (/[、，]$/u.test(line) || !endsAsName(line.split(/[、，]/u).at(-1)!));
/**
 * Whether `next` goes on with a cut list of bodies `before`: the rest of its last name (`监局`, `争科`),
 * or the next name after a `、`; never a name of its own after a task's words (`共服务标准体系` / `省质监局`).
 * A level after a name's `各` is its rest too (`市市场监管局，各` / `县（市、区）人民` / `政府`).
 */
const goesOnCut = (before: string, next: string) =>
  isNameCut(before) &&
  (/[、，]$/u.test(before) || /(?:^|[、，])各$/u.test(before) || !/^(?:省|市|县|区|州|盟|旗|各|自治区)/u.test(next));
/**
 * A branch named under its parent on the next line (`人民银行` / `澧阳市中心支行`, `国家税务总局` / `澧阳市
 * 税务局`): one name, cut by the column's width.
 */
const branchAfter = (before: string, next: string) =>
  /(?:银行|总局|公司|集团)$/u.test(before) &&
  /^\p{Script=Han}{2,10}(?:中心支行|支行|分行|税务局|分局|分公司|子公司)$/u.test(next);
/** The widest a task's first line is in a narrow column of its own, in characters. */
const NARROW_TASK = 8;
/** A line that ends a sentence. */
const ENDS_SENTENCE = /[。；！？;!?]$/u;
/** An empty cell written as a dash or 无. */
const EMPTY_CELL = /^[—\-－–/／无]+$/u;

export type Column = 'number' | 'department' | 'persons' | 'deadline' | 'text';

/** What each of a header's columns holds, by its header: the number, bodies, persons, a time, or text. */
export function columnKinds(headers: readonly string[]): Column[] {
  return headers.map((text) =>
    NUMBER_HEADER.test(plainHeader(text))
      ? 'number'
      : isPersonsHeader(plainHeader(text))
        ? 'persons'
        : isDepartmentHeader(text)
          ? 'department'
          : isDeadlineHeader(text)
            ? 'deadline'
            : 'text',
  );
}

/** A cell naming persons by their post and name: `副县长 张海涛`, `县住房和城乡建设局局长 龚卫平`. */
const PERSONS_CELL = /(?:长|主任|书记|负责人|组长|政委|委员|主席|部长)[\s\u3000]*\p{Script=Han}{2,3}(?:[;；,，、]|$)/u;

/** A cell that says when (`2025年6月底前`, `长期坚持`, `每年5月、10月`). */
export const isTimeCell = (text: string) => [...text].length <= 40 && TIME_CELL.test(fold(text));
/** A cell of bodies' names only (`县民政局、县司法局，各乡镇党委、政府`), or an empty one written as a dash. */
export function isNamesCell(text: string): boolean {
  const folded = fold(text).trim();
  if (EMPTY_CELL.test(folded)) return true;
  const names = splitNames(folded).map((name) => name.text.replace(/^[,，;；\s]+|[,，;；\s]+$/gu, ''));
  return names.length > 0 && names.every((name) => name && endsAsName(name.replace(/\([^()]*\)$/u, '')));
}

/** The header of such a table at the list's start: its cells, one a line, and the line after it. */
function headerAt(lines: string[]): { headers: string[]; next: number } | undefined {
  const headers: string[] = [];
  let next = 0;
  while (next < lines.length && headers.length < 10) {
    const line = lines[next]!;
    if (
      ROW_NUMBER.test(line) ||
      GROUP_HEADING.test(line) ||
      !HEADER_CELL.test(line) ||
      plainHeader(line).length > MAX_HEADER
    )
      break;
    headers.push(line);
    next++;
  }
  const numbered = headers.length >= 3 && NUMBER_HEADER.test(plainHeader(headers[0]!));
  const first = GROUP_HEADING.test(lines[next] ?? '') ? next + 1 : next;
  return numbered && isTaskHeader(headers) && ROW_NUMBER.exec(lines[first] ?? '')?.[1] === '1'
    ? { headers, next }
    : undefined;
}

/**
 * The row's lines (or cells) after its number placed in the header's columns by what they say;
 * `goesOn`: the row goes on under the row above's merged first cells.
 */
export function placeCells(cells: string[], columns: Column[], goesOn = false): string[] {
  const row = columns.map(() => '');
  // Lines wrapped in a narrow column are joined below, in a copy: the caller's lines stay as they are.
  cells = [...cells];
  let last = cells.length;
  let column = columns.length - 1;
  for (; column >= 0 && columns[column] !== 'text' && columns[column] !== 'number'; column--) {
    if (columns[column] === 'deadline') {
      // A time wrapped in its narrow column (`2025年12` / `月底前`) is one.
      if (last > 1 && isTimeCell(cells[last - 1]!) && TIME_CUT.test(cells[last - 2]!)) {
        row[column] = cells[last - 2]! + cells[last - 1]!;
        last -= 2;
      } else if (last > 0 && isTimeCell(cells[last - 1]!)) row[column] = cells[--last]!;
      continue;
    }
    if (columns[column] === 'persons') {
      if (last > 1 && PERSONS_CELL.test(cells[last - 1]!)) row[column] = cells[--last]!;
      continue;
    }
    // A run of department columns: as many lines of bodies as there are, the first columns first.
    let first = column;
    while (first > 0 && columns[first - 1] === 'department') first--;
    // A list of bodies wrapped in its narrow column (`综合科、信用` / `监管科`, `…省环保厅` / `等省直有关部门`)
    // is one line again.
    for (let at = last - 1; at > 1 && at >= last - 4; at--)
      if (
        (goesOnCut(cells[at - 1]!, cells[at]!) || branchAfter(cells[at - 1]!, cells[at]!) || /^等/u.test(cells[at]!)) &&
        isNamesCell(cells[at - 1]! + cells[at]!)
      ) {
        cells.splice(at - 1, 2, cells[at - 1]! + cells[at]!);
        last -= 1;
      }
    let names = 0;
    while (names < column - first + 1 && last - names > 1 && isNamesCell(cells[last - names - 1]!)) names++;
    const taken = cells.slice(last - names, last);
    taken.forEach((text, offset) => (row[first + offset] = EMPTY_CELL.test(fold(text).trim()) ? '' : text));
    last -= names;
    column = first;
  }
  const all = columns.flatMap((kind, at) => (kind === 'text' && at <= column ? [at] : []));
  const left = cells.slice(0, last);
  // A task wrapped in its narrow first column (`深化经营主体` / `登记便利化改` / `革`) before its measures'
  // longer lines is one line again: each of its lines but the last fills the column, none ends a sentence.
  const width = [...(left[0] ?? '')].length;
  let narrow = 1;
  while (
    all.length > 1 &&
    narrow < left.length - 1 &&
    width <= NARROW_TASK &&
    [...left[narrow - 1]!].length === width &&
    !ENDS_SENTENCE.test(left[narrow - 1]!) &&
    !ENDS_SENTENCE.test(left[narrow]!) &&
    [...left[narrow]!].length <= width
  )
    narrow += 1;
  if (narrow > 1) left.splice(0, narrow, left.slice(0, narrow).join(''));
  // A row going on under merged first cells has its text in the last text columns.
  const texts = goesOn ? all.slice(Math.max(0, all.length - left.length)) : all;
  texts.forEach((at, position) => {
    row[at] = position === texts.length - 1 ? left.slice(position).join('') : (left[position] ?? '');
  });
  return row;
}

/**
 * Where the table's last row ends when no blank line ends it (a web copy puts one between every two
 * paragraphs): after its deadline, when that is the last column, else after a line for each column.
 */
function lastRowEnd(lines: string[], start: number, columns: Column[]): number {
  const deadlineLast = columns.at(-1) === 'deadline';
  let end = start;
  while (end < lines.length && !AFTER_TABLE.test(lines[end]!)) {
    end++;
    if (deadlineLast ? end - start >= 2 && isTimeCell(lines[end - 1]!) : end - start >= columns.length) break;
  }
  return end;
}

/**
 * The table at the start of `lines` (trimmed, no blank ones), as rows of cells, and how many lines
 * it takes. `spaced`: the lines had blank lines between them, so none ends the table.
 */
function tableOf(lines: string[], spaced: boolean): { rows: string[][]; used: number } | undefined {
  const header = headerAt(lines);
  if (!header) return undefined;
  const columns = columnKinds(header.headers);
  const rows = [header.headers];
  let next = header.next;
  for (let expected = 1; ; expected++) {
    // A group's heading before its rows (`一、持续优化营商环境`): a row of one cell across the table.
    if (GROUP_HEADING.test(lines[next] ?? '') && ROW_NUMBER.exec(lines[next + 1] ?? '')?.[1] === String(expected))
      rows.push([lines[next++]!]);
    if (ROW_NUMBER.exec(lines[next] ?? '')?.[1] !== String(expected)) break;
    let end = next + 1;
    while (
      end < lines.length &&
      ROW_NUMBER.exec(lines[end]!)?.[1] !== String(expected + 1) &&
      !AFTER_TABLE.test(lines[end]!)
    )
      end++;
    if (spaced && ROW_NUMBER.exec(lines[end] ?? '')?.[1] !== String(expected + 1))
      end = lastRowEnd(lines, next + 1, columns.slice(1));
    // A page's number and the header printed again on the next page are no cells.
    const own = withoutPageFurniture(lines.slice(next + 1, end), header.headers);
    rows.push([String(expected), ...placeCells(own, columns.slice(1))]);
    next = end;
  }
  return rows.length > 1 ? { rows, used: next } : undefined;
}

/**
 * The table of one cell a line that starts at line `index`, as rows of cells, and the line after it:
 * its cells on lines one after the other, or each followed by a blank line, as a web page is copied.
 */
export function cellLinesTableAt(lines: string[], index: number): { rows: string[][]; next: number } | undefined {
  const tight: number[] = [];
  for (let at = index; at < lines.length; at++) {
    // An empty cell may come out as a blank line: the table goes on where a row's number follows.
    if (lines[at]!.trim() || rowFollows(lines, at + 1)) tight.push(at);
    else break;
  }
  const spaced: number[] = [];
  for (let at = index; at < lines.length && lines[at]!.trim() && (at === index || !lines[at - 1]!.trim()); at += 2)
    spaced.push(at);
  const tableIn = (at: number[], isSpaced: boolean) => {
    const texts = at.map((line) => lines[line]!.trim() || '—');
    const table = texts.length > 1 ? tableOf(texts, isSpaced) : undefined;
    return table && { rows: table.rows, next: at[table.used - 1]! + 1 };
  };
  return tableIn(tight, false) ?? tableIn(spaced, true);
}

/** How far after a blank line a row's number may come for the blank to be an empty cell, in lines. */
const ROW_AFTER_BLANK = 8;

/** Whether a row's number comes in the lines from `from` before the next blank one. */
function rowFollows(lines: string[], from: number): boolean {
  for (let at = from; at < Math.min(lines.length, from + ROW_AFTER_BLANK) && lines[at]!.trim(); at++)
    if (ROW_NUMBER.test(lines[at]!)) return true;
  return false;
}

/**
 * A row's lines without a page's number and the header's cells a page break printed again (its first
 * cells perhaps taken out before as a running head: three at least).
 */
function withoutPageFurniture(lines: string[], headers: string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (isPageNumber(lines[at]!)) continue;
    const from = headers.indexOf(lines[at]!);
    const again = from >= 0 ? headers.slice(from) : [];
    if (again.length >= 3 && again.every((cell, offset) => lines[at + offset] === cell)) {
      at += again.length - 1;
      continue;
    }
    kept.push(lines[at]!);
  }
  return kept;
}
