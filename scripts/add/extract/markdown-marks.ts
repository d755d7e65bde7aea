/**
 * A document converted to Markdown (by a converter or a wiki) and pasted as text: its marks hide the
 * numbering, 落款 and 文号 the ingest reads (`# 一、总体要求`, `**1.落实企业主体责任。**督促…`,
 * `> 闽市监特〔2024〕47号`, `*2024年5月16日*`). They go, and the text stays: heading and quote marks,
 * bold and italic marks, escapes (`1\.`), images, links (their text kept), footnote marks (a note's
 * text kept, `注1：…`), rules; a list's `- ` item is a `——` item, as the documents write theirs; a
 * table in bars becomes the table copied with tabs (text-table.ts), an escaped bar (`\|`) kept in its
 * cell and a cell's `<br>` parting names. A text is read as Markdown only when two lines at least are
 * headings (`# …`) or a heading stands with other marks: a `#` inside a line (`#1机组`) is text.
 */

const HEADING = /^\s{0,3}#{1,6}\s+(?=\S)/u;
const QUOTE = /^\s{0,3}>\s?/u;
const BULLET = /^\s{0,3}[-+*]\s+(?=\S)/u;
const RULE = /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/u;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;
const IMAGE = /!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?/gu;
const LINK = /\[([^\]^][^\]]*)\]\([^)]*\)/gu;
const FOOTNOTE_MARK = /\[\^([^\]]+)\](?!:)/gu;
const FOOTNOTE = /^\s*\[\^([^\]]+)\]:\s*/u;
const STRONG = /\*\*(?=\S)(.+?)\*\*|__(?=\S)(.+?)__/gu;
const EMPHASIS = /(?<![\\*\w])\*(?=[^\s*])([^*\n]+?)\*(?!\*)/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/gu;
const BREAK = /<br\s*\/?>/giu;
/** A marker for an escaped bar while a table row is split at its bars. */
const ESCAPED_BAR = '\u0000';

/** Whether the lines are Markdown: two headings, or one with emphasis, a quote or a table beside it. */
function isMarkdown(lines: readonly string[]): boolean {
  const headings = lines.filter((line) => HEADING.test(line)).length;
  if (headings >= 2) return true;
  return headings === 1 && lines.some((line) => /\*\*\S/u.test(line) || TABLE_RULE.test(line) || QUOTE.test(line));
}

export function withoutMarkdown(lines: readonly string[]): { kept: string[]; marked: boolean } {
  if (!isMarkdown(lines)) return { kept: [...lines], marked: false };
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    // A table's ruling line goes, so that its rows follow its header; a rule parts paragraphs.
    if (TABLE_RULE.test(line)) continue;
    if (RULE.test(line)) {
      kept.push('');
      continue;
    }
    const row = tableRow(line, lines[index + 1], lines[index - 1]);
    if (row) {
      // A row's number marked for a note under the table (`3\*`) is the row's number.
      const cells = row.map((cell) => inline(cell).replace(BREAK, '、'));
      kept.push(cells.map((cell, column) => (column === 0 ? cell.replace(/^(\d{1,3})\*$/u, '$1') : cell)).join('\t'));
      continue;
    }
    const bare = line.replace(HEADING, '').replace(QUOTE, '');
    const note = FOOTNOTE.exec(bare);
    const text = note ? `注${note[1]}：${bare.slice(note[0].length)}` : bare.replace(BULLET, '——');
    kept.push(...inline(text).split(BREAK));
  }
  return { kept, marked: true };
}

/** A row of a table in bars (`| 1 | 任务 | 单位 |`), with a ruling line beside it, as its cells. */
function tableRow(line: string, next = '', before = ''): string[] | undefined {
  if (!/^\s*\|.*\|\s*$/u.test(line)) return undefined;
  if (!TABLE_RULE.test(next) && !/^\s*\|.*\|\s*$/u.test(before)) return undefined;
  return line
    .trim()
    .replaceAll('\\|', ESCAPED_BAR)
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.replaceAll(ESCAPED_BAR, '|').trim());
}

/** A line's inline marks removed, its text kept. */
function inline(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(FOOTNOTE_MARK, '')
    .replace(STRONG, (_, strong?: string, under?: string) => strong ?? under ?? '')
    .replace(EMPHASIS, '$1')
    .replaceAll('**', '')
    .replace(ESCAPE, '$1');
}
