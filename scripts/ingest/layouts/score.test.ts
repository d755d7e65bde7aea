/** The scorer and the expectation reader on a synthetic model, so a fixture failure is the pipeline's. */
import { describe, expect, it } from 'vitest';
import type { PolicyModel } from '../to-model.ts';
import { parseExpected } from './expected-format.ts';
import { scoreDocument } from './score.ts';

const expectedText = `# synthetic
title: 某省测试方案
issuer: 某省人民政府办公厅
date: 2023-04-10
province: hebei
period: 2023-2025
L1-2 title
L3 heading 一
L4-5 goal 一|（一）
  target 产品质量合格率 | 以上 | 94% | 2025
  target 覆盖率 | = | 80% | 2023
L6 measure 一|（二） | 省市场监管局* 省大数据局=?
`;

type Unit = PolicyModel['units'][number];
const unit = (startLine: number, endLine: number, kind: string, numbering: string[], extra: Partial<Unit> = {}) =>
  ({ source: { file: 'x', startLine, endLine }, kind, numbering, departments: [], targets: [], ...extra }) as Unit;

function model(units: Unit[], title = '某省测试方案'): PolicyModel {
  return {
    document: {
      title: { value: title, inferred: false },
      issuer: { value: '某省人民政府办公厅', inferred: false },
      date: { value: '2023-04-10', inferred: false },
      provinceId: 'hebei',
      period: { value: '2023-2025', inferred: false },
    },
    units,
    citations: [],
  } as unknown as PolicyModel;
}

const good = () => [
  unit(1, 2, 'title', []),
  unit(3, 3, 'heading', ['一']),
  unit(4, 5, 'goal', ['一', '（一）'], {
    targets: [
      { text: '', metric: '产品质量合格率', value: '94%', comparator: '以上', year: 2025 },
      { text: '', metric: '覆盖率', value: '80%', comparator: '=', year: 2023 },
    ],
  }),
  unit(6, 6, 'measure', ['一', '（二）'], {
    departments: [
      { raw: '省市场监管局', id: 'market-regulation', name: '市场监管局', lead: true, role: 'lead' },
      { raw: '省大数据局', lead: false, role: 'responsible' },
    ],
  }),
];

describe('layout scorer', () => {
  const expected = parseExpected(expectedText);

  it('reads the expectation', () => {
    expect(expected.units).toHaveLength(4);
    expect(expected.units[2]).toMatchObject({ startLine: 4, endLine: 5, kind: 'goal', numbering: ['一', '（一）'] });
    expect(expected.units[3]!.departments).toEqual([
      { raw: '省市场监管局', lead: true, known: true },
      { raw: '省大数据局', lead: false, known: false },
    ]);
    expect(expected.header.docNumber).toBeUndefined();
  });

  it('gives 1 everywhere to a model that matches', () => {
    const { score, problems } = scoreDocument('x', expected, model(good()));
    expect(problems).toEqual([]);
    expect(Object.values(score).every((value) => value === 1)).toBe(true);
  });

  it('counts a split unit, a wrong kind, wrong departments and targets', () => {
    const units = good();
    units.splice(2, 1, unit(4, 4, 'goal', ['一', '（一）']), unit(5, 5, 'goal', []));
    units[1] = { ...units[1]!, kind: 'measure' };
    units[4] = {
      ...units[4]!,
      departments: [
        { raw: '省市场监管局', id: 'market-regulation', name: '市场监管局', lead: false, role: 'responsible' },
        { raw: '省大数据局', id: 'big-data', name: '大数据局', lead: false, role: 'responsible' },
      ],
      targets: [{ text: '', metric: '合格率', value: '94%', comparator: '以上', year: 2025 }],
    };
    const { score } = scoreDocument('x', expected, model(units, '别的标题'));
    expect(score.units).toBe(3 / 6);
    expect(score.kinds).toBe(2 / 3);
    expect(score.departments).toBe(3 / 4); // the unmatched goal had none to read
    expect(score.resolution).toBe(1 / 2);
    expect(score.targetPrecision).toBe(0);
    expect(score.targetRecall).toBe(0);
    expect(score.header).toBe(5 / 6);
  });

  it('rejects a malformed expectation line', () => {
    expect(() => parseExpected('L3 heading 一 extra words')).toThrow(/expected\.txt:1/u);
  });
});
