/**
 * Marks a social-media article (a WeChat post, a portal's mobile page) sets on a document's numbering:
 * a pictograph or a bullet before an item's label (`🔹1.稳定粮食播种面积。`, `▶（一）…`, `👉2.…`) and a
 * chapter heading set in lenticular brackets (`【一、全力稳定粮食和重要农产品生产】`). Without them the
 * labels are the document's own and the ingest reads its chapters and items; the marks are no text of
 * it. A glyph before a title with no label (`◆夯实质量基础`) and a box's label (`【专栏1】`) stay.
 */

/** A numbering label at the start of a text: `一、`, `（一）`, `1.`, `第一章`. */
const LABEL =
  /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|第[一二三四五六七八九十]+[章节条部])/u;
/** Pictographs and bullets before a label, with the spaces after them. */
const MARKS_BEFORE =
  /^[\s\u3000]*(?:(?:\p{Extended_Pictographic}|[▶►▸▷●•◆◇■□★☆➤➢→])(?:\u{FE0F}|\u{20E3}|\u{200D})*\s*)+/u;
/** A chapter heading in lenticular brackets, alone on its line. */
const BRACKETED_HEADING =
  /^[\s\u3000]*【((?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分])[^【】]{1,40})】[\s\u3000]*$/u;

export function withoutArticleMarks(lines: readonly string[]): { kept: string[]; marks: number } {
  let marks = 0;
  const kept = lines.map((line) => {
    const heading = BRACKETED_HEADING.exec(line);
    if (heading) {
      marks += 1;
      return heading[1]!;
    }
    const before = MARKS_BEFORE.exec(line);
    if (before && LABEL.test(line.slice(before[0].length))) {
      marks += 1;
      return line.slice(before[0].length);
    }
    return line;
  });
  return { kept, marks };
}
