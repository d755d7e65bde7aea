import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { makeMatchFold } from './normalize.ts';
import { QUERY_LIMITS, parseQuery } from './query.ts';
import { termGrams } from './shards/grams.ts';

const fold = makeMatchFold(T2S);
const folded = (q: string) => parseQuery(q, fold).terms.map((t) => t.folded);

describe('parseQuery', () => {
  it('splits on whitespace (full-width space too)', () => {
    expect(folded('电梯  质监')).toEqual(['电梯', '质监']);
    expect(folded('电梯\u3000质监')).toEqual(['电梯', '质监']);
  });

  it('folds width, script and case, and keeps the term as typed', () => {
    expect(folded('ＱＣ小组')).toEqual(['qc小组']);
    expect(folded('電梯')).toEqual(['电梯']);
    expect(parseQuery('ＱＣ小组', fold).terms.map((t) => t.raw)).toEqual(['ＱＣ小组']);
  });

  it('searches a 文号 typed with 年 as documents write it, with brackets', () => {
    expect(parseQuery('国办发2015年19号', fold).terms.map((term) => term.folded)).toEqual(['国办发(2015)19号']);
    expect(parseQuery('到2015年19号', fold).terms.map((term) => term.folded)).toEqual(['到2015年19号']);
  });

  it('keeps quoted phrases whole, in typed order', () => {
    const { terms } = parseQuery('品牌 "QC 小组" “质量 月”', fold);
    expect(terms.map((t) => [t.folded, t.phrase])).toEqual([
      ['品牌', false],
      ['qc 小组', true],
      ['质量 月', true],
    ]);
    expect(parseQuery('「质量」 电梯 『安全 生产』', fold).terms.map((t) => [t.raw, t.phrase])).toEqual([
      ['质量', true],
      ['电梯', false],
      ['安全 生产', true],
    ]);
  });

  it('tolerates an unclosed quote and drops empty and repeated terms', () => {
    expect(folded('"电梯')).toEqual(['电梯']);
    expect(folded('"" 电梯 電梯   ')).toEqual(['电梯']);
    expect(folded('   ')).toEqual([]);
  });

  it('reads a quote without its partner as nothing: the text around it is one word', () => {
    expect(folded('电梯"安全')).toEqual(['电梯安全']);
    expect(folded('电梯”安全')).toEqual(['电梯安全']);
    expect(folded('“电梯 安全')).toEqual(['电梯', '安全']);
    expect(folded('"质量" 电梯"')).toEqual(['质量', '电梯']);
  });

  it.each(['"', '""', '"""', '" "', '“”', '「」', '-', '—', '，、。', '- , ;', '  \t ', '"-"', '《》'])(
    'finds nothing to search in %j (no term, not a search for everything)',
    (q) => {
      expect(parseQuery(q, fold)).toEqual({ terms: [], cut: false });
    },
  );

  it('drops a term of punctuation only, and keeps digits and symbols', () => {
    expect(folded('电梯 - 安全')).toEqual(['电梯', '安全']);
    expect(folded('12365 ℃ ①')).toEqual(['12365', '℃', '1']);
  });

  it('searches a short query whole', () => {
    const sentence = '各地要建立健全质量安全追溯体系，落实企业主体责任，加强电梯等特种设备的安全监管工作。';
    expect(Array.from(sentence).length).toBeLessThanOrEqual(QUERY_LIMITS.chars);
    expect(parseQuery(sentence, fold)).toEqual({
      terms: [{ raw: sentence, folded: fold(sentence), phrase: false }],
      cut: false,
    });
  });

  it('cuts a long query to its first characters, and says so', () => {
    const long = '质'.repeat(10_000);
    const { terms, cut } = parseQuery(long, fold);
    expect(cut).toBe(true);
    expect(terms).toHaveLength(1);
    expect(terms[0]!.folded).toBe('质'.repeat(QUERY_LIMITS.chars));
    // Spaces do not use up the budget.
    const spaced = `${' '.repeat(5_000)}电梯${' '.repeat(5_000)}`;
    expect(parseQuery(spaced, fold)).toEqual({ terms: [{ raw: '电梯', folded: '电梯', phrase: false }], cut: false });
  });

  it('keeps at most QUERY_LIMITS.terms terms, the first ones', () => {
    const words = Array.from({ length: 20 }, (_, i) => `词${i}`);
    const { terms, cut } = parseQuery(words.join(' '), fold);
    expect(cut).toBe(true);
    expect(terms.map((t) => t.raw)).toEqual(words.slice(0, QUERY_LIMITS.terms));
    expect(parseQuery(words.slice(0, QUERY_LIMITS.terms).join(' '), fold).cut).toBe(false);
  });

  it('keeps the four-grams of all terms within QUERY_LIMITS.grams, never splitting a character', () => {
    // Characters outside the BMP are two code units: 64 of them would be 125 grams.
    const astral = '𠀀'.repeat(QUERY_LIMITS.chars);
    const { terms, cut } = parseQuery(astral, fold);
    expect(cut).toBe(true);
    const grams = terms.reduce((n, t) => n + termGrams(t.folded).length, 0);
    expect(grams).toBeLessThanOrEqual(QUERY_LIMITS.grams);
    expect(terms[0]!.folded).toBe('𠀀'.repeat(33));
    // Two long words: the second is cut to the grams that are left (37 + 27 = 64).
    const two = parseQuery(`${'甲'.repeat(40)} ${'𠀀'.repeat(20)}`, fold);
    expect(two.cut).toBe(true);
    expect(two.terms.map((t) => t.folded)).toEqual(['甲'.repeat(40), '𠀀'.repeat(15)]);
    expect(two.terms.reduce((n, t) => n + termGrams(t.folded).length, 0)).toBe(QUERY_LIMITS.grams);
  });
});
