/**
 * unified parser: source text → `root > line*`, one node per non-blank line, with exact positions.
 * The text is never normalised here: `value` is the line minus surrounding whitespace, and positions
 * point at the raw characters. Also checks that brackets balance within each paragraph: a bracket
 * may open at the end of a line and close on the next (a title or a sentence wrapped inside
 * `《…》`), not across a blank line.
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
    const brackets = new BracketCheck(file);
    let row = 1;
    for (const raw of splitKeepingOffsets(document)) {
      const lead = raw.text.match(LEADING)?.[0].length ?? 0;
      const value = raw.text.slice(lead).replace(TRAILING, '');
      if (value) {
        const start = { line: row, column: lead + 1, offset: raw.offset + lead };
        const end = { line: row, column: lead + value.length + 1, offset: raw.offset + lead + value.length };
        const line: LineNode = { type: 'line', value, position: { start, end } };
        root.children.push(line);
        brackets.line(line);
      } else brackets.end();
      row += 1;
    }
    brackets.end();
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

interface Open {
  char: string;
  index: number;
  line: LineNode;
}

/**
 * Brackets of one paragraph (lines without a blank line between), checked line by line: the first
 * closer that closes nothing, or closes another kind, is reported where it is; a bracket still open
 * when the paragraph ends is reported where it opened. One message per paragraph is enough to find it.
 */
/** A list's label written with its closing bracket only, at the start of a line: `1）`, `2)`, `a)`. */
const HALF_BRACKET_LABEL = /^\s*(?:\d{1,3}|[a-zA-Z])\)/u;

class BracketCheck {
  private stack: Open[] = [];
  private reported = false;

  private readonly file: VFile;

  constructor(file: VFile) {
    this.file = file;
  }

  line(line: LineNode): void {
    if (this.reported) return;
    const folded = fold(line.value);
    // A label with its closing bracket only (`1）`, `a)`) opens none.
    const label = HALF_BRACKET_LABEL.exec(folded)?.[0].length ?? 0;
    for (let index = label; index < folded.length; index++) {
      const char = folded[index]!;
      if (char in CLOSERS) {
        this.stack.push({ char, index, line });
      } else if (char in OPENER_OF) {
        const open = this.stack.at(-1);
        if (!open || !OPENER_OF[char]!.includes(open.char)) {
          const expected = open
            ? `\`${open.line.value[open.index]}\` to be closed first`
            : 'an opening bracket before it';
          this.report(`Unexpected closing \`${line.value[index]}\`, expected ${expected}`, line, index);
          return;
        }
        this.stack.pop();
      }
    }
  }

  /** The paragraph ends (a blank line, the end of the text). */
  end(): void {
    const open = this.stack.at(-1);
    if (open && !this.reported) {
      const char = open.line.value[open.index]!;
      this.report(
        `Unexpected end of line with \`${char}\` still open, expected a closing \`${RAW_CLOSER[char] ?? CLOSERS[open.char]![0]}\``,
        open.line,
        open.index,
      );
    }
    this.stack = [];
    this.reported = false;
  }

  private report(reason: string, line: LineNode, index: number): void {
    report(this.file, 'parse-text:unbalanced-bracket', reason, spanInLine(line, index, index + 1));
    this.reported = true;
    this.stack = [];
  }
}
