/**
 * How often targets and deadlines come back: the frequency words of a quota, and the recurring
 * dates officials set for reports (their first in a year), against the frequencies and dates that
 * are not recurring deadlines.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/model/fold.ts';
import { recurrenceOf, recurringDeadlines } from './recurrence.ts';

const deadlines = (text: string) => {
  const folded = fold(text);
  return recurringDeadlines(folded).map(({ start, end, recurring, month, day, weekday }) => ({
    text: text.slice(start, end),
    recurring,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
    ...(weekday ? { weekday } : {}),
  }));
};

describe('recurrenceOf: a quota’s frequency', () => {
  it.each([
    ['每年开展抽查不少于2次', 'yearly'],
    ['每年度新增示范企业10家', 'yearly'],
    ['每半年不少于1次', 'half-yearly'],
    ['县级包保干部每季度督导不少于1次', 'quarterly'],
    ['每季召开1次', 'quarterly'],
    ['每月检测批次不少于70批次', 'monthly'],
    ['网格员每周巡查不少于2次', 'weekly'],
    ['每星期开展1次自查', 'weekly'],
  ] as const)('%s: %s', (clause, expected) => expect(recurrenceOf(fold(clause))).toBe(expected));

  it.each([
    '每年11月底前完成',
    '每月5日前报送',
    '每月底前报送',
    '到2025年建成30个',
    '每万人口发明专利拥有量达到12件',
    '每周岁儿童',
  ])('none in %s', (clause) => expect(recurrenceOf(fold(clause))).toBeUndefined());
});

describe('recurringDeadlines: dates that come back', () => {
  it.each([
    ['于每月5日前将上月进展报送县食安办', { text: '每月5日前', recurring: 'monthly', month: 1, day: 5 }],
    ['每月底前报送', { text: '每月底前', recurring: 'monthly', month: 1 }],
    ['每月前5个工作日内报送上月数据', { text: '每月前5个工作日内', recurring: 'monthly', month: 1 }],
    ['每季度末将工作进展情况报省局办公室', { text: '每季度末', recurring: 'quarterly', month: 3 }],
    ['完成时限：每季度末。', { text: '每季度末', recurring: 'quarterly', month: 3 }],
    ['每季度结束后10日内形成分析报告', { text: '每季度结束后10日内', recurring: 'quarterly', month: 4, day: 10 }],
    ['每季度结束后5个工作日内报送', { text: '每季度结束后5个工作日内', recurring: 'quarterly', month: 4 }],
    ['每季度首月10日前报送上季度情况', { text: '每季度首月10日前', recurring: 'quarterly', month: 1, day: 10 }],
    ['每季度最后一个月25日前报送', { text: '每季度最后一个月25日前', recurring: 'quarterly', month: 3, day: 25 }],
    ['于每季度末月25日前报送', { text: '每季度末月25日前', recurring: 'quarterly', month: 3, day: 25 }],
    ['每半年结束后15日内报送', { text: '每半年结束后15日内', recurring: 'half-yearly', month: 7, day: 15 }],
    ['每年年底前报送年度总结', { text: '每年年底前', recurring: 'yearly', month: 12 }],
    ['每周五前将安检情况报送', { text: '每周五前', recurring: 'weekly', weekday: 5 }],
    ['每周一12时前报送上周台账', { text: '每周一12时前', recurring: 'weekly', weekday: 1 }],
    ['每周四下午5点前报送', { text: '每周四下午5点前', recurring: 'weekly', weekday: 4 }],
    ['每星期五下班前报市安委办', { text: '每星期五下班前', recurring: 'weekly', weekday: 5 }],
    ['每周日汇总本周动态', { text: '每周日', recurring: 'weekly', weekday: 7 }],
    ['时间节点：每周四。', { text: '每周四', recurring: 'weekly', weekday: 4 }],
  ] as const)('%s', (text, expected) => expect(deadlines(text)).toEqual([expected]));

  it.each([
    // a frequency sets no date
    '每半年至少召开1次专题会议',
    '每季度通报1次督导完成情况',
    // the end of a period as a time of no act, outside a deadline field
    '每季度末的库存量',
    // dates of one year, read with the document's other dates
    '2024年12月底前完成',
    '每年11月底前完成评议',
    // a span of days in each week, and a frequency
    '每周二至周五开展联合检查',
    '每周至少开展1次巡查',
  ])('none in %s', (text) => expect(deadlines(text)).toEqual([]));
});
