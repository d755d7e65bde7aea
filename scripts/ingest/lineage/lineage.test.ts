import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { asOfDate, DEFAULT_AS_OF } from '../cli/as-of.ts';
import { citedId } from '../../../src/model/index.ts';
import { inferImplements } from './implements.ts';
import { resolveRelations } from './relations.ts';
import { statusOf } from './status.ts';
import { datesOf, endOf, periodEnd } from './validity.ts';
import { sidecarSchema } from '../../../src/model/index.ts';
import { unit } from '../../../src/lib/fixtures.ts';

describe('as-of date', () => {
  it('is the UTC day of SOURCE_DATE_EPOCH, else the fixed default, never the clock', () => {
    expect(asOfDate({ SOURCE_DATE_EPOCH: '1451606400' })).toBe('2016-01-01');
    expect(asOfDate({})).toBe(DEFAULT_AS_OF);
    expect(() => asOfDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH: Unexpected `yesterday`');
  });
});

describe('validity from the period', () => {
  it('ends with the last year of the period', () => {
    expect(periodEnd('2015')).toBe(2015);
    expect(periodEnd('2011-2020')).toBe(2020);
    expect(periodEnd('2016—2018年')).toBe(2018);
    expect(periodEnd('长期')).toBeUndefined();
    expect(endOf('2015')).toBe('2015-12-31');
  });

  const sidecar = (type: string, period: unknown) =>
    sidecarSchema.parse({
      title: '某办法',
      issuer: '某省人民政府',
      province: 'henan',
      date: '2025-03-28',
      type,
      period,
    });
  const inferred = { value: '2025', inferred: true, basis: '取自发文日期所在年份' };
  it('is inferred for a plan, from a period stated or inferred', () => {
    expect(datesOf(sidecar('实施方案', inferred)).validTo?.value).toBe('2025-12-31');
    expect(datesOf(sidecar('实施方案', '2021-2025')).validTo?.value).toBe('2025-12-31');
  });
  it('is never inferred for a standing rule from a period its text does not state', () => {
    expect(datesOf(sidecar('办法', inferred)).validTo).toBeUndefined();
    expect(datesOf(sidecar('条例', inferred)).validTo).toBeUndefined();
    expect(datesOf(sidecar('办法', '2021-2025')).validTo?.value).toBe('2025-12-31');
  });
  it('is inferred for a paper that is no plan from a period over years, not from the year it was issued', () => {
    const overYears = { value: '2025-2027', inferred: true, basis: '止于正文目标的最晚年份（到2027年）' };
    for (const type of ['意见', '通知', '清单', '若干措施']) {
      expect(datesOf(sidecar(type, inferred)).validTo).toBeUndefined();
      expect(datesOf(sidecar(type, '2025')).validTo?.value).toBe('2025-12-31');
      expect(datesOf(sidecar(type, overYears)).validTo?.value).toBe('2027-12-31');
    }
    expect(datesOf(sidecar('工作要点', inferred)).validTo?.value).toBe('2025-12-31');
  });
  it('is not inferred from a year that ended before the document was issued: the year it reviews', () => {
    expect(datesOf(sidecar('通报', '2024')).validTo).toBeUndefined();
    expect(datesOf(sidecar('工作要点', '2024')).validTo).toBeUndefined();
    expect(datesOf(sidecar('工作要点', '2024-2025')).validTo?.value).toBe('2025-12-31');
  });
  it('is not inferred from the years its goals reach when a page says it is in force; a term stated still ends', () => {
    const overYears = { value: '2025-2027', inferred: true, basis: '止于正文目标的最晚年份（到2027年）' };
    const status = { value: '现行有效', inferred: true, basis: '网页“有效性”字段称有效' };
    const inForce = (type: string, period: unknown) => sidecarSchema.parse({ ...sidecar(type, period), status });
    expect(datesOf(inForce('通知', overYears)).validTo).toBeUndefined();
    expect(datesOf(inForce('实施方案', '2025')).validTo?.value).toBe('2025-12-31');
  });
});

describe('status', () => {
  const validTo = { value: '2015-12-31', inferred: true, basis: '规划期 2015' };
  it('is 已失效 after the validity, 现行有效 within it', () => {
    const base = { validTo, supersededBy: [], amendedBy: [] };
    expect(statusOf({ ...base, asOf: '2016-01-01' }).value).toBe('已失效');
    expect(statusOf({ ...base, asOf: '2015-12-31' }).value).toBe('现行有效');
  });
  it('is 已废止 once the replacement is issued, whatever the validity', () => {
    const newer = [{ id: 'b', title: '新计划', date: '2015-06' }];
    expect(statusOf({ validTo, supersededBy: newer, amendedBy: [], asOf: '2015-07-01' })).toMatchObject({
      value: '已废止',
      basis: '已被《新计划》（2015-06）替代',
    });
    expect(statusOf({ validTo, supersededBy: newer, amendedBy: [], asOf: '2015-05-31' }).value).toBe('现行有效');
  });
  it('keeps a stated status', () => {
    const stated = { value: '部分失效', inferred: false };
    expect(statusOf({ stated, validTo, supersededBy: [], amendedBy: [], asOf: '2030-01-01' })).toEqual(stated);
  });
  it('gives a stated 现行有效 up to a replacement in force since', () => {
    const stated = { value: '现行有效', inferred: false };
    const newer = [{ id: 'b', title: '新计划', date: '2015-06' }];
    expect(statusOf({ stated, supersededBy: newer, amendedBy: [], asOf: '2015-07-01' }).value).toBe('已废止');
    expect(statusOf({ stated, supersededBy: [], amendedBy: [], asOf: '2030-01-01' })).toEqual(stated);
  });
  it('weighs an inferred 现行有效 as evidence: the end of a term still ends it', () => {
    const stated = { value: '现行有效', inferred: true, basis: '网页“有效性”字段称有效' };
    expect(statusOf({ stated, validTo, supersededBy: [], amendedBy: [], asOf: '2016-01-01' }).value).toBe('已失效');
  });
});

describe('implements from the preamble', () => {
  const citation = (raw: string, unitId: string) => ({ raw, docNumber: '国办发〔2015〕19号', unit: unitId, line: 1 });
  it('reads 贯彻…制定本 around a citation of the preamble', () => {
    const preamble = unit('a/p1', { kind: 'preamble', text: '为贯彻落实《通知》（国办发〔2015〕19号），制定本计划。' });
    const relations = inferImplements([preamble], [citation('《通知》（国办发〔2015〕19号）', 'a/p1')]);
    expect(relations).toEqual([
      { docNumber: '国办发〔2015〕19号', inferred: true, basis: '前言所述制定依据（第1行）' },
    ]);
  });
  it('ignores a citation of a measure, or one without that wording', () => {
    const measure = unit('a/1', { kind: 'measure', text: '根据国办发〔2015〕19号，制定本地方案。' });
    const preamble = unit('a/p1', { kind: 'preamble', text: '参见国办发〔2015〕19号。制定本计划。' });
    expect(inferImplements([measure], [citation('国办发〔2015〕19号', 'a/1')])).toEqual([]);
    expect(inferImplements([preamble], [citation('国办发〔2015〕19号', 'a/p1')])).toEqual([]);
  });
});

describe('relations of the sidecar', () => {
  const corpus = [{ id: 'hebei-2016-plan', title: '旧计划', docNumber: '冀政办〔2016〕1号' }];
  it('resolves ids and 文号, and reports an unknown id or a value that is neither at its place', () => {
    const file = new VFile({ path: 'x.yml' });
    const place = { file, locate: () => ({ start: { line: 9, column: 5 }, end: { line: 9, column: 20 } }) };
    const relations = resolveRelations(
      ['hebei-2016-plan', '冀政办[2016]1号', '国发〔2012〕9号', 'hebei-2010-plan', '质量提升'],
      'supersedes',
      corpus,
      place,
    );
    expect(relations.map((entry) => entry.document ?? entry.docNumber)).toEqual([
      'hebei-2016-plan',
      'hebei-2016-plan',
      '国发〔2012〕9号',
    ]);
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'sidecar:unknown-relation',
        9,
        'Unexpected `hebei-2010-plan` in `supersedes`, expected the id of a corpus document or a 文号',
      ],
      [
        'sidecar:unknown-relation',
        9,
        'Unexpected `质量提升` in `supersedes`, expected a corpus document id or a 文号 such as 国办发〔2015〕19号',
      ],
    ]);
  });
});

describe('cited document ids', () => {
  it('spell the issuer prefix in ASCII, or hash an unknown one', () => {
    expect(citedId('国办发〔2015〕19号')).toBe('guobanfa-2015-19');
    expect(citedId('国发〔2012〕9号')).toBe('guofa-2012-9');
    expect(citedId('豫政〔2015〕29号')).toMatch(/^x[0-9a-f]{8}-2015-29$/);
    expect(citedId('豫政〔2015〕29号')).toBe(citedId('豫政〔2015〕29号'));
  });
});
