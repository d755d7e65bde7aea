/**
 * Joining hard-wrapped lines in plain text (unwrapText), as text copied out of a PDF has them: set
 * by wrap() at 28 characters a line, Latin letters and digits half as wide, as a CJK font sets them.
 * The PDF case, with positions on the page, is in ../extract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { wrap } from '../testing/typeset.ts';
import { unwrapText } from './unwrap.ts';

const cjkWidth = (char: string) => (char.codePointAt(0)! < 0x1100 ? 0.5 : 1);
/** A paragraph as copied out of a PDF: broken at the edge, its indentation lost. */
const copied = (paragraph: string) => wrap(paragraph, 0, cjkWidth);

const PLAN = [
  '某省人民政府办公厅关于印发某省质量提升行动方案的通知',
  '某政办发〔2021〕12号',
  '各市人民政府，省政府各部门：',
  '《某省质量提升行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。',
  '某省人民政府办公厅',
  '2021年3月5日',
  '一、总体要求',
  '（一）主要目标。到2025年，全省制造业产品质量合格率达到94%以上，主要农产品质量安全抽检合格率稳定在98%以上。',
  '（二）加强标准引领。推动企业对标国际先进标准，开展企业标准领跑者行动，支持企业主导或参与制定国际标准。（省市场监管局牵头，省工业和信息化厅、省商务厅配合）',
  '（三）强化质量监管。加强重点产品质量安全监管，严厉打击制售假冒伪劣产品违法行为。（省市场监管局、省公安厅按职责分工负责）',
  '保障措施',
  '各地各部门要加强组织领导，建立工作机制，确保各项任务落到实处，Quality Management System 认证。',
];

