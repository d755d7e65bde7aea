/**
 * A task table in a PDF, drawn at run time as a word processor prints one: each cell's lines centred
 * on its row, the 序号 header broken over two lines, the header again on the next page.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract.ts';
import { makePdf, type PdfLine } from '../testing/make-pdf.ts';

/** Where each column starts, in points: a character is 12 points wide. */
const COLUMNS = [50, 86, 266, 350, 494];
/** A line's height in a cell, in points. */
const LINE = 18;

/** A text at a column, `y` points down from where the table starts. */
interface Placed {
  text: string;
  x: number;
  y: number;
}

/** A row's cells, each a column's lines, centred on the row; the row starts `top` points down. */
function row(top: number, cells: string[][]): { placed: Placed[]; bottom: number } {
  const height = Math.max(...cells.map((lines) => lines.length)) * LINE;
  const middle = top + height / 2;
  const placed = cells.flatMap((lines, column) =>
    lines.map((text, index) => ({ text, x: COLUMNS[column]!, y: middle + (index - (lines.length - 1) / 2) * LINE })),
  );
  return { placed, bottom: top + height + 6 };
}

/** Texts placed on a page as a PDF's lines, top to bottom, each `dy` points below the one before. */
function asItems(placed: Placed[]): PdfLine[] {
  placed.sort((a, b) => a.y - b.y || a.x - b.x);
  return placed.map((item, index) => ({
    text: item.text,
    x: item.x,
    dy: index === 0 ? 24 : item.y - placed[index - 1]!.y,
  }));
}

/** One page of a table: its header, then rows or group headings one under the other. */
function page(parts: Array<string[][] | string>, before: PdfLine[] = [], after: PdfLine[] = []): PdfLine[] {
  const placed: Placed[] = [
    { text: '序', x: COLUMNS[0]!, y: 0 },
    ...['工作任务', '牵头单位', '配合单位', '完成时限'].map((text, column) => ({
      text,
      x: COLUMNS[column + 1]!,
      y: 9,
    })),
    { text: '号', x: COLUMNS[0]!, y: 18 },
  ];
  let top = 30;
  for (const part of parts) {
    if (typeof part === 'string') {
      placed.push({ text: part, x: COLUMNS[0]!, y: top + LINE / 2 });
      top += LINE + 6;
    } else {
      const laid = row(top, part);
      placed.push(...laid.placed);
      top = laid.bottom;
    }
  }
  return [...before, ...asItems(placed), ...after];
}

