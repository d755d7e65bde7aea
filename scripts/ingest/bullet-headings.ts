/**
 * A text whose only marks are glyphs before short titles (`◆夯实质量基础`, `■推动产业质量提升`), each over
 * paragraphs of tasks, has its parts marked that way: those lines are its chapters, not bullets of a
 * list, numbered in turn. The paragraphs under them that open with their own title in brackets
 * (`【强化质量基础】统筹推进…（责任单位：…）`) are the parts' items, numbered in turn within each.
 */
import type { Label } from './labels.ts';
import type { LineNode } from './tree.ts';

/** A glyph that marks a part's title; not a dash (`——`), which lists points inside a paragraph. */
const GLYPH = /^[◆■●▲★☆◇□]/u;
/** A title's shape: short, no sentence's end. */
const TITLE = /^[◆■●▲★☆◇□]\s*[^。;；:：]{2,24}$/u;
/** An item's own title in brackets before its text; not a field's label (`【牵头单位】`). */
const LEAD = /^【(?![^】]*(?:单位|部门|时限|时间|字体))[^【】]{2,30}】(?=\S)/u;
/** How many titles make the text's parts. */
const MIN_PARTS = 2;

/** Make a glyph-marked text's title lines its chapters, and its lead-titled paragraphs their items. */
export function bulletHeadings(lines: LineNode[], folded: string[], labels: Array<Label | undefined>): void {
  const marked = labels.flatMap((label, index) => (label ? [index] : []));
  const titles = marked.filter((index) => labels[index]!.role === 'bullet' && GLYPH.test(folded[index]!));
  // Only where every label is such a title, and the titles stand over paragraphs, not in a list.
  if (titles.length < MIN_PARTS || titles.length !== marked.length) return;
  if (!titles.every((index) => TITLE.test(folded[index]!.trimEnd()) && !labels[index + 1])) return;
  const isTitle = new Set(titles);
  let chapter = 0;
  let item = 0;
  labels.forEach((label, index) => {
    if (isTitle.has(index)) {
      labels[index] = { ...label!, role: 'chapter', value: ++chapter };
      lines[index]!.role = 'chapter';
      item = 0;
      return;
    }
    const lead = chapter > 0 && !label ? LEAD.exec(folded[index]!) : null;
    if (!lead || lines[index]!.role !== 'body') return;
    labels[index] = { role: 'item', length: lead[0].length, value: ++item };
    lines[index]!.role = 'item';
    lines[index]!.labelEnd = lead[0].length;
  });
}
