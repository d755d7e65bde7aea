import { describe, expect, it } from 'vitest';
import { dutySubjectLength, endsAsName, splitNames, withSharedEnding } from './name-lists.ts';

describe('dutySubjectLength', () => {
  it('reads the bodies before a duty, past a time between them and the verb', () => {
    expect(dutySubjectLength('各镇于每月5日前报送排查进展')).toBe(2);
    expect(dutySubjectLength('各乡镇于2024年6月底前完成辖区排查')).toBe(3);
    expect(dutySubjectLength('县财政局确保排查所需经费及时到位')).toBe(4);
    expect(dutySubjectLength('县商务局于每季度末月25日前报送进展')).toBe(4);
    expect(dutySubjectLength('省林业局同步办理使用林地审核审批手续')).toBe(4);
    expect(dutySubjectLength('两省财政部门据此拨付补偿资金')).toBe(6);
    expect(dutySubjectLength('市质量发展委员会办公室每年第四季度组织开展专项督查')).toBe(11);
    expect(dutySubjectLength('县市场监管局汇总后，于2025年1月8日前报县政府')).toBe(6);
    expect(dutySubjectLength('公安机关依照《治安管理处罚法》的规定处理', true)).toBe(4);
  });

  it('reads a division, a short name defined after a body, several manner words and a request’s 请', () => {
    expect(dutySubjectLength('市局信用监督管理科负责归集行政处罚信息')).toBe(9);
    expect(dutySubjectLength('设区市财政部门收到专项资金后，应当会同同级市场监管部门及时分配')).toBe(7);
    // Companies of a kind (各…企业) titling their duties are their subject too, kept as organisations.
    expect(dutySubjectLength('辖区各物业服务企业。负责督促餐饮商户落实燃气安全责任')).toBe(9);
    expect(dutySubjectLength('重点企业要建立质量安全追溯体系')).toBeUndefined();
    expect(dutySubjectLength('县市场监管局登记注册股负责办理登记')).toBe(11);
    expect(dutySubjectLength('市局网络交易监督管理科(以下简称市局网监科)负责统筹协调')).toBe(22);
    expect(dutySubjectLength('省住房城乡建设厅、省水利厅按照职责分工,分别负责燃气管道保护')).toBe(13);
    expect(dutySubjectLength('各设区市市场监管局请于6月30日前报送进展')).toBe(9);
    expect(dutySubjectLength('省委编办会同省市场监管局,2025年底前完成布局优化调整')).toBe(12);
    expect(dutySubjectLength('市局网监科提请省通信管理局依法处置', true)).toBe(5);
  });

  it('reads the body alone before the part it plays, and partners up to the act, the issuer among them', () => {
    expect(dutySubjectLength('市城市管理局作为全市城镇燃气行业主管部门，要牵头抓好行业安全监管')).toBe(6);
    // Not `…研究制定办` read as an office after 会同, and `我局` tried though it is two characters.
    expect(dutySubjectLength('市财政局会同市住建局研究制定补贴办法')).toBe(10);
    expect(dutySubjectLength('市财政局、市自然资源和规划局会同我局研究制定补贴办法')).toBe(18);
  });

  it('reads no body in a subject of study or in cadres', () => {
    expect(dutySubjectLength('本科及以上学历人员负责技术审核')).toBeUndefined();
    expect(dutySubjectLength('其他县级领导干部:按照分工抓好分管领域食品安全工作')).toBeUndefined();
  });

  it('reads no subject where the text starts with a verb or is no body', () => {
    expect(dutySubjectLength('协助县市场监管局、县农业农村局开展日常检查')).toBeUndefined();
    expect(dutySubjectLength('市质量奖评审按照下列时间安排进行：')).toBeUndefined();
  });
});

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

describe('splitNames', () => {
  it('keeps the levels before the government they share one name, in any bracket', () => {
    const names = (text: string) => splitNames(text).map((name) => name.text);
    expect(names('省财政厅,各市、县(市、区)人民政府')).toEqual(['省财政厅', '各市、县(市、区)人民政府']);
    // In a bracketed note the inner bracket is 〔〕: `（责任单位：…，各市、县〔市、区〕人民政府）`.
    expect(names('省财政厅,各市、县〔市、区〕人民政府')).toEqual(['省财政厅', '各市、县〔市、区〕人民政府']);
    expect(names('省公安厅、省交通运输厅')).toEqual(['省公安厅', '省交通运输厅']);
  });

  it('keeps the levels before a department of each one name, as laws name them', () => {
    const names = (text: string) => splitNames(text).map((name) => name.text);
    expect(names('市、县(市、区)商务主管部门,公安机关交通管理部门')).toEqual([
      '市、县(市、区)商务主管部门',
      '公安机关交通管理部门',
    ]);
    expect(names('设区的市、县(市、区)人民政府民政部门')).toEqual(['设区的市、县(市、区)人民政府民政部门']);
    expect(names('各州、市市场监管局')).toEqual(['各州、市市场监管局']);
    // Not a body after a level's name of its own: two bodies.
    expect(names('市财政局、县市场监管局')).toEqual(['市财政局', '县市场监管局']);
  });

  it('keeps the places a task is for with the levels they qualify', () => {
    const names = (text: string) => splitNames(text).map((name) => name.text);
    expect(names('市自然资源和规划局,沿线区、县(市)政府')).toEqual(['市自然资源和规划局', '沿线区、县(市)政府']);
    expect(names('相关市、县人民政府、省水利厅')).toEqual(['相关市、县人民政府', '省水利厅']);
  });

  it('parts a village from the villages after 及, not a kind of village', () => {
    const names = (text: string) => splitNames(text).map((name) => name.text);
    expect(names('柳塘村及各村(社区)')).toEqual(['柳塘村', '各村(社区)']);
    expect(endsAsName('美丽乡村')).toBe(false);
    expect(endsAsName('城市和农村')).toBe(false);
  });
});

describe('endsAsName', () => {
  it('ends as a division (科) does, not as 科技 cut after a conjunction', () => {
    expect(endsAsName('市局信用监督管理科')).toBe(true);
    expect(endsAsName('市市场监管局推进标准与科')).toBe(false);
    expect(endsAsName('农业和科')).toBe(false);
  });
});
