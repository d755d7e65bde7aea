/**
 * Tables as lines.
 *
 * A 任务分工 table — a header row with a task column (工作任务, 重点任务, 主要任务…) and a
 * department or deadline column (牵头单位, 责任单位, 配合单位, 完成时限…) — becomes one line per
 * task, in the shape the ingest reads responsibilities from:
 *   `<序号>. <任务>（牵头单位：…；责任单位：…；完成时限：…）`
 * with the labels as the header writes them: 牵头 columns first, then the other department
 * columns, then deadline columns, then any other column as `<header>：<value>`, each group in
 * table order; empty cells are left out. A second task column (`工作任务｜具体措施`) follows the
 * task after a colon (`1. 开展隐患排查：组织在用电梯全面排查。（…）`). A row without its own 序号 (empty, or shared with the row
 * above through a merged cell) is a sub-row of the task above: it becomes an unnumbered line with
 * only the cells of its own row, so nothing is repeated. A row with one cell across the table (a
 * group heading) is written as it is. The header row itself is not a line (its words become the labels);
 * nor is a second header row that names the columns a cell of the first spans (`责任单位` over
 * `牵头单位｜配合单位`); a title row above it (one cell, `重点任务分工表`) is.
 *
 * A table of main indicators (主要指标表) becomes one goal line per indicator (indicator-table.ts), a
 * table of bodies' duties (职责清单) one duty line per body (duty-table.ts).
 * Any other data table: one line per row, its cells joined with a full-width space.
 * A table used for page layout (one cell per row, or a table inside it) is not a data table: its
 * cells are read as blocks.
 */
import type { Element } from 'hast';
import { fold } from '../../../src/model/fold.ts';
import { dutyLines, isDutyHeader } from './duty-table.ts';
import { MAX_HEADER, NUMBER_HEADER, plainHeader } from './table-headers.ts';
import { indicatorLines, isIndicatorHeader } from './indicator-table.ts';
import { buildGrid, cellsOf, cellText, OWN_LABEL, rowsOf } from './table-grid.ts';
import type { GridCell } from './table-grid.ts';

/**
 * Task columns; an assessment's items and their scoring rules are its tasks (`考核项目｜评分标准`), and
 * so are the problems an inspection lists to be put right (`问题描述｜整改责任单位｜整改时限`).
 */
const TASK_HEADER =
  /任务|工作内容|主要内容|具体内容|具体措施|工作措施|主要措施|重点工作|工作事项|事项|措施|内容|项目|考核指标|评价指标|评分标准|考核标准|评价标准|问题描述|存在问题|发现问题|主要问题|问题表现|整改要求|整改目标|活动名称|活动内容/u;
/** A column of what an inspection found (`主要问题`): the task is the column that says what is to be put right. */
const FINDINGS_HEADER = /问题/u;
/**
 * A column of quantities, its unit in brackets (`抽检任务（批次）`, `任务量（万元）`): how much, not what
 * is to be done; a table of them by area (`市（州）｜抽检任务（批次）｜完成时限`) is a data table.
 */
const QUANTITY_HEADER =
  /[(（](?:批次|个|家|件|项|人|人次|万人次|万元|亿元|元|台|套|吨|万吨|亩|万亩|户|次|公里|%|％)[)）]$/u;
/** An assessment's scoring rules (`评分标准`, `考核标准`). */
const SCORING_HEADER = /评分|(?:考核|评价)标准/u;
/** A column that names the rows' category, not what each is (`考核项目`, `评价类别`; not a bare `项目`). */
const CATEGORY_HEADER = /(?:(?:考核|评价|评估|检查)项目|类别|类型|领域)$/u;
/** A column of bodies that says what they do (`牵头单位`, `责任部门`, `配合单位`, `考评单位`), as a field's label does. */
const ROLE_HEADER =
  /牵头|发起|主办|主责|组长|责任|负责|承办|承担|实施|主管|评价|考评|考核|配合|参与|协办|会办|协同|协作|协助|支持|成员/u;
/** The lead's column: 牵头单位, and a joint inspection's 发起部门. */
const LEAD_HEADER = /牵头|发起|主办|主责/u;
/**
 * Columns of bodies (`责任主体`), or of a body's divisions (`责任科室`); not a unit of measure
 * (`本年收费金额（单位：万元）`).
 */
