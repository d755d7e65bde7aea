/**
 * The lines of a table a PDF converter laid out (layout-table.ts): each line's pieces and where they
 * stand, the lines under the header that are the table's, and its blocks of lines between blank ones.
 */
import { fold } from '../../../src/model/fold.ts';
import type { Header } from './layout-header.ts';
import { isPageNumber } from './page-furniture.ts';
import { GROUP_HEADING } from './table-headers.ts';

/** A piece of a line between spaces, where it starts (in `metric`'s columns, and in characters), and its line. */
export interface Piece {
  line: number;
  at: number;
  /** Where it starts in characters, as the line was laid out. */
  column: number;
  text: string;
}
export type Metric = (text: string) => number;
/** Columns as the converter counts them: a character each. */
export const characters: Metric = (text) => [...text].length;
/** Columns on screen: a Chinese (wide) character takes two. */
export const screen: Metric = (text) => {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
};

/** How wide a text is printed, in characters: a Chinese character is one, anything narrower half of one. */
const printed = (text: string) => screen(text) / 2;

/** A line's pieces: apart by any space, as the converter may leave one space between two cells. */
export function piecesOf(line: string, index: number, metric: Metric): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  let column = 0;
  for (const part of line.replace(/\f/gu, '').split(/([ \u3000]+)/u)) {
    if (part && !/^[ \u3000]+$/u.test(part)) pieces.push({ line: index, at, column, text: part });
    at += metric(part);
    column += characters(part);
  }
  return pieces;
}

/** A row's number standing as a cell: `1`, `12`, `3.`. */
export const ROW_NUMBER = /^\d{1,3}[.、．]?$/u;
/** What ends the table: a note under it, the next attachment. */
const AFTER_TABLE = /^(?:注|备注|说明|附件|附表)\s*\d*\s*[:：]?/u;
const key = (texts: string[]) => fold(texts.join('')).replace(/\s/gu, '');

/** The table's lines after its header: each a line of pieces, a group's heading, a blank, or a page break. */
export type BodyLine = { kind: 'row' | 'heading'; text: string } | { kind: 'blank' } | { kind: 'break' };

/**
 * The lines under the header that belong to the table, and the index after the last of them: up to a
 * note, the next attachment, a line at the margin that is no group heading or row, a paragraph indented
 * with ideographic spaces, or a line of prose running across the columns.
 */
export function bodyLines(
  lines: string[],
  header: Header,
  headerStarts: number[],
  end = lines.length,
): { body: BodyLine[]; next: number } {
  const headerKeys = header.lines.map((line) => key(line.trim().split(/\s+/u)));
  // The line of most cells: the header's own, wherever it stands; its other lines after a page break.
  const mainKey = [...headerKeys].sort((a, b) => b.length - a.length)[0];
  const body: BodyLine[] = [];
  const first = header.index + header.lines.length;
  let next = first;
  let index = first;
  for (; index < end; index++) {
    const line = lines[index]!.replace(/\f/gu, '');
    const text = line.trim();
    if (!text) {
      // A form feed alone is where a page ends.
      body.push({ kind: lines[index]!.includes('\f') ? 'break' : 'blank' });
      continue;
    }
    // The header printed again on the next page, its second line too.
    const lineKey = key(text.split(/\s+/u));
    if (isPageNumber(text) || lineKey === mainKey || (headerKeys.includes(lineKey) && body.at(-1)?.kind === 'break')) {
      body.push({ kind: 'break' });
      continue;
    }
    const start = characters(line) - characters(line.trimStart());
    const rowNumber = ROW_NUMBER.test(text.split(/\s+/u)[0]!);
    // A group's heading starts where the rows' numbers stand (`一、重点任务`, across the table).
    const heading = !/\s/u.test(text) && GROUP_HEADING.test(text) && start <= (headerStarts[0] ?? 0) + 2;
    // A paragraph indented with ideographic spaces is typed text, not a converter's layout.
    if (AFTER_TABLE.test(text) || line.includes('\t') || /^ *\u3000/u.test(line)) break;
    // A line of one piece at the margin wider than the first column is the text going on: a table at
    // the margin has several pieces on a line, or a short one in its first column (`（25分）`).
    const first = (headerStarts[1] ?? Infinity) - (headerStarts[0] ?? 0);
    if (start === 0 && !rowNumber && !heading && !/\s/u.test(text) && printed(text) > first) break;
    // One piece running past the next two header cells is a paragraph of prose, not a cell: a cell's
    // line ends before the next column, whose header stands at its middle or further right. A digit
    // or a Latin letter is half a character wide as printed.
    const limit = headerStarts.filter((at) => at > start)[1];
    if (!/\s/u.test(text) && !rowNumber && limit !== undefined && start + printed(text) > limit + 2) break;
    body.push({ kind: heading ? 'heading' : 'row', text: line });
    next = index + 1;
  }
  // Blank lines and breaks after the last row are not the table's.
  const kept = next - first;
  return { body: body.slice(0, kept), next };
}

/** Blocks of lines between blank lines (a page break also parts them), by their line indexes. */
export interface Block {
  lines: number[];
  afterBreak: boolean;
  /** A group's heading standing where the rows' numbers do (`一、主要任务`). */
  heading?: string;
}

export function blocksOf(body: BodyLine[]): Block[] {
  const blocks: Block[] = [];
  let current: number[] = [];
  let broken = false;
  let afterBreak = false;
  body.forEach((line, at) => {
    if (line.kind === 'row') {
      if (!current.length) {
        afterBreak = broken;
        broken = false;
      }
      current.push(at);
      return;
    }
    if (current.length) blocks.push({ lines: current, afterBreak });
    current = [];
    if (line.kind === 'break') broken = true;
    if (line.kind === 'heading') blocks.push({ lines: [at], afterBreak: false, heading: line.text.trim() });
  });
  if (current.length) blocks.push({ lines: current, afterBreak });
  return blocks;
}

/**
 * Whether a block of rows starts with a line above its first number (rows centred on their numbers);
 * not one a page break starts, whose first lines may be the row the page broke going on.
 */
export function aboveItsNumber(body: BodyLine[], blocks: Block[]): boolean {
  return blocks.some((block) => {
    if (block.afterBreak) return false;
    const texts = block.lines.map((at) => (body[at] as { text: string }).text.trim());
    const firstNumber = texts.findIndex((text) => ROW_NUMBER.test(text.split(/\s+/u)[0]!));
    return texts.slice(0, Math.max(0, firstNumber)).some((text) => !GROUP_HEADING.test(text));
  });
}
