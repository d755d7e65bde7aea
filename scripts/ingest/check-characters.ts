/**
 * Warns about characters that show as nothing (invisible format characters) or reorder the display
 * of the text around them (bidirectional controls), each at its position, with the surrounding text
 * escaped so the message shows what the eye cannot. The text itself is kept as is. The plugin checks
 * a source's lines; the CLI checks sidecars with the same function.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { BIDI, INVISIBLE, describeCharacter, escapeInvisible } from './invisible-characters.ts';
import { report, spanInLine } from './messages.ts';
import type { RuleId } from './rules.ts';
import type { PolicyRoot } from './tree.ts';

/** Characters of context shown on each side of the character. */
const CONTEXT = 6;

export interface HiddenCharacter {
  /** Offset in the text checked. */
  index: number;
  rule: RuleId;
  reason: string;
}

/** Every invisible character and bidi control of one line of text. */
export function hiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  for (const [pattern, rule, what, expected] of [
    [INVISIBLE, 'check-characters:invisible', 'invisible', 'visible characters only'],
    [BIDI, 'check-characters:bidi', 'bidirectional control', 'no direction controls in policy text'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const context = text.slice(Math.max(0, match.index - CONTEXT), match.index + CONTEXT + 1);
      const reason = `Unexpected ${what} ${describeCharacter(match[0])} in \`${escapeInvisible(context)}\`, expected ${expected}`;
      found.push({ index: match.index, rule, reason });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export const checkCharacters: Plugin<[], PolicyRoot> = function () {
  return (tree: PolicyRoot, file: VFile) => {
    for (const line of tree.children) {
      if (line.type !== 'line') continue;
      for (const { index, rule, reason } of hiddenCharacters(line.value))
        report(file, rule, reason, spanInLine(line, index, index + 1));
    }
  };
};

/** The same check on a whole file that has no tree (a sidecar), line by line. */
export function checkFileCharacters(file: VFile): void {
  let offset = 0;
  String(file.value)
    .split('\n')
    .forEach((text, row) => {
      const line = {
        position: { start: { line: row + 1, column: 1, offset }, end: { line: row + 1, column: 1, offset } },
      };
      for (const { index, rule, reason } of hiddenCharacters(text))
        report(file, rule, reason, spanInLine(line, index, index + 1));
      offset += text.length + 1;
    });
}