describe('unwrapText', () => {
  it('joins a text copied out of a PDF back into its paragraphs, and says how many joins', () => {
    const lines = PLAN.flatMap(copied);
    expect(lines.length).toBeGreaterThan(PLAN.length + 6);
    const notes: string[] = [];
    expect(unwrapText(lines, notes)).toEqual(PLAN);
    expect(notes).toEqual([`按版面折行的文本：${lines.length - PLAN.length} 处折行接回段落。`]);
  });

  it('joins a number to its unit and a date to its day on the next line, though digits leave the line short', () => {
    // Wrapped by a count of characters: half-width digits end these lines short of the edge.
    const cut = [
      '（四）推进节能降碳，非化石能源消费占比达到21.5',
      '%左右，重点领域和行业节能改造面积不少于500',
      '万平方米，各地于2025年12月',
      '31日前完成全部改造任务。',
    ];
    const lines = [...PLAN.flatMap(copied), ...cut];
    expect(unwrapText(lines, [])).toEqual([...PLAN, cut.join('')]);
  });

  it("joins a body's name cut after the levels it lists in brackets, though the line ends in a bracket", () => {
    // 28 characters each: full lines, the second ending `各县（区）` over a short `人民政府`.
    const cut = [
      '责任单位：市财政局、市市场监管局、市公安局交警支队、市城',
      '管局、市应急管理局、市消防救援支队、市文旅局，各县（区）',
      '人民政府',
      '完成时限：年底前',
    ];
    expect(cut.slice(0, 2).map((line) => line.length)).toEqual([28, 28]);
    expect(unwrapText([...PLAN.flatMap(copied), ...cut], [])).toEqual([...PLAN, cut.slice(0, 3).join(''), cut[3]]);
  });

  it("joins a task's field of bodies cut after the levels in brackets, though it reads as a whole field", () => {
    const cut = ['责任单位：市财政局、市场监管局、市公安局，各县（市、区）', '人民政府', '完成时限：年底前'];
    expect(cut[0]).toHaveLength(28);
    expect(unwrapText([...PLAN.flatMap(copied), ...cut], [])).toEqual([...PLAN, cut.slice(0, 2).join(''), cut[2]]);
  });

  it('joins a Latin word or code a short line cut in two', () => {
    const cut = ['（五）推进网络升级，开展IPv', '6改造，骨干带宽达到10G', 'bps，智能算力超过80EFL', 'OPS。'];
    expect(unwrapText([...PLAN.flatMap(copied), ...cut], [])).toEqual([...PLAN, cut.join('')]);
  });

  it('joins a 文号 that went down whole to the bracket it opens', () => {
    // 26 characters: the 文号, 5.5 wide, did not fit in the 2 left.
    const cut = ['第二十条本办法自印发之日起施行，《市容规定》（鹭城管', '〔2017〕5号）第十二条同时废止。'];
    expect(cut[0]).toHaveLength(26);
    expect(unwrapText([...PLAN.flatMap(copied), ...cut], [])).toEqual([...PLAN, cut.join('')]);
  });

  it('keeps an indented first line, a numbered item and a bare heading apart from a full line before them', () => {
    // A sentence that ends exactly at the edge: the next line is no wrap, however it starts.
    const full = '各地要建立质量工作考核机制，将质量工作纳入政府绩效考核内容。';
    expect(copied(full)).toHaveLength(2);
    const exact = '各地各部门要加强组织领导，建立工作机制，确保任务落到实处。';
    expect(copied(exact)).toEqual([exact]);
    const indented = '　　各地要加强宣传引导，营造良好氛围。';
    // Each paragraph after the full line: none of them continues it.
    const paragraphs = [
      full,
      exact,
      '二、重点任务',
      exact,
      '保障措施',
      exact,
      indented,
      exact,
      '　　（一）加强领导。',
      full,
    ];
    const lines = paragraphs.flatMap((paragraph) => (paragraph === full ? copied(full) : [paragraph]));
    expect(unwrapText(lines, [])).toEqual(paragraphs);
  });

  it('never joins a numbered line to the line above, even in a list of names of one width', () => {
    const names = Array.from(
      { length: 8 },
      (_, index) => `${index + 1}. 某某省质量标杆企业名单第${'一二三四五六七八'[index]}家有限公司`,
    );
    expect(unwrapText(names, [])).toEqual(names);
  });

  it('leaves a text of one paragraph per line as it is, with no note', () => {
    const notes: string[] = [];
    expect(unwrapText(PLAN, notes)).toEqual(PLAN);
    // Lines of about one length but running past one another: no common edge.
    const similar = [
      '（一）加强标准引领，推动企业对标国际先进标准。',
      '（二）强化质量监管，严厉打击制售假冒伪劣产品违法行为。',
      '（三）提升服务质量，实施服务质量提升工程和监测评价。',
      '（四）加强人才培养，建设质量技术基础和人才队伍建设。',
    ];
    expect(unwrapText(similar, notes)).toEqual(similar);
    expect(notes).toEqual([]);
  });

  it('drops the page numbers a copied text holds, and joins the paragraph they cut', () => {
    const lines = PLAN.flatMap(copied);
    const cut = lines.indexOf(copied(PLAN[8]!)[2]!);
    const paged = [...lines.slice(0, cut), '— 2 —', ...lines.slice(cut, -1), '－3－', ...lines.slice(-1)];
    const notes: string[] = [];
    expect(unwrapText(paged, notes)).toEqual(PLAN);
    expect(notes).toEqual([`按版面折行的文本：${lines.length - PLAN.length} 处折行接回段落，去掉页码 2 处。`]);
    // In a text that is not wrapped, such a line stays.
    expect(unwrapText([...PLAN.slice(0, 3), '— 2 —'], [])).toEqual([...PLAN.slice(0, 3), '— 2 —']);
  });

  it('joins the paragraph a page break cut across the blank lines around its number', () => {
    const lines = PLAN.flatMap(copied);
    const cut = lines.indexOf(copied(PLAN[8]!)[2]!);
    const paged = [
      ...lines.slice(0, cut),
      '',
      '— 2 —',
      '',
      ...lines.slice(cut, -1),
      '',
      '－3－',
      '',
      ...lines.slice(-1),
    ];
    expect(unwrapText(paged, [])).toEqual(PLAN);
    // The 版记 after the last page's number starts a line of its own, though the line before ends at the edge.
    const full = copied(PLAN[8]!)[0]!;
    const copiedTo = '抄送：省委办公厅，省人大常委会办公厅。';
    expect(unwrapText([...paged, full, '', '－4－', '', copiedTo], [])).toEqual([...PLAN, full.trim(), copiedTo]);
  });

  it('drops bare numbers a page apart that count up, as a scan read by OCR keeps its page numbers', () => {
    const text = [
      ...PLAN,
      '（四）提升服务质量。推动生产性服务业向专业化和价值链高端延伸，推动生活性服务业向高品质和多样化升级，开展服务质量监测。（省发展改革委、省商务厅按职责分工负责）',
      '（五）夯实质量基础。加强计量、标准、认证认可、检验检测等质量基础设施建设，推进质量基础设施一站式服务。（省市场监管局牵头，省科技厅配合）',
      '（六）强化品牌建设。实施品牌培育工程，完善名牌产品评价制度，加强商标和地理标志保护，支持企业争创中国质量奖和省政府质量奖。（省市场监管局牵头，省工业和信息化厅、省农业农村厅配合）',
      '（七）营造质量发展环境。加强质量宣传教育，开展质量月活动，普及质量知识，推动全社会形成重视质量、追求质量的良好氛围。（省委宣传部、省市场监管局按职责分工负责）',
      '（八）加强组织保障。各地要建立质量工作协调机制，将质量工作纳入经济社会发展规划和政府绩效考核，加大财政投入，强化督促检查，确保各项任务落到实处。',
      '（九）强化督查考核。省质量工作领导小组办公室每年对各地质量工作开展督查，考核结果向社会公开，作为领导班子和领导干部综合考核评价的重要依据。',
    ];
    const lines = text.flatMap(copied);
    // Three pages of twelve lines at least.
    expect(lines.length).toBeGreaterThanOrEqual(36);
    const paged = [
      ...lines.slice(0, 12),
      '1',
      ...lines.slice(12, 24),
      '2',
      ...lines.slice(24, 36),
      '3',
      ...lines.slice(36),
    ];
    const notes: string[] = [];
    expect(unwrapText(paged, notes)).toEqual(text);
    expect(notes[0]).toMatch(/去掉页码 3 处/u);
    // Two such numbers are not taken for page numbers: three at least count up a page apart.
    const two = [...lines.slice(0, 12), '1', ...lines.slice(12, 24), '2', ...lines.slice(24)];
    const twoNotes: string[] = [];
    unwrapText(two, twoNotes);
    expect(twoNotes.join('')).not.toMatch(/页码/u);
    // Numbers a few lines apart are a table's rows typed a cell a line, and stay.
    const rows = [
      '序号',
      '工作任务',
      '责任单位',
      '1',
      '开展排查',
      '县市场监管局',
      '2',
      '建立台账',
      '县商务局',
      '3',
      '开展检查',
      '县公安局',
    ];
    expect(unwrapText(rows, [])).toEqual(rows);
    // So are rows some of which run a page long: the count is a table's, none of it a page's.
    const cells = (row: number, size: number) => [
      String(row),
      ...Array.from({ length: size }, (_, line) => `第${row}项任务的第${line + 1}行`),
    ];
    const long = [...cells(1, 14), ...cells(2, 14), ...cells(3, 2), ...cells(4, 14), ...cells(5, 14)];
    expect(unwrapText(long, [])).toEqual(long);
  });

  it('joins paragraphs whose first lines lost their indentation, short ones too', () => {
    // As a plain copy of a PDF gives them: the first line two characters short of the edge, at the left.
    const noIndent = (paragraph: string) => wrap(paragraph, 2, cjkWidth).map((line) => line.trimStart());
    const notes: string[] = [];
    expect(unwrapText(PLAN.flatMap(noIndent), notes)).toEqual(PLAN);
    // Short paragraphs, whose first lines are the commonest: the edge is still found two characters on.
    const short = [
      '（一）完善分类投放设施。按标准配置四分类收集容器，推动小区设施全覆盖。（责任单位：市城管局、市住建局）',
      '（二）规范分类收运体系。严禁混装混运，建立收运台账并定期公布。（责任单位：市城管局）',
      '（三）加快处理设施建设。2024年底前建成城区厨余垃圾处理厂一期工程。（责任单位：市城管局、市发展改革委）',
      '（四）推进公共机构示范。党政机关、事业单位率先实行垃圾分类。（责任单位：市机关事务中心、市教育局）',
    ];
    expect(unwrapText(short.flatMap(noIndent), [])).toEqual(short);
  });

  it('joins a flush line that reaches the edge among paragraphs that lost their indentation', () => {
    // A notice's addressees are set flush left, not indented: their first line is full, and goes on.
    const noIndent = (paragraph: string) => wrap(paragraph, 2, cjkWidth).map((line) => line.trimStart());
    const addressees =
      '伊犁哈萨克自治州人民政府，各州、市人民政府，各地区行政公署，自治区人民政府各部门、各直属机构；兵团各师市，兵团机关各部门、各直属机构：';
    const body = PLAN.slice(7, 10);
    expect(unwrapText([...wrap(addressees, 0, cjkWidth), ...body.flatMap(noIndent)], [])).toEqual([
      addressees,
      ...body,
    ]);
  });

  it("ends a paragraph at a task's closing clause on a full line, before one that lost its indentation", () => {
    const noIndent = (paragraph: string) => wrap(paragraph, 2, cjkWidth).map((line) => line.trimStart());
    // A task whose clause ends exactly at the edge: its first line indented by two, 28 characters a line.
    const filler = '并及时公开兑付进度接受社会监督确保资金安全高效使用';
    const opening = '（十七）抓好政策兑现。建立补贴资金即申即享机制，消费者通过小程序申领补贴';
    const clause = '。（责任单位：省商务厅、省财政厅）';
    const extra = (28 - ((2 + opening.length + clause.length) % 28)) % 28;
    const task = `${opening}${filler.slice(0, extra)}${clause}`;
    const next = '本政策措施自印发之日起施行，有效期至二〇二五年十二月三十一日，由省商务厅会同省财政厅负责解释。';
    const body = PLAN.slice(7, 10);
    expect(wrap(task, 2, cjkWidth).at(-1)!.length).toBe(28);
    expect(unwrapText([...body, task, next].flatMap(noIndent), [])).toEqual([...body, task, next]);
  });

  it('joins lines a character short of those whose punctuation a typesetter squeezed', () => {
    // 24 characters a line, 25 where three or more of them are punctuation set narrower. The lines
    // of 24 carry their sentences on: they are full, no first lines of paragraphs that lost their
    // indentation (those would follow a sentence's end), and the edge is no further right.
    const squeezed = (paragraph: string) => {
      const lines: string[] = [];
      let rest = paragraph;
      while (rest) {
        const room = lines.length === 0 ? 22 : 24;
        const squeezable = [...rest.slice(0, room)].filter((char) => '，、。；：（）'.includes(char)).length >= 3;
        const take = squeezable ? room + 1 : room;
        lines.push(rest.slice(0, take));
        rest = rest.slice(take);
      }
      return [`　　${lines[0]}`, ...lines.slice(1)];
    };
    const paragraphs = [
      '省政府设立省电梯事故应急指挥部（以下简称省指挥部），负责领导、组织、协调全省较大以上电梯事故应对工作。指挥长由省政府分管副省长担任；副指挥长由省政府协助分管副秘书长、省市场监管局局长、省应急管理厅分管负责同志担任。',
      '成员单位：省委宣传部、省委网信办、省发展改革委、省工业和信息化厅、省公安厅、省民政厅、省财政厅、省人力资源社会保障厅、省生态环境厅、省住房城乡建设厅、省交通运输厅、省文化和旅游厅、省卫生健康委、省应急管理厅、省市场监管局、省总工会、省通信管理局、省消防救援总队。',
      '省指挥部办公室设在省市场监管局，办公室主任由省市场监管局局长兼任，副主任由省应急管理厅、省市场监管局分管负责同志担任，承担省指挥部日常工作；汇总、报告事故信息，组织会商研判，组织修订本预案，组织开展培训和演练。',
      '各设区市人民政府参照本预案，结合本地实际，设立相应的电梯事故应急指挥机构，负责本行政区域内一般电梯事故的应急处置工作，并将预案报省指挥部办公室备案。',
    ];
    expect(unwrapText(paragraphs.flatMap(squeezed), [])).toEqual(paragraphs.map((paragraph) => `　　${paragraph}`));
  });

  it('joins a line ending with 第 to the number that goes on with it, as no item of its own', () => {
    // 31 characters a line, as the text's other lines: the break falls after 第 twice.
    const paragraphs = [
      '　　第三条　瓶装燃气安全管理坚持人民至上、生命至上，遵循安全第一、预防为主、综合治理的方针，落实企业主体责任、部门监管责任和属地管理责任。',
      '　　第二十六条　瓶装燃气经营企业违反本办法第九条第（二）项、第（三）项规定的，由燃气管理部门责令限期改正，处1万元以上5万元以下罚款；逾期不改正的，处5万元以上10万元以下罚款。',
      '　　第二十七条　县级以上人民政府应当加强对瓶装燃气安全工作的领导，建立健全协调机制，及时协调解决瓶装燃气安全管理中的重大问题，所需经费列入本级财政预算。',
    ];
    const lines = paragraphs.flatMap((paragraph) => paragraph.match(/.{1,31}/gu)!);
    expect(lines).toContain('一、预防为主、综合治理的方针，落实企业主体责任、部门监管责任和');
    expect(unwrapText(lines, [])).toEqual(paragraphs);
  });

  it('joins a line ending with the rule it cites to the article that goes on with it', () => {
    // 31 characters a line: the break falls after 依照本办法, before 第九条.
    const paragraphs = [
      '　　第十二条　对认定的示范平台，优先推荐申报国家级示范平台，优先纳入政府购买服务项目，优先安排省级财政性专项资金，依照本办法第九条评价为优秀的示范平台，在同等条件下优先支持。',
      '　　第十三条　示范平台应当于每年3月底前报送上一年度服务情况。',
    ];
    const lines = paragraphs.flatMap((paragraph) => paragraph.match(/.{1,31}/gu)!);
    expect(lines.some((line) => line.startsWith('第九条评价为优秀'))).toBe(true);
    expect(unwrapText(lines, [])).toEqual(paragraphs);
  });

  it('drops a running header repeated beside the page numbers, and the page numbers in their other forms', () => {
    const lines = PLAN.flatMap(copied);
    const cut = lines.indexOf(copied(PLAN[8]!)[2]!);
    const header = '某省人民政府办公厅文件';
    const paged = [
      ...lines.slice(0, cut),
      '第 2 页 共 3 页',
      header,
      ...lines.slice(cut, -1),
      '\f3',
      header,
      ...lines.slice(-1),
    ];
    const notes: string[] = [];
    expect(unwrapText(paged, notes)).toEqual(PLAN);
    // A gazette's, its parts set apart by spaces: short but for them.
    const gazette = '某省人民政府公报                                   2024年第13期';
    expect(
      unwrapText(
        paged.map((line) => (line === header ? gazette : line)),
        [],
      ),
    ).toEqual(PLAN);
    expect(notes).toEqual([
      `按版面折行的文本：${lines.length - PLAN.length} 处折行接回段落，去掉页码 2 处，去掉页眉页脚 2 处。`,
    ]);
    // The first page's header, with no page number above it, goes too.
    expect(unwrapText([gazette, ...paged.map((line) => (line === header ? gazette : line))], [])).toEqual(PLAN);
    // And so does a gazette's column that reads as no title, set alone (`市政府文件`).
    const column = '市政府文件';
    expect(unwrapText([column, ...paged.map((line) => (line === header ? column : line))], [])).toEqual(PLAN);
  });

  it('keeps an issuer over its date beside a page number: the signature, not a running line', () => {
    const header = '某省人民政府办公厅文件';
    const lines = [
      ...PLAN.slice(0, 4).flatMap(copied),
      '— 1 —',
      PLAN[4]!,
      PLAN[5]!,
      ...PLAN.slice(6, 9).flatMap(copied),
      '— 2 —',
      header,
      ...PLAN.slice(9).flatMap(copied),
      '— 3 —',
      header,
    ];
    expect(unwrapText(lines, [])).toEqual(PLAN);
  });

  it('joins a wrap that brings listed numerals to a line’s start (一、二类), which opens no chapter', () => {
    // 28 characters before 一、: the wrap puts it at the start of the next line.
    const paragraph = '（五）推进停车设施建设。支持社会资本投资建设停车场，新增一、二类停车示范项目不少于10个。';
    const lines = [...PLAN.slice(7, 9).flatMap(copied), ...copied(paragraph)];
    expect(lines.some((line) => line.startsWith('一、二类'))).toBe(true);
    expect(unwrapText(lines, [])).toEqual([...PLAN.slice(7, 9), paragraph]);
  });

  it('joins a wrap that brings a clause’s number to a line’s start (第 / 4.2条), which opens no item', () => {
    // 27 characters before 4.2: the wrap puts it at the start of the next line.
    const paragraph =
      '4.2.3 抽样信息与检验报告不一致的，承检机构应按照本手册第4.2条的要求会同抽样人员核对抽样记录，更正后重新报送。';
    const lines = [...PLAN.slice(7, 9).flatMap(copied), ...copied(paragraph)];
    expect(lines.some((line) => line.startsWith('4.2条'))).toBe(true);
    expect(unwrapText(lines, [])).toEqual([...PLAN.slice(7, 9), paragraph]);
  });

  it('joins a wrap that brings a cited article to a line’s start (第八条规定), which opens no article', () => {
    // 28 characters before 第八条: the wrap puts it at the start of the next line.
    const paragraph =
      '（三）擅自改变专项资金用途和开支范围的，或者违反了本办法第八条规定使用资金的，由省财政厅会同省市场监管局责令改正并收回资金。';
    const lines = [...PLAN.slice(7, 9).flatMap(copied), ...copied(paragraph)];
    expect(lines.some((line) => line.startsWith('第八条规定'))).toBe(true);
    expect(unwrapText(lines, [])).toEqual([...PLAN.slice(7, 9), paragraph]);
  });

  it('finds the edge under a table of contents whose entries run past it, and keeps each entry', () => {
    const contents = ['目录', '1. 总则' + '…'.repeat(30) + '1', '1.1 编制依据' + '…'.repeat(28) + '1'];
    const lines = [...contents, ...PLAN.slice(7, 10).flatMap(copied)];
    expect(unwrapText(lines, [])).toEqual([...contents, ...PLAN.slice(7, 10)]);
  });

  it('keeps blank lines, and never joins across them', () => {
    const lines = PLAN.slice(7, 10).flatMap((paragraph) => [...copied(paragraph), '']);
    expect(unwrapText(lines, [])).toEqual(PLAN.slice(7, 10).flatMap((paragraph) => [paragraph, '']));
  });

  it('joins a line cut inside its brackets in a text of one paragraph per line, and nothing else', () => {
    const lines = [
      '1．落实企业主体责任。年底前食品安全总监配备率达到100%。（责任单位：',
      '县市场监管局）',
      '2．提升应急处置能力。10月底前开展1次应急演练。（责任单位：县食安办，县卫生健康局，县',
      '市场监管局）',
      '3．加强宣传引导。开展食品安全宣传周活动（6月）。',
      '关于印发《桐原县食品安全三年行动计划',
      '（2024—2026年）》的通知',
      '4．规范网络餐饮服务（责任单位：',
      '5．加强农村集体聚餐管理。（责任单位：县市场监管局）',
    ];
    const notes: string[] = [];
    expect(unwrapText(lines, notes)).toEqual([
      '1．落实企业主体责任。年底前食品安全总监配备率达到100%。（责任单位：县市场监管局）',
      '2．提升应急处置能力。10月底前开展1次应急演练。（责任单位：县食安办，县卫生健康局，县市场监管局）',
      // Closed in its line; a title whose next line opens a bracket of its own; an item is no wrap.
      ...lines.slice(4),
    ]);
    expect(notes).toEqual(['按版面折行的文本：2 处折行接回段落。']);
  });

  it('joins a bracket that closes two lines on, after a pair of its own', () => {
    const lines = [
      '4.大力提振消费。全年带动消费200亿元以上。（牵头单位：省商',
      '务厅；配合单位：省发展改革委、省财政厅、省',
      '文化和旅游厅，各市（州）人民政府）',
      '5.扩大有效投资。',
    ];
    expect(unwrapText(lines, [])).toEqual([
      '4.大力提振消费。全年带动消费200亿元以上。（牵头单位：省商务厅；配合单位：省发展改革委、省财政厅、省文化和旅游厅，各市（州）人民政府）',
      '5.扩大有效投资。',
    ]);
  });

  it('joins a range of years cut after its first, whose dash opens no bullet', () => {
    const lines = [
      '　　《黑水省加快冷链物流发展实施方案（2023',
      '—2025年）》已经省政府同意，现印发给你们，请认真贯彻落实。',
      '—加强冷链设施建设。',
    ];
    expect(unwrapText(lines, [])).toEqual([
      '　　《黑水省加快冷链物流发展实施方案（2023—2025年）》已经省政府同意，现印发给你们，请认真贯彻落实。',
      // After a sentence's end, a dash opens its bullet.
      '—加强冷链设施建设。',
    ]);
  });

  it('joins a bracket across the blank lines a page break left in it, and keeps other blank lines', () => {
    const lines = [
      '（五）畅通维权渠道。设立服务站。（县市场监管局牵头，',
      '',
      '',
      '县公安局、县商务局配合）',
      '',
      '（六）强化信用约束。',
    ];
    expect(unwrapText(lines, [])).toEqual([
      '（五）畅通维权渠道。设立服务站。（县市场监管局牵头，县公安局、县商务局配合）',
      '',
      '（六）强化信用约束。',
    ]);
  });
});
