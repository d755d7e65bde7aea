/**
 * structure: regroup `root > line*` into `root > unit > line*`.
 *
 * Roles come from each line's shape (line-shapes.ts) plus context: an addressee line, an unpunctuated
 * line before a date is an issuer, and the frame (frame.ts) says which lines are header fields, the
 * forwarding notice and the plan's title. Numbered lines open units nested by level
 * (chapter 一、 > article 第一条 > item （一） > sub-item 1. > sub-sub-item （1） > bullet --);
 * unnumbered lines join the open unit unless it is closed (ended with its responsible departments,
 * or a bullet), in which case they start an unnumbered unit. Every line ends up in exactly one unit.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import { findFrame } from './frame.ts';
import type { Frame } from './frame.ts';
import { assignRoles } from './line-roles.ts';
import { findSecondDocument } from './second-document.ts';
import type { LineNode, PolicyRoot } from './tree.ts';
import { UnitBuilder } from './unit-builder.ts';
import type { Place } from './unit-stack.ts';

/** `title`: the title the sidecar states (frame.ts looks for it when the text shows none by its shape). */
export const structure: Plugin<[{ title?: string }?], PolicyRoot> = function (options) {
  return (tree, file) => {
    const lines = tree.children.filter((node): node is LineNode => node.type === 'line');
    const folded = lines.map((line) => fold(line.value));
    const labels = assignRoles(lines, folded);
    const frame = findFrame(lines, folded, options?.title);
    const titleText = frame.title ? folded.slice(frame.title.start, frame.title.end).join('') : (folded[0] ?? '');
    const second = findSecondDocument(lines, folded, titleText, file);
    const builder = new UnitBuilder(file, publishedTitles(folded, frame, titleText));
    lines.forEach((line, index) => builder.add(line, folded[index]!, labels[index], placeOf(frame, index, second)));
    tree.children = builder.finish();
  };
};

/**
 * The other documents a notice publishes with the plan, named in its title (`…关于印发《A》和《B》的
 * 通知`): their titles, compact, without the plan's own.
 */
function publishedTitles(folded: string[], frame: Frame, planTitle: string): string[] {
  if (!frame.title || frame.wrapperEnd <= frame.headerEnd) return [];
  // The notice's title, where it names what it publishes (a web page's fields may stand above it).
  const start = folded.findIndex(
    (text, index) => index >= frame.headerEnd && index < frame.wrapperEnd && /印发/u.test(text),
  );
  if (start < 0) return [];
  let notice = '';
  for (let index = start; index < Math.min(frame.wrapperEnd, start + 3); index++) {
    notice += folded[index]!;
    if (/通知$/u.test(folded[index]!)) break;
  }
  const plan = planTitle.replace(/\s+/gu, '');
  return [...notice.matchAll(/《([^《》]{4,80})》/gu)]
    .map((match) => match[1]!.replace(/\s+/gu, ''))
    .filter((title) => title !== plan && !plan.endsWith(title));
}

/** Where line `index` stands: in the frame, or in a second document from line `second` on. */
function placeOf(frame: Frame, index: number, second: number | undefined): Place {
  if (second !== undefined && index >= second) return 'appended';
  if (index < frame.headerEnd) return 'header';
  if (frame.title && index >= frame.title.start && index < frame.title.end) return 'title';
  if (index < frame.wrapperEnd) return 'notice';
  return 'plan';
}
