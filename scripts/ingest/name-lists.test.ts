import { describe, expect, it } from 'vitest';
import { endsAsName, splitNames } from './name-lists.ts';

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
