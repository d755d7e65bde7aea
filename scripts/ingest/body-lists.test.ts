import { describe, expect, it } from 'vitest';
import { withSharedEnding } from './body-lists.ts';
import { splitNames } from './name-lists.ts';

describe('withSharedEnding', () => {
  it('gives each name the ending the last one shares with it', () => {
    expect(withSharedEnding(['发展改革', '财政等部门'])).toEqual(['发展改革部门', '财政部门']);
    const sectors = splitNames('农业农村、公安、消防救援等部门和机构').map((name) => name.text);
    expect(withSharedEnding(sectors)).toEqual(['农业农村部门', '公安部门', '消防救援部门']);
    expect(withSharedEnding(['瑞昌市', '湖口县人民政府'])).toEqual(['瑞昌市人民政府', '湖口县人民政府']);
    expect(withSharedEnding(['酒泉', '张掖', '嘉峪关市政府'])).toEqual(['酒泉市政府', '张掖市政府', '嘉峪关市政府']);
    expect(withSharedEnding(['省财政厅', '兰州市政府'])).toEqual(['省财政厅', '兰州市政府']);
    expect(withSharedEnding(['江苏省', '浙江省市场监督管理局'])).toEqual([
      '江苏省市场监督管理局',
      '浙江省市场监督管理局',
    ]);
    expect(withSharedEnding(['省工业和信息化厅', '贵阳市', '遵义市', '安顺市人民政府', '贵安新区管委会'])).toEqual([
      '省工业和信息化厅',
      '贵阳市人民政府',
      '遵义市人民政府',
      '安顺市人民政府',
      '贵安新区管委会',
    ]);
    expect(withSharedEnding(['设区市', '县（市、区）财政部门'])).toEqual(['设区市财政部门', '县（市、区）财政部门']);
    expect(withSharedEnding(['县委', '县政府督查室'])).toEqual(['县委督查室', '县政府督查室']);
    expect(withSharedEnding(['省委', '省政府办公厅'])).toEqual(['省委办公厅', '省政府办公厅']);
    // A government named bare after its place's Party committee: the place's.
    expect(withSharedEnding(['各乡镇党委', '政府'])).toEqual(['各乡镇党委', '各乡镇政府']);
    expect(withSharedEnding(['县委', '县政府'])).toEqual(['县委', '县政府']);
    // A commission (委) is no Party committee: it shares no office with the government after it.
    expect(withSharedEnding(['市发展改革委', '市政府外办'])).toEqual(['市发展改革委', '市政府外办']);
    expect(withSharedEnding(['设区市', '市场监管局'])).toEqual(['设区市', '市场监管局']);
    expect(withSharedEnding(['洛湾市', '茶岭市', '明沙市市场监管局'])).toEqual([
      '洛湾市市场监管局',
      '茶岭市市场监管局',
      '明沙市市场监管局',
    ]);
  });

  it('leaves a list of whole names as it is', () => {
    expect(withSharedEnding(['省市场监管局', '省公安厅'])).toEqual(['省市场监管局', '省公安厅']);
    expect(withSharedEnding(['县教育局', '县市场监管局'])).toEqual(['县教育局', '县市场监管局']);
  });
});
