/**
 * Numbering labels of the policy-document family, on folded text: a chapter `一、`/`第一章`, an article
 * `第一条`, an item `（一）` or a named action `行动一：`, a sub-item `1.`, a sub-sub-item `（1）`/`①`, a
 * bullet `——`, and a decimal outline's `1.1`, each with its value.
 */
import { chineseNumeralValue } from '../../src/model/ids.ts';

/** Chinese numerals, as a label writes them (`十二`, `二十`, `一百`). */
export const CN = '[一二三四五六七八九十百零〇两]+';
/** What numerals listed in a sentence count (`一、二类`, `三、四部分`): never a chapter's title after them. */
export const COUNTED = '类|级|档|等|星|期|批|部分|项|条|款|章|节';
/** The numeral after the first of a list of them, and what they count: `三、四部分`, `一、二类`. */
const NUMERAL_LISTED = String.raw`[一二三四五六七八九十](?:、[一二三四五六七八九十])*(?:${COUNTED})`;

/**
 * What follows an article cited in a sentence, never the text of the article itself: `第八条规定`,
 * `第八条所列`, and the bracket or stop a wrap may bring to a line's start with it (`…（见` / `第二十条）。`).
 */
const CITED_ARTICLE = String.raw`(?:规定|所列|所称|所述|之规定|的规定|至第|和第|、第|[)\]〕】。;])`;
/**
 * What follows a part cited in a sentence, never its title, brought to a line's start by a wrap
 * (`…确保` / `第二部分确定的各项目标如期实现`, `第三章规定的`).
 */
const CITED_PART = String.raw`(?:${CITED_ARTICLE}|(?:确定|明确|提出|部署|列出)的|的)`;

/** A numbered label at the start of a line, with its level (0 = chapter … 5 = bullet). */
export interface Label {
  role: 'chapter' | 'article' | 'item' | 'subitem' | 'subsubitem' | 'bullet';
  /** Length of the label in the line (including a following separator and space). */
  length: number;
  /** Numeric value (1-based); bullets have none. */
  value?: number;
  /** Cited with its dot at any level: a flattened list's `1.` (flat-numbering.ts). */
  dotted?: boolean;
}

/**
 * After a decimal outline's number, what makes it a figure or a reference instead: a measure word
 * (`5.5批次以上`, `3.5个百分点`, `11.6件`), a clause's (`4.2条的要求`, not `3.2条件`, `2.1项目`), or a month's, after
 * an item's number and a date (`1.6月底前，…`: item 1, by the end of June), or what cites a clause, which a
 * wrap may bring to a line's start (`…可直接启动本预案` / `4.2.2 规定的Ⅱ级响应。`).
 */
const NOT_AFTER_OUTLINE = String.raw`[\d.%万亿千百倍升米克]|规定的|所列|所称|所述|之规定|的规定|条(?!件)|款|项(?!目)|批|个|家|元|吨|件|台|套|户|次|辆|亩|公里|小时|月(?!度)`;
/**
 * A decimal outline's number before its title (`4.1.1 Ⅰ级响应`, `4.2.4 IV级响应` in Latin letters, `1.1编制目的`),
 * its last number captured.
 */
const outline = (number: string) =>
  new RegExp(String.raw`${number}(?!\s*(?:${NOT_AFTER_OUTLINE}))\s*(?=[\u4e00-\u9fff("“Ⅰ-Ⅻ]|[IVX]{1,4}级)`, 'u');

