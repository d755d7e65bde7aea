import { describe, expect, it } from 'vitest';
import { makeMatchFold } from './normalize.ts';
import { type PagefindResult, excerptSegments, pageResults, proseHit, proseQuery, termExcerpt } from './prose.ts';
import { T2S } from '../../model/t2s.ts';

const fold = makeMatchFold(T2S);

describe('excerptSegments', () => {
  it('marks what Pagefind marked and keeps the rest as text', () => {
    expect(excerptSegments('吉林则<mark>另起</mark><mark>炉灶</mark>，按本省')).toEqual([
      { text: '吉林则', mark: false },
      { text: '另起', mark: true },
      { text: '炉灶', mark: true },
      { text: '，按本省', mark: false },
    ]);
  });

  it('decodes entities and never reads any other tag as markup', () => {
    const segments = excerptSegments(
      '&lt;script&gt;alert(2)&lt;/script&gt; &amp;amp; <img src=x onerror=alert(3)> <mark>&#x5c71;&#35199;</mark>',
    );
    expect(segments).toEqual([
      { text: '<script>alert(2)</script> &amp; <img src=x onerror=alert(3)> ', mark: false },
      { text: '山西', mark: true },
    ]);
  });

  it('drops the zero-width spaces Pagefind puts between segmented words', () => {
    expect(excerptSegments('吉林\u200b则\u200b<mark>另起\u200b炉灶</mark>')).toEqual([
      { text: '吉林则', mark: false },
      { text: '另起炉灶', mark: true },
    ]);
  });

  it('leaves an unknown or out-of-range entity as written', () => {
    expect(excerptSegments('&bogus; &#x110000; &#0;')).toEqual([{ text: '&bogus; &#x110000; &#0;', mark: false }]);
  });
});

describe('proseQuery', () => {
  it('folds as the exact search does, collapses spaces and keeps quotes', () => {
    expect(proseQuery('  質量   "發展綱要" ', fold)).toBe('质量 "发展纲要"');
    expect(proseQuery('ＡＢＣ', fold)).toBe('abc');
  });
  it('cuts a long query to the exact search’s length', () => {
    expect([...proseQuery('质'.repeat(500), fold)].length).toBe(64);
  });
});

describe('termExcerpt', () => {
  const marked = (content: string, q: string) =>
    termExcerpt(content, q, fold)
      ?.filter((segment) => segment.mark)
      .map((segment) => segment.text);
  it('marks every term where the page holds them all, in any script or width', () => {
    expect(marked('三、保障措施。实行产品“三包”制度。', '三包')).toEqual(['三包']);
    expect(marked('電梯安全與鍋爐', '电梯 锅炉')).toEqual(['電梯', '鍋爐']);
    expect(marked('一、总体要求', '"总体要求"')).toEqual(['总体要求']);
  });
  it('is undefined for a page holding only the words Pagefind kept of the query (三 of 三包)', () => {
    expect(termExcerpt('三、保障措施。包括…', '三包', fold)).toBeUndefined();
    expect(termExcerpt('电梯安全', '电梯 锅炉', fold)).toBeUndefined();
  });
});

describe('proseHit', () => {
  it('puts the base path before the address and reads the meta', () => {
    const hit = proseHit(
      {
        url: '/documents/shanxi-2015-plan/',
        content: '锅炉',
        excerpt: '<mark>锅炉</mark>',
        meta: { title: '山西', kind: '文件', province: '山西省' },
      },
      '/policy-kb/',
    );
    expect(hit).toEqual({
      href: '/policy-kb/documents/shanxi-2015-plan/',
      title: '山西',
      kind: '文件',
      province: '山西省',
      excerpt: [{ text: '锅炉', mark: true }],
    });
  });
});

describe('pageResults', () => {
  const result = (id: string): PagefindResult => ({ id, data: () => Promise.reject(new Error(`${id} is not loaded`)) });
  it("leaves out the parts' vocabulary records, in Pagefind's order otherwise", () => {
    const answer = [result('zh-cn_b'), result('zh-cn_vocab'), result('zh-cn_a')];
    expect(pageResults(answer, { parts: ['part-1'], hidden: ['zh-cn_vocab'] }).map((r) => r.id)).toEqual([
      'zh-cn_b',
      'zh-cn_a',
    ]);
  });
  it('keeps every result of a single index', () => {
    const answer = [result('zh-cn_b'), result('zh-cn_a')];
    expect(pageResults(answer, { parts: [], hidden: [] }).map((r) => r.id)).toEqual(['zh-cn_b', 'zh-cn_a']);
  });
});
