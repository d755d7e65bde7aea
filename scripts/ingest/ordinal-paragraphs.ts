/**
 * Paragraphs that open with their place in a list (`一是加大资金倾斜力度。…` / `二是实施提档升级三年行动。…`,
 * a speech's `一要抓好…`),
 * as a reply's or a report's next steps are written under a chapter with no items of its own: each is
 * an item of that chapter, a task with its own bodies and dates. Inside a numbered item
 * (`（一）加强人才培养。…` / `一是…；` / `二是…。` / `…（A、B按职责分工负责）`) they are that item's
 * points, which its closing clause gives their bodies, and stay its text.
 */
import { chineseNumeralValue } from '../../src/model/ids.ts';
import type { Label } from './labels.ts';
import type { LineNode } from './tree.ts';

/**
 * `一是` … `十是`, or a speech's `一要` … at a paragraph's start; not `是否`, nor what a word is (`一是指…`), nor a
 * request (`一是由`, `一是请`), nor `要求`, `要素`, `要点`.
 */
const ORDINAL = /^([一二三四五六七八九十])(?:是(?![否指由请])|要(?![求素点]))(?=\S)/u;

/**
 * Label the ordinal paragraphs that stand under a chapter as its items; in a text without numbers (a
 * speaker's turn at a press conference, `一是…` / `二是…`) they stay paragraphs.
 */
export function ordinalParagraphs(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  const runs: number[][] = [];
  let above: Label | undefined;
  let run: number[] | undefined;
  labels.forEach((label, index) => {
    if (label) {
      above = label;
      run = undefined;
      return;
    }
    const ordinal = lines[index]!.role === 'body' ? ORDINAL.exec(folded[index]!) : null;
    if (!ordinal || above?.role !== 'chapter') return;
    // A list counts from 一, a paragraph at a time (paragraphs of a point's own may stand between).
    const value = chineseNumeralValue(ordinal[1]!);
    if (value === 1) runs.push((run = [index]));
    else if (run && value === run.length + 1) run.push(index);
  });
  // A list is two points at least.
  for (const found of runs.filter((run) => run.length >= 2))
    found.forEach((index, position) => {
      const length = ORDINAL.exec(folded[index]!)![0].length;
      labels[index] = { role: 'item', length, value: position + 1 };
      lines[index]!.role = 'item';
      lines[index]!.labelEnd = length;
    });
}