const DEPARTMENT_HEADER = /单位(?!\s*:)|部门|机关|机构|科室|处室|(?:责任|实施)主体/u;
const DEADLINE_HEADER = /时限|时间|期限|进度/u;

export function isLayoutTable(table: Element): boolean {
  const rows = rowsOf(table);
  const nested = rows.some((row) => cellsOf(row).some((cell) => containsTable(cell)));
  return nested || rows.every((row) => cellsOf(row).length <= 1);
}

function containsTable(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === 'table' || containsTable(child)));
}

/** A column whose cells say when: 完成时限, 时间节点, 进度安排… */
export const isDeadlineHeader = (header: string): boolean =>
  !DEPARTMENT_HEADER.test(plainHeader(header)) && DEADLINE_HEADER.test(plainHeader(header));

/** A column whose cells name bodies: 牵头单位, 责任单位, 配合部门… */
export const isDepartmentHeader = (header: string): boolean =>
  LEAD_HEADER.test(plainHeader(header)) || DEPARTMENT_HEADER.test(plainHeader(header));

/**
 * The task column of a header row (its words folded, without spaces), or -1. Without a word of tasks,
 * a table that numbers its rows and names who does each (`序号｜食品大类｜抽检批次｜承担单位｜完成时限`)
 * says what each row is in its first column after the number.
 */
function taskColumn(plain: string[]): number {
  const named = plain.flatMap((header, column) =>
    TASK_HEADER.test(header) && !NUMBER_HEADER.test(header) && !QUANTITY_HEADER.test(header) ? [column] : [],
  );
  // A column of categories (`考核项目`, `工作类别`) groups the rows when a column of what is done follows it
  // (`考核内容`, not the scoring rules `评分标准`): that one is the task.
  const content = named.slice(1).find((column) => !SCORING_HEADER.test(plain[column]!));
  if (content !== undefined && CATEGORY_HEADER.test(plain[named[0]!]!)) return content;
  // A 整改清单's findings, then what is to be done of them (`主要问题｜整改要求`): the remedy is the task.
  const remedy = named.find((column) => !FINDINGS_HEADER.test(plain[column]!));
  if (remedy !== undefined && FINDINGS_HEADER.test(plain[named[0]!]!)) return remedy;
  if (named.length > 0) return named[0]!;
  const number = plain.findIndex((header) => NUMBER_HEADER.test(header));
  // `单位` alone is an indicator's unit of measure (`指标｜单位｜2025年`), no body.
  const bodies = plain.some((header) => DEPARTMENT_HEADER.test(header) && !/^(?:计量)?单位$/u.test(header));
  if (number < 0 || !bodies) return -1;
  const first = number + 1;
  const header = plain[first] ?? '';
  return header && !DEPARTMENT_HEADER.test(header) && !DEADLINE_HEADER.test(header) ? first : -1;
}

/** A table's key of the text's tasks' numbers: `1`, `2-3`, `4、5`, `（六）`. */
const TASK_KEY =
  /^(?:\d{1,3}|\([一二三四五六七八九十]{1,3}\))(?:\s*(?:[、,，和]|至|[~～—–-]{1,2})\s*(?:\d{1,3}|\([一二三四五六七八九十]{1,3}\)))*$/u;

/** A column of the bodies that help (`配合单位`, `协办部门`): a task may have none. */
const COOPERATING_HEADER = /配合|协办|会办|协同|协作|参与|支持/u;

/**
 * The columns of a 任务分工 table whose blank cell, in a table typed as text, is a cell merged with
 * the one above: a lead's (`牵头单位`), or the one column of bodies when there is no lead's
 * (`责任单位`), which every task has, and those left of the task column that group the rows
 * (`工作类别`, `重点工程`), not the 序号. `key`: the column without which a row is the row above going
 * on (the 序号, else the task).
 */
