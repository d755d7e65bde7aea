import { describe, expect, it } from 'vitest';
import {
  abbreviates,
  isAbbreviation,
  nameKeys,
  shortFormProblems,
  shortFormTargets,
  stemOf,
} from './department-names.ts';

describe('department names', () => {
  it('strips level prefixes and province names, most literal key first', () => {
    expect(nameKeys('河南省质监局等部门', ['河南省', '河南'])).toEqual(['河南省质监局', '质监局']);
    expect(nameKeys('省政府国资委', [])).toEqual(['省政府国资委', '国资委']);
    // Two characters must remain: 市场 keeps its 市.
    expect(nameKeys('市场', [])).toEqual(['市场']);
    // A county's and a district's own bodies, and their party committees.
    expect(nameKeys('县农业农村局', [])).toEqual(['县农业农村局', '农业农村局']);
    expect(nameKeys('区政府办公室', [])).toEqual(['区政府办公室', '办公室']);
    expect(nameKeys('县委宣传部', [])).toEqual(['县委宣传部', '宣传部']);
    // Each place's Party committee's body keeps its level's 委 (`各设区市委编办`: 市委编办, then 编办).
    expect(nameKeys('各设区市委编办', [])).toEqual(['各设区市委编办', '市委编办', '编办']);
    expect(nameKeys('县委编办', [])).toEqual(['县委编办', '编办']);
    // Levels named together, as laws name a department of each, and their government before it.
    expect(nameKeys('市、县(市、区)商务主管部门', []).at(-1)).toBe('商务部门');
    expect(nameKeys('设区的市、县(市、区)人民政府民政部门', [])).toContain('民政部门');
  });

  it('strips the city or county a name opens with, after every other key', () => {
    expect(nameKeys('南昌市财政局', [])).toEqual(['南昌市财政局', '财政局']);
    expect(nameKeys('呼和浩特市发展改革委', [])).toEqual(['呼和浩特市发展改革委', '发展改革委']);
    expect(nameKeys('南昌县教育局', [])).toEqual(['南昌县教育局', '教育局']);
    // A place's name has two characters at least: 城市管理局 is no 城市's 管理局.
    expect(nameKeys('城市管理局', [])).toEqual(['城市管理局']);
    // A province and a level are not places: 山西省市场监管局 loses 山西省, never 山西省市.
    expect(nameKeys('山西省市场监管局', ['山西省', '山西'])).toEqual(['山西省市场监管局', '市场监管局', '场监管局']);
    expect(nameKeys('各设区市财政局', [])).toEqual(['各设区市财政局', '财政局']);
  });

  it('strips the prefectures of a province with autonomous prefectures or leagues', () => {
    expect(nameKeys('各市(州)质监局', [])).toEqual(['各市(州)质监局', '质监局']);
    expect(nameKeys('市(州)安监局', [])).toEqual(['市(州)安监局', '安监局']);
    expect(nameKeys('各市州市场监管局', [])).toEqual(['各市州市场监管局', '市场监管局', '场监管局']);
    expect(nameKeys('各盟市市场监管局', [])).toEqual(['各盟市市场监管局', '市场监管局', '场监管局']);
    expect(nameKeys('各州(市)教育局', [])).toEqual(['各州(市)教育局', '教育局']);
    expect(nameKeys('各地(州、市)市场监管局', [])).toEqual(['各地(州、市)市场监管局', '市场监管局', '场监管局']);
    // An autonomous prefecture's or county's name is longer than a city's.
    expect(nameKeys('伊犁哈萨克自治州市场监管局', [])).toEqual([
      '伊犁哈萨克自治州市场监管局',
      '市场监管局',
      '场监管局',
    ]);
    expect(nameKeys('大通回族土族自治县教育局', [])).toEqual(['大通回族土族自治县教育局', '教育局']);
  });

  it('reads a competent department as its sector’s department, after every other key', () => {
    expect(nameKeys('住房城乡建设主管部门', [])).toEqual(['住房城乡建设主管部门', '住房城乡建设部门']);
    expect(nameKeys('县级以上人民政府教育行政主管部门', [])).toEqual([
      '县级以上人民政府教育行政主管部门',
      '教育行政主管部门',
      '县级以上人民政府教育部门',
      '教育部门',
    ]);
    expect(nameKeys('统计行政管理部门', [])).toEqual(['统计行政管理部门', '统计部门']);
    // Too little would remain: 主管部门 alone names no sector.
    expect(nameKeys('主管部门', [])).toEqual(['主管部门']);
  });

  it('reads a body’s 机关 as the body, last', () => {
    expect(nameKeys('省纪委监委机关', [])).toEqual(['省纪委监委机关', '纪委监委机关', '省纪委监委', '纪委监委']);
    expect(nameKeys('公安机关', [])).toEqual(['公安机关']);
    expect(nameKeys('机关', [])).toEqual(['机关']);
  });

  it('reads a name’s function words without the kind of body', () => {
    expect(stemOf('工业和信息化厅')).toBe('工业和信息化');
    expect(stemOf('卫生健康委员会')).toBe('卫生健康');
    expect(stemOf('局')).toBe('局');
  });

  it('abbreviations keep the characters in order, the first first, at least two', () => {
    expect(isAbbreviation('工信', '工业和信息化')).toBe(true);
    expect(isAbbreviation('信工', '工业和信息化')).toBe(false);
    expect(isAbbreviation('业信', '工业和信息化')).toBe(false);
    expect(abbreviates('工信厅', '工业和信息化厅')).toBe(true);
    expect(abbreviates('工', '工业和信息化厅')).toBe(false);
    expect(abbreviates('工业和信息化厅', '工业和信息化厅')).toBe(false);
    expect(abbreviates('生态环境', '生态环境厅')).toBe(true);
  });

  const departments = [
    { names: ['工业和信息化厅', '经信委'], shortForms: [] },
    { names: ['农业厅'], shortForms: [] },
    { names: ['农业农村厅'], shortForms: [] },
    { names: ['科技厅'], shortForms: ['科技'] },
    { names: ['科学技术协会'], shortForms: [] },
  ];

  it('a derived short form stands for one department, never several', () => {
    expect(shortFormTargets(['工信'], departments)).toEqual([0]);
    expect(shortFormTargets(['农业'], departments)).toEqual([]);
    expect(shortFormTargets(['电梯'], departments)).toEqual([]);
  });

  it('a registered short form wins over an ambiguous derivation', () => {
    expect(shortFormTargets(['科技'], departments)).toEqual([3]);
    expect(shortFormTargets(['科协'], departments)).toEqual([4]);
  });

  it('reports short forms that are aliases or registered twice', () => {
    const problems = shortFormProblems([
      { id: 'a', aliases: ['质监局'], shortForms: ['质监局', '技监'] },
      { id: 'b', aliases: ['工信厅'], shortForms: ['技监'] },
    ]);
    expect(problems).toEqual([
      {
        path: [0, 'shortForms', 0],
        message: 'short form 质监局 is an alias of a, expected a name that is not an alias',
      },
      { path: [1, 'shortForms', 0], message: 'short form 技监 is registered by a too, expected one department' },
    ]);
  });
});