describe('task tables in a PDF', () => {
  it('reads each row from its cells placed round its number, over a page break, as a task line', async () => {
    const pdf = makePdf([
      [
        ...page(
          [
            '一、主要任务',
            [
              ['1'],
              ['开展老旧住宅电梯安全评估，', '建立电梯更新改造项目库，', '分年度推进更新改造'],
              ['市市场监管局'],
              ['市住房城乡建设局、', '市财政局'],
              ['2025年12月', '底前'],
            ],
            [['2'], ['推广电梯按需维保模式'], ['市市场监管局'], ['市住房城乡建设局'], ['2025年6月底前']],
            [
              ['3'],
              ['建立电梯应急处置平台，', '接入全市在用电梯'],
              ['市市场监管局', '市数据局'],
              ['市应急管理局、市通', '信管理局、市消防救', '援支队'],
              ['持续推进'],
            ],
          ],
          [
            { text: '附件', x: 50 },
            { text: '电梯安全工作任务分工表', x: 200 },
          ],
        ),
        { text: '— 1 —', bottom: true },
      ],
      [
        ...page(
          [
            [
              ['4'],
              ['推进电梯物联网监测，实现重', '点场所电梯运行实时监测'],
              ['市市场监管局'],
              ['市通信管理局'],
              ['2026年6月底前'],
            ],
            '二、保障措施',
            [
              ['5'],
              ['将电梯安全纳入各区安全生产', '考核，每年通报考核结果'],
              ['市安委办'],
              ['市应急管理局'],
              ['每年12月底前'],
            ],
          ],
          [],
          // The note under the table, in its size, wrapped at its right edge; then the text going on.
          [
            {
              text: '注：各区人民政府负责本辖区各项任务落实，市直有关部门按照职责分工做好指导服务，表中均不再逐',
              x: 50,
            },
            { text: '项列出。', x: 50 },
            { text: '各区要于每季度末报送工作进展情况。', x: 50 },
          ],
        ),
        { text: '— 2 —', bottom: true },
      ],
    ]);
    const result = await extractText(pdf, 'table.pdf');
    expect(result.text.split('\n')).toEqual([
      '附件',
      '电梯安全工作任务分工表',
      '一、主要任务',
      '1. 开展老旧住宅电梯安全评估，建立电梯更新改造项目库，分年度推进更新改造（牵头单位：市市场监管局；配合单位：市住房城乡建设局、市财政局；完成时限：2025年12月底前）',
      '2. 推广电梯按需维保模式（牵头单位：市市场监管局；配合单位：市住房城乡建设局；完成时限：2025年6月底前）',
      '3. 建立电梯应急处置平台，接入全市在用电梯（牵头单位：市市场监管局、市数据局；配合单位：市应急管理局、市通信管理局、市消防救援支队；完成时限：持续推进）',
      '4. 推进电梯物联网监测，实现重点场所电梯运行实时监测（牵头单位：市市场监管局；配合单位：市通信管理局；完成时限：2026年6月底前）',
      '二、保障措施',
      '5. 将电梯安全纳入各区安全生产考核，每年通报考核结果（牵头单位：市安委办；配合单位：市应急管理局；完成时限：每年12月底前）',
      '注：各区人民政府负责本辖区各项任务落实，市直有关部门按照职责分工做好指导服务，表中均不再逐项列出。',
      '各区要于每季度末报送工作进展情况。',
      '',
    ]);
    expect(result.notes).toContain(
      '任务分工表（7 行，表头：序号｜工作任务｜牵头单位｜配合单位｜完成时限）按行改写为“序号. 任务（牵头单位：…；配合单位：…；完成时限：…）”。',
    );
  });

  it('reads a table without numbers row by row, its rows apart by their cells’ padding, one starting a page', async () => {
    // Cells set at their tops, 18 points a line, 10 more between rows; columns at 50, 230 and 410.
    const columns = [50, 230, 410];
    const table = (rows: string[][][]): PdfLine[] => {
      const placed = [
        { text: '工作任务', x: 50, y: 0 },
        { text: '责任单位', x: 230, y: 0 },
        { text: '时间安排', x: 410, y: 0 },
      ];
      let top = 28;
      for (const cells of rows) {
        cells.forEach((lines, column) =>
          lines.forEach((text, index) => placed.push({ text, x: columns[column]!, y: top + index * 18 })),
        );
        top += Math.max(...cells.map((lines) => lines.length)) * 18 + 10;
      }
      return asItems(placed);
    };
    const pdf = makePdf([
      [
        '附件1',
        ...table([
          [
            ['新生儿出生“一件事”。增加', '社保卡申领等事项，实现', '一次申请。'],
            ['省卫生健康委、省人力资源社会', '保障厅'],
            ['2025年6月底前'],
          ],
          [['企业信息变更“一件事”。'], ['省市场监管局、省税务局'], ['2025年9月底前']],
        ]),
      ],
      [
        ...table([[['开展监督评估。依托“好差', '评”系统开展评估。'], ['省数据局'], ['持续推进']]]).slice(3),
        // A short paragraph in the body's size, right under the table: the text going on, no cell.
        { text: '请认真贯彻执行。', x: 82, size: 16 },
        '各单位要按照职责分工抓好落实，确保各项任务按时完成。',
      ],
    ]);
    const result = await extractText(pdf, 'list.pdf');
    expect(result.text.split('\n')).toEqual([
      '附件1',
      '新生儿出生“一件事”。增加社保卡申领等事项，实现一次申请。（责任单位：省卫生健康委、省人力资源社会保障厅；时间安排：2025年6月底前）',
      '企业信息变更“一件事”。（责任单位：省市场监管局、省税务局；时间安排：2025年9月底前）',
      '开展监督评估。依托“好差评”系统开展评估。（责任单位：省数据局；时间安排：持续推进）',
      '请认真贯彻执行。',
      '各单位要按照职责分工抓好落实，确保各项任务按时完成。',
      '',
    ]);
  });

  const header = (columns: number[]): Placed[] =>
    ['序号', '工作任务', '责任单位', '完成时限'].map((text, column) => ({ text, x: columns[column]!, y: 0 }));
  /** A page of rows set at their tops without padding, 18 points a line, under the header. */
  const atTops = (rows: string[][][], columns = [50, 86, 302, 422]): PdfLine[] => {
    const placed = header(columns);
    let top = 18;
    for (const cells of rows) {
      cells.forEach((lines, column) =>
        lines.forEach((text, index) => placed.push({ text, x: columns[column]!, y: top + index * 18 })),
      );
      top += Math.max(...cells.map((lines) => lines.length)) * 18;
    }
    return asItems(placed);
  };

  it('reads a table set at its rows’ tops without padding, as a word processor sets one, a merged 责任单位 going down', async () => {
    // Rows 18 points a line, no gap between them; row 2's 责任单位 merged with row 1's (blank).
    const rows = [
      [
        ['1'],
        ['开展校园食品安全专项检查，覆盖', '全市中小学和幼儿园食堂'],
        ['市市场监管局', '市教育局'],
        ['2025年9月底前'],
      ],
      [['2'], ['推进“明厨亮灶”建设'], [], ['2025年12月底前']],
      [['3'], ['加强农村集体聚餐风险防控'], ['市卫生健康委'], ['持续推进']],
    ];
    const pdf = makePdf([['附件', ...atTops(rows), { text: '各单位要按照分工抓好落实。', x: 82, size: 16 }]]);
    const result = await extractText(pdf, 'top.pdf');
    expect(result.text.split('\n')).toEqual([
      '附件',
      '1. 开展校园食品安全专项检查，覆盖全市中小学和幼儿园食堂（责任单位：市市场监管局、市教育局；完成时限：2025年9月底前）',
      '2. 推进“明厨亮灶”建设（责任单位：市市场监管局、市教育局；完成时限：2025年12月底前）',
      '3. 加强农村集体聚餐风险防控（责任单位：市卫生健康委；完成时限：持续推进）',
      '各单位要按照分工抓好落实。',
      '',
    ]);
    expect(result.notes).toContain('表中空白的牵头或分组单元格按上一行补齐（合并单元格）：1 处。');
  });

  it('reads a row set at its top that a page breaks as one row, its lines on the next page above the next number', async () => {
    const pdf = makePdf([
      [
        '附件',
        ...atTops([
          [['1'], ['开展校园食品安全专项检查'], ['市市场监管局'], ['2025年9月底前']],
          [['2'], ['推进农贸市场升级改造，完善'], ['市商务局'], ['2025年10月底前']],
        ]),
      ],
      // The page breaks row 2: its last line stands above row 3's number, under the header again.
      atTops([
        [[], ['快检室建设'], [], []],
        [['3'], ['加强农村集体聚餐风险防控'], ['市卫生健康委'], ['持续推进']],
      ]),
    ]);
    const result = await extractText(pdf, 'broken.pdf');
    expect(result.text.split('\n').filter((line) => /^\d\. /u.test(line))).toEqual([
      '1. 开展校园食品安全专项检查（责任单位：市市场监管局；完成时限：2025年9月底前）',
      '2. 推进农贸市场升级改造，完善快检室建设（责任单位：市商务局；完成时限：2025年10月底前）',
      '3. 加强农村集体聚餐风险防控（责任单位：市卫生健康委；完成时限：持续推进）',
    ]);
  });

  it('gives a cell merged over rows, centred on them, to each of them', async () => {
    // Cells centred on their rows, 18 points a line, 3 more between rows. Rows 1–2 share one
    // 责任单位 cell of two lines (its lines fall one beside each row); rows 3–5 one of a single line,
    // beside row 4's number; row 6's cells, each of two lines, stand one line apart from row 5's
    // without being merged.
    const columns = [50, 86, 302, 422];
    const rows = [
      [['1'], ['开展校园食品安全专项检查，覆盖', '全市中小学和幼儿园食堂'], null, ['2025年9月底前']],
      [['2'], ['推进“明厨亮灶”建设'], null, ['2025年12月底前']],
      [['3'], ['加强农村集体聚餐风险防控，建', '立备案指导制度'], null, ['持续推进']],
      [['4'], ['开展餐饮油烟整治'], null, ['2025年6月底前']],
      [['5'], ['推进农贸市场升级改造，完善快', '检室建设'], null, ['2025年10月底前']],
      [['6'], ['开展食品安全宣传周活动'], ['市委宣传部', '市教育局'], ['2025年6月底前']],
    ];
    const merged = [
      { from: 0, to: 1, lines: ['市市场监管局', '市教育局'] },
      { from: 2, to: 4, lines: ['市卫生健康委'] },
    ];
    const placed = header(columns);
    const bounds = [14];
    for (const cells of rows)
      bounds.push(bounds.at(-1)! + Math.max(...cells.map((lines) => lines?.length ?? 0)) * 18 + 3);
    const centre = (lines: string[], column: number, from: number, to: number) => {
      const middle = (bounds[from]! + bounds[to + 1]!) / 2;
      lines.forEach((text, index) =>
        placed.push({ text, x: columns[column]!, y: middle + (index - (lines.length - 1) / 2) * 18 }),
      );
    };
    rows.forEach((cells, row) => cells.forEach((lines, column) => lines && centre(lines, column, row, row)));
    for (const cell of merged) centre(cell.lines, 2, cell.from, cell.to);
    const result = await extractText(makePdf([['附件', ...asItems(placed)]]), 'centred.pdf');
    expect(result.text.split('\n')).toEqual([
      '附件',
      '1. 开展校园食品安全专项检查，覆盖全市中小学和幼儿园食堂（责任单位：市市场监管局、市教育局；完成时限：2025年9月底前）',
      '2. 推进“明厨亮灶”建设（责任单位：市市场监管局、市教育局；完成时限：2025年12月底前）',
      '3. 加强农村集体聚餐风险防控，建立备案指导制度（责任单位：市卫生健康委；完成时限：持续推进）',
      '4. 开展餐饮油烟整治（责任单位：市卫生健康委；完成时限：2025年6月底前）',
      '5. 推进农贸市场升级改造，完善快检室建设（责任单位：市卫生健康委；完成时限：2025年10月底前）',
      '6. 开展食品安全宣传周活动（责任单位：市委宣传部、市教育局；完成时限：2025年6月底前）',
      '',
    ]);
  });
});
