// A WeChat post's marks on a document's numbering, by hand: pictographs before labels, headings in 【】.
import { describe, expect, it } from 'vitest';
import { withoutArticleMarks } from './article-marks.ts';

describe('withoutArticleMarks', () => {
  it('removes a pictograph before an item label and the brackets of a chapter heading', () => {
    const { kept, marks } = withoutArticleMarks([
      '【一、全力稳定粮食和重要农产品生产】',
      '🔹1.稳定粮食播种面积。',
      '严格落实粮食安全党政同责，',
      '▶（二）加快高标准农田建设。',
      '👉 2. 做强做优茶产业。',
    ]);
    expect(kept).toEqual([
      '一、全力稳定粮食和重要农产品生产',
      '1.稳定粮食播种面积。',
      '严格落实粮食安全党政同责，',
      '（二）加快高标准农田建设。',
      '2. 做强做优茶产业。',
    ]);
    expect(marks).toBe(4);
  });

  it('keeps a glyph title without a label, a box label, a mark before text and bracketed text in a line', () => {
    const lines = [
      '◆夯实质量基础',
      '【专栏1】重点工程',
      '📌划重点：全县粮食播种面积稳定在39.5万亩以上',
      '【牵头单位】县农业农村局',
    ];
    expect(withoutArticleMarks(lines)).toEqual({ kept: lines, marks: 0 });
  });
});
