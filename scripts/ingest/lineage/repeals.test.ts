import { describe, expect, it } from 'vitest';
import type { Citation, Unit } from '../../../src/model/index.ts';
import { unit } from '../../../src/lib/fixtures.ts';
import { inferRepeals } from './repeals.ts';

const cite = (raw: string, extra: Partial<Citation> = {}): Citation => ({ raw, unit: 'a/p1', line: 4, ...extra });
const repeals = (text: string, citations: Citation[], kind: Unit['kind'] = 'preamble') =>
  inferRepeals([unit('a/p1', { kind, text })], citations);

describe('repeals read from the text', () => {
  it('supersedes every document its repealing clause names', () => {
    const a = cite('《旧计划》', { title: '旧计划', document: 'hebei-2016-plan' });
    const b = cite('（冀政办〔2014〕3号）', { docNumber: '冀政办〔2014〕3号' });
    const found = repeals('本计划自印发之日起施行，《旧计划》、原（冀政办〔2014〕3号）同时废止。', [a, b]);
    expect(found.supersedes).toEqual([
      { document: 'hebei-2016-plan', title: '旧计划', inferred: true, basis: '正文所述废止（第4行）' },
      { docNumber: '冀政办〔2014〕3号', inferred: true, basis: '正文所述废止（第4行）' },
    ]);
    expect(found.amends).toEqual([]);
  });

  it('reads 停止执行 and 不再执行, in a closing article as in a preamble', () => {
    const a = cite('《办法》', { title: '办法' });
    expect(repeals('第三十条 本办法自2019年1月1日起施行，《办法》停止执行。', [a], 'measure').supersedes).toHaveLength(
      1,
    );
    expect(repeals('《办法》不再执行。', [a], 'closing').supersedes).toHaveLength(1);
  });

  it('reads the repealing words written first, as a 废止决定 does', () => {
    const a = cite('《旧办法》', { title: '旧办法' });
    const b = cite('《旧细则》', { title: '旧细则' });
    expect(repeals('省政府决定废止《旧办法》、《旧细则》。', [a, b]).supersedes.map((r) => r.title)).toEqual([
      '旧办法',
      '旧细则',
    ]);
    expect(repeals('废止《旧办法》第五条。', [a]).amends.map((r) => r.title)).toEqual(['旧办法']);
    expect(repeals('暂不废止《旧办法》。', [a]).supersedes).toEqual([]);
  });

  it('amends a document when only some of its articles are repealed', () => {
    const a = cite('《条例实施办法》', { title: '条例实施办法' });
    const found = repeals('《条例实施办法》第五条、第六条同时废止。', [a]);
    expect(found.supersedes).toEqual([]);
    expect(found.amends.map((relation) => relation.title)).toEqual(['条例实施办法']);
    expect(repeals('《条例实施办法》中与本规定不一致的内容同时废止。', [a]).amends).toHaveLength(1);
  });

  it('ignores a negated repeal, a repeal of another clause and a far one', () => {
    const a = cite('《旧计划》', { title: '旧计划' });
    expect(repeals('《旧计划》暂不废止。', [a]).supersedes).toEqual([]);
    expect(repeals('《旧计划》继续执行；其余文件废止。', [a]).supersedes).toEqual([]);
    expect(repeals('对照《旧计划》逐项开展清理工作并将清理结果按程序报请审定后予以废止。', [a]).supersedes).toEqual([]);
  });

  it('keeps a title holding a comma whole', () => {
    const a = cite('《关于质量，品牌的意见》', { title: '关于质量，品牌的意见' });
    expect(repeals('《关于质量，品牌的意见》同时废止。', [a]).supersedes).toHaveLength(1);
  });
});
