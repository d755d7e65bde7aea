import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import type { ExportDepartment } from './bundle-input.ts';
import { buildBundle, lineageOf } from './bundle.ts';

const dept = (id: string, succeededBy: string[] = []): ExportDepartment => ({
  id,
  name: id,
  aliases: [],
  succeededBy: succeededBy.map((next) => ({ id: next })),
});

describe('lineageOf', () => {
  it('follows successions both ways through every step, a merger and a split', () => {
    // health → health-family → health-commission; population → health-family; price split in two.
    const departments = [
      dept('health', ['health-family']),
      dept('population', ['health-family']),
      dept('health-family', ['health-commission']),
      dept('health-commission'),
      dept('price', ['market', 'reform']),
      dept('market'),
      dept('reform'),
    ];
    const lineage = lineageOf(departments);
    const names = (list: number[]) => list.map((i) => departments[i]!.id).toSorted();
    expect(names(lineage[3]!.predecessors)).toEqual(['health', 'health-family', 'population']);
    expect(names(lineage[0]!.successors)).toEqual(['health-commission', 'health-family']);
    expect(names(lineage[0]!.predecessors)).toEqual([]);
    expect(names(lineage[2]!.predecessors)).toEqual(['health', 'population']);
    expect(names(lineage[4]!.successors)).toEqual(['market', 'reform']);
    expect(names(lineage[5]!.predecessors)).toEqual(['price']);
  });

  it('leaves out a successor the export does not list', () => {
    expect(lineageOf([dept('a', ['gone'])])).toEqual([{ predecessors: [], successors: [] }]);
  });
});

describe('buildBundle', () => {
  it('keeps the names a unit gives that the registry does not know, as written, each once', () => {
    const unit = (id: string, departments: Array<{ raw: string; id?: string; name?: string }>) => ({
      id: `notice/${id}`,
      document: 'notice',
      province: '江西省',
      provinceId: 'jiangxi',
      numbering: [],
      kind: 'measure',
      title: id,
      text: '完成问题电梯的维修。',
      departments,
      themes: [],
    });
    const bundle = buildBundle({
      units: [
        unit('a', [
          { raw: '青岚安达电梯有限公司' },
          { raw: '县市场监管局', id: 'qs', name: '质量技术监督局' },
          { raw: '县电梯行业协会' },
          { raw: '青岚安达电梯有限公司' },
        ]),
        unit('b', [{ raw: '县市场监管局', id: 'qs', name: '质量技术监督局' }]),
      ],
      documents: [{ id: 'notice', title: '督办通知', province: '江西省', provinceId: 'jiangxi', date: '2025-04-10' }],
      departments: [dept('qs')],
      themes: [],
      kindLabels: { measure: '任务措施' },
      t2s: T2S,
    });
    expect(bundle.units.map((u) => [u.depts, u.others])).toEqual([
      [[0], ['青岚安达电梯有限公司', '县电梯行业协会']],
      [[0], undefined],
    ]);
  });
});