export function mergedColumns(headers: readonly string[]): { columns: number[]; key: number } {
  const plain = headers.map(plainHeader);
  const task = taskColumn(plain);
  if (task < 0) return { columns: [], key: 0 };
  const number = plain.findIndex((header) => NUMBER_HEADER.test(header));
  const groups = groupColumns(headers);
  const bodies = plain.flatMap((header, column) => (column !== task && isDepartmentHeader(header) ? [column] : []));
  const sole = bodies.length === 1 && !COOPERATING_HEADER.test(plain[bodies[0]!]!) ? bodies[0] : undefined;
  const columns = plain.flatMap((header, column) =>
    groups.includes(column) || LEAD_HEADER.test(header) || column === sole ? [column] : [],
  );
  return { columns, key: number >= 0 ? number : task };
}

/** The columns left of a 任务分工 table's task column that group its rows (`工作类别`), not the 序号. */
export function groupColumns(headers: readonly string[]): number[] {
  const plain = headers.map(plainHeader);
  const task = taskColumn(plain);
  return plain.flatMap((header, column) => (column < task && !NUMBER_HEADER.test(header) ? [column] : []));
}

/** A 任务分工 table's header row: a task column, and a department or deadline column beside it. */
export function isTaskHeader(headers: readonly string[]): boolean {
  const plain = headers.map(plainHeader);
  const task = taskColumn(plain);
  return (
    task >= 0 &&
    // A header's note in brackets (`抽查时间（2025年3月—11月）`) is no part of its length.
    plain.every((header) => header.replace(/\([^()]*\)/gu, '').length <= MAX_HEADER) &&
    plain.some((header, column) => column !== task && (DEPARTMENT_HEADER.test(header) || DEADLINE_HEADER.test(header)))
  );
}

/** A header row of a table that is rewritten: a 任务分工 table's, a table of indicators' or of duties'. */
export const isTableHeader = (cells: string[]) =>
  isTaskHeader(cells) || isIndicatorHeader(cells) || isDutyHeader(cells);

/**
 * Whether some row says who does its task or by when. A form to fill in (a 回执's `序号｜会场类别｜单位名称｜
 * 姓名｜职务`, its rows blank but for their numbers) names bodies in its header only: a data table, its
 * header row kept, for its words would otherwise have no row to be written in.
 */
function fillsWhoOrWhen(rows: GridCell[][], headers: readonly string[], task: number): boolean {
  return rows.some((row) =>
    row.some(
      (cell, column) =>
        column !== task &&
        cell.text.trim() !== '' &&
        (isDepartmentHeader(headers[column] ?? '') || isDeadlineHeader(headers[column] ?? '')),
    ),
  );
}

/**
 * `above`: the line before the table. When it is a numbered item that announces the table
 * (`7.清理规范涉企收费。…按规定时限完成清理规范：`), the rows are its sub-items, numbered `（1）`, so
 * that they do not read as the list's items 1, 2… again.
 */
