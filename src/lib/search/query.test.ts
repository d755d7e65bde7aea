import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { makeMatchFold } from './normalize.ts';
import { parseQuery } from './query.ts';

const fold = makeMatchFold(T2S);
const folded = (q: string) => parseQuery(q, fold).map((t) => t.folded);

describe('parseQuery', () => {
  it('splits on whitespace (full-width space too)', () => {
    expect(folded('电梯  质监')).toEqual(['电梯', '质监']);
    expect(folded('电梯\u3000质监')).toEqual(['电梯', '质监']);
  });

  it('folds width, script and case', () => {
    expect(folded('ＱＣ小组')).toEqual(['qc小组']);
    expect(folded('電梯')).toEqual(['电梯']);
  });

  it('keeps quoted phrases whole, in typed order', () => {
    const terms = parseQuery('品牌 "QC 小组" “质量 月”', fold);
    expect(terms.map((t) => [t.folded, t.phrase])).toEqual([
      ['品牌', false],
      ['qc 小组', true],
      ['质量 月', true],
    ]);
  });

  it('tolerates an unclosed quote and drops empty and repeated terms', () => {
    expect(folded('"电梯')).toEqual(['电梯']);
    expect(folded('"" 电梯 電梯   ')).toEqual(['电梯']);
    expect(folded('   ')).toEqual([]);
  });
});
