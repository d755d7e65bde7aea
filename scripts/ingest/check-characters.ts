/**
 * Warns about characters of a source that show as nothing (invisible format characters) or reorder
 * the display of the text around them (bidirectional controls), each at its position, with the
 * surrounding text escaped so the message shows what the eye cannot. The text itself is kept as is.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { BIDI, INVISIBLE, describeCharacter, escapeInvisible } from './invisible-characters.ts';
import { report, spanInLine } from './messages.ts';
import type { PolicyRoot } from './tree.ts';

/** Characters of context shown on each side of the character. */
const CONTEXT = 6;

export const checkCharacters: Plugin<[], PolicyRoot> = function () {
  return (tree: PolicyRoot, file: VFile) => {
    for (const line of tree.children) {
      if (line.type !== 'line') continue;
      for (const [pattern, rule, what, expected] of [
        [INVISIBLE, 'check-characters:invisible', 'invisible', 'visible characters only'],
        [BIDI, 'check-characters:bidi', 'bidirectional control', 'no direction controls in policy text'],
      ] as const) {
        for (const match of line.value.matchAll(pattern)) {
          const context = line.value.slice(Math.max(0, match.index - CONTEXT), match.index + CONTEXT + 1);
          report(
            file,
            rule,
            `Unexpected ${what} ${describeCharacter(match[0])} in \`${escapeInvisible(context)}\`, expected ${expected}`,
            spanInLine(line, match.index, match.index + 1),
          );
        }
      }
    }
  };
};
