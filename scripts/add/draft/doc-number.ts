/**
 * The document's own 文号: a `文号：` header field, or a line that is only a 文号, bracketed or not
 * (`冀政办字〔2016〕12号`, `（冀政发[2023]5号）`). A 文号 inside a sentence is a citation of another
 * document, never this one's. The value is kept exactly as written (brackets, digits, with or
 * without 号).
 */
import { fold } from '../../../src/model/fold.ts';
import type { HeaderField } from './header.ts';
import { unbracket } from './lines.ts';
import type { Found, TextLine } from './lines.ts';

/** On folded text: （）［］ are ()[] here; 〔〕【】 do not fold. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号?/u;

/** How far down the frame a 文号 line may be. */
const FRAME_LINES = 60;

/**
 * A `文号：` field's value may be the number alone, as minutes and joint meetings number their papers
 * (`〔2024〕7号`): the field says it is the 文号.
 */
const FIELD_NUMBER = /(?:[\u4e00-\u9fff]{1,12}\s*)?[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号/u;

export function readDocNumber(lines: TextLine[], header: HeaderField | undefined): Found | undefined {
  if (header) {
    const match = DOC_NUMBER.exec(fold(header.value)) ?? FIELD_NUMBER.exec(fold(header.value));
    if (match)
      return {
        value: halfWidthDigits(header.value.slice(match.index, match.index + match[0].length)),
        lines: header.lines,
      };
  }
  for (const line of lines.slice(0, FRAME_LINES)) {
    const alone = docNumberAlone(line);
    if (alone) return { value: halfWidthDigits(alone), lines: [line.number] };
  }
  return undefined;
}

/** A 文号 is an identifier: its digits are written half-width (`闽政〔２０２０〕８号` → `闽政〔2020〕8号`). */
export function halfWidthDigits(value: string): string {
  return value.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** The 文号 of a line that is only a 文号 (bracketed or not), as written. */
export function docNumberAlone(line: TextLine): string | undefined {
  const inner = unbracket(line.text);
  const text = inner ? inner.inner : line.text;
  const offset = inner ? inner.offset : 0;
  const match = DOC_NUMBER.exec(text);
  if (!match || match.index !== 0) return undefined;
  // Alone, or with its 签发人 beside it as a printed head sets them (`湘市监函〔2024〕47号 签发人：刘某`).
  const rest = text.slice(match[0].length).trim();
  // Or with the other joint issuers' beside it (`沅财资环〔2024〕19号    岚财资环〔2024〕11号`): the first is the lead's.
  const others = rest.split(/\s{2,}/u).every((number) => DOC_NUMBER.exec(number)?.[0] === number);
  if (rest && !/^签发人\s*:/u.test(rest) && !(/\s{2,}/u.test(text.slice(match[0].length)) && others)) return undefined;
  return line.raw.slice(offset, offset + match[0].length);
}

/** The year of a 文号 (`冀政发〔2023〕5号` → 2023). */
export function docNumberYear(value: string): string | undefined {
  return /\d{4}/u.exec(fold(value))?.[0];
}
