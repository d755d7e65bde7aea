import { describe, expect, it } from 'vitest';
import type { ExportDepartment } from './bundle-input.ts';
import { lineageOf } from './bundle.ts';

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
