/**
 * A numeric cell of a workbook as Excel shows it, which is what a copy of the sheet gives: Excel keeps
 * a number (`0.95`, `46022`, `1200`) and a format that shows it (`95%`, `2025年12月31日`, `1,200`,
 * `1200万元`). A task table's target or deadline is written as shown, never as stored.
 */

/** How a cell style shows a number. */
export type NumberStyle =
  | { kind: 'date' }
  | {
      kind: 'number';
      /** Digits after the point (`0.00` → 2); undefined: as many as the number has (General). */
      decimals?: number;
      /** Shown ×100 with `%` (`0%`, `0.0%`). */
      percent: boolean;
      /** Thousands parted by commas (`#,##0`). */
      grouped: boolean;
      /** Literal text before and after the number (`0"万元"` → `万元`). */
      prefix: string;
      suffix: string;
    };

/** Built-in number formats Excel shows as dates (`14` m/d/yyyy … `22` m/d/yyyy h:mm, `57`, `58`). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 31, 36, 50, 57, 58]);
/** Built-in formats of numbers, by id: their codes (ECMA-376 part 1, 18.8.30). */
const BUILT_IN: Record<number, string> = { 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%' };
/** A format code's literal text: in quotes, or one character after a backslash. */
const LITERAL = /"([^"]*)"|\\(.)/gu;
/** A format code's placeholders of digits, the number itself. */
const DIGITS = /[0#?][0#?,.]*/u;
/** Excel's day 0 (its 1900 system, with the leap day 1900 never had). */
const EPOCH = Date.UTC(1899, 11, 30);
/** Significant digits a General cell shows at most, as Excel does. */
const GENERAL_DIGITS = 15;

/** A style's number format, from its id and the workbook's own format codes. */
export function numberStyle(id: number, custom: ReadonlyMap<number, string>): NumberStyle | undefined {
  if (DATE_FORMATS.has(id)) return { kind: 'date' };
  // Only the format of positive numbers (before `;`) and no colour or condition (`[Red]`, `[>100]`).
  const code = (custom.get(id) ?? BUILT_IN[id])?.split(';')[0]?.replace(/\[[^\]]*\]/gu, '');
  if (code === undefined || code === '' || /^general$/iu.test(code)) return undefined;
  const bare = code.replace(LITERAL, '');
  if (/[yd]/iu.test(bare)) return { kind: 'date' };
  const digits = DIGITS.exec(bare);
  if (!digits) return undefined;
  const [before = '', after = ''] = splitAtDigits(code);
  return {
    kind: 'number',
    decimals: /\.([0#?]*)/u.exec(digits[0])?.[1]?.length ?? 0,
    percent: bare.includes('%'),
    grouped: digits[0].includes(','),
    prefix: literalText(before),
    suffix: literalText(after),
  };
}

/** A stored number as its style shows it. */
export function showNumber(value: string, style: NumberStyle | undefined): string {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return value;
  if (!style) return String(Number(number.toPrecision(GENERAL_DIGITS)));
  if (style.kind === 'date') {
    const day = new Date(EPOCH + Math.round(number) * 86_400_000);
    return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  }
  const shown = (style.percent ? number * 100 : number).toLocaleString('en-US', {
    minimumFractionDigits: style.decimals,
    maximumFractionDigits: style.decimals,
    useGrouping: style.grouped,
  });
  return `${style.prefix}${shown}${style.percent ? '%' : ''}${style.suffix}`;
}

/** A format code before and after its placeholders of digits, literals left in place. */
function splitAtDigits(code: string): [string, string] {
  // Literals may hold 0 or #: look for the digits outside them only.
  const masked = code.replace(LITERAL, (literal) => ' '.repeat(literal.length));
  const match = DIGITS.exec(masked);
  if (!match) return [code, ''];
  return [code.slice(0, match.index), code.slice(match.index + match[0].length)];
}

/**
 * The text a part of a format code shows: what is quoted or escaped and plain characters, but not a
 * per cent sign (the number carries it), a space as wide as a character (`_)`) or a fill (`*-`).
 */
function literalText(part: string): string {
  return part
    .replace(
      /"([^"]*)"|\\(.)|[_*].|%|(.)/gu,
      (_, quoted?: string, escaped?: string, plain?: string) => quoted ?? escaped ?? plain ?? '',
    )
    .trim();
}
