/**
 * Text extraction from each accepted format, on hand-written inputs: a saved web page (with the
 * site's navigation, breadcrumb, share bar and footer around the article), a .docx and a .pdf
 * generated at run time, text files in other encodings; and the refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractError, extractText } from './extract.ts';
import { makeDocx } from './testing/make-docx.ts';
import { makePdf } from './testing/make-pdf.ts';
import { type Block, typeset, wrap } from './testing/typeset.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const linesOf = (text: string) => text.split('\n').slice(0, -1);
const utf8 = (text: string) => new TextEncoder().encode(text);
/** A table typed as text, its rows joined with `eol`, as extraction rewrites it: its lines and notes. */
async function typed(rows: string[], name: string, eol = '\n') {
  const result = await extractText(utf8(rows.join(eol)), name);
  return { text: result.text, lines: result.text.split(eol), notes: result.notes };
}

describe('extractText: saved web pages', () => {
  it('keeps the article only, with the title above it and the task table as one line per task', async () => {
    const result = await extractText(fixture('saved-page.html'), 'saved-page.html');
    expect(result.format).toBe('html');
    expect(linesOf(result.text)).toEqual([
      '河北省人民政府办公厅关于印发',
      '河北省质量提升行动方案的通知',
      '冀政办字〔2023〕15号',
      '各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：',
      '　　《河北省质量提升行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。',
      '河北省人民政府办公厅',
      '2023年4月10日',
      '河北省质量提升行动方案',
      '　　为深入实施质量强省战略，推动全省质量水平整体跃升，制定本方案。',
      '　　一、主要目标',
      '　　到2025年，制造业产品质量合格率达到95%以上。',
      '　　二、重点任务',
      '1. 加强标准体系建设，推动企业对标达标。（牵头单位：省市场监管局；责任单位：省发展改革委、省工业和信息化厅；完成时限：2024年底前）',
      '2. 培育河北品牌，开展质量品牌提升行动。（牵头单位：省商务厅；责任单位：省农业农村厅；完成时限：长期坚持）',
      '组织质量品牌宣传活动。（责任单位：省文化和旅游厅；完成时限：2023年底前）',
      '　　三、保障措施',
      '　　各地各部门要加强组织领导，确保各项任务落到实处。',
    ]);
    for (const furniture of ['首页', '当前位置', '分享到', '相关文件', '打印本页', 'ICP', '索引号', 'var share'])
      expect(result.text).not.toContain(furniture);
    expect(result.notes).toContain('标题取自正文上方的 <h1>。');
  });

  it('finds the article by its Chinese text when no element is named like one', async () => {
    const page = `<html><body>
      <div class="a"><a href="/">首页</a> <a href="/b">机构</a></div>
      <div class="b"><h2>某某新闻</h2><ul><li><a>链接一则</a></li></ul></div>
      <div class="c"><h1>吉林省质量工作要点</h1><p>一、提升质量水平，全面推进质量强省建设。</p><p>二、加强标准建设，推动企业对标达标。</p><p>三、培育知名品牌，开展质量品牌提升行动。</p></div>
    </body></html>`;
    const result = await extractText(utf8(page), 'page.htm');
    expect(linesOf(result.text)).toEqual([
      '吉林省质量工作要点',
      '一、提升质量水平，全面推进质量强省建设。',
      '二、加强标准建设，推动企业对标达标。',
      '三、培育知名品牌，开展质量品牌提升行动。',
    ]);
  });

  it('keeps the date a page was published on, from its <meta>, when the article states none', async () => {
    const page = (article: string) => `<html><head><meta name="PubDate" content="2025-6-10 09:48"></head><body>
      <div class="side">相关解读</div>
      <div class="view"><h2>《某市质量强市行动方案》政策解读</h2>${article}</div>
    </body></html>`;
    const plain = await extractText(
      utf8(page('<p>一、出台背景</p><p>为推动质量强市建设，制定本方案。</p>')),
      'read.html',
    );
    expect(linesOf(plain.text)[0]).toBe('发布日期：2025-06-10');
    expect(plain.notes).toContain('网页的发布日期取自 <meta name="PubDate">，写作正文前的“发布日期：2025-06-10”。');
    // The article's own field is kept, and no second one is added.
    const stated = await extractText(utf8(page('<p>发布时间：2025-06-11</p><p>一、出台背景</p>')), 'read.html');
    expect(stated.text).not.toContain('发布日期：2025-06-10');
  });

  it('keeps the fields of the information table a portal sets above the article, not a sidebar’s dates', async () => {
    const page = `<html><body><div class="nav">首页</div>
      <table class="xxgk-info">
      <tr><td>索引号</td><td>002581456/2026-00093</td><td>公开方式</td><td>主动公开</td></tr>
      <tr><td>发布机构</td><td>县政府办公室</td><td>成文日期</td><td>2026-03-20</td></tr>
      <tr><td>文　　号</td><td>桐政办发〔2026〕9号</td><td>公开时限</td><td>常态公开</td></tr>
      </table>
      <div class="article"><h1>某县人民政府办公室关于印发某县农业农村发展规划的通知</h1>
      <p>各乡镇人民政府：</p><p>《某县农业农村发展规划》已经县政府同意，现印发给你们。</p></div>
      <ul class="related"><li>发布日期：2025-01-02</li><li>某县2025年工作要点</li></ul>
    </body></html>`;
    const result = await extractText(
      utf8(
        page
          .replace('<html>', '<html><head><meta name="PubDate" content="2026-03-24 16:05"></head>')
          .replace('<tr><td>索引号', '<tr><td>发布时间</td><td>2026-03-24 16:05</td></tr><tr><td>索引号'),
      ),
      'info.html',
    );
    // The date of publication once, from the page's <meta>.
    expect(result.text.match(/发布(?:日期|时间)/gu)).toHaveLength(1);
    expect(linesOf(result.text).slice(0, 5)).toEqual([
      '发布机构：县政府办公室',
      '成文日期：2026-03-20',
      '文号：桐政办发〔2026〕9号',
      '发布日期：2026-03-24',
      '某县人民政府办公室关于印发某县农业农村发展规划的通知',
    ]);
    expect(result.text).not.toContain('2025-01-02');
    // Who posted it, in the article's info bar above its text, is kept too.
    const bar = `<html><body><div class="art"><h1>图解｜《某市实施细则》政策问答</h1>
      <div class="art-info"><span>发布时间：2025-02-26 16:05</span><span>来源：某市商务局</span><span>字号：大 中 小</span></div>
      <div class="art-content" id="zoom">${'<p>问题一：补贴标准是多少？</p><p>答：按产品能效或水效等级分档补贴，一级能效产品按最终销售价格的20%给予补贴。</p>'.repeat(4)}</div></div></body></html>`;
    expect(linesOf((await extractText(utf8(bar), 'bar.html')).text).slice(0, 2)).toEqual([
      '发布时间：2025-02-26 16:05',
      '来源：某市商务局',
    ]);
    // A box of items, each a label and its value (`<li><span>文号：</span>…</li>`, the label spaced out).
    const items = `<html><body><ul class="info"><li><span>文　　号：</span>岚农联〔2026〕3号</li>
      <li><span>发布机构：</span>岚川县农业农村局</li></ul>
      <div class="article"><h1>岚川县2026年稻谷种植补贴实施细则</h1><p>${'为稳定稻谷生产，制定本细则。'.repeat(6)}</p></div></body></html>`;
    expect(linesOf((await extractText(utf8(items), 'items.html')).text).slice(0, 2)).toEqual([
      '文号：岚农联〔2026〕3号',
      '发布机构：岚川县农业农村局',
    ]);
    // A field the article states itself is not repeated.
    const stated = await extractText(
      utf8(page.replace('<p>各乡镇', '<p>文号：桐政办发〔2026〕9号</p><p>各乡镇')),
      'info.html',
    );
    expect(stated.text.match(/文号/gu)).toHaveLength(1);
  });

  it('leaves out the downloads a page sets inside its article container, under the text', async () => {
    const page = `<html><body><div class="nav">首页</div>
      <div class="article"><h2>某市质量强市工作方案</h2>
      <p>一、加强组织领导。各县（市、区）人民政府要建立工作机制。</p>
      <p>二、强化考核督查。将工作情况纳入绩效考核。</p>
      <div class="fujian noprint"><p>相关附件：</p><p><a href="/a.doc">某市质量强市工作方案.doc</a></p></div>
      </div></body></html>`;
    const result = await extractText(utf8(page), 'downloads.html');
    expect(result.text).toContain('二、强化考核督查。');
    expect(result.text).not.toContain('相关附件');
    expect(result.text).not.toContain('.doc');
    expect(result.notes).toContain('网页：去掉正文后的网页元素 2 行（附件下载、相关链接等）。');
  });

  it('decodes a page by its declared charset and writes other tables row by row', async () => {
    const head = utf8(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><article><p>',
    );
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    const tail = utf8(
      '</p><table><tr><td>A1</td><td>B1</td></tr><tr><td>A2</td><td></td><td>C2</td></tr></table></article></body></html>',
    );
    const result = await extractText(new Uint8Array([...head, ...gbk, ...tail]), 'gbk.html');
    expect(linesOf(result.text)).toEqual(['中文', 'A1　B1', 'A2　　C2']);
    expect(result.notes[0]).toBe('网页按声明的字符集 gbk 解码。');
  });

  it('writes a task table with a title row, group headings and a lead department merged over two tasks', async () => {
    const page = `<html><body><main><table>
      <tr><td colspan="4">重点任务分工表</td></tr>
      <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时间</td></tr>
      <tr><td colspan="4">一、质量提升</td></tr>
      <tr><td>１</td><td>提升产品质量。</td><td rowspan="2">省市场监管局</td><td>2025年</td></tr>
      <tr><td>２</td><td>提升工程质量。</td><td>2026年</td></tr>
    </table></main></body></html>`;
    const result = await extractText(utf8(page), 'tasks.html');
    expect(linesOf(result.text)).toEqual([
      '重点任务分工表',
      '一、质量提升',
      '１. 提升产品质量。（牵头单位：省市场监管局；完成时间：2025年）',
      '２. 提升工程质量。（牵头单位：省市场监管局；完成时间：2026年）',
    ]);
  });

  it('writes a table that divides the text’s tasks by their numbers as one line per key, merged cells shared', async () => {
    const page = `<html><body><main><table>
      <tr><td>序号</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>市住房城乡建设委</td><td>市城管执法局</td><td>2020年12月底前</td></tr>
      <tr><td>2-3</td><td rowspan="2">市城管执法局</td><td>市发展改革委</td><td>2022年12月底前</td></tr>
      <tr><td>（四）</td><td></td><td>长期坚持</td></tr>
    </table><table>
      <tr><td>任务序号</td><td>责任单位</td></tr>
      <tr><td>4</td><td rowspan="2">省商务厅、省发展改革委</td></tr>
      <tr><td>5、6</td></tr>
    </table></main></body></html>`;
    const result = await extractText(utf8(page), 'division.html');
    expect(linesOf(result.text)).toEqual([
      '1（牵头单位：市住房城乡建设委；配合单位：市城管执法局；完成时限：2020年12月底前）',
      '2-3（牵头单位：市城管执法局；配合单位：市发展改革委；完成时限：2022年12月底前）',
      '（四）（牵头单位：市城管执法局；完成时限：长期坚持）',
      '4（责任单位：省商务厅、省发展改革委）',
      // Its bodies' cell merged with the row above's: no group heading, the row shares them.
      '5、6（责任单位：省商务厅、省发展改革委）',
    ]);
  });

  it('reads a header of two rows, 责任单位 over 牵头单位｜配合单位, by the names of its second row', async () => {
    const page = `<html><body><main><table>
      <tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
      <tr><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td>1</td><td>开展背街小巷环境整治。</td><td>市城管局</td><td>市住建局</td><td>2024年底前</td></tr>
      <tr><td>2</td><td>规范户外广告设置。</td><td>市城管局</td><td></td><td>2024年11月底前</td></tr>
    </table></main></body></html>`;
    const result = await extractText(utf8(page), 'tasks.html');
    expect(linesOf(result.text)).toEqual([
      '1. 开展背街小巷环境整治。（牵头单位：市城管局；配合单位：市住建局；完成时限：2024年底前）',
      '2. 规范户外广告设置。（牵头单位：市城管局；完成时限：2024年11月底前）',
    ]);
  });

  it('reads a 整改清单 by what is to be put right, its findings a field, its bodies’ column and cell of fields as roles', async () => {
    const page = `<html><body><main><table>
      <tr><td>序号</td><td>地方或单位</td><td>主要问题</td><td>整改要求</td></tr>
      <tr><td>1</td><td>枫岭县</td><td>项目投资完成率41.2%</td><td>9月30日前制定赶超方案</td></tr>
      <tr><td>2</td><td>责任县领导：分管副县长<br>牵头单位：县住建局<br>配合单位：城关镇</td><td>管网改造滞后</td><td>年底前完成改造</td></tr>
    </table></main></body></html>`;
    const result = await extractText(utf8(page), 'findings.html');
    expect(linesOf(result.text)).toEqual([
      '1. 9月30日前制定赶超方案（责任单位：枫岭县；主要问题：项目投资完成率41.2%）',
      '2. 年底前完成改造（责任县领导：分管副县长；牵头单位：县住建局；配合单位：城关镇；主要问题：管网改造滞后）',
    ]);
  });

  it('writes a second task column after the task, and each of its sub-rows as a line of its own', async () => {
    const page = `<html><body><div class="content"><table>
      <tr><td>序号</td><td>工作任务</td><td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>
      <tr><td rowspan="2">1</td><td rowspan="2">开展隐患排查</td><td>组织在用电梯全面排查。</td><td>省市场监管局</td><td>2022年12月底前</td></tr>
      <tr><td>建立隐患整改台账。</td><td>省市场监管局、各州市人民政府</td><td>2023年6月底前</td></tr>
    </table></div></body></html>`;
    const result = await extractText(utf8(page), 'tasks.html');
    expect(linesOf(result.text)).toEqual([
      '1. 开展隐患排查：组织在用电梯全面排查。（责任单位：省市场监管局；完成时限：2022年12月底前）',
      '建立隐患整改台账。（责任单位：省市场监管局、各州市人民政府；完成时限：2023年6月底前）',
    ]);
  });

  it('writes a table of main indicators as one goal per indicator, its base value apart', async () => {
    const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const page = `<html><body><div id="zoom"><p>　　一、发展目标</p><table border="1">
      ${row('序号', '指标', '单位', '2020年', '2023年', '2025年', '属性')}
      <tr><td colspan="7">质量效益</td></tr>
      ${row('1', '制造业产品质量合格率', '%', '93.5', '94', '≥95', '预期性')}
      ${row('2', '万台电梯事故起数（起）', '', '0.2', '—', '≤0.15', '约束性')}
      ${row('3', '质量品牌影响力', '', '—', '', '持续提升', '预期性')}
    </table><table border="1">
      ${row('主要指标', '基期值', '目标值', '备注')}
      ${row('新增省长质量奖企业（家）', '12', '30', '累计')}
    </table></div></body></html>`;
    const result = await extractText(utf8(page), 'plan.html');
    expect(linesOf(result.text)).toEqual([
      '　　一、发展目标',
      '质量效益',
      '1. 制造业产品质量合格率到2023年达到94%，到2025年达到95%以上。2020年基期值：93.5%。属性：预期性。',
      '2. 万台电梯事故起数到2025年控制在0.15起以下。2020年基期值：0.2起。属性：约束性。',
      '3. 质量品牌影响力到2025年持续提升。属性：预期性。',
      '新增省长质量奖企业达到30家。基期值：12家。备注：累计。',
    ]);
    expect(result.notes).toContain(
      '主要指标表（4 行，表头：序号｜指标｜单位｜2020年｜2023年｜2025年｜属性）按行改写为“序号. 指标到某年达到目标值。基期值：…”。',
    );
  });

  it('reads a body and its other name in brackets on a cell’s next line as one body, other lines as bodies', async () => {
    const cells = (row: string[]) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const table = [
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '开展知识产权保护', '省市场监管局<br>（省知识产权局）', '2025年底前'],
      ['2', '推进品牌建设', '省商务厅<br>省市场监管局', '2026年底前'],
    ];
    const page = `<html><body><div id="zoom"><p>附件</p><table border="1">${table.map(cells).join('')}</table></div></body></html>`;
    const result = await extractText(utf8(page), 'page.html');
    expect(result.text).toContain(
      '1. 开展知识产权保护（牵头单位：省市场监管局（省知识产权局）；完成时限：2025年底前）',
    );
    expect(result.text).toContain('2. 推进品牌建设（牵头单位：省商务厅、省市场监管局；完成时限：2026年底前）');
  });

  it('refuses a page whose text is loaded by scripts', async () => {
    const page = '<html><body><nav>首页</nav><div id="app"></div><script>render("正文")</script></body></html>';
    await expect(extractText(utf8(page), 'app.html')).rejects.toThrow(/app\.html has no extractable text/u);
  });
});

