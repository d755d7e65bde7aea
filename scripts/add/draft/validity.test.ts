import { describe, expect, it } from 'vitest';
import { readLines } from './lines.ts';
import { addYears, readValidity } from './validity.ts';
import type { Drafted } from './yaml.ts';

const issued: Drafted = { value: '2016-03-05', stated: true, lines: [9] };
const read = (text: string) => readValidity(readLines(text), issued);

describe('readValidity', () => {
  it('reads 发布日期 and 施行日期 fields and 有效期至', () => {
    expect(read('发布日期：2016年3月8日\n施行日期：2016年4月1日\n本方案有效期至2020年12月31日。')).toEqual({
      published: { value: '2016-03-08', stated: true, lines: [1] },
      effective: { value: '2016-04-01', stated: true, lines: [2] },
      validTo: { value: '2020-12-31', stated: true, lines: [3] },
    });
  });
  it('reads the status a page’s 有效性 field states, among the other fields of its line', () => {
    expect(read('索 引 号：\tQC0031\t信息分类：\t特种设备\n有 效 性：\t有效\t公开方式：\t主动公开').status).toEqual({
      value: '现行有效',
      stated: false,
      basis: '第2行：网页“有效性”字段称有效',
    });
    expect(read('有效性：已废止').status).toEqual({ value: '已废止', stated: true, lines: [1] });
    expect(read('有效性：待定').status).toBeUndefined();
  });
  it('reads 自…起施行 with a date, and 自印发之日起施行 as the date of issue', () => {
    expect(read('　　本办法自2016年5月1日起施行。').effective).toEqual({
      value: '2016-05-01',
      stated: true,
      lines: [1],
    });
    expect(read('一、任务\n　　本方案自印发之日起施行。').effective).toEqual({
      value: '2016-03-05',
      stated: false,
      basis: '第2行：自印发之日起施行，即发文日期',
    });
  });
  it('takes no date another document comes into force on, cited in the text or a note', () => {
    // The document's own short name is its own (`《基准》自2024年8月1日起施行`).
    expect(read('　　一、《基准》自2024年8月1日起施行，有效期五年。').effective).toMatchObject({ value: '2024-08-01' });
    expect(
      read('　　《中华人民共和国特种设备安全法》自2014年1月1日起施行以来，监管不断加强。').effective,
    ).toBeUndefined();
    expect(read('注1：《特种设备安全法》，2013年6月29日通过，自2014年1月1日起施行。').effective).toBeUndefined();
    // The document's own sentence after such a clause still dates it.
    expect(read('　　《安全生产条例》自2014年1月1日起施行。本办法自2016年5月1日起施行。').effective).toEqual({
      value: '2016-05-01',
      stated: true,
      lines: [1],
    });
  });

  it('takes the document’s own 自…起施行 before a page’s or database’s field, which may date its last amendment', () => {
    expect(read('【实施日期】 2023.11.27\n施行日期：2023-11-27\n　　本办法自2018年5月1日起施行。').effective).toEqual({
      value: '2018-05-01',
      stated: true,
      lines: [3],
    });
    expect(read('【实施日期】 2023.11.27\n一、任务').effective).toEqual({
      value: '2023-11-27',
      stated: true,
      lines: [1],
    });
  });
  it('counts 有效期5年 from the effective date', () => {
    expect(read('　　本方案自印发之日起施行，有效期五年。').validTo).toEqual({
      value: '2021-03-04',
      stated: false,
      basis: '第1行：有效期5年，自2016-03-05起算',
    });
    expect(addYears('2016', 5)).toBeUndefined();
  });
  it('reads no validity of what the document governs', () => {
    expect(read('三、质量标杆企业实行动态管理，有效期3年。').validTo).toBeUndefined();
    expect(read('认定的示范企业有效期至2027年12月31日。').validTo).toBeUndefined();
  });
  it('reads no validity a change quotes for another document', () => {
    expect(read('4．将第三十二条中的“本办法有效期5年”修改为“本办法有效期至2029年12月31日”。').validTo).toBeUndefined();
  });
  it('finds nothing in a text without these words', () => {
    expect(read('一、总体要求\n（一）指导思想。')).toEqual({});
  });
});
