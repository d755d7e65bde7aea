/**
 * Task tables as a PDF converter lays them out in text (`pdftotext -layout`), written by hand in its
 * layout: a row over several lines centred on its number, columns placed by counting characters, one
 * space between two cells at times, the header printed again after a page break.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract.ts';

/** A line as the converter prints it: each text from its column, counted in characters. */
function at(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [column, text] of cells) line += ' '.repeat(Math.max(line ? 1 : 0, column - [...line].length)) + text;
  return line;
}

/** The same on screen, where a Chinese character is two columns wide (a table typed in an editor). */
function onScreen(...cells: Array<[number, string]>): string {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! < 0x1100 ? 1 : 2), 0);
  let line = '';
  for (const [column, text] of cells) line += ' '.repeat(Math.max(line ? 1 : 0, column - width(line))) + text;
  return line;
}

async function extracted(lines: string[]) {
  const result = await extractText(new TextEncoder().encode(lines.join('\n')), 'table.txt');
  return { lines: result.text.split('\n'), notes: result.notes };
}

describe('task tables laid out by a PDF converter', () => {
  it('reads rows centred on their numbers, a row the page broke, two leads in a cell and one space between cells', async () => {
    const result = await extracted([
      at([26, '电梯安全工作任务分工表']),
      at([0, '序号'], [14, '工作任务'], [33, '牵头单位'], [47, '配合单位'], [60, '完成时限']),
      '',
      at([0, '一、主要任务']),
      '',
      at([5, '开展老旧住宅电梯安全评估，建立电梯'], [42, '市住房城乡建设局、市财']),
      at([1, '1'], [33, '市市场监管局'], [58, '2025年12月底前']),
      at([5, '更新改造项目库'], [42, '政局']),
      '',
      at([1, '2'], [5, '推广电梯按需维保模式'], [33, '市市场监管局'], [42, '市住房城乡建设局'], [58, '2025年6月底前']),
      '',
      // Two leads, one above the number and one below it; the deadline one space after the bodies.
      at(
        [5, '建立电梯应急处置平台，接入全市在用'],
        [33, '市市场监管局'],
        [42, '市应急管理局、市通信管'],
        [54, '持续推进'],
      ),
      at([1, '3']),
      at([5, '电梯'], [33, '市数据局'], [42, '理局']),
      '',
      at(
        [1, '4'],
        [5, '推进电梯物联网监测，实现重点场所电梯'],
        [33, '市市场监管局'],
        [42, '市工业和信息化局、'],
        [58, '2026年6月底前'],
      ),
      '',
      '',
      at([30, '— 3 —']),
      '\f' + at([0, '序号'], [15, '工作任务'], [34, '牵头单位'], [48, '配合单位'], [61, '完成时限']),
      '',
      at([6, '运行状态实时监测'], [43, '市通信管理局']),
      '',
      at([0, '二、保障措施']),
      '',
      at([6, '将电梯安全纳入各区安全生产考核，每年'], [43, '市应急管理局']),
      at([1, '5'], [34, '市安委办'], [59, '每年12月底前']),
      at([6, '通报考核结果']),
      '',
      at([0, '注：各区人民政府负责本辖区任务落实，表中不再逐项列出。']),
      '',
    ]);
    expect(result.lines).toEqual([
      at([26, '电梯安全工作任务分工表']),
      '一、主要任务',
      '1. 开展老旧住宅电梯安全评估，建立电梯更新改造项目库（牵头单位：市市场监管局；配合单位：市住房城乡建设局、市财政局；完成时限：2025年12月底前）',
      '2. 推广电梯按需维保模式（牵头单位：市市场监管局；配合单位：市住房城乡建设局；完成时限：2025年6月底前）',
      '3. 建立电梯应急处置平台，接入全市在用电梯（牵头单位：市市场监管局、市数据局；配合单位：市应急管理局、市通信管理局；完成时限：持续推进）',
      '4. 推进电梯物联网监测，实现重点场所电梯运行状态实时监测（牵头单位：市市场监管局；配合单位：市工业和信息化局、市通信管理局；完成时限：2026年6月底前）',
      '二、保障措施',
      '5. 将电梯安全纳入各区安全生产考核，每年通报考核结果（牵头单位：市安委办；配合单位：市应急管理局；完成时限：每年12月底前）',
      '',
      '注：各区人民政府负责本辖区任务落实，表中不再逐项列出。',
      '',
    ]);
    expect(result.notes).toContain(
      '任务分工表（7 行，表头：序号｜工作任务｜牵头单位｜配合单位｜完成时限）按行改写为“序号. 任务（牵头单位：…；配合单位：…；完成时限：…）”。',
    );
  });

  it('reads a scoring table: a list of bodies begun above its row, an empty cell, a row of totals', async () => {
    const result = await extracted([
      at([0, '序号'], [8, '考核指标'], [22, '分值'], [30, '评分标准'], [50, '牵头单位'], [61, '配合单位']),
      '',
      at([5, '电梯定期检验率'], [27, '达到98%得10分，每低1个'], [47, '市市场监管'], [58, '市住房城乡建设']),
      at([0, '1'], [22, '10']),
      at([27, '百分点扣2分'], [50, '局'], [60, '局']),
      '',
      at([58, '市应急管理局、']),
      '',
      at(
        [0, '2'],
        [5, '电梯困人故障处置'],
        [22, '5'],
        [27, '30分钟内到达现场得5分'],
        [47, '市市场监管局'],
        [58, '市消防救援支'],
      ),
      at([58, '队']),
      '',
      at([0, '3'], [5, '维保单位信用评价'], [22, '5'], [27, '按时完成评价得5分'], [47, '市市场监管局']),
      '',
      at([5, '合计'], [22, '20']),
      '',
      at([0, '说明：评分标准未列明的情形由市市场监管局认定。']),
      '',
    ]);
    expect(result.lines).toEqual([
      '1. 电梯定期检验率（牵头单位：市市场监管局；配合单位：市住房城乡建设局；分值：10；评分标准：达到98%得10分，每低1个百分点扣2分）',
      '2. 电梯困人故障处置（牵头单位：市市场监管局；配合单位：市应急管理局、市消防救援支队；分值：5；评分标准：30分钟内到达现场得5分）',
      '3. 维保单位信用评价（牵头单位：市市场监管局；分值：5；评分标准：按时完成评价得5分）',
      '合计　20',
      '',
      '说明：评分标准未列明的情形由市市场监管局认定。',
      '',
    ]);
  });

  it('gives a group label printed once in the middle of its merged cell to every row of its group, as its heading', async () => {
    const result = await extracted([
      at([0, '序号'], [6, '工作类别'], [20, '重点任务'], [40, '牵头单位'], [52, '完成时限']),
      '',
      at([1, '1'], [12, '建立电梯安全追溯体系'], [38, '市市场监管局'], [50, '2025年底前']),
      '',
      at([5, '一、完善']),
      at([1, '2'], [5, '监管体系'], [12, '推广电梯按需维保模式'], [38, '市市场监管局'], [50, '2025年6月底前']),
      '',
      at([1, '3'], [12, '开展电梯维保质量抽查'], [38, '市市场监管局'], [50, '每年11月底前']),
      '',
      at([1, '4'], [12, '建立电梯应急处置平台'], [38, '市市场监管局'], [50, '持续推进']),
      at([5, '二、强化']),
      at([5, '风险防控']),
      at([1, '5'], [12, '开展老旧电梯安全评估'], [38, '市住房城乡建设局'], [50, '2026年底前']),
      '',
      '',
      at([30, '— 2 —']),
      at([0, '序号'], [7, '工作类别'], [21, '重点任务'], [41, '牵头单位'], [53, '完成时限']),
      '',
      at([1, '6'], [12, '推进电梯物联网监测'], [38, '市市场监管局'], [50, '2026年6月底前']),
      '',
      at([1, '7'], [5, '三、保障'], [12, '将电梯安全纳入安全生产考核'], [38, '市安委办'], [50, '每年12月底前']),
      '',
      // A paragraph after the table runs across its columns: it is no row.
      at([4, '各单位要于每季度末将工作进展情况报送市市场监管局，市市场监管局汇总后报市政府。']),
      '',
    ]);
    expect(result.lines).toEqual([
      '一、完善监管体系',
      '1. 建立电梯安全追溯体系（牵头单位：市市场监管局；完成时限：2025年底前）',
      '2. 推广电梯按需维保模式（牵头单位：市市场监管局；完成时限：2025年6月底前）',
      '3. 开展电梯维保质量抽查（牵头单位：市市场监管局；完成时限：每年11月底前）',
      '二、强化风险防控',
      '4. 建立电梯应急处置平台（牵头单位：市市场监管局；完成时限：持续推进）',
      '5. 开展老旧电梯安全评估（牵头单位：市住房城乡建设局；完成时限：2026年底前）',
      '6. 推进电梯物联网监测（牵头单位：市市场监管局；完成时限：2026年6月底前）',
      '三、保障',
      '7. 将电梯安全纳入安全生产考核（牵头单位：市安委办；完成时限：每年12月底前）',
      '',
      at([4, '各单位要于每季度末将工作进展情况报送市市场监管局，市市场监管局汇总后报市政府。']),
      '',
    ]);
  });

  it('reads a table typed in an editor, aligned on screen, its rows apart by blank lines', async () => {
    const result = await extracted([
      onScreen([0, '序号'], [6, '工作任务'], [40, '责任单位'], [60, '完成时限']),
      '',
      onScreen([0, '1'], [6, '开展电梯维保质量抽查，每年'], [40, '市市场监管局'], [60, '每年11月底前']),
      onScreen([6, '抽查不少于200台'], [40, '各区人民政府']),
      '',
      onScreen([0, '2'], [6, '公布电梯维保单位信用等级'], [40, '市市场监管局'], [60, '2025年底前']),
      '',
    ]);
    expect(result.lines).toEqual([
      '1. 开展电梯维保质量抽查，每年抽查不少于200台（责任单位：市市场监管局、各区人民政府；完成时限：每年11月底前）',
      '2. 公布电梯维保单位信用等级（责任单位：市市场监管局；完成时限：2025年底前）',
      '',
    ]);
  });

  it('finds a number after its group’s label, and reads rows centred on it where that cuts no name', async () => {
    // A gazette's scoring table: its category printed on the middle of its rows, beside their numbers, a
    // row's cells of two lines on its number's line and the next, of three round it.
    const result = await extracted([
      '类别        序号  考核指标      分值  评分标准                        牵头考核部门',
      '            1     地区生产总值  10    达到市下达年度目标得满分；每低  市统计局',
      '                  增速                0.1个百分点扣0.5分，扣完为止',
      '            2     固定资产投资  8     达到市下达年度目标得满分；每低  市发展改革委、',
      '                  增速                1个百分点扣1分                  市统计局',
      '经济发展（        一般公共预算        完成年度预算得满分，每少1个百   市财政局（市',
      '40分）      3     收入          8     分点扣0.4分；税收收入占比达到   税务局配合）',
      '                                      75%以上的加0.5分',
      // A blank line where the converter saw a gap between rows.
      '',
      '            4     规模以上工业  8     增速排名全市第1至3位得8分，第4  市工业和信息',
      '                  增加值增速          至6位得6分，其余得4分           化局',
      '            5     招商引资      6     新引进亿元以上产业项目不少于10  市投资促进局',
      '                                      个得满分，每少1个扣0.6分        （市商务局）',
      '            6     城镇新增就业  8     完成市下达任务得满分，每少完成  市人社局',
      '                                      1%扣0.2分',
      '',
    ]);
    expect(result.lines).toEqual([
      '1. 地区生产总值增速（牵头考核部门：市统计局；类别：经济发展（40分）；分值：10；评分标准：达到市下达年度目标得满分；每低0.1个百分点扣0.5分，扣完为止）',
      '2. 固定资产投资增速（牵头考核部门：市发展改革委、市统计局；类别：经济发展（40分）；分值：8；评分标准：达到市下达年度目标得满分；每低1个百分点扣1分）',
      '3. 一般公共预算收入（牵头考核部门：市财政局（市税务局配合）；类别：经济发展（40分）；分值：8；评分标准：完成年度预算得满分，每少1个百分点扣0.4分；税收收入占比达到75%以上的加0.5分）',
      '4. 规模以上工业增加值增速（牵头考核部门：市工业和信息化局；类别：经济发展（40分）；分值：8；评分标准：增速排名全市第1至3位得8分，第4至6位得6分，其余得4分）',
      '5. 招商引资（牵头考核部门：市投资促进局（市商务局）；类别：经济发展（40分）；分值：6；评分标准：新引进亿元以上产业项目不少于10个得满分，每少1个扣0.6分）',
      '6. 城镇新增就业（牵头考核部门：市人社局；类别：经济发展（40分）；分值：8；评分标准：完成市下达任务得满分，每少完成1%扣0.2分）',
      '',
    ]);
  });
});
