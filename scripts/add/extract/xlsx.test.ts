// A 任务分工表 saved as an Excel workbook, built at test time: its rows as the task table's lines.
import { describe, expect, it } from 'vitest';
import { ExtractError, extractText } from '../extract.ts';
import { makeXlsx } from '../testing/make-xlsx.ts';

describe('extractText: .xlsx', () => {
  it('writes a sheet as a table copied out of Excel, so that its task table is one line per task', async () => {
    const bytes = await makeXlsx([
      [
        ['某市2025年食品安全重点工作任务分工表'],
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        [1, '开展食品安全抽检监测，全市抽检1,200批次', '市市场监管局', '市卫健委\n市公安局', { date: 46022 }],
        [2, '开展"守护校园"专项行动', '市教育局', undefined, '2025年10月底前'],
      ],
    ]);
    const result = await extractText(bytes, '任务分工表.xlsx');
    expect(result.format).toBe('xlsx');
    expect(result.text.split('\n')).toEqual([
      '某市2025年食品安全重点工作任务分工表',
      '1. 开展食品安全抽检监测，全市抽检1,200批次（牵头单位：市市场监管局；配合单位：市卫健委、市公安局；完成时限：2025年12月31日）',
      '2. 开展"守护校园"专项行动（牵头单位：市教育局；完成时限：2025年10月底前）',
      '',
    ]);
    expect(result.notes[0]).toBe('Excel 工作簿：1 个工作表按行写出，单元格以制表符分隔。');
  });

  it('writes a rate, an amount and a date as their formats show them, as a copy of the sheet does', async () => {
    const bytes = await makeXlsx([
      [
        ['序号', '指标', '目标值', '完成时限'],
        [1, '食品抽检合格率', { number: 0.985, format: '0.0%' }, { number: 46022, format: 'yyyy"年"m"月"d"日"' }],
        [2, '质量提升专项资金', { number: 1200, format: '#,##0"万元"' }, { date: 46203 }],
      ],
    ]);
    const result = await extractText(bytes, '指标.xlsx');
    expect(result.text).toContain('98.5%');
    expect(result.text).toContain('1,200万元');
    expect(result.text).toContain('2025年12月31日');
    expect(result.text).toContain('2026年6月30日');
    expect(result.text).not.toContain('0.985');
  });

  it('refuses a file that is no zip package, and an old .xls, with what to do', async () => {
    await expect(extractText(new TextEncoder().encode('x'), 'bad.xlsx')).rejects.toThrow(ExtractError);
    await expect(extractText(new TextEncoder().encode('x'), 'old.xls')).rejects.toThrow(/save it as \.xlsx/u);
  });
});
