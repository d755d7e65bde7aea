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

  it('amends the documents its amending words name first (修改, 调整, 延续)', () => {
    const a = cite('《稳就业若干措施》', { title: '稳就业若干措施' });
    expect(repeals('现就延续和调整《稳就业若干措施》有关政策通知如下：', [a]).amends.map((r) => r.title)).toEqual([
      '稳就业若干措施',
    ]);
    expect(repeals('关于修改《稳就业若干措施》的决定', [a], 'title').amends).toHaveLength(1);
    expect(repeals('根据《稳就业若干措施》，调整补贴标准。', [a]).amends).toEqual([]);
    // a plan's task to revise a rule
    expect(repeals('（一）完善议事协调机制。修订《稳就业若干措施》，健全会商制度。', [a], 'measure').amends).toEqual(
      [],
    );
  });

  it('reads a decision’s lists: each row it repeals, each heading it amends, not what they mention', () => {
    const units = [
      unit('a/p1', {
        kind: 'entry',
        context: ['省政府决定废止的规范性文件目录'],
        text: '1\t某省人民政府办公厅关于印发《某办法》的通知\t某政办发〔2019〕7号',
      }),
      unit('a/p2', {
        kind: 'heading',
        context: ['省政府决定修改的规范性文件'],
        text: '一、某省就业办法（某政发〔2017〕25号）',
      }),
      unit('a/p2-1', {
        kind: 'entry',
        context: ['省政府决定修改的规范性文件', '某省就业办法（某政发〔2017〕25号）'],
        text: '1．将第三条中的《某规定》修改为《某条例》。',
      }),
    ];
    const citations = [
      cite('《某办法》', { unit: 'a/p1', title: '某办法', line: 15 }),
      cite('某政办发〔2019〕7号', {
        unit: 'a/p1',
        title: '某省人民政府办公厅关于印发《某办法》的通知',
        docNumber: '某政办发〔2019〕7号',
        line: 15,
      }),
      cite('某政发〔2017〕25号', { unit: 'a/p2', title: '某省就业办法', docNumber: '某政发〔2017〕25号', line: 20 }),
      cite('《某规定》', { unit: 'a/p2-1', title: '某规定', line: 21 }),
    ];
    const found = inferRepeals(units, citations);
    expect(found.supersedes.map((r) => r.docNumber)).toEqual(['某政办发〔2019〕7号']);
    expect(found.amends.map((r) => [r.docNumber, r.basis])).toEqual([
      ['某政发〔2017〕25号', '所列“省政府决定修改的规范性文件”（第20行）'],
    ]);
  });

  it('gives a repeal of a bare 文号 the title another citation of it has', () => {
    const a = cite('《关于调整稳就业措施的通知》（某政办发〔2023〕29号）', {
      title: '关于调整稳就业措施的通知',
      docNumber: '某政办发〔2023〕29号',
      line: 2,
    });
    const b = cite('某政办发〔2023〕29号', { docNumber: '某政办发〔2023〕29号' });
    const text = '依据《关于调整稳就业措施的通知》（某政办发〔2023〕29号）。某政办发〔2023〕29号文件同时废止。';
    expect(repeals(text, [a, b]).supersedes).toEqual([
      {
        docNumber: '某政办发〔2023〕29号',
        title: '关于调整稳就业措施的通知',
        inferred: true,
        basis: '正文所述废止（第4行）',
      },
    ]);
  });

  it('repeals, not amends, a document the text changes and then repeals', () => {
    const a = cite('《调整稳就业措施的通知》', { title: '调整稳就业措施的通知' });
    const b = cite('《调整稳就业措施的通知》', { title: '调整稳就业措施的通知', unit: 'a/p2', line: 9 });
    const found = inferRepeals(
      [
        unit('a/p1', { kind: 'preamble', text: '现就延续和调整《调整稳就业措施的通知》有关政策通知如下：' }),
        unit('a/p2', { kind: 'measure', text: '三、《调整稳就业措施的通知》同时废止。' }),
      ],
      [a, b],
    );
    expect(found.supersedes.map((r) => r.title)).toEqual(['调整稳就业措施的通知']);
    expect(found.amends).toEqual([]);
  });

  it('keeps a title holding a comma whole', () => {
    const a = cite('《关于质量，品牌的意见》', { title: '关于质量，品牌的意见' });
    expect(repeals('《关于质量，品牌的意见》同时废止。', [a]).supersedes).toHaveLength(1);
  });
});