export function tableLines(table: Element, notes: string[], above?: string): string[] {
  const rows = rowsOf(table);
  if (rows.length === 0) return [];
  // A first row with one cell across the table is the table's title (`重点任务分工表`): a line of its own.
  const titled = rows.length > 2 && cellsOf(rows[0]!).length === 1 && cellsOf(rows[1]!).length > 1 ? 1 : 0;
  const caption = titled ? [cellText(cellsOf(rows[0]!)[0]!, '　')].filter(Boolean) : [];
  const headers = headerTexts(rows[titled]!);
  const grid = buildGrid(table, (column) => (DEPARTMENT_HEADER.test(plainHeader(headers[column] ?? '')) ? '、' : '　'));
  // A header of two rows (`责任单位` over `牵头单位｜配合单位`): the second row names its columns.
  const sub = subHeader(grid[titled + 1]);
  sub?.forEach((text, column) => {
    if (text) headers[column] = text;
  });
  const first = titled + 1 + (sub ? 1 : 0);
  const plain = headers.map(plainHeader);
  // A table that divides the text's tasks by their numbers, with no column of what they are
  // (`序号｜牵头单位｜配合单位｜完成时限`): each row is keyed by its number as written (`2-3（牵头单位：…）`).
  const key = plain.findIndex((header) => NUMBER_HEADER.test(header));
  const keyed =
    taskColumn(plain) < 0 &&
    key >= 0 &&
    plain.some((header) => DEPARTMENT_HEADER.test(header)) &&
    // Every other column names bodies or a time (`｜食品大类｜…` is a table of its own), and the keys are
    // tasks' numbers (`1`, `2-3`, `4、5`, `（六）`).
    plain.every((header, column) => column === key || DEPARTMENT_HEADER.test(header) || DEADLINE_HEADER.test(header)) &&
    grid.slice(first).every((row) => !row[key]?.text.trim() || TASK_KEY.test(fold(row[key]!.text.trim()))) &&
    fillsWhoOrWhen(grid.slice(first), headers, key);
  const task = keyed ? key : taskColumn(plain);
  const tasks = keyed || (isTaskHeader(headers) && fillsWhoOrWhen(grid.slice(first), headers, task));
  if (!tasks && isIndicatorHeader(headers)) return [...caption, ...indicatorLines(grid.slice(first), headers, notes)];
  if (!tasks && isDutyHeader(headers)) return [...caption, ...dutyLines(grid.slice(first), headers, notes, numbering)];
  if (!tasks) {
    notes.push(`表格（${grid.length} 行）按行写出，单元格以全角空格分隔。`);
    return grid
      .map((row) =>
        row
          .filter((cell) => !cell.copy && !cell.carried)
          .map((cell) => cell.text)
          .join('　')
          .trimEnd(),
      )
      .filter((line) => line.trim());
  }
  const number = keyed ? -1 : key;
  // A second task column (`工作任务｜具体措施`) says what the task is in detail: it follows the task.
  // (Not the scoring rules of an item its own column says, `考核内容`: a field of their own.)
  const scoredItem = !CATEGORY_HEADER.test(plain[task]!) && !SCORING_HEADER.test(plain[task]!);
  const detail = plain.findIndex(
    (header, column) =>
      column > task &&
      TASK_HEADER.test(header) &&
      !DEPARTMENT_HEADER.test(header) &&
      !(scoredItem && SCORING_HEADER.test(header)),
  );
  const labelled = [
    ...plain.flatMap((header, column) => (LEAD_HEADER.test(header) ? [column] : [])),
    ...plain.flatMap((header, column) => (!LEAD_HEADER.test(header) && DEPARTMENT_HEADER.test(header) ? [column] : [])),
    ...plain.flatMap((header, column) =>
      !DEPARTMENT_HEADER.test(header) && DEADLINE_HEADER.test(header) ? [column] : [],
    ),
  ];
  // A group column whose values are headings (`一、组织管理（15分）`) heads its rows as a line, when it changes.
  const headed = groupColumns(headers).filter((column) =>
    grid.slice(first).every((row) => !row[column]?.text.trim() || GROUP_VALUE.test(fold(row[column]!.text.trim()))),
  );
  const others = plain.flatMap((_header, column) =>
    column === number ||
    column === task ||
    column === detail ||
    labelled.includes(column) ||
    headed.includes(column) ||
    !plain[column]
      ? []
      : [column],
  );
  const order = [...labelled, ...others];
  const labels = headers.map((header) => header.replace(/\s/gu, ''));
  // The one column of bodies, its header naming no role (`地方或单位`, `涉及单位`): the bodies responsible.
  const bodies = labelled.filter((column) => DEPARTMENT_HEADER.test(plain[column]!));
  if (bodies.length === 1 && !ROLE_HEADER.test(plain[bodies[0]!]!)) labels[bodies[0]!] = '责任单位';
  const fields = order.map((column) => `${labels[column]}：…`).join('；');
  notes.push(
    `任务分工表（${grid.length - first} 行，表头：${labels.filter(Boolean).join('｜')}）按行改写为“${keyed ? `序号（${fields}）` : `序号. 任务${detail >= 0 ? `：${labels[detail]}` : ''}（${fields}）`}”。`,
  );
  const nested = above !== undefined && /^\s*\d+\s*[.．、]/u.test(above) && /[:：]\s*$/u.test(above);
  return [
    ...caption,
    ...grid.slice(first).flatMap((row, index, rows) => [
      ...headed.flatMap((column) => {
        const value = row[column]?.text.trim() ?? '';
        return value && value !== rows[index - 1]?.[column]?.text.trim() ? [value] : [];
      }),
      ...taskLine(row, { number, task, detail, order, labels, nested }),
    ]),
  ];
}