describe('extractText: .docx', () => {
  it('writes paragraphs as lines, a task table with merged cells as one line per task, an indicator table as goals', async () => {
    const bytes = await makeDocx([
      '陕西省质量强省建设工作要点',
      '　　一、重点任务',
      {
        table: [
          ['序号', '主要任务', '牵头单位', '配合单位', '完成时限', '备注'],
          ['1', '完善质量政策体系。', '省市场监管局', '省发展改革委\n省财政厅', '2024年6月底前', ''],
          ['^', '开展质量状况分析。', '^', '省统计局', '2024年12月底前', '每年一次'],
          ['2', '实施品牌建设工程。', '省商务厅', '', '持续推进', ''],
        ],
      },
      {
        table: [
          ['指标', '2023年', '2025年'],
          ['产品质量合格率', '94%', '95%'],
        ],
      },
      '陕西省人民政府办公厅',
      '2024年1月5日',
    ]);
    const result = await extractText(bytes, 'points.docx');
    expect(result.format).toBe('docx');
    expect(linesOf(result.text)).toEqual([
      '陕西省质量强省建设工作要点',
      '　　一、重点任务',
      '1. 完善质量政策体系。（牵头单位：省市场监管局；配合单位：省发展改革委、省财政厅；完成时限：2024年6月底前）',
      '开展质量状况分析。（配合单位：省统计局；完成时限：2024年12月底前；备注：每年一次）',
      '2. 实施品牌建设工程。（牵头单位：省商务厅；完成时限：持续推进）',
      '产品质量合格率到2025年达到95%。2023年基期值：94%。',
      '陕西省人民政府办公厅',
      '2024年1月5日',
    ]);
  });

  it('writes footnotes at the end without their marks in the text, and joins a soft break inside brackets', async () => {
    const bytes = await makeDocx(
      [
        '重庆市2025年优化营商环境工作要点',
        '“渝快办”[^1]平台实名注册用户突破4500万。',
        '（四）推进“高效办成一件事”[^2]。全年新增上线“一件事”集成服务20项以上。',
        '（牵头单位：市规划自然\n资源局；配合单位：市税务局）',
        // A soft break outside brackets still ends a line (a title set over two lines).
        '重庆市人民政府办公厅\n2025年3月31日印发',
      ],
      {
        footnotes: [
          '“渝快办”是重庆市一体化政务服务平台。',
          '“高效办成一件事”：将多个部门相关联的“单项事”整合为“一件事”。',
        ],
      },
    );
    const result = await extractText(bytes, 'notes.docx');
    expect(linesOf(result.text)).toEqual([
      '重庆市2025年优化营商环境工作要点',
      '“渝快办”平台实名注册用户突破4500万。',
      '（四）推进“高效办成一件事”。全年新增上线“一件事”集成服务20项以上。',
      '（牵头单位：市规划自然资源局；配合单位：市税务局）',
      '重庆市人民政府办公厅',
      '2025年3月31日印发',
      '注1：“渝快办”是重庆市一体化政务服务平台。',
      '注2：“高效办成一件事”：将多个部门相关联的“单项事”整合为“一件事”。',
    ]);
    expect(result.notes).toContain('Word 脚注、尾注 2 条：去掉正文中的注号，注文按“注N：…”写在文末。');
  });

  it('writes the labels of paragraphs Word numbers itself into their text, counting as Word does', async () => {
    const bytes = await makeDocx([
      '某省质量提升行动方案',
      { numbered: '总体要求' },
      { numbered: '主要目标', level: 1 },
      { numbered: '重点任务' },
      { numbered: '加强标准引领', level: 1 },
      { numbered: '推动企业对标达标。（省市场监管局负责）', level: 2 },
      { numbered: '开展质量品牌提升行动。（省商务厅负责）', level: 2 },
      { numbered: '强化质量监管', level: 1 },
      { numbered: '加强重点产品监管。（省市场监管局负责）', level: 2 },
      { styled: '保障措施' },
      '附件：重点任务清单',
      { numbered: '完成电梯安全排查。（省市场监管局负责）', list: 2 },
      { numbered: '建立老旧电梯数据库。（省住房城乡建设厅负责）', list: 2 },
    ]);
    const result = await extractText(bytes, 'plan.docx');
    expect(linesOf(result.text)).toEqual([
      '某省质量提升行动方案',
      '一、总体要求',
      '（一）主要目标',
      '二、重点任务',
      '（一）加强标准引领',
      '1. 推动企业对标达标。（省市场监管局负责）',
      '2. 开展质量品牌提升行动。（省商务厅负责）',
      '（二）强化质量监管',
      '1. 加强重点产品监管。（省市场监管局负责）',
      '三、保障措施',
      '附件：重点任务清单',
      '一、完成电梯安全排查。（省市场监管局负责）',
      '二、建立老旧电梯数据库。（省住房城乡建设厅负责）',
    ]);
    expect(result.notes).toEqual([
      'Word 自动编号：11 个段落的编号写入正文。',
      "mammoth: Unrecognised paragraph style: 'Numbered' (Style ID: Numbered)",
    ]);
  });

  it('refuses a file that is not a docx inside', async () => {
    await expect(extractText(utf8('not a zip'), 'fake.docx')).rejects.toThrow(/fake\.docx cannot be read as a \.docx/u);
  });
});

