import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/index.ts';
import { dept, unresolved } from './fixtures.ts';
import { markedLines, placeDepartments } from './marks.ts';

const h = (start: number, end: number, kind: Highlight['kind']): Highlight => ({ start, end, kind });

describe('markedLines', () => {
  it('keeps every character, one paragraph per line', () => {
    const text = '到2020年，覆盖率达到90%。\n{alert(1)} <script>x</script>';
    const lines = markedLines(text, [h(1, 6, 'target')]);
    expect(lines.map((pieces) => pieces.map((piece) => piece.text).join('')).join('\n')).toBe(text);
    expect(lines[0]).toEqual([{ text: '到' }, { text: '2020年', kind: 'target' }, { text: '，覆盖率达到90%。' }]);
    expect(lines[1]).toEqual([{ text: '{alert(1)} <script>x</script>' }]);
  });

  it('leaves department ranges to the chips and lets the outer of overlapping marks win', () => {
    const lines = markedLines('（省质监局负责）年底前完成', [
      h(0, 8, 'departments'),
      h(8, 13, 'deadline'),
      h(9, 10, 'target'),
    ]);
    expect(lines[0]).toEqual([{ text: '（省质监局负责）' }, { text: '年底前完成', kind: 'deadline' }]);
  });

  it('places marks of later lines by their offset in the whole text', () => {
    const lines = markedLines('甲\n乙丙', [h(3, 4, 'citation')]);
    expect(lines[1]).toEqual([{ text: '乙' }, { text: '丙', kind: 'citation' }]);
  });

  it('gives an empty line one empty piece', () => {
    expect(markedLines('', [])).toEqual([[{ text: '' }]]);
  });
});

describe('placeDepartments', () => {
  const text = '加强监管。（省质监局、省工商局、省质监局按职责分工负责）';
  const clause: Highlight = h(5, text.length, 'departments');

  it('finds each name as written inside the clause, in list order', () => {
    const { marks, unplaced } = placeDepartments(text, [clause], [{ raw: '省质监局' }, { raw: '省工商局' }]);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['省质监局', '省工商局']);
    expect(marks.map((m) => m.department)).toEqual([0, 1]);
    expect(unplaced).toEqual([]);
    const lines = markedLines(text, [clause], marks);
    expect(lines[0]?.map((p) => p.text).join('')).toBe(text);
    expect(lines[0]?.filter((p) => p.department !== undefined).map((p) => p.text)).toEqual(['省质监局', '省工商局']);
  });

  it('leaves a name that is not in the clause unplaced (shown as a chip instead)', () => {
    const { marks, unplaced } = placeDepartments(text, [clause], [{ raw: '省质监局' }, { raw: '省教育厅' }]);
    expect(marks).toHaveLength(1);
    expect(unplaced).toEqual([1]);
    expect(placeDepartments('加强监管。', [], [{ raw: '省质监局' }]).unplaced).toEqual([0]);
  });

  it('places a name the registry does not know as written, like any other', () => {
    const clause2 = '（省农机局牵头，商务厅配合）';
    const { marks, unplaced } = placeDepartments(
      clause2,
      [h(0, clause2.length, 'departments')],
      [unresolved('省农机局', true), dept('commerce', false, '商务厅', 'cooperating')],
    );
    expect(marks.map((m) => [clause2.slice(m.start, m.end), m.department])).toEqual([
      ['省农机局', 0],
      ['商务厅', 1],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('never links a name outside the departments clause', () => {
    const early = '省质监局牵头。（省工商局负责）';
    const { marks } = placeDepartments(early, [h(7, early.length, 'departments')], [{ raw: '省质监局' }]);
    expect(marks).toEqual([]);
  });
});
