/**
 * Where a text refers to its own tasks by their numbers (`第（一）、（二）项`, `第1—3项`, `第（四）至（六）项`,
 * `第2、5、7项`, `本方案第二部分第（四）项`, `第（二）项第1目`), or a row of a table keys its bodies by them
 * (`1—2（牵头单位：…）`, `10、11⇥县政务办⇥…`). Read on folded text (fold.ts), so every span is one of the
 * raw line too. Which tasks the numbers are is numbered-duties.ts's question.
 */
import { chineseNumeralValue } from '../../src/model/ids.ts';

/** How a label writes its number: `（一）`, `一`, `1`, `（1）`. */
export type NumberStyle = 'han-bracket' | 'han' | 'digit' | 'digit-bracket';

/** A task's number as a reference or a label writes it. */
export interface TaskNumber {
  value: number;
  style: NumberStyle;
}

/** One reference: the numbers it names (ranges spelled out), in the part it names, and their sub-items. */
export interface TaskReference {
  /** Where it is in the folded line, `[start, end)`. */
  start: number;
  end: number;
  /** The part it names (`第二部分`, `第三章`), by number. */
  part?: number;
  /** The tasks' numbers; empty for sub-items alone (`其中第3目`), which are the last task's named before. */
  numbers: TaskNumber[];
  /** The sub-items of the one task it names (`第（二）项第1目`), or of the last task named before. */
  sub?: TaskNumber[];
  /** A task numbered by a table's row key (`1—2（…）`), not by a sentence. */
  row?: true;
}

const HAN = '[一二三四五六七八九十百零〇两]+';
const NUMBER = String.raw`(?:\(\s*(?:${HAN}|\d+)\s*\)|${HAN}|\d+)`;
/** Between numbers of a list (`、`, `和`) or a range (`至`, `—`, `～`). */
const BETWEEN = String.raw`\s*(?:[、,，和及与]|至|到|[~～—–-]{1,2})\s*`;
const LIST = `${NUMBER}(?:${BETWEEN}${NUMBER})*`;
const PART = String.raw`(?:本(?:方案|计划|意见|通知|要点|规划|办法|细则|纲要)的?)?第(${HAN}|\d+)(?:部分|章|大项|方面)\s*`;
/** A sub-item's word (`第1目`, `第2点`, `第3小项`). */
const SUB = String.raw`第\s*(${LIST})\s*(?:目|点|小项)`;
const REFERENCE = new RegExp(String.raw`(?:${PART})?第\s*(${LIST})\s*项(?:\s*${SUB})?|${SUB}`, 'gu');
/** An article's or another document's item is none of the text's tasks (`第二十条第（一）项`, `《…》第3项`). */
const CITED_BEFORE = /(?:条|款|章|》|号|节)\s*$/u;
/** A table's row keyed by its tasks' numbers, before its bodies' bracket or cell. */
const ROW_KEY = new RegExp(String.raw`^\s*(\d{1,3}(?:${BETWEEN}\d{1,3})*)\s*(?=[(〔【\t])`, 'u');
/** The most tasks a range may span: a longer one is no range of tasks (`第1—100项`). */
const LONGEST_RANGE = 60;

/** Whether a folded line opens with a row's key of tasks' numbers (`1—2（牵头单位：…）`). */
export const opensRow = (folded: string): boolean => ROW_KEY.test(folded);

/** The references a folded line makes to tasks by their numbers, in order. */
export function taskReferences(folded: string): TaskReference[] {
  const found: TaskReference[] = [];
  const row = ROW_KEY.exec(folded);
  if (row?.[1]) {
    const numbers = numbersOf(row[1]);
    if (numbers) found.push({ start: row.index + row[0].indexOf(row[1]), end: row[0].length, numbers, row: true });
  }
  for (const match of folded.matchAll(REFERENCE)) {
    if (CITED_BEFORE.test(folded.slice(Math.max(0, match.index - 12), match.index))) continue;
    const [, part, list, sub, subAlone] = match;
    const numbers = list ? numbersOf(list) : [];
    const subs = (sub ?? subAlone) ? numbersOf(sub ?? subAlone!) : undefined;
    if (!numbers || ((sub ?? subAlone) && !subs)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      ...(part ? { part: valueOf(part) } : {}),
      numbers,
      ...(subs ? { sub: subs } : {}),
    });
  }
  return found;
}

/** The numbers a list writes, its ranges spelled out; undefined if a range runs backwards or too far. */
function numbersOf(list: string): TaskNumber[] | undefined {
  const numbers: TaskNumber[] = [];
  let range = false;
  for (const token of list.matchAll(new RegExp(`(${NUMBER})|(${BETWEEN})`, 'gu'))) {
    if (token[2] !== undefined) {
      range = !/[、,，和及与]/u.test(token[2]);
      continue;
    }
    const number = numberOf(token[1]!);
    const last = numbers.at(-1);
    if (range && last) {
      if (number.value <= last.value || number.value - last.value > LONGEST_RANGE) return undefined;
      for (let value = last.value + 1; value < number.value; value++) numbers.push({ value, style: last.style });
    }
    numbers.push(number);
    range = false;
  }
  return numbers;
}

/** A number as written, with its style. */
export function numberOf(written: string): TaskNumber {
  const bracket = written.startsWith('(');
  const inner = written.replace(/[()\s]/gu, '');
  const han = !/\d/u.test(inner);
  const style: NumberStyle = han ? (bracket ? 'han-bracket' : 'han') : bracket ? 'digit-bracket' : 'digit';
  return { value: valueOf(inner), style };
}

const valueOf = (written: string): number => chineseNumeralValue(written) ?? Number(written);
