/**
 * A table of bodies' duties (a 职责清单: `序号｜部门｜主要职责`), as a notice sends it, in the shapes
 * in which the ingest reads a body's duties: a row whose duties are one text is one line,
 * `<序号>. <部门>：<职责>` (`1. 省财政厅：负责…`); a row whose duties are numbered items
 * (`1.承担…；2.组织…`) is its body as a heading, `（<序号>）<部门>`, numbered above the items' level,
 * and its duties on the line below, the items under the body's name (heading-bodies.ts). A row
 * without a body of its own (its cell merged with the one above, or blank in a table typed as text)
 * goes on with the duties of the body above: its duties alone. Any other column follows as
 * `<header>：<value>`. A table without a column of numbers (a body's divisions: `科室名称｜主要职责｜联系电话`)
 * numbers its rows in order.
 */
import { fold } from '../../../src/model/fold.ts';
import { toChineseNumeral } from '../../../src/model/ids.ts';
import type { GridCell } from './table-grid.ts';
import { MAX_HEADER, NUMBER_HEADER, plainHeader } from './table-headers.ts';

/** Duties written as numbered items: `1.`, `（1）`, `①`. */
const ITEMS = /^\s*(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）]|[①-⑳])/u;

/**
 * The column of bodies: `部门`, `单位`, `成员单位`, `责任单位`, `责任主体`, and a body's divisions (`科室名称`,
 * `处室`, `内设机构`).
 */
const BODY_HEADER = /^(?:[\p{Script=Han}]{0,4}(?:部门|单位)|责任主体|机构|名称|(?:科室|处室|股室|内设机构)(?:名称)?)$/u;
/** The column of their duties: `主要职责`, `职责`, `工作职责`, `职责任务`, `主要职能`. */
const DUTY_HEADER = /职责|职能/u;

interface Columns {
  number: number;
  body: number;
  duty: number;
}

function dutyColumns(headers: readonly string[]): Columns | undefined {
  const plain = headers.map(plainHeader);
  if (plain.some((header) => header.length > MAX_HEADER)) return undefined;
  const body = plain.findIndex((header) => BODY_HEADER.test(header));
  const duty = plain.findIndex((header) => DUTY_HEADER.test(header) && !BODY_HEADER.test(header));
  if (body < 0 || duty < 0) return undefined;
  return { number: plain.findIndex((header) => NUMBER_HEADER.test(header)), body, duty };
}

/** A duty table's header row: a column of bodies and one of their duties. */
export const isDutyHeader = (headers: readonly string[]): boolean => dutyColumns(headers) !== undefined;

/** The table's rows (below its header) as lines of duties, and a note of what was done. */
export function dutyLines(
  rows: readonly GridCell[][],
  headers: readonly string[],
  notes: string[],
  numbering: (text: string) => string,
): string[] {
  const columns = dutyColumns(headers)!;
  const labels = headers.map((header) => header.replace(/\s/gu, ''));
  const others = labels.flatMap((label, column) =>
    label && column !== columns.number && column !== columns.body && column !== columns.duty ? [column] : [],
  );
  // A table without a column of numbers (`科室名称｜主要职责｜联系电话`) numbers its bodies in order.
  let position = 0;
  const read = rows.map((row) => {
    const own = (column: number) => {
      const cell = column >= 0 ? row[column] : undefined;
      return cell && !cell.copy && !cell.carried ? cell.text.trim() : '';
    };
    const body = own(columns.body);
    const extra = others.flatMap((column) => (own(column) ? [`${labels[column]}：${own(column)}`] : []));
    if (body) position += 1;
    return {
      body,
      number: body ? own(columns.number) || (columns.number < 0 ? String(position) : '') : '',
      // The fields after the duties go on after their last sentence (`负责机关日常运转；联系电话：…`).
      duty: [extra.length ? own(columns.duty).replace(/[。;；]$/u, '') : own(columns.duty), ...extra]
        .filter(Boolean)
        .join('；'),
    };
  });
  // One numbering for the table's bodies: above the items' level when any row's duties are items.
  const items = read.some((row) => ITEMS.test(row.duty));
  const [body, duty] = [labels[columns.body], labels[columns.duty]];
  notes.push(
    `职责表（${rows.length} 行，表头：${labels.filter(Boolean).join('｜')}）按行改写为${items ? `“（序号）${body}”一行、其${duty}（编号各项）下一行` : `“序号. ${body}：${duty}”`}。`,
  );
  const label = (number: string): string => {
    if (!number) return '';
    if (!items) return numbering(number);
    return `（${/^\d{1,2}$/u.test(fold(number)) ? toChineseNumeral(Number(fold(number))) : number}）`;
  };
  return read.flatMap(({ body, number, duty }) => {
    if (!body) return duty ? [duty] : [];
    if (!ITEMS.test(duty)) return [`${label(number)}${body}${duty ? `：${duty}` : ''}`];
    return [`${label(number)}${body}`, duty];
  });
}
