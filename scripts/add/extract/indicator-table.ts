/**
 * A plan's table of main indicators (主要指标表): a header with an indicator column (指标, 指标名称,
 * 主要指标) and year columns (`2020年`, `2025年`, `2025年目标值`, `基期值`, `目标值`), often a unit
 * column (单位) and an attribute column (属性: 预期性/约束性). Written row by row as a goal, in the
 * words the ingest reads targets from, so that each indicator's goal is a target and its base
 * value is not:
 *   `1. 制造业产品质量合格率到2025年达到95%。2020年基期值：93.5%。属性：预期性。`
 * The unit is the unit column's, else the indicator's own bracket (`合格率（%）`); `≥95`, `95以上`
 * become `95%以上`, `≤0.15` `控制在0.15以下`; a value in words (`持续提升`) is kept as it is. The
 * earliest year column is the base when there are several, as is a column headed 基期/基准/现状;
 * every other year column is a goal of its year. Other columns follow as `<header>：<value>。`.
 */
import { fold } from '../../../src/model/fold.ts';
import type { GridCell } from './table-grid.ts';
import { NUMBER_HEADER } from './table-headers.ts';

const INDICATOR_HEADER = /^(?:主要|具体|核心)?指标(?:名称)?$/u;
const UNIT_HEADER = /^(?:计量)?单位$/u;
const YEAR_HEADER = /^(\d{4})\s*年?(?:底|末)?(?:目标值?|预期值?|规划值?|实际值?|完成值?|值)?$/u;
const BASE_HEADER = /基期|基准|现状|基数/u;
const TARGET_HEADER = /目标|预期|规划/u;
const EMPTY = /^[\s\-—–/／\\、]*$/u;

const plain = (header: string) => fold(header).replace(/\s/gu, '');

interface Columns {
  number: number;
  indicator: number;
  unit: number;
  /** Value columns: the year each is of (undefined: a 目标值 without one), and whether it is the base. */
  values: Array<{ column: number; year?: number; base: boolean }>;
  others: number[];
}

function columnsOf(headers: readonly string[]): Columns | undefined {
  const texts = headers.map(plain);
  const indicator = texts.findIndex((text) => INDICATOR_HEADER.test(text));
  if (indicator < 0) return undefined;
  const values = texts.flatMap((text, column): Columns['values'] => {
    const year = YEAR_HEADER.exec(text)?.[1];
    if (year) return [{ column, year: Number(year), base: BASE_HEADER.test(text) }];
    if (BASE_HEADER.test(text) || (TARGET_HEADER.test(text) && /值|目标$/u.test(text)))
      return [{ column, base: BASE_HEADER.test(text) }];
    return [];
  });
  if (!values.some((value) => !value.base)) return undefined;
  // The earliest of several year columns, none of them headed as a goal, is where the plan starts from.
  const years = values.filter((value) => value.year !== undefined && !value.base);
  if (!values.some((value) => value.base) && years.length > 1) {
    const earliest = years.reduce((first, value) => (value.year! < first.year! ? value : first));
    if (!TARGET_HEADER.test(texts[earliest.column]!)) earliest.base = true;
  }
  const number = texts.findIndex((text) => NUMBER_HEADER.test(text));
  const unit = texts.findIndex((text) => UNIT_HEADER.test(text));
  const used = new Set([number, indicator, unit, ...values.map((value) => value.column)]);
  const others = texts.flatMap((text, column) => (used.has(column) || !text ? [] : [column]));
  return { number, indicator, unit, values, others };
}

/** A header row of a table of main indicators. */
export function isIndicatorHeader(headers: readonly string[]): boolean {
  return columnsOf(headers) !== undefined;
}

/** The table's rows (under its header row) as goal lines; `notes` says what was done. */
export function indicatorLines(rows: GridCell[][], headers: readonly string[], notes: string[]): string[] {
  const columns = columnsOf(headers)!;
  const labels = headers.map((header) => header.replace(/\s/gu, ''));
  notes.push(
    `主要指标表（${rows.length} 行，表头：${labels.filter(Boolean).join('｜')}）按行改写为“序号. 指标到某年达到目标值。基期值：…”。`,
  );
  return rows.flatMap((row) => {
    const text = (column: number) => (column >= 0 ? (row[column]?.text ?? '').trim() : '');
    const own = row.filter((cell) => !cell.copy && cell.text.trim());
    // One cell across the table (a group heading such as `质量效益`) is written as it is.
    if (own.length === 1 && own[0] !== row[columns.indicator]) return [own[0]!.text];
    const named = text(columns.indicator);
    if (!named) return [];
    const bracket = /[（(]([^（）()]{1,10})[)）]$/u.exec(named);
    const metric = bracket ? named.slice(0, bracket.index) : named;
    const unit = text(columns.unit) || bracket?.[1] || '';
    const goals = columns.values
      .filter((value) => !value.base && !EMPTY.test(text(value.column)))
      .map((value, index) => {
        const stated = valueWithUnit(text(value.column), unit);
        const when = value.year ? `到${value.year}年` : '';
        return `${index === 0 ? metric : ''}${when}${stated}`;
      });
    const base = columns.values
      .filter((value) => value.base && !EMPTY.test(text(value.column)))
      .map(
        (value) => `${value.year ? `${value.year}年` : ''}基期值：${valueWithUnit(text(value.column), unit, false)}。`,
      );
    const others = columns.others
      .filter((column) => !EMPTY.test(text(column)))
      .map((column) => `${labels[column]}：${text(column)}。`);
    const number = text(columns.number);
    const prefix = number ? `${/^\d+$/u.test(fold(number)) ? `${number}. ` : `${number} `}` : '';
    const goal = goals.length ? `${goals.join('，')}。` : `${metric}。`;
    return [`${prefix}${goal}${base.join('')}${others.join('')}`];
  });
}

/**
 * A cell's value with its unit, as a goal says it (`达到95%`, `达到95%以上`, `控制在0.15以下`,
 * `累计达到80项`), or as a base states it (`93.5%`, `累计45项`). A value in words stays as written.
 */
function valueWithUnit(cell: string, unit: string, goal = true): string {
  // A value in brackets is a total over the plan's years (`[80]`, as the table's 注 says: [ ]内为五年累计数).
  const total = /^[[〔【(]([\d.]+)[\]〕】)]$/u.exec(fold(cell).replace(/\s/gu, ''));
  if (total) return `${goal ? '累计达到' : '累计'}${fold(unit) === '%' ? `${total[1]}%` : `${total[1]}${unit}`}`;
  const folded = fold(cell).replace(/\s/gu, '');
  const withUnit = (number: string) => (fold(unit) === '%' ? `${number}%` : `${number}${unit}`);
  const bound = /^([≥>≧＞]|[≤<≦＜])([\d.]+)$/u.exec(folded);
  const words = /^([\d.]+)(%|‰)?(以上|以下|以内|左右)?$/u.exec(folded);
  let value: string;
  let below = false;
  if (bound) {
    below = /[≤<≦＜]/u.test(bound[1]!);
    value = `${withUnit(bound[2]!)}${below ? '以下' : '以上'}`;
  } else if (words) {
    below = words[3] === '以下' || words[3] === '以内';
    value = `${words[2] ? `${words[1]}${words[2]}` : withUnit(words[1]!)}${words[3] ?? ''}`;
  } else return cell;
  if (!goal) return value;
  return `${below ? '控制在' : '达到'}${value}`;
}
