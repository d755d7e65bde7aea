// A 任务清单 exported from Excel as CSV, by hand: quoted cells over lines, commas inside them.
import { describe, expect, it } from 'vitest';
import { csvTablesAsTabs } from './csv-table.ts';

describe('csvTablesAsTabs', () => {
  it('rewrites the table under its header with tabs, its title without empty cells, the text around it kept', () => {
    const { lines, tables } = csvTablesAsTabs([
      '某市食品安全委员会办公室关于印发任务清单的通知',
      '　　现将清单印发给你们，请认真落实。',
      '某市2025年食品安全重点工作任务清单,,,,',
      '序号,重点任务,牵头单位,配合单位,完成时限',
      '1,"实施食品安全抽检监测，全市抽检1,200批次。',
      '2.组织开展应急演练。",市市场监管局,"市卫健委',
      '市公安局",2025年12月底前',
      '2,"开展""守护校园""行动",市教育局,,2025年10月底前',
      ',,,,',
      '注：各区县参照本清单制定任务清单。',
    ]);
    expect(tables).toBe(1);
    expect(lines).toEqual([
      '某市食品安全委员会办公室关于印发任务清单的通知',
      '　　现将清单印发给你们，请认真落实。',
      '某市2025年食品安全重点工作任务清单',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t"实施食品安全抽检监测，全市抽检1,200批次。',
      '2.组织开展应急演练。"\t市市场监管局\t"市卫健委',
      '市公安局"\t2025年12月底前',
      '2\t"开展""守护校园""行动"\t市教育局\t\t2025年10月底前',
      '',
      '注：各区县参照本清单制定任务清单。',
    ]);
  });

  it('writes a note in the first cell of a row under the table as its text alone, not as a row', () => {
    const { lines } = csvTablesAsTabs([
      '序号,重点任务,牵头单位,完成时限',
      '1,开展抽检监测,市市场监管局,2025年12月底前',
      ',,,',
      '"注：1.牵头单位为多家的，排在第一位的为主牵头单位；',
      '2.各区县于2025年4月15日前报市食安办备案。",,,',
      ',,,',
      '',
      '抄送：市委办公室，市政府办公室。',
    ]);
    expect(lines).toEqual([
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t开展抽检监测\t市市场监管局\t2025年12月底前',
      '',
      '注：1.牵头单位为多家的，排在第一位的为主牵头单位；',
      '2.各区县于2025年4月15日前报市食安办备案。',
      '',
      '',
      '抄送：市委办公室，市政府办公室。',
    ]);
  });

  it('leaves sentences with commas alone', () => {
    const lines = ['　　一、工作目标', '到2025年，全市抽检量达到4.5批次/千人，合格率98%以上。'];
    expect(csvTablesAsTabs(lines)).toEqual({ lines, tables: 0 });
  });
});