function taskLine(
  row: GridCell[],
  columns: { number: number; task: number; detail: number; order: number[]; labels: string[]; nested: boolean },
): string[] {
  const own = row.filter((cell) => !cell.copy && !cell.carried && cell.text);
  if (own.length === 0) return [];
  // One cell across the table: a group heading; not a row whose bodies' cell is merged with the row
  // above's (`4｜省商务厅、…` over `5、6｜`): it shares them.
  const sharesBodies = row.some((cell, column) => cell.carried && cell.text && columns.order.includes(column));
  if (
    own.length === 1 &&
    !sharesBodies &&
    row.filter((cell) => !cell.carried).every((cell) => cell.copy || cell === own[0])
  ) {
    return [own[0]!.text];
  }
  const numberCell = columns.number >= 0 ? row[columns.number] : undefined;
  // A row of totals (`合计｜—｜17200｜—`, or `合计` under the task), or of remarks (`备注｜1.牵头单位有2个…`),
  // is no task: its cells as they are, a line of the table's text.
  const total = (cell: GridCell | undefined) => cell && TOTAL.test(fold(cell.text).replace(/\s/gu, ''));
  if (total(numberCell) || (numberCell && !numberCell.text && total(row[columns.task])))
    return [
      row
        .filter((cell) => !cell.copy && !cell.carried)
        .map((cell) => cell.text)
        .join('　')
        .replace(/^　+|　+$/gu, ''),
    ];
  const subRow = numberCell !== undefined && (numberCell.carried || !numberCell.text);
  const keep = (cell: GridCell | undefined) => cell && !cell.copy && cell.text && !(subRow && cell.carried);
  const taskCell = row[columns.task];
  // A cell of fields with their own labels (`牵头单位：…；配合单位：…`) says them itself.
  const parts = columns.order.flatMap((column) =>
    keep(row[column])
      ? [OWN_LABEL.test(row[column]!.text) ? row[column]!.text : `${columns.labels[column]}：${row[column]!.text}`]
      : [],
  );
  const prefix = numberCell && !subRow ? numbering(numberCell.text, columns.nested) : '';
  const detailCell = columns.detail >= 0 ? row[columns.detail] : undefined;
  const task = keep(taskCell) ? taskCell!.text : '';
  const details = keep(detailCell) ? detailCell!.text : '';
  const body = task && details ? `${task}${/[。；;:：]$/u.test(task) ? '' : '：'}${details}` : task || details;
  const line = `${prefix}${body}${parts.length ? `（${parts.join('；')}）` : ''}`;
  return line ? [line] : [];
}

/** A group's value that is a heading of the document's: `一、组织管理（15分）`, `（二）资源整合`. */
const GROUP_VALUE = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/u;

/** The first cell of a row of totals, or of the table's remarks. */
const TOTAL = /^(?:合计|总计|小计|共计|总数|备注|说明)$/u;

/**
 * `1` → `1. ` (`（1）` for an item's sub-items), `一` → `一、`; a label with its own punctuation
 * (`（一）`, `1.`) stays as written.
 */
function numbering(text: string, nested = false): string {
  const folded = fold(text);
  if (/^\d+$/u.test(folded)) return nested ? `（${text}）` : `${text}. `;
  if (/^[一二三四五六七八九十]+$/u.test(folded)) return `${text}、`;
  return /[.、)）]$/u.test(folded) ? text : `${text} `;
}

/**
 * The texts by column of a header's second row, when the row under the header is one: its own
 * cells all name departments or deadlines (`牵头单位｜配合单位` under a `责任单位` spanning both).
 */
function subHeader(row: GridCell[] | undefined): string[] | undefined {
  const own = row?.filter((cell) => !cell.copy && !cell.carried && cell.text) ?? [];
  const named = (text: string) =>
    text.length <= 8 && (DEPARTMENT_HEADER.test(plainHeader(text)) || DEADLINE_HEADER.test(plainHeader(text)));
  if (!row || own.length === 0 || !own.every((cell) => named(cell.text))) return undefined;
  return row.map((cell) => (!cell.copy && !cell.carried ? cell.text.replace(/\s/gu, '') : ''));
}

/** The header row's texts by column (a header cell spanning columns names each of them). */
function headerTexts(row: Element): string[] {
  return cellsOf(row).flatMap((cell) => {
    const span = Math.max(1, Number(cell.properties.colSpan ?? 1) || 1);
    return Array.from({ length: span }, () => cellText(cell, ''));
  });
}
