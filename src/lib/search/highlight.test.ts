import { describe, expect, it } from 'vitest';
import { excerpt, mergeRanges, occurrences } from './highlight.ts';

const render = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('occurrences', () => {
  it('finds every occurrence, overlapping ones too', () => {
    expect(occurrences('质质质', '质质')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(occurrences('abc', '')).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 7 },
    ]);
  });
});

describe('excerpt', () => {
  it('marks every matched character of every occurrence, not just the first', () => {
    const text = '省质监局负责。质监部门配合。';
    const ranges = occurrences(text, '质监');
    expect(render(excerpt(text, ranges))).toBe('省[质监]局负责。[质监]部门配合。');
  });

  it('cuts long texts around the first match with ellipses', () => {
    const text = `${'甲'.repeat(100)}电梯${'乙'.repeat(200)}`;
    const out = render(excerpt(text, occurrences(text, '电梯'), { length: 40, before: 10 }));
    expect(out).toBe(`…${'甲'.repeat(10)}[电梯]${'乙'.repeat(28)}…`);
  });

  it('starts at a nearby sentence boundary and turns line breaks into spaces', () => {
    const text = '第一句很长很长很长很长很长很长很长很长很长很长很长。第二句开头\n有电梯和三包。';
    const out = render(excerpt(text, [...occurrences(text, '电梯'), ...occurrences(text, '三包')], { before: 20 }));
    expect(out).toBe('…第二句开头 有[电梯]和[三包]。');
  });

  it('shows the beginning when nothing matched in the text', () => {
    expect(render(excerpt('一二三四五', [], { length: 3 }))).toBe('一二三…');
  });
});
