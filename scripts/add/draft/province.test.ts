/**
 * Where a text is filed: a province, or the nation for a central body's document (registry
 * `level: national`), which names every province and is named in theirs.
 */
import { describe, expect, it } from 'vitest';
import { draftSidecar } from '../draft.ts';
import { provinces } from '../testing/provinces.ts';
import { issuerOfDocNumber } from './issuer.ts';
import { provinceInTitle, provinceOfIssuer } from './province.ts';

const draft = (text: string) => draftSidecar(text, { provinces, existingIds: [] });
const idOf = (found: { id: string } | undefined) => found?.id;

describe('the nation as a jurisdiction', () => {
  it('files a 国务院办公厅 意见 under the nation, which its addressees and places do not change', () => {
    const text = [
      '国务院办公厅关于加强电梯质量安全工作的意见',
      '国办发〔2030〕12号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '　　一、落实生产单位主体责任（工业和信息化部、市场监管总局按职责分工负责）',
      '　　二、加强河北雄安新区、广东横琴等地试点（各省级人民政府负责）',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({ province: 'national', issuer: '国务院办公厅' });
    expect(result.yaml).toContain('province: national # line 1: named by the issuer\n');
  });

  it('takes the bodies of a joint central signature set side by side, each a name of its own', () => {
    const text = [
      '关于加强跨境电子商务进口消费品质量安全监管工作的通知',
      '国质检检联〔2031〕5号',
      '　　一、建立风险监测制度。',
      '',
      '　　　　质检总局　　　　　　　　　　海关总署',
      '',
      '　　　　商务部　　　　　　　　　　　工商总局',
      '',
      '　　　　　　　　　　国家邮政局',
      '　　　　　　　　　　2031年11月18日',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      province: 'national',
      issuer: '质检总局 海关总署 商务部 工商总局 国家邮政局',
    });
    // One space apart, each a name's length: names too; a name spaced out stays one.
    const tight = text
      .replace(/质检总局　+海关总署/u, '质检总局　海关总署')
      .replace('　国家邮政局', '　国 家 邮 政 局');
    expect(draft(tight).sidecar).toMatchObject({ issuer: '质检总局 海关总署 商务部 工商总局 国 家 邮 政 局' });
  });

  it.each([
    ['国务院办公厅', 'national'],
    ['市场监管总局', 'national'],
    ['工业和信息化部 国家发展改革委', 'national'],
    ['国家卫生健康委', 'national'],
    ['中共中央办公厅 国务院办公厅', 'national'],
    ['中国人民银行', 'national'],
    ['海关总署', 'national'],
    // a central body's branch in a province is the province's
    ['国家税务总局山西省税务局', 'shanxi'],
    ['中国人民银行太原中心支行', 'shanxi'],
    ['河北省市场监督管理局', 'hebei'],
    // a province's office named like a ministry's department is no central body
    ['某市住房和城乡建设局', undefined],
  ])('reads the issuer %s as %s', (issuer, expected) => {
    expect(idOf(provinceOfIssuer(issuer, provinces))).toBe(expected);
  });

  it.each([
    ['国办发〔2030〕12号', '国务院办公厅'],
    ['国发〔2030〕3号', '国务院'],
    ['冀政办发〔2030〕3号', '河北省人民政府办公厅'],
  ])('reads the body the 文号 %s stands for as %s', (docNumber, expected) => {
    expect(issuerOfDocNumber(docNumber, provinces)).toBe(expected);
  });

  it.each([
    ['国务院关于印发质量强国建设纲要的通知', 'national'],
    // the nation's names inside a province's title are its words about the nation
    ['河北省贯彻落实国家标准化发展纲要行动计划', 'hebei'],
    ['关于贯彻落实国家质量强国建设纲要的实施意见', undefined],
    ['关于深化国务院“放管服”改革的实施意见', undefined],
  ])('reads the title %s as %s', (title, expected) => {
    expect(idOf(provinceInTitle(title, provinces))).toBe(expected);
  });

  it('files a city’s plan that cites the nation’s documents under its province', () => {
    const text = [
      '石家庄市人民政府关于贯彻落实国家质量强国建设纲要的实施意见',
      '　　为贯彻落实《国务院关于印发质量强国建设纲要的通知》（国发〔2023〕5号），结合我市实际，提出如下意见。',
      '　　一、加强质量基础设施建设（市市场监管局负责）',
      '石家庄市人民政府',
      '2023年6月1日',
    ].join('\n');
    expect(draft(text).sidecar).toMatchObject({ province: { value: 'hebei', inferred: true } });
  });

  it('takes no province from the nation’s exchanges a text names (在上海、深圳、北京证券交易所上市)', () => {
    const text = [
      '临澜市人民政府办公室关于印发临澜市支持民营经济高质量发展若干措施的通知',
      '　　一、支持企业上市挂牌。对在上海、深圳、北京证券交易所首发上市的企业，给予最高500万元奖励。（市委金融办负责）',
      '临澜市人民政府办公室',
      '2024年4月18日',
    ].join('\n');
    expect(() => draft(text)).toThrow(/省份/u);
  });

  it('takes no province from one place named once, which may be inside a word (重大庆典 holds 大庆)', () => {
    const text = [
      '雁平市人民政府关于中心城区禁止燃放烟花爆竹的通告',
      '　　一、因举办重大庆典等活动确需燃放焰火的，应当向市公安局申请办理焰火燃放许可。',
      '雁平市人民政府',
      '2024年12月18日',
    ].join('\n');
    expect(() => draft(text)).toThrow(/只有一处地名（大庆×1）/u);
  });
});
