// A plan as a Markdown converter writes it, by hand: its marks go, its text and table stay.
import { describe, expect, it } from 'vitest';
import { withoutMarkdown } from './markdown-marks.ts';

describe('withoutMarkdown', () => {
  it('reads the headings, run-in titles, quotes, italics, escapes, bullets and a table in bars', () => {
    const { kept, marked } = withoutMarkdown([
      '# 某省特种设备安全提升行动实施方案',
      '> 某市监特〔2024〕47号',
      '## 一、重点任务',
      '**1.落实企业主体责任。**督促#1机组使用单位配备安全总监，到2025年底达到100%。',
      '**2.开展电梯“**按需维保**”改革试点。**试点电梯不少于2000台[^1]。',
      '- 未经定期检验仍继续使用的；',
      '![](media/image1.png){width="1.58in"}',
      '*2024年5月16日*',
      '---',
      '| 序号 | 重点任务 | 牵头单位 |',
      '|---|---|---|',
      '| 1\\. | 气瓶“一瓶一码\\|一户一档”追溯 | 省市场监管局<br>省住房和城乡建设厅 |',
      '| 2\\* | 电梯隐患整治\\* | 省市场监管局 |',
      '[^1]: 试点电梯含住宅电梯。',
    ]);
    expect(marked).toBe(true);
    expect(kept).toEqual([
      '某省特种设备安全提升行动实施方案',
      '某市监特〔2024〕47号',
      '一、重点任务',
      '1.落实企业主体责任。督促#1机组使用单位配备安全总监，到2025年底达到100%。',
      '2.开展电梯“按需维保”改革试点。试点电梯不少于2000台。',
      '——未经定期检验仍继续使用的；',
      '',
      '2024年5月16日',
      '',
      '序号\t重点任务\t牵头单位',
      '1.\t气瓶“一瓶一码|一户一档”追溯\t省市场监管局、省住房和城乡建设厅',
      '2\t电梯隐患整治*\t省市场监管局',
      '注1：试点电梯含住宅电梯。',
    ]);
  });

  it('leaves a text with one # line and no other marks as it is (#1机组 is text)', () => {
    const lines = ['#1机组锅炉安全评估方案', '一、工作任务', '　　（一）开展评估。'];
    expect(withoutMarkdown(lines)).toEqual({ kept: lines, marked: false });
  });
});
