/**
 * The note under a title that says who issued it and when, in place of a signature, as a gazette or
 * a portal prints a 三定规定 or a joint office's document: `（峤委办发〔2019〕17号 2019年2月26日中共峤南省
 * 委办公厅、峤南省人民政府办公厅印发）`, `（2021年3月5日中共某省委办公厅、某省人民政府办公厅印发）`. Its
 * 文号, date and issuers are the document's own, stated.
 */
import { findDate } from '../../../src/model/written-date.ts';
import { isIssueNote } from '../../ingest/line-shapes.ts';
import { DOC_NUMBER, halfWidthDigits } from './doc-number.ts';
import { unbracket } from './lines.ts';
import type { Found, TextLine } from './lines.ts';

/** How far from the top the note stands: under a title of up to three lines, and a page's fields. */
const WITHIN_LINES = 12;
/** A body's name as it signs: its kind at its end. */
const BODY = /^\p{Script=Han}{2,30}(?:办公厅|办公室|政府|委员会|厅|局|委|部|院|署|办)$/u;

export interface IssueNote {
  issuer: Found;
  date: Found;
  docNumber?: Found;
}

export function readIssueNote(lines: TextLine[]): IssueNote | undefined {
  for (const line of lines.slice(0, WITHIN_LINES)) {
    const inner = isIssueNote(line.text) ? unbracket(line.text)?.inner.trim() : undefined;
    if (!inner) continue;
    const number = DOC_NUMBER.exec(inner);
    const numbered = number?.index === 0 ? number[0] : '';
    const rest = inner.slice(numbered.length).trimStart();
    const date = findDate(rest);
    if (!date || date.index !== 0) continue;
    const bodies = rest
      .slice(date.length, -2)
      .split(/[、和]/u)
      .map((body) => body.trim());
    if (bodies.length === 0 || !bodies.every((body) => BODY.test(body))) continue;
    // Each name as written: `text` is `raw` folded, at the same offsets. Joint issuers are parted by
    // a space, as a joint title writes them.
    const written = (text: string) => {
      const at = line.text.indexOf(text);
      return line.raw.slice(at, at + text.length);
    };
    return {
      issuer: { value: bodies.map(written).join(' '), lines: [line.number] },
      date: { value: date.iso, lines: [line.number] },
      ...(numbered ? { docNumber: { value: halfWidthDigits(written(numbered.trim())), lines: [line.number] } } : {}),
    };
  }
  return undefined;
}
