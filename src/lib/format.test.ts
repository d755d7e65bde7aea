import { describe, expect, it } from 'vitest';
import { formatDate, formatNumbering, formatPeriod, lineRange, unitLabel } from './format.ts';
import { localId } from '../model/ids.ts';

describe('format', () => {
  it('takes the local id of a unit', () => {
    expect(localId('shanxi-2015-plan/2-8')).toBe('2-8');
    expect(localId('plain')).toBe('plain');
  });
  it('joins numbering and shows bullets as a dot', () => {
    expect(formatNumbering(['二', '（八）'])).toBe('二（八）');
    expect(formatNumbering(['六', '--'])).toBe('六·');
    expect(formatNumbering(['二', '专栏1', '2.'])).toBe('二专栏1 2.');
    expect(formatNumbering(['附件', '1.'])).toBe('附件1.');
    expect(formatNumbering([])).toBe('');
    expect(formatNumbering(['第三章', '第一节', '一'])).toBe('第三章 第一节 一');
    expect(formatNumbering(['第二章', '第十条'])).toBe('第二章 第十条');
    expect(formatNumbering(['第二部分', '（一）'])).toBe('第二部分 （一）');
    expect(unitLabel({ numbering: ['二', '（八）'], title: '强化监管' })).toBe('二（八） 强化监管');
    expect(unitLabel({ numbering: [], title: '前言' })).toBe('前言');
  });
  it('writes source line ranges', () => {
    expect(lineRange({ startLine: 37, endLine: 41 })).toBe('原文第 37–41 行');
    expect(lineRange({ startLine: 22, endLine: 22 })).toBe('原文第 22 行');
  });
  it('writes dates and periods in Chinese', () => {
    expect(formatDate('2015-05-22')).toBe('2015年5月22日');
    expect(formatDate('2015-12')).toBe('2015年12月');
    expect(formatDate('2015')).toBe('2015年');
    expect(formatDate('约2015年')).toBe('约2015年');
    expect(formatPeriod('2011-2020')).toBe('2011–2020年');
    expect(formatPeriod('2015')).toBe('2015年');
    expect(formatPeriod('十二五')).toBe('十二五');
  });
});
