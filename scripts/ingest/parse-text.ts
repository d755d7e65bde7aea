/**
 * unified parser: source text → `root > line*`, one node per non-blank line, with exact positions.
 * The text is never normalised here: `value` is the line minus surrounding whitespace, and positions
 * point at the raw characters. Also checks that brackets balance within each line.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import { report, spanInLine } from './messages.ts';
import type { LineNode, PolicyRoot } from './tree.ts';

const LINE_BREAK = /\r\n|\r|\n/g;
const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

export const parseText: Plugin<[], string, PolicyRoot> = function () {
  this.parser = (document: string, file: VFile) => {
    const root: PolicyRoot = { type: 'root', children: [] };
    let row = 1;
    for (const raw of splitKeepingOffsets(document)) {
      const lead = raw.text.match(LEADING)?.[0].length ?? 0;
      const value = raw.text.slice(lead).replace(TRAILING, '');
      if (value) {
        const start = { line: row, column: lead + 1, offset: raw.offset + lead };
        const end = { line: row, column: lead + value.length + 1, offset: raw.offset + lead + value.length };
        const line: LineNode = { type: 'line', value, position: { start, end } };
        root.children.push(line);
        checkBrackets(line, file);
      }
      row += 1;
    }
    if (root.children.length === 0) {
      report(file, 'parse-text:empty', 'Unexpected empty source, expected policy text', { line: 1, column: 1 });
    }
    return root;
  };
};

function* splitKeepingOffsets(text: string): Generator<{ text: string; offset: number }> {
  let offset = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    yield { text: text.slice(offset, match.index), offset };
    offset = match.index + match[0].length;
  }
  yield { text: text.slice(offset), offset };
}

/** Closing bracket(s) accepted for each opener, after width folding (（ → (, ［ → [). */
const CLOSERS: Record<string, string> = { '(': ')', '《': '》', '〔': '〕]', '[': ']〕', '【': '】', '〈': '〉' };
/** The closer to name in messages, in the width of the opener as written. */
const RAW_CLOSER: Record<string, string> = {
  '（': '）',
  '(': ')',
  '《': '》',
  '〔': '〕',
  '[': ']',
  '［': '］',
  '【': '】',
  '〈': '〉',
};
const OPENER_OF: Record<string, string> = { ')': '(', '》': '《', '〕': '〔[', ']': '[〔', '】': '【', '〉': '〈' };

/** Report the first unbalanced bracket of a line (one message per line is enough to find it). */
function checkBrackets(line: LineNode, file: VFile): void {
  const folded = fold(line.value);
  const stack: Array<{ char: string; index: number }> = [];
  for (let index = 0; index < folded.length; index++) {
    const char = folded[index]!;
    if (char in CLOSERS) {
      stack.push({ char, index });
    } else if (char in OPENER_OF) {
      const open = stack.at(-1);
      if (!open || !OPENER_OF[char]!.includes(open.char)) {
        const expected = open ? `\`${line.value[open.index]}\` to be closed first` : 'an opening bracket before it';
        report(
          file,
          'parse-text:unbalanced-bracket',
          `Unexpected closing \`${line.value[index]}\`, expected ${expected}`,
          spanInLine(line, index, index + 1),
        );
        return;
      }
      stack.pop();
    }
  }
  const open = stack.at(-1);
  if (open) {
    report(
      file,
      'parse-text:unbalanced-bracket',
      `Unexpected end of line with \`${line.value[open.index]}\` still open, expected a closing \`${RAW_CLOSER[line.value[open.index]!] ?? CLOSERS[open.char]![0]}\``,
      spanInLine(line, open.index, open.index + 1),
    );
  }
}
