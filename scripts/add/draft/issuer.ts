/**
 * The issuing body: a `发文机关：` header field, else the signature (the short line right above the
 * signature date), else the body named before 关于 in the title (`河北省人民政府办公厅关于印发…`).
 */
import { dateAlone } from './date.ts';
import type { HeaderField } from './header.ts';
import type { Found, TextLine } from './lines.ts';
import { endsLikeTitle, nextNonBlank } from './title-lines.ts';

const SENTENCE = /[。,;:!?、]/u;

export function readIssuer(lines: TextLine[], header: HeaderField | undefined, fromTitle: Found | undefined) {
  if (header) return { value: header.value, lines: header.lines };
  return signature(lines) ?? fromTitle;
}

/** The first signature line: short, unpunctuated, right above an unbracketed date line. */
export function signature(lines: TextLine[]): Found | undefined {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.text || line.text.length > 40 || SENTENCE.test(line.text) || endsLikeTitle(line.text)) continue;
    if (dateAlone(line) || /^[([〔【]/u.test(line.text) || /^\d/u.test(line.text)) continue;
    const next = nextNonBlank(lines, index + 1);
    const date = next === undefined ? undefined : dateAlone(lines[next]!);
    if (date && !date.bracketed) return { value: line.raw, lines: [line.number] };
  }
  return undefined;
}