describe('extractText: .pdf', () => {
  it('rebuilds lines and drops page numbers and running headers', async () => {
    const bytes = makePdf([
      ['某省人民政府公报', '某省质量发展规划', '（2021—2025年）', '一、发展基础', { text: '— 1 —', bottom: true }],
      ['某省人民政府公报', '二、主要目标', '到2025年，产品质量合格率达到95%。', { text: '-2-', bottom: true }],
      ['某省人民政府公报', '三、保障措施', { text: '第3页 共3页', bottom: true }],
    ]);
    const result = await extractText(bytes, 'plan.pdf');
    expect(result.format).toBe('pdf');
    expect(linesOf(result.text)).toEqual([
      '某省人民政府公报',
      '某省质量发展规划',
      '（2021—2025年）',
      '一、发展基础',
      '二、主要目标',
      '到2025年，产品质量合格率达到95%。',
      '三、保障措施',
    ]);
    expect(result.notes).toEqual([
      'PDF：去掉页码 3 处。',
      'PDF：去掉重复的页眉页脚 2 处（某省人民政府公报）。',
      'PDF：3 页。',
    ]);
  });

  it('joins the lines the page width broke back into their paragraphs, across pages too', async () => {
    const blocks: Block[] = [
      { title: '某省人民政府办公厅关于印发' },
      { title: '某省质量提升行动方案的通知' },
      { flush: '某政办发〔2021〕12号' },
      { flush: '各市人民政府，省政府各部门：' },
      '《某省质量提升行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。',
      { right: '某省人民政府办公厅' },
      { right: '2021年3月5日' },
      { title: '某省质量提升行动方案' },
      '一、总体要求',
      '（一）主要目标。到2025年，全省制造业产品质量合格率达到94%以上，主要农产品质量安全抽检合格率稳定在98%以上。',
      '二、重点任务',
      '（二）加强标准引领。推动企业对标国际先进标准，开展企业标准领跑者行动，支持企业主导或参与制定国际标准、国家标准和行业标准。（省市场监管局牵头，省工业和信息化厅、省商务厅配合）',
      '（三）强化质量监管。加强重点产品质量安全监管，严厉打击制售假冒伪劣产品违法行为，健全质量安全风险监测和预警机制，每年组织开展产品质量监督抽查，抽查结果向社会公开。（省市场监管局、省公安厅按职责分工负责）',
      '（四）提升服务质量。实施服务质量提升工程，开展服务质量监测评价。（省商务厅牵头，省文化和旅游厅、省交通运输厅配合）',
    ];
    const pages = typeset(blocks);
    // The second item's clause runs over the page break, so the join crosses it.
    expect(pages.length).toBe(2);
    const result = await extractText(makePdf(pages), 'plan.pdf');
    expect(linesOf(result.text)).toEqual(
      blocks.map((block) => (typeof block === 'string' ? block : Object.values(block)[0])),
    );
    const wraps = blocks.reduce((sum, block) => sum + (typeof block === 'string' ? wrap(block).length - 1 : 0), 0);
    expect(result.notes).toContain(`PDF：${wraps} 处折行接回段落。`);
  });

  it('stores the horizontal bar a PDF font writes for the dash as the dash', async () => {
    const result = await extractText(makePdf([['某省质量提升行动方案（2025―2027年）']]), 'plan.pdf');
    expect(result.text).toBe('某省质量提升行动方案（2025—2027年）\n');
    expect(result.notes).toContain('PDF：1 个横线（―）按破折号（—）存储。');
  });

  it('refuses a PDF without a text layer', async () => {
    await expect(extractText(makePdf([[]]), 'scan.pdf')).rejects.toThrow(
      /scan\.pdf has no extractable text \(a scanned PDF/u,
    );
  });
});

describe('extractText: text files and other types', () => {
  it('reads a UTF-16 text with its byte order mark, keeping the text as it is', async () => {
    const text = '河南省质量工作要点\r\n一、提升质量\r\n';
    const result = await extractText(new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')), 'a.txt');
    expect(result).toEqual({ text, format: 'txt', notes: ['文本按 utf-16le 解码，存为 UTF-8。'] });
  });

  it('stores radicals a PDF font wrote for characters as the characters, and says so', async () => {
    const result = await extractText(utf8('九江市⼈⺠政府关于印发实施⽅案的通知\n'), 'copied.txt');
    expect(result.text).toBe('九江市人民政府关于印发实施方案的通知\n');
    expect(result.notes).toEqual(['3 个部首字符（字体把常用字写成了部首，如 ⼈ ⺠）已换成对应的汉字（人 民）。']);
  });

  it('joins the lines of a text copied out of a PDF, in a .txt with CRLF and in a web page with <br>', async () => {
    const paragraphs = [
      '（一）加强标准引领。推动企业对标国际先进标准，开展企业标准领跑者行动。（省市场监管局牵头，省商务厅配合）',
      '（二）强化质量监管。加强重点产品质量安全监管，严厉打击制售假冒伪劣产品违法行为。（省市场监管局、省公安厅按职责分工负责）',
      '（三）提升服务质量。实施服务质量提升工程，开展服务质量监测评价，到2023年底前完成全覆盖。（省商务厅牵头）',
    ];
    const copied = paragraphs.flatMap((paragraph) =>
      wrap(paragraph, 0, (char) => (char.codePointAt(0)! < 0x1100 ? 0.5 : 1)),
    );
    const txt = await extractText(utf8(`${copied.join('\r\n')}\r\n`), 'copied.txt');
    expect(txt.text).toBe(`${paragraphs.join('\r\n')}\r\n`);
    expect(txt.notes).toEqual([`按版面折行的文本：${copied.length - paragraphs.length} 处折行接回段落。`]);
    const page = `<html><body><div id="zoom"><p>${copied.join('<br>')}</p></div></body></html>`;
    expect(linesOf((await extractText(utf8(page), 'copied.html')).text)).toEqual(paragraphs);
  });

  it('leaves out the furniture a web page sets under the document, and the source and editors before it', async () => {
    const document = [
      '某市人民政府办公室关于加强燃气安全管理的通知',
      '各区人民政府，市政府各部门：',
      '　　一、开展燃气安全隐患排查。（市城管局牵头，市市场监管局配合）',
      '　　二、加强燃气具质量监管。点击量较大的电商平台要落实主体责任。（市市场监管局负责）',
      '　　三、强化宣传教育。（市委宣传部负责）',
      '附件：燃气安全隐患排查登记表',
      '某市人民政府办公室',
      '2025年5月10日',
      '（此件公开发布）',
    ];
    const portal = [
      '',
      '附件下载：',
      '燃气安全隐患排查登记表.docx',
      '相关解读：',
      '一图读懂《关于加强燃气安全管理的通知》',
      '【打印本页】　【关闭窗口】',
      '扫一扫在手机打开当前页',
      '上一篇：某市人民政府办公室关于做好2025年防汛工作的通知',
      '主办单位：某市人民政府办公室　　网站标识码：4400000000　　粤ICP备00000000号',
    ];
    // A legal database's page: its name over the page, its citation code and related documents under it.
    const database = [
      '',
      '【法宝引证码】CLI.12.0000000',
      '原文链接：https://www.pkulaw.com/lar/0000.html',
      '法宝联想',
      '本篇引用的法规（1篇）',
      '　　中华人民共和国计量法（2018修正）',
      '相关期刊（0篇）',
      '© 北大法宝 版权所有',
    ];
    const fromDatabase = await extractText(utf8(['北大法宝', ...document, ...database].join('\n')), 'pkulaw.txt');
    expect(fromDatabase.text).toBe(`${document.join('\n')}\n`);
    const fromPortal = await extractText(utf8([...document, ...portal].join('\n')), 'page.txt');
    expect(fromPortal.text).toBe(`${document.join('\n')}\n`);
    expect(fromPortal.notes).toEqual([
      '网页复制的文本：去掉正文后的网页元素 8 行（上一篇/下一篇、打印、相关链接、网站标识等）。',
    ]);
    const wechat = [
      '',
      '来源：某市发布',
      '编辑：王五',
      '▎点击下方阅读原文，查看更多权威信息',
      '喜欢此内容的人还喜欢',
      '阅读 1.2万',
      '赞 286 在看 97',
      '写留言',
    ];
    expect((await extractText(utf8([...document, ...wechat].join('\n')), 'wechat.txt')).text).toBe(
      `${document.join('\n')}\n`,
    );
    // The central government's portal: its correction button beside the editor, its related pieces.
    const central = [
      '',
      '【我要纠错】\t责任编辑：张三',
      '相关稿件',
      '国务院政策例行吹风会：介绍燃气安全管理有关情况',
      '图解：一图读懂燃气安全管理通知',
      '字号：默认 大 超大\t|\t打印\t|\t关闭',
    ];
    expect((await extractText(utf8([...document, ...central].join('\n')), 'gov.txt')).text).toBe(
      `${document.join('\n')}\n`,
    );
    // A portal's head and a WeChat article's go too, the page's fields kept; so do picture placeholders.
    const head = [
      '某市人民政府门户网站',
      '无障碍浏览　|　长者模式　|　繁體',
      '首页　政务公开　政务服务　互动交流　数据开放',
      '您当前的位置：首页 > 政务公开 > 政府文件',
      '部门文件　|　政府文件　|　政策解读',
      '【字号：大 中 小】　　　　打印本页　　关闭窗口',
      '发布时间：2025-05-12　　信息来源：市政府办公室',
    ];
    const portalHead = await extractText(
      utf8([...head, ...document.slice(0, 3), '图片', ...document.slice(3)].join('\n')),
      'head.txt',
    );
    expect(portalHead.text).toBe([head[3], head[6], ...document].join('\n'));
    expect(portalHead.notes).toEqual([
      '网页复制的文本：去掉正文前的网页元素和图片占位 6 行（网站名、导航栏、字号按钮、公众号抬头等）。',
    ]);
    // A joint document's bodies over its title, apart by spaces as a menu's names are, are its own.
    const joint = ['质检总局　海关总署　商务部　工商总局　国家邮政局', '关于加强进口消费品质量安全监管工作的通知'];
    expect((await extractText(utf8([...joint, ...document].join('\n')), 'joint.txt')).text).toBe(
      [...joint, ...document].join('\n'),
    );
    // A county site's name over the section, and the font buttons each in brackets.
    const section = ['某县人民政府  信息公开专栏', '您现在的位置：首页 >> 信息公开 >> 政府文件', '【大】【中】【小】'];
    expect((await extractText(utf8([...section, ...document].join('\n')), 'section.txt')).text).toBe(
      [section[1], ...document].join('\n'),
    );
    // The font buttons without brackets, under the page's fields.
    const fields = ['发布时间：2024-12-20 10:30　　来源：某市人民政府办公室', '字号：大 中 小　　打印本页　　关闭窗口'];
    expect((await extractText(utf8([...fields, ...document].join('\n')), 'fields.txt')).text).toBe(
      [fields[0], ...document].join('\n'),
    );
    const account = [
      '重磅！某市出台16条举措',
      '某市发布 某市发布',
      '2025年05月12日 19:02 江西',
      '听全文',
      '点击上方蓝字 关注我们',
    ];
    expect((await extractText(utf8([...account, ...document].join('\n')), 'account.txt')).text).toBe(
      [account[0], ...document].join('\n'),
    );
    // An account's earlier posts, listed under it, are no text of it.
    const earlier = [
      '往期推荐',
      '某省民政厅　某省财政厅关于调整2024年全省城乡低保标准的通知',
      '2023年全省“敬老月”活动总结来了',
    ];
    expect((await extractText(utf8([...document, ...earlier].join('\n')), 'earlier.txt')).text).toBe(
      `${document.join('\n')}\n`,
    );
    // Who wrote an interpretation, signed among its page's links, stays the document's; under another
    // document such lines sign the interpretation linked to, and go.
    const signed = [
      '相关文件：某市燃气安全管理办法',
      '解读机关：某市城市管理局',
      '联系电话：0000-1234567',
      '上一篇：…',
    ];
    const interpretation = ['关于《某市燃气安全管理办法》的政策解读', ...document.slice(1)];
    expect((await extractText(utf8([...interpretation, ...signed].join('\n')), 'signed.txt')).text).toBe(
      `${[...interpretation, '解读机关：某市城市管理局', '联系电话：0000-1234567'].join('\n')}\n`,
    );
    expect((await extractText(utf8([...document, ...signed].join('\n')), 'linked.txt')).text).toBe(
      `${document.join('\n')}\n`,
    );
    // Such a line in the document's first half, or before a paragraph of its own, is no page's end.
    const early = ['相关链接：', ...document];
    expect((await extractText(utf8(early.join('\n')), 'early.txt')).text).toBe(early.join('\n'));
  });

  it('rewrites a task table and an indicator table copied with tabs between their cells as Word tables, and no other tabs', async () => {
    const rows = [
      '附件：重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t推进农业标准化生产\t省农委\t省质监局\t2020年底',
      '2\t开展消费品质量提升行动\t省经济和信息化委\t省质监局、省商务厅\t',
      '\t三、保障措施',
      '品种\t数量',
      '电梯\t3',
      '指标\t2020年\t2025年',
      '制造业产品质量合格率（%）\t93.5\t95',
      '主导制修订国家标准（项）\t[45]\t[80]',
      '',
    ];
    const result = await typed(rows, 'tabs.txt', '\r\n');
    expect(result.lines).toEqual([
      '附件：重点任务分工表',
      '1. 推进农业标准化生产（牵头单位：省农委；配合单位：省质监局；完成时限：2020年底）',
      '2. 开展消费品质量提升行动（牵头单位：省经济和信息化委；配合单位：省质监局、省商务厅）',
      // Indentation is not a cell, and a table that is not a 任务分工 table keeps its tabs.
      '\t三、保障措施',
      '品种\t数量',
      '电梯\t3',
      '制造业产品质量合格率到2025年达到95%。2020年基期值：93.5%。',
      // A value in brackets is a total over the plan's years.
      '主导制修订国家标准到2025年累计达到80项。2020年基期值：累计45项。',
      '',
    ]);
    expect(result.notes).toEqual([
      '任务分工表（2 行，表头：序号｜重点任务｜牵头单位｜配合单位｜完成时限）按行改写为“序号. 任务（牵头单位：…；配合单位：…；完成时限：…）”。',
      '主要指标表（2 行，表头：指标｜2020年｜2025年）按行改写为“序号. 指标到某年达到目标值。基期值：…”。',
    ]);
  });

  it('joins a tabbed row a PDF wrapped at its columns’ edges, its cut dates and names going on the row above', async () => {
    // ⇥ stands for a tab.
    const rows = `序号⇥项目名称⇥目标任务⇥牵头单位⇥完成时限
1⇥农村公路提质⇥新建改建农村公路3000公⇥省住房城乡建⇥2026年11月
⇥改造⇥里，改造危旧桥梁200座⇥设厅⇥底前
2⇥重点群体就业⇥培训20万人次，帮扶就业⇥省人力资源社⇥全年
⇥帮扶⇥1.5万人⇥会保障厅
3⇥充电设施建设⇥新建公共充电桩1万个⇥省发展改革委⇥2026年12月
⇥⇥⇥（省能源局）、⇥20日前
⇥⇥⇥省交通运输厅
`
      .replaceAll('⇥', '\t')
      .split('\n');
    const { lines } = await typed(rows, 'wrapped.txt', '\n');
    expect(lines.join('\n'))
      .toBe(`1. 农村公路提质改造：新建改建农村公路3000公里，改造危旧桥梁200座（牵头单位：省住房城乡建设厅；完成时限：2026年11月底前）
2. 重点群体就业帮扶：培训20万人次，帮扶就业1.5万人（牵头单位：省人力资源社会保障厅；完成时限：全年）
3. 充电设施建设：新建公共充电桩1万个（牵头单位：省发展改革委（省能源局）、省交通运输厅；完成时限：2026年12月20日前）
`);
  });

  it('rewrites a table of bodies’ duties as each body and its duties, a row without its body going on with the one above', async () => {
    const rows = [
      '附件1',
      '序号\t部门\t主要职责',
      '1\t省市场监管局\t1.负责食品生产经营监督管理；2.承担食品安全抽样检验工作。',
      '\t\t3.组织查处食品违法行为。',
      '2\t省财政厅\t负责安排食品安全工作经费。',
      '',
    ];
    const result = await typed(rows, 'duties.txt', '\n');
    expect(result.lines).toEqual([
      rows[0],
      '（一）省市场监管局',
      '1.负责食品生产经营监督管理；2.承担食品安全抽样检验工作。',
      '3.组织查处食品违法行为。',
      '（二）省财政厅：负责安排食品安全工作经费。',
      '',
    ]);
    expect(result.notes).toEqual([
      '职责表（3 行，表头：序号｜部门｜主要职责）按行改写为“（序号）部门”一行、其主要职责（编号各项）下一行。',
    ]);
  });

  it('rewrites a table of a body’s divisions without a column of numbers as its divisions, numbered in order', async () => {
    const rows = [
      '科室名称\t主要职责\t联系电话',
      '办公室\t负责机关日常运转。\t0578-2236101',
      '政策法规科\t起草有关规范性文件。\t0578-2236102',
      '',
    ];
    const result = await typed(rows, 'divisions.txt', '\n');
    expect(result.lines).toEqual([
      '1. 办公室：负责机关日常运转；联系电话：0578-2236101',
      '2. 政策法规科：起草有关规范性文件；联系电话：0578-2236102',
      '',
    ]);
  });

  it('numbers the rows of a task table an item announces as its sub-items, not as the list’s items again', async () => {
    const rows = [
      '7.清理规范涉企收费。对下列重点领域收费事项，按规定时限完成清理规范：',
      '序号\t收费事项\t主要措施\t责任单位\t完成时限',
      '1\t行业协会商会收费\t开展专项清理\t省民政厅\t2024年10月31日',
      '8.加强涉企收费监督检查。',
      '',
    ];
    const result = await typed(rows, 'nested.txt', '\n');
    expect(result.lines).toEqual([
      rows[0],
      '（1）行业协会商会收费：开展专项清理（责任单位：省民政厅；完成时限：2024年10月31日）',
      rows[3],
      '',
    ]);
  });

  it('keeps a table of quantities by area as it is: a column of 任务 with its unit (批次) names no task', async () => {
    const rows = ['市（州）\t抽检任务（批次）\t其中：农产品\t完成时限', '西宁市\t7400\t2300\t2024年11月20日', ''];
    const result = await typed(rows, 'quota.txt', '\n');
    expect(result.lines).toEqual(rows);
  });

  it('keeps a table whose header names no task or department column, though a row’s long cell names both', async () => {
    const rows = [
      '序号\t事项名称\t职权类型\t责任事项\t追责情形',
      '1\t食品经营许可\t行政许可\t受理责任：当场受理\t未按规定受理的',
      '2\t对生产经营不符合食品安全标准的食品的行政处罚\t行政处罚\t决定责任：载明处罚依据和内容\t行政机关及相关工作人员应承担相应责任',
      '3\t特种设备监督检查\t行政检查\t检查责任：制定年度检查计划\t未按规定开展检查的',
      '',
    ];
    const result = await typed(rows, 'powers.txt', '\r\n');
    expect(result.text).toBe(rows.join('\r\n'));
  });

  it('rewrites a campaign’s schedule (活动名称｜牵头单位｜时间｜地点) as its activities with their leads', async () => {
    const rows = ['序号\t活动名称\t牵头单位\t时间\t地点', '1\t宣传周启动仪式\t市食安办\t6月10日\t市民广场', ''];
    const result = await typed(rows, 'schedule.txt', '\r\n');
    expect(result.lines).toEqual(['1. 宣传周启动仪式（牵头单位：市食安办；时间：6月10日；地点：市民广场）', '']);
  });

  it('rewrites a numbered table of who does what without a task word (序号｜食品大类｜…｜承担单位), its totals kept as text', async () => {
    const rows = [
      '序号\t食品大类\t抽检批次\t承担单位\t完成时限',
      '1\t粮食加工品\t1500\t临江区市场监管局\t2025年11月30日前',
      '合计\t—\t1500\t—\t—',
      '',
    ];
    const result = await typed(rows, 'quotas.txt');
    expect(result.lines).toEqual([
      '1. 粮食加工品（承担单位：临江区市场监管局；完成时限：2025年11月30日前；抽检批次：1500）',
      '合计　—　1500　—　—',
      '',
    ]);
    // An indicator table's `单位` is a unit of measure: it stays an indicator table.
    const indicators = ['序号\t指标\t单位\t2020年\t2025年', '1\t产品质量合格率\t%\t93.6\t95', ''];
    expect((await typed(indicators, 'indicators.txt')).text).not.toMatch(/单位：/u);
  });

  it('rewrites an assessment’s scoring table copied with tabs, its groups’ headings between the rows kept', async () => {
    const rows = [
      '考核评分细则',
      '考核项目\t分值\t评分标准\t责任单位',
      '一、责任落实（15分）',
      '1.党政同责\t6\t每年研究食品安全工作不少于1次，缺1次扣2分。\t市食安办',
      '二、源头治理（15分）',
      '2.农产品质量安全\t8\t例行监测合格率达到98%以上得满分。\t市农业农村局',
      '三、附则',
      '',
    ];
    const result = await typed(rows, 'scores.txt');
    expect(result.lines).toEqual([
      '考核评分细则',
      '一、责任落实（15分）',
      '1.党政同责：每年研究食品安全工作不少于1次，缺1次扣2分。（责任单位：市食安办；分值：6）',
      '二、源头治理（15分）',
      '2.农产品质量安全：例行监测合格率达到98%以上得满分。（责任单位：市农业农村局；分值：8）',
      // A heading after the last row is the text going on, not a group of the table.
      '三、附则',
      '',
    ]);
  });

  it('reads a tabbed row going on under merged cells, and a row whose cell held a line break', async () => {
    const rows = [
      '序号\t工作任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '1\t规范证照经营\t（1）依法查处无照经营；\t区市场监管局\t各街道办事处\t2025年6月底前',
      '\t\t（2）推行“一业一证”改革；\t\t区行政服务中心\t',
      '2\t提升商业街区品质\t（1）编制提升方案；',
      '（2）引导业态调整升级。\t区商务委\t区规划资源局、',
      '区市场监管局\t2025年12月底前',
      '',
    ];
    const result = await typed(rows, 'merged.txt');
    expect(result.lines).toEqual([
      '1. 规范证照经营：（1）依法查处无照经营；（牵头单位：区市场监管局；配合单位：各街道办事处；完成时限：2025年6月底前）',
      '（2）推行“一业一证”改革；（配合单位：区行政服务中心）',
      '2. 提升商业街区品质：（1）编制提升方案；（2）引导业态调整升级。（牵头单位：区商务委；配合单位：区规划资源局、区市场监管局；完成时限：2025年12月底前）',
      '',
    ]);
  });

  it('reads a table copied out of a PDF over pages: cells going on under a row, the header again on the next page', async () => {
    const rows = [
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t编制主要灾种风险区划图\t省应急厅\t省地震局、省气象局、省水利厅、\t2022年6月底前完成',
      '\t\t\t省林草局、省交通运输厅',
      '2\t开展灾害对农业生产和农村居\t省应急厅\t省统计局\t全年',
      '\t民收入影响监测',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '3\t组织防灾减灾日宣传活动\t省应急厅\t省委宣传部\t2022年5月底前',
      '\t\t\t\t，此后持续推进',
      '',
    ];
    const result = await typed(rows, 'pages.txt');
    expect(result.lines).toEqual([
      '1. 编制主要灾种风险区划图（牵头单位：省应急厅；配合单位：省地震局、省气象局、省水利厅、省林草局、省交通运输厅；完成时限：2022年6月底前完成）',
      '2. 开展灾害对农业生产和农村居民收入影响监测（牵头单位：省应急厅；配合单位：省统计局；完成时限：全年）',
      '3. 组织防灾减灾日宣传活动（牵头单位：省应急厅；配合单位：省委宣传部；完成时限：2022年5月底前，此后持续推进）',
      '',
    ]);
  });

  it('reads a table copied out of a PDF with its cells one space apart, its rows wrapped as the text is', async () => {
    const rows = [
      '序号 重点任务 工作措施 牵头单位 配合单位 完成时限',
      // A line that ends with its space ends a cell; one that does not goes on the cell it broke.
      '1 排查燃气管道 对城区老旧燃气管道逐段排查，建立隐患台',
      '账并限期整改 县住建局 县市场监管局、县应急管理局 2026年6月',
      '底前',
      '2 整治电动自行车 开展电动自行车进楼入户专项整治，劝导居民 ',
      '县消防救援大队 县公安局、各乡镇人民政府 长期坚持',
      '— 3 —',
      '序号 重点任务 工作措施 牵头单位 配合单位 完成时限',
      // Lines that end at a cell's end without their space: the time, then the bodies, parted again.
      '3 督查考核 将安全生产纳入年度综合考核，每季度通报进展县委督',
      '查室 县政府督查室、县应急管理局2026年12月底前',
      '',
      '附件2',
    ];
    const result = await typed(rows, 'single-spaced.txt');
    expect(result.lines).toEqual([
      '1. 排查燃气管道：对城区老旧燃气管道逐段排查，建立隐患台账并限期整改（牵头单位：县住建局；配合单位：县市场监管局、县应急管理局；完成时限：2026年6月底前）',
      '2. 整治电动自行车：开展电动自行车进楼入户专项整治，劝导居民（牵头单位：县消防救援大队；配合单位：县公安局、各乡镇人民政府；完成时限：长期坚持）',
      '3. 督查考核：将安全生产纳入年度综合考核，每季度通报进展（牵头单位：县委督查室；配合单位：县政府督查室、县应急管理局；完成时限：2026年12月底前）',
      '',
      '附件2',
    ]);
    expect(result.notes.join('\n')).toContain('单元格以空格分隔的表格 1 个按行接回');
  });

  it('reads a table of indicators with its cells one space apart, a second header line and a cell set under its row', async () => {
    const rows = [
      '序号 指标 2025年 2030年 属性',
      '基期值 目标值',
      '1 城乡居民人均可支配收入年 4.8 5左右 预期性',
      '均增长（%）',
      '2 农村自来水普及率（%） 88 ≥95 约束性',
      '注：标注的为约束性指标。',
    ];
    const result = await typed(rows, 'single-spaced-indicators.txt');
    expect(result.lines).toEqual([
      '1. 城乡居民人均可支配收入年均增长到2030年达到5%左右。基期值：4.8%。属性：预期性。',
      '2. 农村自来水普及率到2030年达到95%以上。基期值：88%。属性：约束性。',
      '注：标注的为约束性指标。',
    ]);
  });

  it('reads a numbered row whose cells a copy broke over two lines as that row, not as the row above going on', async () => {
    const rows = [
      '类别\t序号\t重点任务\t牵头单位\t完成时限',
      '产品质量\t1\t开展质量提升行动\t省市场监管局\t2025年底前',
      '\t2\t开展食品安全监督',
      '抽检\t省市场监管局\t2025年底前',
      '',
    ];
    const result = await typed(rows, 'broken-row.txt');
    expect(result.lines.filter((line) => /^\d/u.test(line))).toEqual([
      '1. 开展质量提升行动（牵头单位：省市场监管局；完成时限：2025年底前；类别：产品质量）',
      '2. 开展食品安全监督抽检（牵头单位：省市场监管局；完成时限：2025年底前；类别：产品质量）',
    ]);
  });

  it('reads a row copied out of Excel whose quoted cells hold line breaks and doubled quotes', async () => {
    const rows = [
      '序号\t改革任务\t具体措施\t牵头单位\t配合单位\t完成时限',
      '1\t推进信息变更“一件事”\t"1.推进变更事项一次申请、并联办理。',
      '2.开展跨区域迁移登记试点。"\t登记注册局\t自治区税务局\t"2025年6月底前',
      '2025年11月底前"',
      '2\t完善退出机制\t"依法清理""僵尸企业""。"\t登记注册局\t\t持续推进',
      '',
    ];
    const result = await typed(rows, 'excel.txt');
    expect(result.lines).toEqual([
      '1. 推进信息变更“一件事”：1.推进变更事项一次申请、并联办理。2.开展跨区域迁移登记试点。（牵头单位：登记注册局；配合单位：自治区税务局；完成时限：2025年6月底前、2025年11月底前）',
      '2. 完善退出机制：依法清理"僵尸企业"。（牵头单位：登记注册局；完成时限：持续推进）',
      '',
    ]);
  });

  it('reads a task table whose header cells put their notes in brackets on lines of their own', async () => {
    const rows = [
      '序号\t抽查领域\t抽查事项\t抽查比例',
      '（不低于5%）\t发起部门\t配合部门',
      '1\t食品安全\t食品生产企业监督检查\t\t省市场监管局\t省农业农村厅',
      '2\t药品安全\t药品经营质量管理规范执行情况检查\t不低于10%\t省药监局\t省医保局',
      '',
    ];
    const result = await typed(rows, 'inspections.txt');
    expect(result.lines).toEqual([
      '1. 食品生产企业监督检查（发起部门：省市场监管局；配合部门：省农业农村厅；抽查领域：食品安全）',
      '2. 药品经营质量管理规范执行情况检查（发起部门：省药监局；配合部门：省医保局；抽查领域：药品安全；抽查比例（不低于5%）：不低于10%）',
      '',
    ]);
  });

  it('reads an Excel 督办 list on past its groups’ rows, its names parted in quoted cells, its totals and remarks no task', async () => {
    const rows = [
      '序号\t督办事项\t责任领导\t牵头单位\t责任单位\t完成时限',
      '一、持续扩大有效需求（2项）\t\t\t\t\t',
      '1\t实施省大中型项目3000个以上\t"周立新',
      '陈国栋"\t省发展改革委\t省自然资源厅\t2025年12月底前',
      '2\t用足用好专项债券\t\t省财政厅\t省发展改革委\t2025年12月底前',
      '二、加快构建现代化产业体系（1项）\t\t\t\t\t',
      '3\t加快建设新型能源体系\t陈国栋\t"省发展改革委',
      '省能源局"\t国网江西省电力有限公司\t2025年12月底前',
      '合计\t2大类3项\t\t\t\t',
      '备注\t牵头单位有2个及以上的，排在第一位的为主要牵头单位。\t\t\t\t',
      '',
    ];
    expect((await typed(rows, 'supervision.txt')).lines).toEqual([
      '一、持续扩大有效需求（2项）',
      '1. 实施省大中型项目3000个以上（牵头单位：省发展改革委；责任单位：省自然资源厅；完成时限：2025年12月底前；责任领导：周立新、陈国栋）',
      '2. 用足用好专项债券（牵头单位：省财政厅；责任单位：省发展改革委；完成时限：2025年12月底前）',
      '二、加快构建现代化产业体系（1项）',
      '3. 加快建设新型能源体系（牵头单位：省发展改革委、省能源局；责任单位：国网江西省电力有限公司；完成时限：2025年12月底前；责任领导：陈国栋）',
      '合计　2大类3项',
      '备注　牵头单位有2个及以上的，排在第一位的为主要牵头单位。',
      '',
    ]);
  });

  it('writes a row of any other table copied out of Excel on one line, its quoted cells joined', async () => {
    const rows = [
      '序号\t违法行为\t违法情节\t裁量阶次\t处罚标准',
      '1\t未取得许可从事食品经营\t"1.货值金额不足2000元的；',
      '2.主动消除违法行为危害后果的"\t轻微\t不予行政处罚',
      '\t\t"1.货值金额2000元以上的；',
      '2.经责令改正后仍继续经营的"\t较重\t"没收违法所得；',
      '并处五万元以上罚款"',
      '注：同一违法行为涉及多台设备的，分别计算。',
      '',
    ];
    const result = await typed(rows, 'benchmark.txt');
    expect(result.lines).toEqual([
      rows[0],
      '1\t未取得许可从事食品经营\t1.货值金额不足2000元的；2.主动消除违法行为危害后果的\t轻微\t不予行政处罚',
      '\t\t1.货值金额2000元以上的；2.经责令改正后仍继续经营的\t较重\t没收违法所得；并处五万元以上罚款',
      rows[6],
      '',
    ]);
    expect(result.notes).toContain('表格中 2 行的单元格带引号跨行（从 Excel 复制），每行接回一行。');
  });

  it("reads a duty table whose cells' line breaks were copied without quotes, the last row's too", async () => {
    const rows = [
      '序号\t责任单位\t主要职责',
      '1\t市发改委\t1.将质量发展纳入全市规划；2.推动服务业质量提升。',
      '2\t市经信委\t1.牵头推进制造业质量品牌建设；',
      '2.会同市市场监管局推进标准与科技创新融合发展；',
      '3.负责推动工业企业质量管理体系建设。',
      '3\t市住建局\t1.负责工程质量监督管理；',
      '2.推进住宅工程质量分户验收。',
      '各部门要按照职责分工，加强协作。',
      '',
    ];
    const result = await typed(rows, 'duties.txt');
    expect(result.lines).toEqual([
      '（一）市发改委',
      '1.将质量发展纳入全市规划；2.推动服务业质量提升。',
      '（二）市经信委',
      '1.牵头推进制造业质量品牌建设；2.会同市市场监管局推进标准与科技创新融合发展；3.负责推动工业企业质量管理体系建设。',
      '（三）市住建局',
      '1.负责工程质量监督管理；2.推进住宅工程质量分户验收。',
      // Not a point of the cell's: the text after the table.
      '各部门要按照职责分工，加强协作。',
      '',
    ]);
  });

  it("reads an assessment table's rows under a merged first cell, their cells over several lines, the cell their heading", async () => {
    const rows = [
      '考核项目\t考核内容\t分值\t评分标准\t评价单位',
      '一、组织领导（8分）\t1.统筹推进。将质量工作纳入年度重点工作。\t4\t1.专题研究质量工作的得2分；',
      '2.出台年度工作要点的得2分。\t省市场监管局',
      '\t2.经费保障。将质量工作经费列入本级财政预算。\t4\t1.列入预算的得2分；',
      '2.经费逐年增长的得2分。\t省财政厅',
      '省市场监管局',
      '二、质量安全（6分）\t3.工程质量。竣工验收合格率100%。\t6\t合格率100%的得6分。\t省住房城乡建设厅',
      '省交通运输厅',
      '',
    ];
    const result = await typed(rows, 'assessment.txt');
    expect(result.lines.join('\n')).toContain(
      '2.经费保障。将质量工作经费列入本级财政预算。（评价单位：省财政厅、省市场监管局；分值：4；评分标准：1.列入预算的得2分；2.经费逐年增长的得2分。）',
    );
    expect(result.lines.join('\n')).toContain('（评价单位：省住房城乡建设厅、省交通运输厅；');
    expect(result.lines.some((line) => line.includes('\t'))).toBe(false);
    // The items' category (考核项目, merged over them) heads them, their 考核内容 the task.
    expect(result.lines.filter((line) => /^[一二]、/u.test(line))).toEqual([
      '一、组织领导（8分）',
      '二、质量安全（6分）',
    ]);
    expect(result.lines).toContain(
      '1.统筹推进。将质量工作纳入年度重点工作。（评价单位：省市场监管局；分值：4；评分标准：1.专题研究质量工作的得2分；2.出台年度工作要点的得2分。）',
    );
  });

  it('fills a lead or group cell a table typed with tabs leaves blank under a merged one, and says so', async () => {
    const rows = [
      '序号\t重点工程\t具体任务\t牵头处室\t配合单位\t完成时限',
      '1\t质量基础设施提升工程\t完善计量服务体系\t计量处\t省计量院\t2025年10月底前',
      '2\t\t强化标准引领作用\t\t质量发展处\t2025年12月底前',
      '3\t质量品牌培育工程\t培育质量标杆企业\t质量发展处\t\t',
      '',
    ];
    const result = await typed(rows, 'merged-cells.txt');
    expect(result.lines).toEqual([
      '1. 完善计量服务体系（牵头处室：计量处；配合单位：省计量院；完成时限：2025年10月底前；重点工程：质量基础设施提升工程）',
      '2. 强化标准引领作用（牵头处室：计量处；配合单位：质量发展处；完成时限：2025年12月底前；重点工程：质量基础设施提升工程）',
      // A blank 配合单位 or 完成时限 is no merged cell: the task has none.
      '3. 培育质量标杆企业（牵头处室：质量发展处；重点工程：质量品牌培育工程）',
      '',
    ]);
    expect(result.notes[0]).toBe('表中空白的牵头或分组单元格按上一行补齐（合并单元格）：2 处。');
  });

  it('fills the one column of bodies, when there is no lead’s, left blank under a merged cell', async () => {
    const rows = [
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t开展校园食品安全专项检查\t市市场监管局、市教育局\t2025年9月底前',
      '2\t推进“明厨亮灶”建设\t\t2025年12月底前',
      '3\t加强农村集体聚餐风险防控\t市卫生健康委\t',
      '',
    ];
    const result = await typed(rows, 'sole-column.txt');
    expect(result.lines.slice(0, 3)).toEqual([
      '1. 开展校园食品安全专项检查（责任单位：市市场监管局、市教育局；完成时限：2025年9月底前）',
      '2. 推进“明厨亮灶”建设（责任单位：市市场监管局、市教育局；完成时限：2025年12月底前）',
      '3. 加强农村集体聚餐风险防控（责任单位：市卫生健康委）',
    ]);
    // A table of a lead's and a cooperating column: a blank 配合单位 stays blank (above).
    const cooperating = await typed(
      ['序号\t工作任务\t配合单位\t完成时限', '1\t开展专项检查\t市教育局\t9月底前', '2\t推进建设\t\t12月底前', ''],
      'cooperating-column.txt',
    );
    expect(cooperating.lines[1]).toBe('2. 推进建设（完成时限：12月底前）');
  });

  it('takes a cell that says 同上 from the row above, a group’s heading between them aside, and says so', async () => {
    const rows = [
      '序号\t项目类别\t奖励标准\t责任部门',
      '一、标准制定',
      '1\t主导制定“浙江制造”标准\t每项奖励10万元\t市市场监管局、市经信局',
      '2\t主导制定团体标准\t每项奖励3万元\t同上',
      '二、标准化试点',
      '3\t承担标准化试点项目\t每项奖励5万元\t同上',
      '',
    ];
    const result = await typed(rows, 'ditto.txt');
    expect(result.lines.filter((line) => line.includes('（责任部门：市市场监管局、市经信局'))).toHaveLength(3);
    expect(result.lines).toContain('二、标准化试点');
    expect(result.lines.join('\n')).not.toContain('同上');
    expect(result.notes).toContain('表中写作“同上”的单元格按上一行补齐：2 处。');
  });

  it('rewrites a task table whose cells are aligned with spaces, an empty cell left empty', async () => {
    const rows = [
      '重点任务分工表',
      '序号    工作任务                        牵头单位          配合单位                  完成时限',
      '1       建立气瓶质量安全追溯体系        省市场监管局      省商务厅、省应急厅        2024年6月底前',
      '2       开展电梯按需维保试点            省市场监管局                                2024年底前',
      '　　三、保障措施',
      '　　（一）加强组织领导。',
      '',
    ];
    const result = await typed(rows, 'spaces.txt');
    expect(result.lines).toEqual([
      '重点任务分工表',
      '1. 建立气瓶质量安全追溯体系（牵头单位：省市场监管局；配合单位：省商务厅、省应急厅；完成时限：2024年6月底前）',
      '2. 开展电梯按需维保试点（牵头单位：省市场监管局；完成时限：2024年底前）',
      // Indentation with ideographic spaces is no cell boundary.
      '　　三、保障措施',
      '　　（一）加强组织领导。',
      '',
    ]);
  });

  it('rewrites a task table pasted one cell a line, a cell of two paragraphs and a missing cell placed by what they say', async () => {
    const rows = [
      '重点任务分工方案',
      '序号',
      '重点任务',
      '具体措施',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '培育跨境电商主体',
      '建立重点企业库。',
      '对入库企业给予培训支持。',
      '省商务厅',
      '省财政厅，各地级以上市人民政府',
      '2025年12月底前',
      '2',
      '加强人才培养',
      '支持职业院校开设相关专业。',
      '省教育厅、省人力资源社会保障厅',
      '每年12月底前',
      '3',
      '优化通关服务',
      '推广跨境电商出口监管模式。',
      '广州海关',
      '—',
      '长期坚持',
      '注：牵头单位有多个的，排在第一位的为总牵头单位。',
      '',
    ];
    const result = await typed(rows, 'cells.txt');
    expect(result.lines).toEqual([
      '重点任务分工方案',
      '1. 培育跨境电商主体：建立重点企业库。对入库企业给予培训支持。（牵头单位：省商务厅；配合单位：省财政厅，各地级以上市人民政府；完成时限：2025年12月底前）',
      '2. 加强人才培养：支持职业院校开设相关专业。（牵头单位：省教育厅、省人力资源社会保障厅；完成时限：每年12月底前）',
      '3. 优化通关服务：推广跨境电商出口监管模式。（牵头单位：广州海关；完成时限：长期坚持）',
      '注：牵头单位有多个的，排在第一位的为总牵头单位。',
      '',
    ]);
  });

  it('reads an empty cell pasted as a blank line as the row’s cell, not the table’s end', async () => {
    const rows = [
      '序号',
      '重点任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '提升出租汽车计价器受检率',
      '自治区交通运输厅',
      '',
      '2024年12月底前',
      '2',
      '开展中小学校视力筛查仪器检定',
      '自治区教育厅',
      '自治区卫生健康委',
      '每学年',
      '',
      '各单位要按照分工抓好落实。',
      '',
    ];
    expect((await typed(rows, 'blank-cell.txt')).lines).toEqual([
      '1. 提升出租汽车计价器受检率（牵头单位：自治区交通运输厅；完成时限：2024年12月底前）',
      '2. 开展中小学校视力筛查仪器检定（牵头单位：自治区教育厅；配合单位：自治区卫生健康委；完成时限：每学年）',
      '',
      '各单位要按照分工抓好落实。',
      '',
    ]);
  });

  it('reads a task table copied out of a PDF reader a cell a line, its cells wrapped in their columns', async () => {
    const rows = [
      '序号',
      '工作任务',
      '具体内容',
      '责任科室',
      '配合科室',
      '完成时间',
      '一、持续优化营商环境',
      '1',
      '深化经营主体',
      '登记便利化改',
      '革',
      '推行经营主体登记“一件事”集成办理，企业开办全流',
      '程压缩至0.5个工作日以内。',
      '登记注册科',
      '综合科、信用',
      '监管科',
      '2025年12',
      '月底前',
      '2',
      '提升信用监管',
      '效能',
      '全面推行经营主体信用风险分类管理，将分类结果与',
      '— 3 —',
      '序号',
      '工作任务',
      '具体内容',
      '责任科室',
      '配合科室',
      '完成时间',
      '抽查比例挂钩。',
      '信用监管科',
      '全年',
      '',
    ];
    expect((await typed(rows, 'reader-copy.txt')).lines).toEqual([
      '一、持续优化营商环境',
      '1. 深化经营主体登记便利化改革：推行经营主体登记“一件事”集成办理，企业开办全流程压缩至0.5个工作日以内。（责任科室：登记注册科；配合科室：综合科、信用监管科；完成时间：2025年12月底前）',
      '2. 提升信用监管效能：全面推行经营主体信用风险分类管理，将分类结果与抽查比例挂钩。（责任科室：信用监管科；完成时间：全年）',
      '',
    ]);
  });

  it('keeps as written a data table whose header names a unit of measure, and a row wider than its header', async () => {
    // A 政府信息公开年度报告's table: `（单位：万元）` is a unit, no column of bodies.
    const data = ['第二十条第（八）项', '信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t0', ''];
    expect((await typed(data, 'report.txt')).lines).toEqual(data);
    // A row with a cell the header has no column for ends the table: no cell of it is lost.
    const wide = ['序号\t工作任务\t责任单位', '1\t开展电梯安全评估\t市市场监管局\t市住房城乡建设局配合', ''];
    expect((await typed(wide, 'wide.txt')).lines).toEqual(wide);
  });

  it('keeps as written a form to fill in, its header naming bodies and its rows blank', async () => {
    // A meeting notice's 回执: its header is all it says of bodies, and no word of it may be lost.
    const form = [
      '序号\t会场类别\t单位名称\t姓名\t职务\t备注',
      '1\t分会场\t\t\t\t',
      '2\t二级分会场\t\t\t\t',
      '注：请于6月9日前报送。',
      '',
    ];
    expect((await typed(form, 'form.txt')).lines).toEqual([
      '序号　会场类别　单位名称　姓名　职务　备注',
      '1　分会场',
      '2　二级分会场',
      '注：请于6月9日前报送。',
      '',
    ]);
  });

  it('rewrites a task table copied from a web page one cell a paragraph, the prose after its last row kept', async () => {
    // A web page's copy puts a blank line after every paragraph, the table's cells too: no blank
    // line ends the table, so its last row ends with its deadline, the last column.
    const rows = [
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '1',
      '开展老旧电梯安全评估。',
      '市市场监管局、市住房城乡建设局',
      '2025年9月底前',
      '2',
      '建立电梯应急处置平台。',
      '对接物业服务企业。',
      '市市场监管局',
      '长期坚持',
      '各单位要于每季度末报送工作进展情况。',
    ];
    const lines = ['电梯安全工作任务分工', '', ...rows.flatMap((row) => [row, '']), '市市场监管局办公室', ''];
    const result = await typed(lines, 'spaced.txt');
    expect(result.lines).toEqual([
      '电梯安全工作任务分工',
      '',
      '1. 开展老旧电梯安全评估。（责任单位：市市场监管局、市住房城乡建设局；完成时限：2025年9月底前）',
      '2. 建立电梯应急处置平台。对接物业服务企业。（责任单位：市市场监管局；完成时限：长期坚持）',
      '',
      '各单位要于每季度末报送工作进展情况。',
      '',
      '市市场监管局办公室',
      '',
    ]);
  });

  it('reads a Word table copied a row a paragraph, its cells apart by spaces of any width, by their order and what they say', async () => {
    const rows = [
      '序号\u3000\u3000问题\u3000\u3000\u3000\u3000整改措施\u3000\u3000\u3000\u3000责任单位\u3000\u3000责任人\u3000\u3000整改时限',
      '一、水生态环境保护方面（2项）',
      '1\u3000 城区雨污管网混错接问题突出。   \u30001.完成管网排查；2.实施雨污分流改造。\u3000\u3000县住房和城乡建设局（牵头），漳江街道办事处\u3000 副县长 张海涛\u3000 \u30002025年6月30日前',
      // Its 责任人 left empty: the cells it has are placed by what they say.
      '2  \u3000乡镇污水处理站配套管网不完善。\u3000\u3000\u3000\u30001.制定提质增效方案。\u3000\u3000 各乡镇人民政府\u3000\u3000\u3000\u3000\u3000\u30002025年6月30日前',
      // A row under row 2's merged 序号 and 问题, its person's name spaced out.
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000建立联合执法机制。   \u3000县公安局\u3000\u3000县公安局政委 陈\u3000扬\u3000 长期坚持',
      '',
    ];
    expect((await typed(rows, 'rectification.txt')).lines).toEqual([
      '一、水生态环境保护方面（2项）',
      '1. 1.完成管网排查；2.实施雨污分流改造。（责任单位：县住房和城乡建设局（牵头），漳江街道办事处；整改时限：2025年6月30日前；问题：城区雨污管网混错接问题突出。；责任人：副县长 张海涛）',
      '2. 1.制定提质增效方案。（责任单位：各乡镇人民政府；整改时限：2025年6月30日前；问题：乡镇污水处理站配套管网不完善。）',
      '建立联合执法机制。（责任单位：县公安局；整改时限：长期坚持；责任人：县公安局政委 陈扬）',
      '',
    ]);
  });

  it('keeps a table’s header typed with single ideographic spaces at the text’s top, and places a line of two cells going on', async () => {
    const rows = [
      '某县2025年燃气安全整治任务清单',
      '序号\u3000问题\u3000整改措施\u3000责任单位\u3000责任人\u3000整改时限',
      '1\u3000\u3000瓶装液化气违规存放。\u3000\u3000开展入户排查；建立台账。\u3000\u3000县住房城乡建设局（牵头）\u3000\u3000副县长 王磊\u3000\u30002025年3月31日前',
      '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000对餐饮场所加装报警器。\u3000\u3000县市场监管局',
      '',
    ];
    const result = await extractText(utf8(rows.join('\n')), 'header-top.txt');
    expect(result.text.split('\n').slice(0, 2)).toEqual([
      '某县2025年燃气安全整治任务清单',
      '1. 开展入户排查；建立台账。对餐饮场所加装报警器。（责任单位：县住房城乡建设局（牵头）、县市场监管局；整改时限：2025年3月31日前；问题：瓶装液化气违规存放。；责任人：副县长 王磊）',
    ]);
  });

  it('joins the paragraphs of a text laid out as the PDF was, and a task table’s wrapped cells row by row', async () => {
    // As `pdftotext -layout` gives it: each paragraph broken at the page's width, its first line
    // indented, and a table wider than the text block, each cell too long for its column wrapped
    // onto the lines below it.
    const paragraphs = [
      '（一）推进电梯安全监管。建立电梯质量安全追溯体系，2025年底前完成全市在用电梯信息采集，实现一梯一码。（市市场监管局负责）',
      '（二）加强气瓶充装管理。开展充装单位专项检查，督促企业落实主体责任，严厉查处违法充装行为。（市市场监管局、市应急管理局按职责分工负责）',
      '各单位要于每季度末将工作进展情况报送市市场监管局，市市场监管局汇总后报市政府。',
    ];
    const laidOut = (paragraph: string) =>
      wrap(paragraph, 2, (char) => (char.codePointAt(0)! < 0x1100 ? 0.5 : 1)).map((line, index) =>
        index === 0 ? `    ${line}` : line,
      );
    const table = [
      ' 序号   工作任务                     责任单位             完成时限',
      ' 1      开展老旧小区电梯更新，新装   市住建局             2025年6月',
      '        电梯接入应急处置平台。       市市场监管局         底前',
      '                                     市应急管理局',
      ' 2      建立气瓶质量安全追溯体系。   市市场监管局         长期坚持',
      '                                     市交通运输局、市公',
      '                                     安局',
    ];
    const lines = [...paragraphs.slice(0, 2).flatMap(laidOut), '', ...table, '', ...laidOut(paragraphs[2]!), ''];
    const result = await typed(lines, 'layout.txt');
    expect(result.lines).toEqual([
      `    ${paragraphs[0]}`,
      `    ${paragraphs[1]}`,
      '',
      '1. 开展老旧小区电梯更新，新装电梯接入应急处置平台。（责任单位：市住建局、市市场监管局、市应急管理局；完成时限：2025年6月底前）',
      '2. 建立气瓶质量安全追溯体系。（责任单位：市市场监管局、市交通运输局、市公安局；完成时限：长期坚持）',
      '',
      `    ${paragraphs[2]}`,
      '',
    ]);
    expect(result.notes).toEqual([
      `按版面折行的文本：${lines.length - table.length - 6} 处折行接回段落。`,
      '任务分工表（2 行，表头：序号｜工作任务｜责任单位｜完成时限）按行改写为“序号. 任务（责任单位：…；完成时限：…）”。',
    ]);
  });

  it('refuses empty texts, old Word files and unknown types with what to do', async () => {
    await expect(extractText(utf8(' \n\n'), 'empty.txt')).rejects.toThrow(ExtractError);
    await expect(extractText(utf8('x'), 'old.doc')).rejects.toThrow(/save it as \.docx/u);
    await expect(extractText(utf8('x'), 'data.ods')).rejects.toThrow(
      /expected \.txt, \.md, \.html, \.htm, \.docx, \.pdf or \.xlsx/u,
    );
    await expect(
      extractText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'p.txt'),
    ).rejects.toThrow(/PNG image/u);
  });
});
