/**
 * What a unit's Pagefind record indexes (SearchRecord.astro renders it): the unit's text, folded
 * with matchFold (width, script, case) and with every character its own word, so that Pagefind
 * can find any substring as an exact phrase of single characters (`"质 监"`), which a segmenting
 * index cannot. Line breaks become `¶`, which keeps a position, so no phrase spans two paragraphs.
 */
import type { CharFolder } from './normalize.ts';

export function spacedCopy(text: string, fold: CharFolder): string {
  return fold(text)
    .split(/\s*\n\s*/u)
    .map((line) => [...line.replace(/\s+/gu, '')].join(' '))
    .join(' ¶ ');
}

/** The Pagefind query for one folded term: the exact phrase of its characters. */
export function phraseQuery(folded: string): string {
  return `"${[...folded.replace(/["\s]+/gu, '')].join(' ')}"`;
}
