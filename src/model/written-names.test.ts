import { describe, expect, it } from 'vitest';
import type { Responsibility } from './measure.ts';
import { writtenNames } from './written-names.ts';

const named = (raw: string, extra: Partial<Responsibility> = {}): Responsibility => ({
  raw,
  id: 'market-regulation',
  name: '市场监督管理局',
  lead: false,
  role: 'responsible',
  ...extra,
});

describe('writtenNames', () => {
  it("keeps a province's names apart from the parts of the department named without it", () => {
    const units = [
      {
        province: '湖南省',
        departments: [named('市市场监管局', { lead: true, role: 'lead' }), named('办公室', { division: true })],
      },
      { province: '湖南省', departments: [named('人事科', { division: true }), named('市场监管局')] },
      { province: '山西省', departments: [named('省质监局'), named('质量发展处', { division: true })] },
    ];
    expect(writtenNames(units, 'market-regulation')).toEqual([
      { province: '湖南省', names: ['市场监管局', '市市场监管局'], divisions: ['人事科', '办公室'] },
      { province: '山西省', names: ['省质监局'], divisions: ['质量发展处'] },
    ]);
  });

  it('leaves out the issuer naming itself and other departments', () => {
    const units = [
      { province: '湖南省', departments: [named('我局'), named('本局'), { ...named('省财政厅'), id: 'finance' }] },
    ];
    expect(writtenNames(units, 'market-regulation')).toEqual([]);
  });

  it("lists a province whose texts name only the department's parts", () => {
    const units = [{ province: '湖南省', departments: [named('综合规划科', { division: true })] }];
    expect(writtenNames(units, 'market-regulation')).toEqual([
      { province: '湖南省', names: [], divisions: ['综合规划科'] },
    ]);
  });
});
