import { describe, expect, it } from 'vitest';
import { kindOfArticle, kindOfHeading } from './part-kinds.ts';

describe('kindOfArticle', () => {
  it('reads a purpose, a scope or a definition as framing', () => {
    expect(kindOfArticle('为了加强电梯安全管理，预防和减少电梯事故，根据有关法律法规，制定本办法。')).toBe('principle');
    expect(kindOfArticle('根据《中华人民共和国产品质量法》，结合本省实际，制定本实施细则。')).toBe('principle');
    expect(kindOfArticle('本条例适用于本省行政区域内电梯的使用和维护保养。')).toBe('principle');
    expect(kindOfArticle('在本市行政区域内从事电动自行车销售活动，适用本规定。')).toBe('principle');
    expect(kindOfArticle('本办法所称小作坊，是指有固定生产场所、从业人员较少的食品生产者。')).toBe('principle');
    expect(kindOfArticle('本条例下列用语的含义：')).toBe('principle');
    expect(kindOfArticle('杂物电梯、仅供单一家庭使用的电梯的安全管理，参照本条例执行。')).toBe('principle');
    // and a benchmark's or a contingency plan's own (`本基准`, `本预案`)
    expect(kindOfArticle('本基准适用于全省各级市场监督管理部门实施的行政处罚。')).toBe('principle');
    expect(kindOfArticle('本基准中“以上”“以下”“不足”的含义：“以上”“以下”均包括本数。')).toBe('principle');
    expect(kindOfArticle('为规范突发事件应对工作，制定本预案。')).toBe('principle');
    // and a policy's of articles (`第一条 为…，制定本政策。`)
    expect(kindOfArticle('为深入实施创新驱动发展战略，结合我市实际，制定本政策。')).toBe('principle');
  });

  it('reads entry into force and interpretation as closing', () => {
    expect(kindOfArticle('本办法自2025年6月1日起施行。')).toBe('closing');
    expect(kindOfArticle('本实施细则由省市场监督管理局负责解释。')).toBe('closing');
    // and so are a 通告's (its items are numbered as a regulation's articles are not, but end alike)
    expect(kindOfArticle('本通告自发布之日起施行。')).toBe('closing');
    // and a policy's: its term, not a task (one that sets a task after it stays a measure)
    expect(kindOfArticle('本政策自2024年1月1日起施行，有效期至2026年12月31日。')).toBe('closing');
    expect(kindOfArticle('本政策措施由省商务厅会同省财政厅负责解释。')).toBe('closing');
    expect(kindOfArticle('本政策由市科技局负责解释。市有关部门应于3个月内制定实施细则。')).toBeUndefined();
    // and that rules made while it stands prevail over it
    expect(kindOfArticle('本细则实施期间，国家、省出台新规定的，从其规定。')).toBe('closing');
  });

  it('leaves a duty or a rule to its part', () => {
    expect(kindOfArticle('县级以上人民政府应当加强对电梯安全工作的领导。')).toBeUndefined();
    expect(kindOfArticle('为了保障安全，使用单位应当制定应急预案。')).toBeUndefined();
    expect(kindOfArticle('违反本办法第五条规定的，由市场监督管理部门责令改正。')).toBeUndefined();
    expect(kindOfArticle('省人民政府住房城乡建设主管部门可以根据本办法制定实施细则。')).toBeUndefined();
  });
});

describe('kindOfHeading', () => {
  it('reads a part of where things stand and the goals as goals, one of where they stand alone as context', () => {
    expect(kindOfHeading('发展现状和总体目标')).toBe('goal');
    expect(kindOfHeading('发展基础与主要目标')).toBe('goal');
    expect(kindOfHeading('发展现状')).toBe('context');
    expect(kindOfHeading('形势和挑战')).toBe('context');
  });

  it("reads a standard's fixed parts as framing and an assessment's scoring table as its rules", () => {
    expect(kindOfHeading('规范性引用文件')).toBe('principle');
    expect(kindOfHeading('术语和定义')).toBe('principle');
    expect(kindOfHeading('考核评分表')).toBe('requirement');
    expect(kindOfHeading('评分表')).toBe('requirement');
  });

  it("reads an emergency plan's purpose and grades, and a text's scope, as framing", () => {
    expect(kindOfHeading('编制目的')).toBe('principle');
    expect(kindOfHeading('事故分级')).toBe('principle');
    expect(kindOfHeading('排查范围')).toBe('principle');
    expect(kindOfHeading('考核对象')).toBe('principle');
    expect(kindOfHeading('整治范围和重点')).toBe('principle');
    expect(kindOfHeading('检查范围及对象')).toBe('principle');
    // a subsidy's eligibility sets rules of its own
    expect(kindOfHeading('奖励范围')).toBeUndefined();
  });

  it("reads an assessment's scoring as its rules, its steps not", () => {
    expect(kindOfHeading('考核内容及分值（100分）')).toBe('requirement');
    expect(kindOfHeading('考核指标和评分标准')).toBe('requirement');
    expect(kindOfHeading('评分标准')).toBe('requirement');
    expect(kindOfHeading('加分项（最高加5分）')).toBe('requirement');
    expect(kindOfHeading('扣分事项')).toBe('requirement');
    expect(kindOfHeading('考核程序')).toBeUndefined();
    // a plan's own indicators are its goals
    expect(kindOfHeading('主要指标')).toBe('goal');
  });

  it("reads a review of the past year as context, a plan's evaluation step not", () => {
    expect(kindOfHeading('2023年工作总结')).toBe('context');
    expect(kindOfHeading('2023年工作完成情况')).toBe('context');
    expect(kindOfHeading('总结评估')).toBeUndefined();
  });
});
