import { describe, expect, it } from 'vitest';
import { targetSchema, unitSchema } from '../model/index.ts';
import { BOM } from './csv.ts';
import { jsonRecords, measureColumns, measuresCsv, targetColumns, targetsCsv, withBaseUrls } from './exports.ts';
import { dept, unit, unresolved } from './fixtures.ts';

describe('withBaseUrls', () => {
  it('prefixes url fields with the base, leaves other items alone', () => {
    const items = [{ id: 'a', url: '/documents/a/#1' }, { id: 'b' }];
    expect(withBaseUrls(items, '/policy-kb/')).toEqual([{ id: 'a', url: '/policy-kb/documents/a/#1' }, { id: 'b' }]);
    expect(withBaseUrls(items, '/')[0]).toEqual({ id: 'a', url: '/documents/a/#1' });
    expect(items[0]?.url).toBe('/documents/a/#1');
  });
});

describe('measuresCsv', () => {
  it('writes one row per unit, arrays joined with ；', () => {
    const u = unit('shanxi-plan/2-8', {
      numbering: ['二', '（八）'],
      text: '一，二, "三"',
      departments: [dept('qs', true, '省质监局'), dept('edu')],
      themes: ['a', 'b'],
    });
    const lines = measuresCsv([u], '/kb/').split('\r\n');
    expect(lines[0]).toBe(BOM + measureColumns.map((c) => c.header).join(','));
    expect(lines[1]).toContain(
      'shanxi-plan/2-8,/kb/documents/shanxi-plan/#2-8,shanxi-plan,山西省,shanxi,0,二；（八）,measure',
    );
    expect(lines[1]).toContain('"一，二, ""三"""');
    expect(lines[1]).toContain(',省质监局；edu,qs；edu,qs名；edu名,lead；responsible,a；b,');
  });
  it('keeps an unresolved name in place, with an empty id and name', () => {
    const u = unit('henan-plan/2-2', {
      departments: [unresolved('省农机局', true), dept('commerce', false, '商务厅', 'cooperating')],
    });
    const row = measuresCsv([u], '/').split('\r\n')[1];
    expect(row).toContain(',省农机局；商务厅,；commerce,；commerce名,lead；cooperating,');
  });
  it('only has columns that are fields of the unit schema', () => {
    const fields = Object.keys(unitSchema.shape);
    for (const column of measureColumns) expect(fields).toContain(column.header.split('.')[0]);
  });
});

describe('targetsCsv', () => {
  it('writes targets with their source lines', () => {
    const csv = targetsCsv([
      {
        metric: '合格率',
        value: '98%',
        number: 98,
        comparator: '达到',
        year: 2015,
        text: '合格率达到98%',
        measure: 'a/1',
        province: '山西省',
        source: { file: 'f.txt', startLine: 3, endLine: 4 },
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe('合格率,98%,98,达到,2015,,,合格率达到98%,a/1,山西省,f.txt,3,4');
    const fields = Object.keys(targetSchema.shape);
    for (const column of targetColumns) expect(fields).toContain(column.header.split('.')[0]);
  });
});

describe('JSON records', () => {
  it('are a JSON array with one record per line', () => {
    const records = [{ id: 'a', text: '一\n二' }, { id: 'b' }];
    const body = jsonRecords(records);
    expect(body).toBe('[\n{"id":"a","text":"一\\n二"},\n{"id":"b"}\n]\n');
    expect(JSON.parse(body)).toEqual(records);
    expect(JSON.parse(jsonRecords([]))).toEqual([]);
  });
});
