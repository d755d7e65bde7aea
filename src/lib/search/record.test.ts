import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { makeMatchFold } from './normalize.ts';
import { phraseQuery, spacedCopy } from './record.ts';

const fold = makeMatchFold(T2S);

describe('spacedCopy', () => {
  it('makes every character a word, folded, paragraphs apart', () => {
    expect(spacedCopy('開展ＱＣ小组，12365。\n（省质监局负责）', fold)).toBe(
      '开 展 q c 小 组 , 1 2 3 6 5 。 ¶ ( 省 质 监 局 负 责 )',
    );
  });
});

describe('phraseQuery', () => {
  it('quotes the characters of a term', () => {
    expect(phraseQuery('质监')).toBe('"质 监"');
    expect(phraseQuery('qc 小组')).toBe('"q c 小 组"');
    expect(phraseQuery('质量，品牌')).toBe('"质 量 品 牌"');
    expect(phraseQuery('，')).toBe('');
  });
});