/** The dots and commas Chinese typesetting puts after a number (after folding: ．→ . ，→ ,). */
const DOT = '[、,.。·・‧]';
const LABELS: Array<{
  role: Label['role'];
  pattern: RegExp;
  numeral: 'cn' | 'arabic' | 'cn-or-arabic' | 'circled' | 'none';
}> = [
  // A date may follow `、` (`一、2022年6月底前，…`); after a dot a digit would make a decimal. Not
  // numerals listed in a sentence that a wrap brought to a line's start (`三、四部分要求`, `一、二类`).
  {
    role: 'chapter',
    pattern: new RegExp(`^(${CN})\\s*(?:、|${DOT}(?!\\d))(?!${NUMERAL_LISTED})\\s*`),
    numeral: 'cn',
  },
  // A 人大 portal sets a chapter's number out with spaces (`第 一 章 总 则`, full-width spaces in the title too).
  {
    role: 'chapter',
    pattern: new RegExp(`^第\\s?(${CN})\\s?(?:章|部分|篇|节)(?!${CITED_PART})\\s*[、,.:]?\\s*`),
    numeral: 'cn',
  },
  // A roman numeral in one glyph with its mark (`Ⅰ、`, `Ⅱ.`), as a table's categories are numbered; not
  // an emergency plan's level (`Ⅰ级响应`).
  { role: 'chapter', pattern: /^([Ⅰ-Ⅻ])\s*[、.]\s*/, numeral: 'circled' },
  {
    role: 'chapter',
    pattern: new RegExp(`^第(\\d{1,3})(?:章|部分|篇|节)(?!${CITED_PART})\\s*[、,.:]?\\s*`),
    numeral: 'arabic',
  },
  // Not a reference to an article's part (`第二十条第（一）项`, a report's table caption), nor to what it
  // provides, brought to a line's start by a wrap (`违反本办法` / `第八条规定使用资金的`).
  { role: 'article', pattern: new RegExp(`^第(${CN})条(?!\\s*第|${CITED_ARTICLE})\\s*[、,.:]?\\s*`), numeral: 'cn' },
  {
    role: 'article',
    pattern: new RegExp(`^第(\\d{1,3})条(?!\\s*第|${CITED_ARTICLE})\\s*[、,.:]?\\s*`),
    numeral: 'arabic',
  },
  // Not a cited item, which a wrap may bring to a line's start (`违反本办法第九条第` / `（三）项规定的`).
  { role: 'item', pattern: new RegExp(`^\\((${CN})\\)(?!项(?!目)|款)\\s*${DOT}?\\s*`), numeral: 'cn' },
  // The same in one glyph (`㈠`, U+3220…), as some typesetting writes it.
  { role: 'item', pattern: /^([㈠-㈩])\s*/, numeral: 'circled' },
  // A named action, project or task of a plan, at the level of a （一） item: `行动一：质量标杆培育行动`,
  // `专项行动2、…`, `工程三 …`, `任务一：建设…` (the tasks under it are often numbered on across them:
  // 1. 2. | 3. 4.).
  {
    role: 'item',
    pattern: new RegExp(`^(?:专项|重点)?(?:行动|工程|任务)(${CN}|\\d{1,2})\\s*(?:[:、.]|\\s)\\s*(?=\\S)`),
    numeral: 'cn-or-arabic',
  },
  // A rectification's problem, numbered over the tasks that put it right (`问题1：…` / `整改措施：` /
  // `1.…`), under its group (`（一）…方面`): unit-stack.ts nests it between an item and a sub-item.
  { role: 'item', pattern: new RegExp(`^问题\\s*(${CN}|\\d{1,2})\\s*[:、.]\\s*(?=\\S)`), numeral: 'cn-or-arabic' },
  // The decimal outline of an emergency plan or a standard (`1 总则` / `1.1 编制目的` / `4.1.1 Ⅰ级响应`):
  // each further number a level down, from 1; never a figure (`1.5万吨`, `2.5%`, `5.5批次`, `2.0升及以下排量`) nor a reference to
  // a clause, which a wrapped line may start with (`…按照本手册第` / `4.2条执行`).
  {
    role: 'subsubitem',
    pattern: outline(String.raw`^\d{1,2}\.\d{1,2}\.\d{1,2}\.([1-9]\d?)`),
    numeral: 'arabic',
  },
  {
    role: 'subitem',
    pattern: outline(String.raw`^\d{1,2}\.\d{1,2}\.([1-9]\d?)`),
    numeral: 'arabic',
  },
  {
    role: 'item',
    pattern: outline(String.raw`^\d{1,2}\.([1-9]\d?)`),
    numeral: 'arabic',
  },
  // A digit after the dot makes a decimal (`5.2%`), but not a year or a number of three digits or more
  // before text (`1.2024年底前…`, `1．12315投诉举报…`), nor a date (`1．6月底前，…`), and neither does
  // one after `、`, but for a year or such a number (`3、4月份` is two months).
  {
    role: 'subitem',
    pattern: new RegExp(
      `^(\\d{1,3})\\s*(?:${DOT}(?!\\d)|${DOT}(?=\\d{3,}[\\u4e00-\\u9fff])|[.。·・‧](?=\\d{1,2}月(?!度|份)))\\s*`,
      'u',
    ),
    numeral: 'arabic',
  },
  { role: 'subitem', pattern: /^(\d{1,3})\s+(?![年月日号%])/, numeral: 'arabic' },
  { role: 'subsubitem', pattern: new RegExp(`^\\((\\d{1,3})\\)\\s*${DOT}?\\s*`), numeral: 'arabic' },
  { role: 'subsubitem', pattern: /^(\d{1,3})\)\s*/, numeral: 'arabic' },
  // A number and its full stop in one glyph (`⒈`, U+2488…): a sub-item, as `1.` is.
  { role: 'subitem', pattern: /^([⒈-⒛])\s*/, numeral: 'circled' },
  { role: 'subsubitem', pattern: /^([①-⑳])\s*/, numeral: 'circled' },
  { role: 'subsubitem', pattern: /^([⑴-⒇])\s*/, numeral: 'circled' },
  // Not the end mark of a WeChat article (`- END -`).
  { role: 'bullet', pattern: /^(?:-{1,2}|—{1,2}|–{1,2}|·|•|●|▪|■|◆)(?!\s*END\s*[-—–]*$)\s*/, numeral: 'none' },
];

/** The numbering label at the start of a folded line, if any. */
export function matchLabel(folded: string): Label | undefined {
  for (const { role, pattern, numeral } of LABELS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // A chapter label must be followed by text, not be a bare enumeration inside a sentence.
    if (match[0].length >= folded.length) continue;
    const digits = match[1];
    let value: number | undefined;
    if (numeral === 'cn' || (numeral === 'cn-or-arabic' && !/^\d/u.test(digits!))) value = chineseNumeralValue(digits!);
    else if (numeral === 'arabic' || numeral === 'cn-or-arabic') value = Number(digits);
    else if (numeral === 'circled') value = circledValue(digits!);
    if (numeral !== 'none' && value === undefined) continue;
    return { role, length: match[0].length, value };
  }
  return undefined;
}

/** One glyph's number: ① → 1, ⑴ → 1, ⒈ → 1, ㈠ → 1, Ⅰ → 1. */
function circledValue(char: string): number {
  const code = char.codePointAt(0)!;
  const first = [0x3220, 0x2488, 0x2474, 0x2460, 0x2160].find((start) => code >= start)!;
  return code - first + 1;
}
