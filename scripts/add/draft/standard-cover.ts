/**
 * The cover of a local standard (地方标准), which has no signature and no 文号: its code
 * (`DB33/T 2468—2025`) stands under the `DB33` mark and `浙江省地方标准`, its title under the code
 * (its English title after it), then the dates of publication and of effect
 * (`2025-08-20发布 2025-09-20实施`) and the body that publishes it (`浙江省市场监督管理局 发布`).
 * The code is the standard's number, as a 文号 is a document's; the date of publication its date.
 */
import { findDate } from './date.ts';
import type { Found, TextLine } from './lines.ts';

export interface StandardCover {
  /** `DB33/T 2468—2025`, as written. */
  code: Found;
  title?: Found;
  issuer?: Found;
  /** The date of publication (`…发布`), ISO. */
  published?: Found;
  /** The date it takes effect (`…实施`), ISO. */
  effective?: Found;
}

/** How far from the top the code stands: under the ICS and CCS numbers, the mark and the kind. */
const CODE_WITHIN = 12;
/** How far below the code the cover runs: a title of up to three lines, its English, dates, body. */
const COVER_LINES = 14;

/**
 * A local standard's code on folded text: `DB33/T 2468—2025`, a city's `DB3301/T 45-2024`, a
 * mandatory `DB33 1234—2025`, with a part's number (`DB33/T 1234.2—2025`).
 */
const CODE = /^DB\s*\d{2}(?:\d{2}){0,2}\s*(?:\/\s*T\s*)?\d{1,5}(?:\.\d{1,2})?\s*[-—–―─]{1,2}\s*\d{4}$/u;
const DATED = /(\S+?)\s*(发布|实施)/gu;
const PUBLISHER = /^(\S.{1,40}?)\s*(?:联合)?发\s*布$/u;
/** An English title, a translation of the Chinese one: not part of it. */
const LATIN = /^[\x20-\x7e]+$/u;

export function readStandardCover(lines: TextLine[]): StandardCover | undefined {
  const written = lines.filter((line) => line.text !== '');
  const at = written.slice(0, CODE_WITHIN).findIndex((line) => CODE.test(line.text));
  if (at < 0) return undefined;
  const code = written[at]!;
  const cover: StandardCover = { code: { value: code.raw, lines: [code.number] } };
  const titleLines: TextLine[] = [];
  for (const line of written.slice(at + 1, at + 1 + COVER_LINES)) {
    const dated = [...line.text.matchAll(DATED)].flatMap((match) => {
      const date = findDate(match[1]!);
      return date && date.length === match[1]!.length ? [{ iso: date.iso, what: match[2] }] : [];
    });
    if (dated.length) {
      for (const { iso, what } of dated) {
        const found = { value: iso, lines: [line.number] };
        if (what === '发布') cover.published ??= found;
        else cover.effective ??= found;
      }
      continue;
    }
    const publisher = PUBLISHER.exec(line.text);
    if (publisher && cover.published) {
      cover.issuer = { value: line.raw.slice(0, publisher[1]!.length), lines: [line.number] };
      break;
    }
    // The title is the Chinese lines right under the code, before its English and the dates.
    if (!cover.published && !LATIN.test(line.text) && titleLines.length < 3 && !/\s{2,}/u.test(line.text)) {
      if (titleLines.length === 0 || titleLines.at(-1)!.number === line.number - 1) titleLines.push(line);
    }
  }
  if (titleLines.length)
    cover.title = { value: titleLines.map((line) => line.raw).join(''), lines: titleLines.map((line) => line.number) };
  return cover;
}
