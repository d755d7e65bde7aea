import { describe, expect, it } from 'vitest';
import { dutySubjectLength } from './duty-subject.ts';

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
