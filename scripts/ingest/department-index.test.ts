import { describe, expect, it } from 'vitest';
import type { Department, Province } from '../../src/model/index.ts';
import { DepartmentIndex, editDistance } from './department-index.ts';

const department = (id: string, aliases: string[], extra: Partial<Department> = {}): Department => ({
  id,
  name: aliases[0]!,
  kind: 'department',
  aliases,
  misspellings: [],
  patterns: [],
  ...extra,
});
const provinces: Province[] = [
  {
    id: 'shanxi',
    name: '山西省',
    level: 'province',
    shortNames: ['山西', '晋'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
  {
    id: 'neimenggu',
    name: '内蒙古自治区',
    level: 'province',
    shortNames: ['内蒙古'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
];
const index = new DepartmentIndex(
  [
    department('quality-supervision', ['质监局', '质量技术监督局']),
    department('publicity', ['宣传部', '宣传部门']),
    department('state-assets', ['国资委']),
    department('entry-exit-inspection', ['出入境检验检疫局']),
    department('housing', ['住房城乡建设厅'], { misspellings: ['住房建乡建设厅'] }),
    department('human-resources', ['人力资源社会保障厅']),
    department('market', ['市场监督管理局']),
    department('peoples-bank', ['人民银行'], { patterns: ['人(?:民银)?行.+(?:中心)?支行'] }),
    department('general-office', ['人民政府办公厅']),
    department('natural-resources', ['自然资源厅', '自然资源和规划局']),
    department('urban-management', ['城市管理局', '城市管理和综合执法局']),
    department('transport', ['交通运输厅']),
    department('ecology', ['生态环境厅']),
  ],
  provinces,
);

describe('DepartmentIndex', () => {
  it.each([
    ['省质监局', 'quality-supervision'],
    ['质监局', 'quality-supervision'],
    ['自治区质监局', 'quality-supervision'],
    ['省質監局', 'quality-supervision'],
    ['省委宣传部', 'publicity'],
    ['自治区党委宣传部', 'publicity'],
    ['省政府国资委', 'state-assets'],
    ['山西出入境检验检疫局', 'entry-exit-inspection'],
    ['内蒙古出入境检验检疫局', 'entry-exit-inspection'],
    ['人行太原中心支行', 'peoples-bank'],
    ['人民银行呼和浩特中心支行', 'peoples-bank'],
    ['省质监局等', 'quality-supervision'],
    ['省质监局〔省推进长三角一体化发展领导小组办公室〕', 'quality-supervision'],
  ])('%s → %s', (raw, id) => {
    expect(index.resolve(raw)?.department.id).toBe(id);
  });

  it.each([
    ['自治区市场监督管理局质量发展局', 'market'],
    ['省质监局特种设备安全监察处', 'quality-supervision'],
    ['省人力资源社会保障厅职业能力建设处', 'human-resources'],
  ])('%s, a division or inner bureau named with its body → %s', (raw, id) => {
    expect(index.resolve(raw)?.department.id).toBe(id);
  });

  it.each([
    ['自然资源和规划部门', 'natural-resources'],
    ['自然资源主管部门', 'natural-resources'],
    ['市城市管理和综合执法部门', 'urban-management'],
    ['城市管理部门', 'urban-management'],
  ])('%s, a body named by its field → %s', (raw, id) => {
    expect(index.resolve(raw)?.department.id).toBe(id);
  });

  it.each([
    ['省交通运输综合行政执法总队', 'transport'],
    ['市交通运输综合执法支队', 'transport'],
    ['自治区生态环境保护综合行政执法总队', 'ecology'],
    ['城市管理行政执法支队', 'urban-management'],
  ])('%s, a field’s enforcement corps → %s', (raw, id) => {
    expect(index.resolve(raw)?.department.id).toBe(id);
  });

  it.each(['省综合行政执法总队', '省行政执法总队', '交通运输执法处'])('not %s: no field, or no corps', (raw) =>
    expect(index.resolve(raw)).toBeUndefined(),
  );

  it('tells a name of a province’s body from a word its one-character short name starts', () => {
    expect(index.namesProvince('内蒙古生产建设兵团应急管理局')).toBe(true);
    expect(index.namesProvince('山西省某某局')).toBe(true);
    expect(index.namesProvince('晋升评审处')).toBe(false);
  });

  it.each(['政府部门', '监管部门', '有关部门'])('not %s: no field of one body', (raw) =>
    expect(index.resolve(raw)).toBeUndefined(),
  );

  it.each(['省质监局商省国资委', '省质监局有关处室', '省质监局分管副局', '省质监局各处室'])(
    'not %s: another body, the divisions as a whole, a post',
    (raw) => expect(index.resolve(raw)).toBeUndefined(),
  );

  it('resolves known misspellings and says so', () => {
    expect(index.resolve('自治区住房建乡建设厅')).toMatchObject({ via: 'misspelling', department: { id: 'housing' } });
  });

  it('suggests the department a name points to, or nothing', () => {
    expect(index.resolve('省质检局')).toBeUndefined();
    // 质检 could be 质量技术监督 or 检验检疫: no guess.
    expect(index.suggest('省质检局')).toBeUndefined();
    expect(index.suggest('省魔法部')).toBeUndefined();
    // Function words abbreviated, in order: 人社厅, 人力社保厅, 市场监管局.
    expect(index.suggest('省人社厅')).toBe('人力资源社会保障厅');
    expect(index.suggest('省人力社保厅')).toBe('人力资源社会保障厅');
    expect(index.suggest('市场监管局')).toBe('市场监督管理局');
    // One typo in a longer name.
    expect(index.suggest('省住房城多建设厅')).toBe('住房城乡建设厅');
    // A government is no short form of its general office.
    expect(index.suggest('省人民政府')).toBeUndefined();
    expect(index.suggest('人民政府办')).toBe('人民政府办公厅');
  });

  it('reports an alias claimed by two departments', () => {
    const clash = new DepartmentIndex([department('a', ['质监局']), department('b', ['质监局'])], provinces);
    expect(clash.conflicts).toEqual([{ alias: '质监局', first: 'a', second: 'b' }]);
  });

  it('reads a short name of a dissolved body, in a later document, as the body that took its duties over', () => {
    const reformed = new DepartmentIndex(
      [
        department('forestry', ['林业厅', '林业局'], {
          dissolved: 2018,
          succeededBy: [{ id: 'forestry-grassland', year: 2018 }],
        }),
        department('forestry-grassland', ['林业和草原局', '林草局'], { established: 2018 }),
        department('finance-office', ['金融工作办公室', '金融办'], {
          dissolved: 2018,
          succeededBy: [{ id: 'finance-bureau', year: 2018 }],
        }),
        department('finance-bureau', ['地方金融监督管理局'], { established: 2018 }),
      ],
      provinces,
    );
    const later = (name: string, year: number) => reformed.laterBody(reformed.resolve(name)!, year)?.department.id;
    // A 厅 became a 局: the same kind of provincial body.
    expect(later('省林业厅', 2019)).toBe('forestry-grassland');
    expect(later('省林业局', 2019)).toBe('forestry-grassland');
    expect(later('省林业厅', 2017)).toBeUndefined();
    // An office is no short name of a bureau.
    expect(later('省金融办', 2019)).toBeUndefined();
  });

  it('measures edit distance', () => {
    expect(editDistance('质监局', '质检局')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
