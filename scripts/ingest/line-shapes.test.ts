/**
 * Lines read by their shape: the named actions and projects of a plan (`行动一：…`) and the words
 * that only look like one; attachment lines in their written forms.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { matchLabel } from './labels.ts';
import { attachmentLine, attachmentListStart, endsLikeTitle, shapeOf } from './line-shapes.ts';

const label = (line: string) => {
  const found = matchLabel(fold(line));
  return found && { role: found.role, value: found.value, label: line.slice(0, found.length) };
};

describe('matchLabel: a plan’s named actions and projects', () => {
  it.each([
    ['行动一：质量标杆培育行动', { role: 'item', value: 1, label: '行动一：' }],
    ['专项行动2、计量数字化转型', { role: 'item', value: 2, label: '专项行动2、' }],
    ['工程三　质量基础设施提升工程', { role: 'item', value: 3, label: '工程三　' }],
    ['重点工程十二：品牌培育', { role: 'item', value: 12, label: '重点工程十二：' }],
  ])('%s', (line, expected) => expect(label(line)).toEqual(expected));

  it.each(['行动计划的实施', '工程1项已建成', '行动起来，共建质量强省', '工程质量提升'])('not %s', (line) =>
    expect(label(line)).toBeUndefined(),
  );
});

describe('matchLabel: a number before a figure, or a cited article or part', () => {
  it.each([
    ['1．12315投诉举报按时办结率保持100%', { role: 'subitem', value: 1, label: '1．' }],
    ['2.2024年底前完成改造', { role: 'subitem', value: 2, label: '2.' }],
    ['3、2025年实现全覆盖', { role: 'subitem', value: 3, label: '3、' }],
    ['3.2条件审查', { role: 'item', value: 2, label: '3.2' }],
    ['1．6月底前完成隐患清零', { role: 'subitem', value: 1, label: '1．' }],
    ['2.3日常检查', { role: 'item', value: 3, label: '2.3' }],
    ['一、总体要求', { role: 'chapter', value: 1, label: '一、' }],
    ['第二部分 重点任务', { role: 'chapter', value: 2, label: '第二部分 ' }],
    ['第三章中小企业发展', { role: 'chapter', value: 3, label: '第三章' }],
    ['第二十条　电动自行车…', { role: 'article', value: 20, label: '第二十条　' }],
  ])('%s', (line, expected) => expect(label(line)).toEqual(expected));

  it.each([
    '5.2%的企业完成改造',
    '3、4月份开展集中检查',
    '1.5倍以上',
    '4.2条的要求',
    '5.5批次以上',
    '5.1.3条处理',
    '4.2.2 规定的Ⅱ级响应。',
    '（三）项规定的，由燃气管理部门责令限期改正',
    '3.1所列情形',
    '第八条规定使用资金的',
    '三、四部分要求，对辖区内案件实行台账管理',
    '一、二类停车示范项目',
    '11.6件）',
    '第二十条）。',
    '第二部分确定的各项目标如期实现。',
    '第三章规定的情形',
    // a table's row that opens with a figure
    '2.0升及以下排量燃油乘用车',
    '1.0版本',
  ])('not %s', (line) => expect(label(line)).toBeUndefined());
});

describe('shapeOf: a rule under the text', () => {
  it.each(['————————————————', '────────', '______________', '－－－－－－－－'])('%s is part of the 版记', (line) =>
    expect(shapeOf(fold(line))).toBe('distribution'),
  );
  it('a dash bullet is still a bullet', () => expect(shapeOf(fold('——加强监管'))).toBe('bullet'));
  it('who explains a policy, under its interpretation, is a field line', () =>
    expect(shapeOf(fold('解读机关：某省商务厅　解读人：王某某'))).toBe('header'));
});

describe('attachmentLine: an attachment with its title, or its label alone', () => {
  it.each([
    ['附件：重点任务分工表', { label: '附件', title: '重点任务分工表' }],
    ['附件2：任务清单', { label: '附件2', title: '任务清单' }],
    ['附件一：考核办法', { label: '附件一', title: '考核办法' }],
    ['附表1：主要指标', { label: '附表1', title: '主要指标' }],
    ['附件二', { label: '附件二', title: '' }],
    ['附件 3', { label: '附件3', title: '' }],
    ['附：全市市场监管系统投诉举报电话', { label: '附', title: '全市市场监管系统投诉举报电话' }],
    ['附\u3000录\u3000A', { label: '附录A', title: '' }],
    ['附录B：评分表', { label: '附录B', title: '评分表' }],
  ])('%s', (line, expected) => expect(attachmentLine(fold(line))).toEqual(expected));

  it.each([
    '附件：1．实施方案',
    '附录材料要齐全',
    '附件材料要齐全',
    '附表说明：见下。',
    '附则：本办法自印发之日起施行',
    '附近商户',
  ])('not %s', (line) => expect(attachmentLine(fold(line))).toBeUndefined());
});

describe('attachmentListStart: the first line of a list of attachments', () => {
  it.each([
    ['附件：1．湖北省质量强省建设实施方案', 1],
    ['附件：2、考核办法', 2],
    ['附件：重点任务分工表', undefined],
    ['1．湖北省质量强省建设实施方案', undefined],
  ])('%s', (line, expected) => expect(attachmentListStart(fold(line))).toBe(expected));
});

describe('endsLikeTitle: what a document calls itself at its title’s end', () => {
  it('a body’s or its members’ duties are a document of their own', () => {
    expect(endsLikeTitle(fold('青漪县安全生产委员会成员单位安全生产工作职责'))).toBe(true);
    expect(endsLikeTitle(fold('某市食品安全委员会成员单位职责分工'))).toBe(true);
  });
  it('a body’s statement of its duties and divisions is a document of its own', () => {
    expect(endsLikeTitle(fold('桐溪市应急管理局主要职责及内设机构'))).toBe(true);
    expect(endsLikeTitle(fold('某县市场监督管理局机构职能'))).toBe(true);
  });
  it('a part that lists duties is no document', () => {
    expect(endsLikeTitle(fold('主要职责'))).toBe(false);
    expect(endsLikeTitle(fold('三、内设机构'))).toBe(false);
  });
});
