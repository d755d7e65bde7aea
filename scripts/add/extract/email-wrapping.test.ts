// A document forwarded twice by e-mail, written by hand in the layout mail clients give a forward.
import { describe, expect, it } from 'vitest';
import { withoutEmailWrapping } from './email-wrapping.ts';

const forwarded = [
  '-----Original Message-----',
  '发件人：王某 <someone@example.com>',
  '发送时间：2024年4月1日 星期一 15:40',
  '收件人：甲县局; 乙县局',
  '主题：转发：关于开展标准化试点申报工作的通知',
  '',
  '各县区局：',
  '　　现将省局通知转发给你们，请于4月20日前报送。',
  '',
  '王某',
  '某市市场监督管理局标准化科',
  '办公电话：0000-1234567',
  '',
  '> -----原始邮件-----',
  '> 发件人："省局标准化处" <office@example.com>',
  '> 主题：关于开展标准化试点申报工作的通知',
  '>',
  '> 各市州局：',
  '> 　　通知已印发，现将正文发送你们。',
  '>',
  '> 赵某',
  '> 电话：0000-7654321',
  '>',
  '> 某省市场监督管理局关于开展标准化试点申报工作的通知',
  '> 某市监发〔2024〕52号',
  '> 　　一、申报条件。综合评分>85分的项目优先推荐。',
  '> 　　联系人：省局标准化处 赵某，电话：0000-7654321。',
  '> 某省市场监督管理局',
  '> 2024年3月28日',
  '>',
  '>> -----原始邮件-----',
  '>> 发件人："省局办公室" <desk@example.com>',
  '>> 主题：公文已印发',
  '>>',
  '>> 标准化处：公文已于3月28日签发。',
  '>>',
  '>> 省局办公室',
  '>> 电话：0000-1111111',
];

describe('withoutEmailWrapping', () => {
  it('keeps the forwarded document, unquoted, and drops the mails’ headers, cover notes and signatures', () => {
    const { kept, dropped } = withoutEmailWrapping(forwarded);
    const text = kept.filter((line) => line.trim());
    expect(text).toEqual([
      '某省市场监督管理局关于开展标准化试点申报工作的通知',
      '某市监发〔2024〕52号',
      '　　一、申报条件。综合评分>85分的项目优先推荐。',
      '　　联系人：省局标准化处 赵某，电话：0000-7654321。',
      '某省市场监督管理局',
      '2024年3月28日',
    ]);
    expect(dropped).toBeGreaterThan(0);
  });

  it('leaves a text without a mail header as it is, its > signs too', () => {
    const lines = ['某县质量工作方案', '> 引用的一段话', '　　综合评分>85分的企业优先。'];
    expect(withoutEmailWrapping(lines)).toEqual({ kept: lines, dropped: 0 });
  });
});
