/**
 * Where a text refers to its own tasks by their numbers (`第（一）、（二）项`, `第1—3项`, `第（四）至（六）项`,
 * `第2、5、7项`, `本方案第二部分第（四）项`, `第（二）项第1目`), or a row of a table keys its bodies by them
 * (`1—2（牵头单位：…）`, `10、11⇥县政务办⇥…`). Read on folded text (fold.ts), so every span is one of the
 * raw line too. Which tasks the numbers are is numbered-duties.ts's question.
 */
import { fold } from '../../src/model/fold.ts';
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
  /** The part it names (`第二部分`, `第三章`, `“三、重点任务”中`), by number. */
  part?: number;
  /** The part it names by its title (`保障措施部分`, `“三、重点任务”中`). */
  partTitle?: string;
  /**
   * The document it cites the tasks of (`《方案》第三部分第1、2项`): the tasks are its own only where that
   * is the document itself (numbered-duties.ts decides).
   */
  cited?: string;
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
/**
 * A list of numbers: bounded, so that a line of numbers and commas (`1，1，1，…`) is read in linear
 * time, each place it starts at scanning no more than a list's length.
 */
const LIST = `${NUMBER}(?:${BETWEEN}${NUMBER}){0,30}`;
/** A part named by its number (`本方案第二部分`, `第三章`), or by its title (`“三、重点任务”中`, `保障措施部分`). */
const PART = String.raw`(?:(?:本(?:方案|计划|意见|通知|要点|规划|办法|细则|纲要)的?)?第(${HAN}|\d+)(?:部分|章|大项|方面)|[“"]\s*(?:(${HAN})、)?\s*([^“”"]{2,12}?)\s*[”"]\s*(?:部分)?(?:中的?)?|(?<!\p{Script=Han})(?!负责|牵头|配合|会同|协助|由)((?:(?!第)\p{Script=Han}){2,8}?)部分(?:中的?)?)\s*`;
/** What an item's number may count besides tasks: `第3项指标`, `第二项标准`, `第（一）项规定`. */
const NOT_TASK = '指标|标准|规定|条件|指数|评价|得分|分值';
/** A sub-item's word (`第1目`, `第2点`, `第3小项`). */
const SUB = String.raw`第\s*(${LIST})\s*(?:目|点|小项)`;
/**
 * `第（一）、（二）项` (its part before it, its sub-items after it); without 第 where a clause opens with it
 * or `以上`, `上述` point back (`以上（一）至（四）项任务`, `；（六）项由…`, `上述1—3项工作`), a list or a
 * bracketed number only: `以上3项任务` counts tasks; a named task, `任务一至任务三由…` (not `任务十分艰巨`);
 * sub-items alone.
 */
const REFERENCE = new RegExp(
  String.raw`(?:${PART})?第\s*(${LIST})\s*项(?!${NOT_TASK})(?:\s*${SUB})?|(?<=^|[;；。，,:：]|以上|上述|前述|其中)\s*(${LIST})\s*项(?!目|${NOT_TASK})|任务(${HAN}|\d{1,2})((?:${BETWEEN}任务(?:${HAN}|\d{1,2})){0,30})(?=\s*(?:由|分别|均|[、,，;；。]))|${SUB}`,
  'gu',
);
/** An article's or a 文号's item is none of the text's tasks (`第二十条第（一）项`, `（国办发〔2011〕38号）第（二）项`). */
const CITED_BEFORE = /(?:条|款|章|号|节)[)〕\]]?\s*$/u;
/** A document cited right before (`《方案》第三部分…`), its title. */
const DOCUMENT_BEFORE = /《([^《》]{1,80})》\s*$/u;
/** What a table's row may hold between its key and its bodies: nothing, or what says the task is in the text. */
export const PLACEHOLDER = String.raw`(?:\s*\((?:略|见正文|详见正文|同上|具体见正文)[^()]{0,8}\))?`;
/**
 * A numbered line that is a table's row keyed by its task's number, after its label: nothing but a
 * placeholder before its bodies' fields (`1. （略，见正文）（牵头单位：…）`, `（七）（牵头单位：…）`).
 */
const ROW_AFTER_LABEL = new RegExp(`^${PLACEHOLDER}\\s*[(〔【]\\s*(?:牵头|责任|主办|主责)(?:单位|部门)`, 'u');
export const keysTaskRow = (afterLabel: string): boolean => ROW_AFTER_LABEL.test(afterLabel);
/** A table's row keyed by its tasks' numbers or names, before its bodies' bracket or cell. */
const ROW_KEY = new RegExp(
  String.raw`^\s*((?:任务)?(?:\d{1,3}|\(${HAN}\)|(?<=任务)${HAN})(?:${BETWEEN}(?:任务)?(?:\d{1,3}|\(${HAN}\))){0,30})${PLACEHOLDER}\s*(?=[(〔【\t])`,
  'u',
);
/** The most tasks a range may span: a longer one is no range of tasks (`第1—100项`). */
const LONGEST_RANGE = 60;

/** Whether a folded line opens with a row's key of tasks' numbers (`1—2（牵头单位：…）`). */
export const opensRow = (folded: string): boolean => ROW_KEY.test(folded);

/** The references a folded line makes to tasks by their numbers, in order. */
export function taskReferences(folded: string): TaskReference[] {
  const found: TaskReference[] = [];
  const row = ROW_KEY.exec(folded);
  if (row?.[1]) {
    const numbers = numbersOf(row[1].replace(/任务/gu, ''));
    const start = row.index + row[0].indexOf(row[1]);
    if (numbers) found.push({ start, end: start + row[1].length, numbers, row: true });
  }
  for (const match of folded.matchAll(REFERENCE)) {
    // Matches come in order; only the row's key, read first, may overlap one.
    if (found[0] && match.index < found[0].end) continue;
    const before = folded.slice(Math.max(0, match.index - 90), match.index);
    if (CITED_BEFORE.test(before.slice(-12))) continue;
    const [, part, titleNumber, title, titled, list, sub, bare, named, moreNamed, subAlone] = match;
    const written = list ?? bare ?? (named ? `${named}${(moreNamed ?? '').replace(/任务/gu, '')}` : undefined);
    // Without 第 only a list or a bracketed number: `以上3项任务` counts tasks.
    if (bare && !/[(、,，和及与至到~～—–-]/u.test(bare)) continue;
    const numbers = written ? numbersOf(written) : [];
    const subs = (sub ?? subAlone) ? numbersOf(sub ?? subAlone!) : undefined;
    if (!numbers || ((sub ?? subAlone) && !subs)) continue;
    const number = part ?? titleNumber;
    const cited = DOCUMENT_BEFORE.exec(before)?.[1];
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      ...(number ? { part: valueOf(number) } : {}),
      ...((title ?? titled) ? { partTitle: (title ?? titled)!.replace(/\s/gu, '') } : {}),
      ...(cited ? { cited } : {}),
      numbers,
      ...(subs ? { sub: subs } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
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

/**
 * The number a label writes (`（六）`, `1.`, `任务一：`, `行动二`: a named task's word is no part of it), if
 * it writes one.
 */
export function labelNumber(label: string): TaskNumber | undefined {
  const written = fold(label)
    .replace(/[.、,，:：\s]+$/u, '')
    .replace(/^(?:专项|重点)?(?:任务|行动|工程)/u, '');
  if (!/^(?:\(\s*)?(?:[一二三四五六七八九十百零〇两]+|\d+)(?:\s*\))?$/u.test(written)) return undefined;
  const number = numberOf(written);
  return Number.isFinite(number.value) ? number : undefined;
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
