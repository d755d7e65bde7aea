/**
 * Reading the frame of hand-written documents in the layouts real ones use: titles over 1–3
 * lines, notice wrappers with and without 《》, header field lines, the date forms, the 文号
 * bracket styles, traditional characters, full-width digits, CRLF; and the sidecar drafted from
 * them (stated values with their line, inferred values with a basis, the id).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sidecarSchema } from '../../src/model/index.ts';
import { DraftError, FlagError, draftSidecar } from './draft.ts';
import { readDocNumber } from './draft/doc-number.ts';
import { periodOfTitle } from './draft/period.ts';
import { readLines } from './draft/lines.ts';
import { provinces } from './testing/provinces.ts';

const draft = (text: string, overrides?: Record<string, string>, existingIds: string[] = []) =>
  draftSidecar(text, { provinces, existingIds, overrides });

const WRAPPED_TWO_LINES = [
  '河北省人民政府办公厅关于印发',
  '河北省质量提升行动方案的通知',
  '冀政办字[2016]12号',
  '',
  '各市（含定州、辛集市）人民政府，省政府各部门：',
  '　　《河北省质量提升行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。',
  '',
  '河北省人民政府办公厅',
  '二〇一六年三月五日',
  '',
  '河北省质量提升行动方案',
  '',
  '　　一、总体要求',
  '　　（一）指导思想。深入实施质量强省战略。',
].join('\n');

describe('draftSidecar: notice wrappers', () => {
  it('reads a wrapper title over two lines, the plan title after the signature, a Chinese-numeral date', () => {
    const result = draft(WRAPPED_TWO_LINES);
    expect(result.sidecar).toEqual({
      title: '河北省质量提升行动方案',
      issuer: '河北省人民政府办公厅',
      province: 'hebei',
      date: '2016-03-05',
      docNumber: '冀政办字[2016]12号',
      type: '行动方案',
      period: { value: '2016', inferred: true, basis: '文中未载明，取自发文日期所在年份（第9行）' },
      acknowledge: [],
    });
    expect(result.id).toBe('hebei-2016-scheme');
    expect(result.missing).toEqual([]);
    expect(result.yaml).toContain('title: 河北省质量提升行动方案 # line 11\n');
    expect(result.yaml).toContain('issuer: 河北省人民政府办公厅 # line 8\n');
    expect(result.yaml).toContain("date: '2016-03-05' # line 9\n");
    expect(result.yaml).toContain('docNumber: 冀政办字[2016]12号 # line 3\n');
  });

  it.each([
    [
      'a reply letter: its letterhead, 文号 beside its 签发人, a two-line title ending 答复',
      [
        '湖南省市场监督管理局',
        '',
        '湘市监函〔2024〕47号　　　　签发人：刘某某',
        '办理结果类别：B类',
        '',
        '关于省政协十三届二次会议',
        '第0356号提案的答复',
        '',
        '周某某委员：',
        '　　您提出的提案收悉。现将办理情况答复如下：',
        '　　一、下一步工作',
        '　　（一）会同省教育厅制定推进计划。',
        '湖南省市场监督管理局',
        '2024年6月18日',
      ],
      {
        title: '关于省政协十三届二次会议第0356号提案的答复',
        type: '函',
        docNumber: '湘市监函〔2024〕47号',
        issuer: '湖南省市场监督管理局',
      },
    ],
    [
      'the issuer from a body’s name alone above a title that names none',
      ['湖南省市场监督管理局', '食品生产许可办事指南', '发布日期：2024年3月1日', '', '一、事项名称', '食品生产许可'],
      { title: '食品生产许可办事指南', type: '指南', issuer: '湖南省市场监督管理局' },
    ],
    [
      'a regulation under the 公告 that publishes it',
      [
        '江西省人民代表大会常务委员会公告',
        '（第12号）',
        '　　《江西省电梯安全条例》已于2024年9月26日经江西省第十四届人民代表大会常务委员会第十次会议通过，现予公布。',
        '江西省人民代表大会常务委员会',
        '2024年9月26日',
        '',
        '江西省电梯安全条例',
        '第一条　为了加强电梯安全管理，制定本条例。',
      ],
      { title: '江西省电梯安全条例', type: '条例', issuer: '江西省人民代表大会常务委员会', date: '2024-09-26' },
    ],
  ])('reads %s', (_, lines, expected) => expect(draft(lines.join('\n')).sidecar).toMatchObject(expected));

  it('takes the title from a three-line wrapper with a period in brackets when the plan has no title line', () => {
    const text = [
      '山西省人民政府办公厅',
      '关于印发山西省质量发展规划',
      '（2021—2025年）的通知',
      '晋政办发〔2021〕40号',
      '各市人民政府，省人民政府各委、办、厅、局：',
      '　　现将《山西省质量发展规划（2021—2025年）》印发给你们，请认真贯彻执行。',
      '山西省人民政府办公厅',
      '2021年6月8日',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar.title).toBe('山西省质量发展规划（2021—2025年）');
    expect(result.sidecar.issuer).toBe('山西省人民政府办公厅');
    expect(result.sidecar.type).toBe('规划');
    expect(result.sidecar.period).toBe('2021-2025');
    expect(result.sidecar.docNumber).toBe('晋政办发〔2021〕40号');
    expect(result.yaml).toContain('title: 山西省质量发展规划（2021—2025年） # lines 1–3\n');
    expect(result.yaml).toContain("period: '2021-2025' # lines 1–3: in the title\n");
    expect(result.id).toBe('shanxi-2021-planning');
  });

  it('keeps the title of a notice that publishes a list of names: the notice is the document', () => {
    const text = [
      '某省市场监督管理局关于公布2024年度某省质量标杆企业名单的通知',
      '某市监质发〔2024〕58号',
      '各设区市市场监管局：',
      '　　现将2024年度某省质量标杆企业名单予以公布。',
      '某省市场监督管理局',
      '2024年12月10日',
      '附件',
      '2024年度某省质量标杆企业名单',
    ].join('\n');
    expect(draft(text, { province: 'shandong' }).sidecar).toMatchObject({
      title: '某省市场监督管理局关于公布2024年度某省质量标杆企业名单的通知',
      type: '通知',
    });
  });

  it('keeps the title of a notice that forwards another body’s plan: the notice, with its own 文号, is the document', () => {
    const text = [
      '棠川县人民政府办公室关于转发《沂北市加快县域商业体系建设实施方案》的通知',
      '棠政办发〔2024〕12号',
      '各乡镇人民政府，县直各部门：',
      '　　现将《沂北市加快县域商业体系建设实施方案》转发给你们，结合我县实际，提出如下要求，请一并贯彻落实。',
      '　　一、县商务局要牵头制定年度推进计划。',
      '棠川县人民政府办公室',
      '2024年4月2日',
      '沂北市加快县域商业体系建设实施方案',
      '一、工作目标',
    ].join('\n');
    expect(draft(text, { province: 'shandong' }).sidecar).toMatchObject({
      title: '棠川县人民政府办公室关于转发《沂北市加快县域商业体系建设实施方案》的通知',
      type: '通知',
    });
  });

  it('takes the plan a notice titled by its subject sends (现将…印发给你们) as the document', () => {
    const text = [
      '安西省人民政府关于落实2025年重点民生实事任务分工的通知',
      '安政发〔2025〕6号',
      '各市人民政府，省人民政府各部门：',
      '　　现将重点民生实事任务分工方案印发给你们，请认真贯彻落实。',
      '安西省人民政府',
      '2025年2月20日',
      '2025年重点民生实事任务分工方案',
      '一、提升公共服务水平',
    ].join('\n');
    expect(draft(text, { province: 'shandong' }).sidecar).toMatchObject({
      title: '2025年重点民生实事任务分工方案',
      issuer: '安西省人民政府',
      type: '方案',
    });
    // A notice that forwards another body's plan in the same words is the document itself.
    const forwarded = text.replace(
      '现将重点民生实事任务分工方案印发给你们',
      '现将《某市民生实事任务分工方案》转发给你们',
    );
    expect(draft(forwarded, { province: 'shandong' }).sidecar).toMatchObject({
      title: '安西省人民政府关于落实2025年重点民生实事任务分工的通知',
      type: '通知',
    });
  });

  it("takes the plan's own title line that names the place the notice's title leaves to its issuer", () => {
    const text = [
      '内蒙古自治区人民政府办公厅关于印发自治区推动平台经济规范健康持续发展实施方案的通知',
      '内政办发〔2024〕21号',
      '各盟行政公署、市人民政府，自治区各委、办、厅、局：',
      '　　现将《内蒙古自治区推动平台经济规范健康持续发展实施方案》印发给你们，请认真贯彻落实。',
      '内蒙古自治区人民政府办公厅',
      '2024年5月20日',
      '内蒙古自治区推动平台经济规范健康持续发展实施方案',
      '一、总体要求',
    ].join('\n');
    expect(draft(text).sidecar).toMatchObject({ title: '内蒙古自治区推动平台经济规范健康持续发展实施方案' });
  });

  it('takes a year’s 重点工作安排 a notice issues as the document, of type 工作安排', () => {
    const text = [
      '陇源市人民政府',
      '关于印发2025年市政府重点工作',
      '安排的通知',
      '陇政发〔2025〕4号',
      '各县（区）人民政府，市政府各部门：',
      '　　《2025年市政府重点工作安排》已经市政府常务会议研究通过，现印发给你们，请认真抓好落实。',
      '陇源市人民政府',
      '2025年2月10日',
      '2025年市政府重点工作安排',
      '一、主要预期目标',
      '　　地区生产总值增长6%左右，到2027年数字经济核心产业增加值占比达到10%。',
    ].join('\n');
    expect(draft(text, { province: 'gansu' }).sidecar).toMatchObject({
      title: '2025年市政府重点工作安排',
      type: '工作安排',
      period: '2025',
    });
  });

  it('takes a bureau’s page of its duties and divisions as a document of type 职责, issued by the bureau it names', () => {
    const text = [
      '来源：市应急管理局办公室',
      '发布日期：2022-06-15',
      '桐溪市应急管理局主要职责及内设机构',
      '一、主要职责',
      '　　（一）负责全市应急管理工作，指导各县（市、区）应对突发事件。',
      '二、内设机构',
      '　　办公室。负责机关日常运转。',
    ].join('\n');
    const { sidecar, id } = draft(text, { province: 'zhejiang' });
    expect(sidecar).toMatchObject({
      title: '桐溪市应急管理局主要职责及内设机构',
      issuer: '桐溪市应急管理局',
      type: '职责',
    });
    expect(id).toBe('zhejiang-2022-functions');
  });

  it('reads the 文号, date and joint issuers of the note under a title that says who issued it', () => {
    const text = [
      '首页 > 机构编制 > 部门职责',
      '发布时间：2019-03-08 09:15　　来源：省委编办职能配置处',
      '',
      '　　峤南省市场监督管理局职能配置、内设机构和人员编制规定',
      '　　（峤委办发〔２０１９〕17号　2019年2月26日中共峤南省委办公厅、峤南省人民政府办公厅印发）',
      '　　第一条　为贯彻落实党中央关于深化党和国家机构改革的决策部署，制定本规定。',
      '　　第二条　峤南省市场监督管理局是省政府直属机构，为正厅级。',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({
      title: '峤南省市场监督管理局职能配置、内设机构和人员编制规定',
      issuer: '中共峤南省委办公厅 峤南省人民政府办公厅',
      docNumber: '峤委办发〔2019〕17号',
      date: '2019-02-26',
      type: '规定',
    });
  });

  it('reads a title that four joint issuers make long, set apart by spaces before 关于', () => {
    const title =
      '禾丰县医疗保障局 国家税务总局禾丰县税务局 禾丰县教育体育局 禾丰县卫生健康局关于做好2026年度城乡居民基本医疗保险集中参保缴费工作的通知';
    const text = [
      title,
      '禾医保发〔2025〕28号',
      '各乡镇人民政府：',
      '　　一、参保范围。全县城乡居民均应参保。',
      '禾丰县医疗保障局',
      '2025年8月26日',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({ title, type: '通知' });
  });

  it('takes the joint issuers a title names over the page field that files it under one of them', () => {
    const text = [
      '发布机构：柏川县教育体育局',
      '成文日期：2025-03-12',
      '',
      '柏川县教育体育局 柏川县卫生健康局关于印发《柏川县2025年儿童青少年近视综合防控工作方案》的通知',
      '各学区中心校，县直各中小学校：',
      '　　现将《柏川县2025年儿童青少年近视综合防控工作方案》印发给你们，请认真贯彻落实。',
      '柏川县教育体育局　　　　柏川县卫生健康局',
      '2025年3月12日',
      '柏川县2025年儿童青少年近视综合防控工作方案',
      '一、工作目标',
    ].join('\n');
    expect(draft(text, { province: 'anhui' }).sidecar).toMatchObject({ issuer: '柏川县教育体育局 柏川县卫生健康局' });
  });

  it("takes the document's own title and joint signature over the page's short title and the field that files it under one issuer", () => {
    const text = [
      '柏川县教育体育局等三部门关于开展校外培训机构专项治理的通知',
      '发布机构：柏川县教育体育局',
      '成文日期：2025-03-12',
      '',
      '柏川县教育体育局 柏川县市场监督管理局 柏川县公安局关于开展校外培训机构专项治理的通知',
      '各乡镇人民政府：',
      '　　一、治理范围。全县校外培训机构。',
      '柏川县教育体育局',
      '柏川县市场监督管理局',
      '柏川县公安局',
      '2025年3月12日',
    ].join('\n');
    expect(draft(text, { province: 'anhui' }).sidecar).toMatchObject({
      title: '柏川县教育体育局 柏川县市场监督管理局 柏川县公安局关于开展校外培训机构专项治理的通知',
      issuer: '柏川县教育体育局 柏川县市场监督管理局 柏川县公安局',
    });
  });

  it('reads a policy interpretation under its own title, of type 解读', () => {
    const text = [
      '《某省人民政府关于加快推进质量强省建设的实施意见》政策解读',
      '',
      '发布时间：2024-04-12　　来源：某省市场监督管理局',
      '　　近日，某省人民政府印发了《关于加快推进质量强省建设的实施意见》。现就有关问题解读如下。',
      '一、出台背景是什么？',
      '　　质量是经济社会发展的重要基础。',
    ].join('\n');
    expect(draft(text, { province: 'shandong' }).sidecar).toMatchObject({
      title: '《某省人民政府关于加快推进质量强省建设的实施意见》政策解读',
      type: '解读',
    });
  });

  it('reads an appeal to the public and an open letter as a 倡议书', () => {
    const appeal = (title: string) =>
      [title, '', '全市广大经营者：', '一、守牢食品安全底线。', '', '某市市场监督管理局', '2025年1月16日'].join('\n');
    expect(draft(appeal('致全市餐饮经营者的倡议书'), { province: 'anhui' }).sidecar).toMatchObject({
      title: '致全市餐饮经营者的倡议书',
      type: '倡议书',
    });
    expect(draft(appeal('致全市消费者的一封信'), { province: 'anhui' }).sidecar).toMatchObject({ type: '倡议书' });
  });

  it('reads a joint memorandum as a 备忘录, a 公示 as a 公告, a handbook as a 指南, a table of tasks as a 清单', () => {
    const paper = (title: string) =>
      [
        title,
        '',
        '一、联合惩戒对象',
        '本备忘录所称联合惩戒对象，是指严重违法失信主体。',
        '',
        '某市发展和改革委员会',
        '2023年11月20日',
      ].join('\n');
    expect(
      draft(paper('关于对严重违法失信主体实施联合惩戒的合作备忘录'), { province: 'chongqing' }).sidecar,
    ).toMatchObject({
      title: '关于对严重违法失信主体实施联合惩戒的合作备忘录',
      type: '备忘录',
    });
    expect(draft(paper('关于2025年度省级质量标杆拟认定名单的公示'), { province: 'anhui' }).sidecar).toMatchObject({
      type: '公告',
    });
    expect(draft(paper('食品安全抽检监测工作操作手册'), { province: 'fujian' }).sidecar).toMatchObject({
      type: '指南',
    });
    for (const title of ['2025年全市食品安全重点工作任务分工表', '质量强省建设目标责任分解表'])
      expect(draft(paper(title), { province: 'fujian' }).sidecar).toMatchObject({ title, type: '清单' });
    // A table of figures is no list of tasks.
    expect(draft(paper('2025年质量发展主要指标表'), { province: 'fujian' }).sidecar.type).not.toBe('清单');
  });

  it('reads a review with next year’s plans as a 总结, a body’s 制度 as its 规则, a joint title over four lines', () => {
    const signed = (title: string[]) =>
      [...title, '', '一、主要工作', '全年完成造林32.6万亩。', '', '江西省林业局', '2025年1月8日'].join('\n');
    expect(draft(signed(['江西省林业局2024年工作总结和2025年工作打算'])).sidecar).toMatchObject({
      title: '江西省林业局2024年工作总结和2025年工作打算',
      type: '总结',
    });
    expect(draft(signed(['江西省知识产权工作联席会议制度'])).sidecar).toMatchObject({ type: '规则' });
    const joint = signed([
      '江西省市场监督管理局　江西省发展和改革委员会',
      '江西省科学技术厅　江西省商务厅　江西省农业农村厅',
      '关于推动检验检测服务业提质升级',
      '促进产业高质量发展的指导意见',
    ]);
    expect(draft(joint).sidecar).toMatchObject({
      title:
        '江西省市场监督管理局　江西省发展和改革委员会 江西省科学技术厅　江西省商务厅　江西省农业农村厅关于推动检验检测服务业提质升级促进产业高质量发展的指导意见',
      type: '指导意见',
    });
  });

  it("reads a local standard's cover: its code as its number, its title, dates and publisher", () => {
    const cover = (code: string) =>
      [
        'ICS 67.040',
        'CCS X 04',
        '',
        'DB44',
        '广东省地方标准',
        code,
        '',
        '预包装食品标签',
        '标识规范',
        'Specification for labelling of prepackaged foods',
        '',
        '2024-11-05发布　　　　　　　　2025-02-05实施',
        '',
        '广东省市场监督管理局　　发布',
        '',
        '1　范围',
        '本文件规定了预包装食品标签的标识要求。',
      ].join('\n');
    const result = draft(cover('DB44/T 2601—2024'));
    expect(result.sidecar).toMatchObject({
      title: '预包装食品标签标识规范',
      issuer: '广东省市场监督管理局',
      province: 'guangdong',
      date: '2024-11-05',
      docNumber: 'DB44/T 2601—2024',
      type: '标准',
      effective: '2025-02-05',
    });
    expect(result.id).toBe('guangdong-2024-standard');
    expect(result.yaml).toContain('docNumber: DB44/T 2601—2024 # line 6');
    // A city's standard, mandatory (no /T), with a part's number.
    expect(draft(cover('DB4401 15.2-2024')).sidecar).toMatchObject({ docNumber: 'DB4401 15.2-2024', type: '标准' });
    // A code inside the text cites a standard: no cover.
    const cited = [
      '广东省市场监督管理局关于做好食品标签监督的通知',
      '',
      '各地级以上市市场监管局：',
      '请按照DB44/T 2601—2024执行。',
      '',
      '广东省市场监督管理局',
      '2024年12月1日',
    ].join('\n');
    expect(draft(cited).sidecar).toMatchObject({ type: '通知', date: '2024-12-01' });
  });

  it('reads questions and answers on a policy as its interpretation, of type 解读', () => {
    const text = [
      '《某省中小企业数字化转型补助资金管理办法》政策问答',
      '',
      '一、问：支持对象有哪些？',
      '答：中小企业。',
      '',
      '某省工业和信息化厅',
      '2024年7月18日',
    ].join('\n');
    expect(draft(text, { province: 'yunnan' }).sidecar).toMatchObject({
      title: '《某省中小企业数字化转型补助资金管理办法》政策问答',
      type: '解读',
    });
  });

  it('reads an interpretation copied with its web page: the breadcrumb is no title, its author signs at its foot', () => {
    const page = (foot: string[]) =>
      [
        '首页 > 政务公开 > 政策解读 > 部门解读',
        '',
        '关于《某市促进充电基础设施发展实施方案》的政策解读',
        '',
        '发布时间：2025-05-16 10:12    来源：市发展改革委    浏览次数：',
        '　　近日，某市人民政府办公室印发了《某市促进充电基础设施发展实施方案》。现解读如下。',
        '一、出台背景',
        '　　我市新能源汽车快速发展。',
        ...foot,
      ].join('\n');
    const signed = draft(page(['', '　　解读机关：某市发展和改革委员会', '　　联系电话：0000-1234567']), {
      province: 'shandong',
    });
    expect(signed.sidecar).toMatchObject({
      title: '关于《某市促进充电基础设施发展实施方案》的政策解读',
      issuer: '某市发展和改革委员会',
      type: '解读',
    });
    // Without it, the page's 来源 names who posted it: an inferred issuer, with its basis.
    expect(draft(page([]), { province: 'shandong' }).sidecar.issuer).toEqual({
      value: '市发展改革委',
      inferred: true,
      basis: '文中无落款，标题未写发文机关；据网页“来源”字段推定（第5行）',
    });
  });

  it('reads a press conference on a policy as an interpretation, and a page field without the page’s buttons', () => {
    const text = [
      '首页 > 新闻发布 > 省政府新闻发布会',
      '《某省进一步加强电梯质量安全工作若干措施》新闻发布会',
      '发布时间：2025-04-23 10:36　　信息来源：某省人民政府新闻办公室　　【字体：大 中 小】',
      '',
      '主持人：各位记者朋友，大家上午好！',
      '省市场监管局副局长 周某：下一步，我们将会同省住房城乡建设厅推进老旧电梯更新改造。',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({
      title: '《某省进一步加强电梯质量安全工作若干措施》新闻发布会',
      type: '解读',
      issuer: { value: '某省人民政府新闻办公室', inferred: true },
    });
  });

  it('takes the title’s issuer over a web page’s field that names it by its level alone', () => {
    const page = (publisher: string) =>
      [
        '某省人民政府办公厅关于印发某省支持质量品牌建设若干措施的通知',
        `索引号：001008003/2025-00961　　发布机构：${publisher}　　成文日期：2025-06-03`,
        '',
        '某政办发〔2025〕21号',
        '',
        '各市、县（市、区）人民政府，省政府直属各单位：',
        '　　《某省支持质量品牌建设若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。',
        '',
        '某省人民政府办公厅',
        '2025年6月3日',
      ].join('\n');
    expect(draft(page('省政府办公厅'), { province: 'zhejiang' }).sidecar.issuer).toBe('某省人民政府办公厅');
    // A field that names the body in full is the issuer as stated.
    expect(draft(page('某省人民政府办公厅'), { province: 'zhejiang' }).yaml).toContain(
      'issuer: 某省人民政府办公厅 # line 2\n',
    );
  });

  it('names the province of a signature without it (省人民政府办公厅) by its 文号', () => {
    const text = (signature: string, docNumber: string) =>
      [
        docNumber,
        '各市、州、县人民政府，省政府各部门：',
        '　　《2015年全省贯彻实施质量发展纲要工作要点》已经省人民政府同意，现印发给你们，请认真组织实施。',
        signature,
        '2015年4月28日',
        '2015年全省贯彻实施质量发展纲要工作要点',
        '　　2015年是全面完成“十二五”规划的收官之年。',
      ].join('\n');
    const { sidecar } = draft(text('省人民政府办公厅', '鄂政办发〔2015〕27号'));
    expect(sidecar.issuer).toMatchObject({ value: '湖北省人民政府办公厅', inferred: true });
    expect(String((sidecar.issuer as { basis: string }).basis)).toContain('省人民政府办公厅');
    expect(draft(text('省政府办公厅', '鄂政办发〔2015〕27号')).sidecar.issuer).toMatchObject({
      value: '湖北省人民政府办公厅',
    });
    // A 文号 of another body leaves the signature as written.
    expect(draft(text('省人民政府办公厅', '鄂质监发〔2015〕27号'), { province: 'hubei' }).sidecar.issuer).toBe(
      '省人民政府办公厅',
    );
  });

  it('reads an info box whose labels are spaced out to align (文　　号：), and a field before a page counter', () => {
    const text = [
      '某市人民政府办公厅关于印发某市电动自行车充电设施建设三年行动方案的通知',
      '索 引 号：	11440300/2024-00123	分　　类：	通知',
      '发布机构：	某市人民政府办公厅	成文日期：	2024-06-21',
      '文　　号：	某府办函〔2024〕63号	发布日期：	2024-07-02',
      '来　　源：	市住房建设局　　阅读量：3562',
      '',
      '各区人民政府，市政府直属各单位：',
      '　　《某市电动自行车充电设施建设三年行动方案》已经市政府同意，现印发给你们，请认真组织实施。',
    ].join('\n');
    const { sidecar } = draft(text, { province: 'guangdong' });
    expect(sidecar).toMatchObject({
      docNumber: '某府办函〔2024〕63号',
      issuer: '某市人民政府办公厅',
      date: '2024-06-21',
    });
    // A page's generation date ends the field before it, and dates nothing.
    const generated = draft(text.replace('成文日期：	2024-06-21', '生成日期：	2024-07-05'), { province: 'guangdong' });
    expect(generated.sidecar.issuer).toBe('某市人民政府办公厅');
    expect(generated.yaml).not.toContain('2024-07-05');
    // Without the 发布机构 line, the 来源 field stops before the counter.
    const unsigned = text.replace(/^发布机构.*\n/mu, '').replace(/^某市人民政府办公厅关于/u, '关于');
    const posted = draft(unsigned, { province: 'guangdong' }).sidecar.issuer;
    expect(posted).toMatchObject({ value: '市住房建设局' });
  });

  it('reads a legal database’s fields in brackets, the document’s own date before the database’s', () => {
    const text = [
      '首页　>　法律法规　>　地方法规　>　广西壮族自治区',
      '广西壮族自治区市场监督管理局关于印发民生计量提升行动实施方案的通知',
      '【发布部门】 广西壮族自治区市场监督管理局',
      '【发文字号】 桂市监发〔2023〕27号',
      '【发布日期】 2023.08.02',
      '【时效性】 现行有效',
      '【效力级别】 地方规范性文件',
      '广西壮族自治区市场监督管理局关于印发民生计量提升行动实施方案的通知',
      '各市市场监督管理局：',
      '　　现将《广西壮族自治区民生计量提升行动实施方案》印发给你们，请认真组织实施。',
      '广西壮族自治区市场监督管理局',
      '2023年7月14日',
    ].join('\n');
    const { sidecar } = draft(text, { province: 'guangxi' });
    expect(sidecar).toMatchObject({
      docNumber: '桂市监发〔2023〕27号',
      issuer: '广西壮族自治区市场监督管理局',
      date: '2023-07-14',
    });
  });

  it('reads a 政府规章’s order under a regulations library’s fields, before the library’s 文号 of its last amendment', () => {
    const text = [
      '首页 | 简 | 繁 | EN | 登录',
      '当前位置：首页 > 政策 > 国家规章库 > 地方政府规章',
      '陕西省住宅电梯安全管理办法',
      '标　　题：陕西省住宅电梯安全管理办法',
      '制定机关：陕西省人民政府',
      '公布日期：2023-11-27',
      '施行日期：2023-11-27',
      '时效性：有效',
      '历史版本：2018-03-09（已修改）　2023-11-27（有效）',
      '下载：Word　PDF',
      '陕西省人民政府令',
      '第212号',
      '　　《陕西省住宅电梯安全管理办法》已经2018年2月27日省人民政府第4次常务会议通过，现予公布，自2018年5月1日起施行。',
      '省长　李明远',
      '2018年3月9日',
    ].join('\n');
    expect(draft(text, { province: 'shaanxi' }).sidecar).toMatchObject({
      docNumber: '陕西省人民政府令第212号',
      issuer: '陕西省人民政府',
      date: '2018-03-09',
      effective: '2018-05-01',
    });
  });

  it('reads a WeChat copy’s 原标题 as the title, and a portal’s menu as no title', () => {
    const wechat = [
      '重磅！某省出台16条举措 加快发展银发经济',
      '某省民政 某省民政',
      '原标题：某省人民政府办公厅关于加快发展银发经济增进老年人福祉的实施意见',
      '各州、市人民政府，省直各委、办、厅、局：',
      '　　发展银发经济是积极应对人口老龄化的重要举措。现提出以下意见。',
      '　　一、扩大老年助餐服务。（省民政厅牵头）',
      '某省人民政府办公厅',
      '2024年2月26日',
    ].join('\n');
    expect(draft(wechat, { province: 'yunnan' }).sidecar.title).toBe(
      '某省人民政府办公厅关于加快发展银发经济增进老年人福祉的实施意见',
    );
    const portal = [
      '某市人民政府门户网站',
      '首页　政务公开　政务服务　互动交流　数据开放',
      '部门解读　|　专家解读　|　媒体解读　|　图片解读',
      '《某市推动制造业数字化转型实施方案（2024—2026年）》政策解读',
      '发布时间：2024-07-16 09:30　　信息来源：某市人民政府办公室',
      '一、问：《方案》出台的背景是什么？',
      '　　答：制造业是我市的立市之本。',
      '解读单位：某市工业和信息化局　　解读人：张某　　联系电话：0000-1234567',
    ].join('\n');
    expect(draft(portal, { province: 'fujian' }).sidecar).toMatchObject({
      title: '《某市推动制造业数字化转型实施方案（2024—2026年）》政策解读',
      issuer: '某市工业和信息化局',
    });
  });

  it('reads minutes under their masthead: the issuer and date on one line, the number no part of the title', () => {
    const text = [
      '某市质量强市工作领导小组',
      '会　议　纪　要',
      '〔2024〕1号',
      '某市质量强市工作领导小组办公室　　　　　　2024年4月12日',
      '',
      '某市质量强市工作领导小组2024年第一次全体会议纪要',
      '',
      '时间：2024年4月8日下午',
      '　　会议议定事项如下：',
      '　　一、由市市场监管局牵头，于6月底前完成质量基础设施服务站建设。',
    ].join('\n');
    expect(draft(text, { province: 'hebei' }).sidecar).toMatchObject({
      title: '某市质量强市工作领导小组2024年第一次全体会议纪要',
      issuer: '某市质量强市工作领导小组办公室',
      date: '2024-04-12',
      type: '纪要',
    });
  });

  it('takes the title under a masthead that names the paper’s kind, not the masthead', () => {
    const text = [
      '省人民政府专题会议纪要',
      '',
      '〔2025〕23号',
      '',
      '湖南省人民政府办公厅　　　　　　　　　2025年4月21日',
      '',
      '关于研究推进低空经济高质量发展',
      '有关工作的会议纪要',
      '',
      '会议时间：2025年4月17日（星期四）下午',
      '　　会议议定如下：',
      '　　一、由省发展改革委牵头，于6月底前制定低空经济发展规划。',
    ].join('\n');
    expect(draft(text).sidecar).toMatchObject({
      title: '关于研究推进低空经济高质量发展有关工作的会议纪要',
      issuer: '湖南省人民政府办公厅',
      date: '2025-04-21',
      type: '纪要',
    });
  });

  it('reads a year’s work summary under its title, of type 总结, for the year it reviews', () => {
    const text = [
      '某自治区市场监督管理局2023年工作总结',
      '',
      '2023年，自治区市场监管局坚持稳中求进，各项工作取得新成效。现将有关情况总结如下：',
      '一、2023年工作开展情况',
      '某自治区市场监督管理局',
      '2024年1月12日',
    ].join('\n');
    expect(draft(text, { province: 'xinjiang' }).sidecar).toMatchObject({
      title: '某自治区市场监督管理局2023年工作总结',
      type: '总结',
      period: '2023',
    });
  });

  it("takes the plan's year, not the reviewed one, as the period of a 工作总结和工作要点", () => {
    const text = [
      '某省市场监督管理局2023年工作总结和2024年工作要点',
      '',
      '一、2023年工作总结',
      '二、2024年工作要点',
    ].join('\n');
    expect(draft(text, { province: 'hunan', date: '2024-02-02', issuer: '某省市场监督管理局' }).sidecar).toMatchObject({
      type: '工作要点',
      period: '2024',
    });
  });

  it('takes no period from the year of an edition: a list stands until the next one', () => {
    for (const edition of ['（2024年版）', '（2024版）', '（2024年本）', '（2024年修订）', '（2024年修订版）']) {
      const title = `某省食品安全工作部门职责清单${edition}`;
      const text = [title, '', '一、总则', '', '某省食品安全委员会办公室', '2024年5月16日'].join('\n');
      const dated = draft(text, { province: 'fujian' });
      expect(dated.sidecar).toMatchObject({ title, type: '清单', date: '2024-05-16' });
      expect(dated.sidecar.period).toMatchObject({ value: '2024', inferred: true });
    }
    // A year of its own beside the edition is still the period.
    const plan = draft('某省2025年质量工作要点（2024年修订）\n\n一、总则', {
      province: 'fujian',
      date: '2024-12-01',
      issuer: '某省市场监督管理局',
    });
    expect(plan.sidecar.period).toBe('2025');
  });

  it('takes a headline tagged before its bar as the title (图解｜《…》政策问答)', () => {
    const text = [
      '图解｜《某市2025年以旧换新补贴实施细则》政策问答',
      '',
      '问题一：补贴标准是多少？',
      '答：按能效等级分档补贴。',
    ].join('\n');
    const result = draft(text, { province: 'fujian', issuer: '某市商务局', date: '2025-02-26' });
    expect(result.sidecar).toMatchObject({ title: '图解｜《某市2025年以旧换新补贴实施细则》政策问答', type: '解读' });
    // a tag before a colon too; the issuer of the title it explains is not its issuer
    const colon = draft(
      [
        '一问一答：《某省人民政府办公厅关于促进农村消费的实施意见》政策解读',
        '',
        '1.问：出台背景是什么？',
        '答：为促进农村消费。',
      ].join('\n'),
      { province: 'fujian', date: '2025-03-18', issuer: '某省商务厅' },
    );
    expect(colon.sidecar).toMatchObject({
      title: '一问一答：《某省人民政府办公厅关于促进农村消费的实施意见》政策解读',
      type: '解读',
    });
    expect(() =>
      draft(
        ['一问一答：《某省人民政府办公厅关于促进农村消费的实施意见》政策解读', '', '1.问：出台背景是什么？'].join('\n'),
        {
          province: 'fujian',
          date: '2025-03-18',
        },
      ),
    ).toThrow(/发文机关/u);
    // how a policy was drafted explains it
    expect(
      draft(['关于《某市低空经济若干措施》的起草说明', '', '一、起草背景', '为促进低空经济发展。'].join('\n'), {
        province: 'fujian',
        date: '2025-07-18',
        issuer: '某市发展和改革委员会',
      }).sidecar,
    ).toMatchObject({ title: '关于《某市低空经济若干措施》的起草说明', type: '解读' });
    // a menu of several bars stays no title
    expect(() => draft('部门解读｜专家解读｜媒体解读\n\n问题一：补贴标准是多少？', { province: 'fujian' })).toThrow(
      /标题/u,
    );
  });

  it('dates a draft by the month its cover gives under the issuer (二〇二五年六月)', () => {
    const text = [
      '某省农产品冷链物流实施方案',
      '（征求意见稿）',
      '',
      '某省农业农村厅',
      '二〇二五年六月',
      '',
      '一、总体要求',
      '（一）主要目标。到2027年，建成冷链设施100个。',
    ].join('\n');
    expect(draft(text, { province: 'fujian' }).sidecar).toMatchObject({ issuer: '某省农业农村厅', date: '2025-06' });
  });

  it('takes no goal year from the wording a decision quotes to change another document', () => {
    const text = [
      '某省人民政府关于修改部分省政府规范性文件的决定',
      '',
      '一、将《某省耕地保护实施意见》第六部分中的“本意见有效期至2025年12月31日”修改为“本意见有效期至2030年12月31日”。',
      '',
      '某省人民政府',
      '2024年11月28日',
    ].join('\n');
    expect(draft(text, { province: 'fujian' }).sidecar.period).toMatchObject({ value: '2024', inferred: true });
  });

  it('takes no term of years for a notice that sets up or changes a standing body, whatever its members look ahead to', () => {
    for (const title of [
      '某省人民政府办公厅关于调整某省食品安全委员会组成人员的通知',
      '某市人民政府关于成立城镇燃气安全整治工作专班的通知',
      '某县人民政府办公室关于建立特种设备安全联席会议制度的通知',
    ]) {
      const text = [
        title,
        '',
        '一、成员单位职责',
        '',
        '省教育厅：到2025年底，学校食堂“明厨亮灶”覆盖率达到100%。',
        '',
        '某省人民政府办公厅',
        '2024年5月11日',
      ].join('\n');
      expect(draft(text, { province: 'gansu' }).sidecar.period).toMatchObject({ value: '2024', inferred: true });
    }
    // A notice of a campaign with goals is one of a term.
    const campaign = [
      '某省人民政府办公厅关于开展燃气安全专项整治的通知',
      '',
      '到2025年底，完成老旧管网改造。',
      '',
      '某省人民政府办公厅',
      '2024年5月11日',
    ].join('\n');
    expect(draft(campaign, { province: 'gansu' }).sidecar.period).toMatchObject({ value: '2024-2025', inferred: true });
  });

  it('takes its year as the period of a paper for one year’s work, whatever later year a goal looks ahead to', () => {
    for (const title of [
      '政府工作报告',
      '某市市场监管局工作要点',
      '某市政府重点工作安排',
      '某县农业农村局年度重点工作任务清单',
    ]) {
      const text = [
        title,
        '',
        '一、推进数字化转型',
        '',
        '全年规模以上工业增加值增长7%左右，到2028年规模以上工业企业数字化转型覆盖率达到90%。',
        '',
        '某市人民政府',
        '2026年1月18日',
      ].join('\n');
      expect(draft(text, { province: 'gansu' }).sidecar.period).toMatchObject({ value: '2026', inferred: true });
    }
  });

  it('takes the lead issuer’s 文号 from a line of each joint issuer’s, not the line into the title', () => {
    const text = [
      '沅财资环〔2024〕19号　　　　　　岚财资环〔2024〕11号',
      '',
      '沅川省财政厅 岚州省财政厅关于做好清河流域生态保护补偿工作的通知',
      '各市（州）财政局：',
      '　　一、做好资金清算。',
      '沅川省财政厅　　　　　　　　岚州省财政厅',
      '2024年3月20日',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({
      docNumber: '沅财资环〔2024〕19号',
      title: '沅川省财政厅 岚州省财政厅关于做好清河流域生态保护补偿工作的通知',
    });
  });

  it('takes the number alone a page’s 文号 field gives minutes, not a number inside the text', () => {
    const text = [
      '发布机构：磐溪县人力资源和社会保障局',
      '成文日期：2024-11-12',
      '文号：〔2024〕7号',
      '磐溪县保障农民工工资支付工作联席会议纪要',
      '　　11月8日，联席会议召开全体会议。会议议定：由县人社局牵头，于12月底前完成专项检查（依据〔2023〕5号文件）。',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({ docNumber: '〔2024〕7号' });
    expect(draft(text.replace('文号：〔2024〕7号\n', ''), { province: 'hunan' }).sidecar.docNumber).toBeUndefined();
  });

  it("dates and signs minutes by their 版记's last line, not the page's day of publishing", () => {
    const text = [
      '关于雁溪水库工程建设推进有关问题的会议纪要',
      '发布时间：2024-08-23　信息来源：省人民政府办公厅',
      '　　8月19日，副省长主持召开专题会议，研究雁溪水库工程建设推进有关问题。纪要如下：',
      '　　一、会议议定：由省水利厅牵头，于9月底前完成初步设计审查。',
      '抄送：省委办公厅。',
      '沅川省人民政府办公厅　　　　　　2024年8月21日印发',
      '【打印本页】　【关闭窗口】',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).sidecar).toMatchObject({
      issuer: '沅川省人民政府办公厅',
      date: '2024-08-21',
    });
  });

  it('takes no period from the year of a meeting or an issue a title counts', () => {
    expect(periodOfTitle('磐溪县保障农民工工资支付工作联席会议2024年第二次全体会议纪要')).toBeUndefined();
    expect(periodOfTitle('某市质量工作简报2025年第3期')).toBeUndefined();
    expect(periodOfTitle('某市2025年质量工作要点')).toBe('2025');
  });

  it('takes a five-year plan’s five years as its period, not the year it looks ahead to', () => {
    const text = [
      '某市市场监管“十四五”规划',
      '',
      '一、发展目标',
      '到2025年，市场主体总量达到55万户。展望2035年，建成现代化市场监管体系。',
      '',
      '某市人民政府办公室',
      '2021年9月14日',
    ].join('\n');
    expect(draft(text, { province: 'zhejiang' }).sidecar).toMatchObject({ type: '规划', period: '2021-2025' });
    for (const [title, period] of [
      ['某省质量发展“十三五”规划', '2016-2020'],
      ['某省“十五五”市场监管现代化规划', '2026-2030'],
      ['某省“十五”计划纲要', '2001-2005'],
    ])
      expect(periodOfTitle(title!)).toBe(period);
  });

  it('reads a speech as a 讲话, its date under its title and its speaker beside it', () => {
    const text = [
      '在全省质量工作会议上的讲话',
      '',
      '（2025年3月6日）',
      '副省长　陈立航',
      '',
      '同志们：',
      '',
      '一、充分肯定成绩',
    ];
    expect(draft(text.join('\n'), { province: 'fujian', issuer: '福建省人民政府' }).sidecar).toMatchObject({
      title: '在全省质量工作会议上的讲话',
      type: '讲话',
      date: '2025-03-06',
    });
  });

  it('dates a government work report by the day under its title it was given at its meeting', () => {
    const text = [
      '政府工作报告',
      '——2026年1月18日在某市第十七届人民代表大会第六次会议上',
      '某市市长　林某某',
      '',
      '二、2026年工作安排',
    ];
    expect(draft(text.join('\n'), { province: 'fujian', issuer: '某市人民政府' }).sidecar).toMatchObject({
      type: '报告',
      date: '2026-01-18',
    });
  });

  it('reads a report to the body above as a 报告', () => {
    const text = ['某县市场监督管理局关于2024年度特种设备安全工作情况的报告', '', '县人民政府：', '一、工作开展情况'];
    expect(draft(text.join('\n'), { province: 'hebei', date: '2025-01-15' }).sidecar).toMatchObject({
      type: '报告',
      issuer: '某县市场监督管理局',
    });
  });

  it('takes the body before the year of a plan’s title as its issuer', () => {
    const text = ['某省市场监督管理局2025年工作要点', '', '一、聚焦营商环境优化', '（一）深化登记制度改革。'];
    expect(draft(text.join('\n'), { province: 'zhejiang' }).sidecar).toMatchObject({
      type: '工作要点',
      issuer: '某省市场监督管理局',
      period: '2025',
    });
  });

  it('takes an agreement’s first party as its issuer', () => {
    const text = [
      '2025年度食品安全工作目标责任书',
      '',
      '一、责任目标',
      '（一）全年不发生重大食品安全事故。',
      '',
      '甲方：青岭市人民政府（盖章）',
      '法定代表人：张某某',
      '',
      '乙方：白溪县人民政府（盖章）',
      '法定代表人：李某某',
      '',
      '2025年3月10日',
    ];
    expect(draft(text.join('\n'), { province: 'hunan' }).sidecar).toMatchObject({
      type: '责任书',
      issuer: '青岭市人民政府',
      date: '2025-03-10',
    });
  });

  it('takes the first of two parties signing side by side as the agreement’s issuer', () => {
    const text = [
      '2024年度食品安全工作责任书',
      '',
      '一、工作任务',
      '（一）乙方应当于2024年6月30日前完成辖区排查。',
      '',
      '甲方（盖章）：柏川县人民政府　　　　　　乙方（盖章）：石岭镇人民政府',
      '县长（签字）：韩某某　　　　　　　　　　镇长（签字）：刘某某',
      '日期：2024年2月28日　　　　　　　　　　日期：2024年2月28日',
    ];
    expect(draft(text.join('\n'), { province: 'hebei', date: '2024-02-28' }).sidecar).toMatchObject({
      issuer: '柏川县人民政府',
    });
  });

  it('reads an emergency plan with its decimal outline as a 预案', () => {
    const text = ['澄溪县电梯事故应急预案', '', '1 总则', '1.1 编制目的', '为及时处置电梯事故，制定本预案。'].join(
      '\n',
    );
    expect(draft(text, { province: 'hebei', date: '2024-03-18', issuer: '澄溪县人民政府' })).toMatchObject({
      id: 'hebei-2024-contingency-plan',
      sidecar: { title: '澄溪县电梯事故应急预案', type: '预案' },
    });
  });

  it('keeps the title of a notice that issues several documents, whose type is then 通知', () => {
    for (const wrapper of [
      '某市人民政府办公室关于印发某市城市更新行动方案等文件的通知',
      '某市人民政府办公室关于印发《某市城市更新行动方案》和《某市老旧小区改造导则》的通知',
    ]) {
      const text = [
        wrapper,
        '某政办字〔2024〕15号',
        '各县区人民政府，市政府各部门：',
        '　　现将有关文件印发给你们，请认真贯彻执行。',
        '　　附件：1．某市城市更新行动方案',
        '　　　　　2．某市老旧小区改造导则',
        '某市人民政府办公室',
        '2024年3月5日',
        '附件1',
        '某市城市更新行动方案',
        '一、工作目标',
      ].join('\n');
      expect(draft(text, { province: 'shandong' }).sidecar).toMatchObject({ title: wrapper, type: '通知' });
    }
  });

  it('reads header field lines (颁布时间, 发文单位, 文号) and a wrapper title with 《》', () => {
    const text = [
      '颁布时间：2019-05-02　发文单位：吉林省人民政府办公厅',
      '文号：吉政办发〔2019〕18号',
      '吉林省人民政府办公厅关于印发《吉林省质量提升行动计划》的通知',
      '各市（州）人民政府，省政府各厅委办：',
      '　　现将《吉林省质量提升行动计划》印发给你们，请认真组织实施。',
      '一、提升产品质量',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '吉林省质量提升行动计划',
      issuer: '吉林省人民政府办公厅',
      province: 'jilin',
      date: '2019-05-02',
      docNumber: '吉政办发〔2019〕18号',
      type: '行动计划',
    });
    expect(result.yaml).toContain('issuer: 吉林省人民政府办公厅 # line 1\n');
    expect(result.yaml).toContain("date: '2019-05-02' # line 1\n");
    expect(result.yaml).toContain('title: 吉林省质量提升行动计划 # line 3\n');
  });

  it('reads traditional characters, full-width digits and CRLF, keeping every value as written but the 文号’s digits', () => {
    const text = [
      '廣東省人民政府辦公廳關於印發廣東省質量提升工作方案的通知',
      '粵府辦〔２０２２〕８號',
      '各地級以上市人民政府，省政府各部門：',
      '　　現將《廣東省質量提升工作方案》印發給你們，請認真貫徹執行。',
      '廣東省人民政府辦公廳',
      '２０２２年６月１日',
      '',
    ].join('\r\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '廣東省質量提升工作方案',
      issuer: '廣東省人民政府辦公廳',
      province: 'guangdong',
      date: '2022-06-01',
      docNumber: '粵府辦〔2022〕8號',
      type: '工作方案',
    });
    expect(result.id).toBe('guangdong-2022-scheme');
    // No signature line before the wrapper title is taken for the issuer: line 5 is.
    expect(result.yaml).toContain('issuer: 廣東省人民政府辦公廳 # line 5\n');
  });

  it('takes the title a notice issues in its prose when there is no title line', () => {
    const text = [
      '各省辖市人民政府，省人民政府有关部门：',
      '　　为贯彻《国务院关于印发质量发展纲要的通知》（国发〔2012〕9号），制定了《河南省质量工作要点》，经省政府同意，现印发给你们。',
      '河南省人民政府办公厅',
      '2016年2月3日',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar.title).toBe('河南省质量工作要点');
    expect(result.sidecar.type).toBe('工作要点');
    expect(result.yaml).toContain('title: 河南省质量工作要点 # line 2\n');
    expect(result.id).toBe('henan-2016-priorities');
  });
});

describe('draftSidecar: documents without a wrapper', () => {
  it('reads the title, the 文号 and date lines under it, the period in the title', () => {
    const text = [
      '湖北省推进质量强省建设2024年行动计划',
      '（鄂政办发〔2024〕7号）',
      '（2024年3月15日）',
      '　　为加快建设质量强省，制定本行动计划。',
      '　　一、提升产品质量',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '湖北省推进质量强省建设2024年行动计划',
      docNumber: '鄂政办发〔2024〕7号',
      date: '2024-03-15',
      period: '2024',
      type: '行动计划',
      province: 'hubei',
    });
    expect(result.yaml).toContain('docNumber: 鄂政办发〔2024〕7号 # line 2\n');
    expect(result.yaml).toContain("date: '2024-03-15' # line 3\n");
    expect(result.yaml).toContain("period: '2024' # line 1: in the title\n");
    // No signature and no 关于 in the title: the general office, from its 文号 prefix.
    expect(result.sidecar.issuer).toEqual({
      value: '湖北省人民政府办公厅',
      inferred: true,
      basis: '文中无落款，标题未写发文机关；据文号“鄂政办发〔2024〕7号”的发文字号前缀推定（第2行）',
    });
  });

  it("reads a regulation's date and adopting body from the note under its title", () => {
    const text = [
      '四川省电梯安全条例',
      '',
      '（2022年9月29日四川省第十三届人民代表大会常务委员会第三十七次会议通过）',
      '',
      '第一章　总　　则',
      '第一条　为了加强电梯安全工作，制定本条例。',
      '第二条　本条例自2023年1月1日起施行。',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({ date: '2022-09-29', type: '条例', province: 'sichuan' });
    expect(result.yaml).toContain("date: '2022-09-29' # line 3\n");
    expect(result.sidecar.issuer).toEqual({
      value: '四川省人民代表大会常务委员会',
      inferred: true,
      basis: '文中无落款；据标题下说明通过机关和日期的题注（第3行）推定',
    });
    expect(result.id).toBe('sichuan-2022-regulations');
    // A government's own meeting, written with its level only: the province's name from the title.
    const measures = draft(
      [
        '广西壮族自治区养老服务条例实施办法',
        '（2021年3月1日自治区人民政府第95次常务会议通过）',
        '第一条　为了规范养老服务，制定本办法。',
      ].join('\n'),
    );
    expect(measures.sidecar).toMatchObject({
      date: '2021-03-01',
      type: '办法',
      issuer: { value: '广西壮族自治区人民政府' },
    });
  });

  it("reads a 政府规章's 文号 and date from the order its note says published it", () => {
    const text = [
      '湖南省电梯安全管理办法',
      '',
      '（2019年3月5日省人民政府第20次常务会议通过　2019年3月20日省人民政府令第215号公布　自2019年5月1日起施行）',
      '',
      '第一章　总　则',
      '第一条　为了加强电梯安全管理，制定本办法。',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '湖南省电梯安全管理办法',
      date: '2019-03-20',
      issuer: { value: '湖南省人民政府' },
      docNumber: {
        value: '湖南省人民政府令第215号',
        inferred: true,
        basis: '据标题下题注“省人民政府令第215号公布”（第3行）；省名取自标题',
      },
    });
    expect(result.yaml).toContain("date: '2019-03-20' # line 3\n");
  });

  it('reads a 政府规章 published as its order: the government issues it, the order is its 文号', () => {
    const text = [
      '浙江省人民政府令',
      '第四百零二号',
      '',
      '　　《浙江省锅炉安全管理办法》已经2024年5月6日省人民政府第三十次常务会议通过，现予公布，自2024年8月1日起施行。',
      '',
      '省长　某某某',
      '2024年5月20日',
      '',
      '浙江省锅炉安全管理办法',
      '',
      '第一章　总　则',
      '第一条　为了加强锅炉安全管理，制定本办法。',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '浙江省锅炉安全管理办法',
      issuer: '浙江省人民政府',
      docNumber: '浙江省人民政府令第四百零二号',
      date: '2024-05-20',
      type: '办法',
    });
    expect(result.yaml).toContain('docNumber: 浙江省人民政府令第四百零二号 # lines 1–2\n');
  });

  it('takes an order at the head as the 文号, not a 文号 below it (the next document of a gazette)', () => {
    const text = [
      '某省人民政府公报　　　　　　　　　　　　　2022年第24期',
      '',
      '                      海南省人民政府令',
      '                          第298号',
      '　　《海南省消费者权益保护办法》已经2022年10月31日省政府常务会议审议通过，现予公布，自2023年1月1日起施行。',
      '                                            省长　某某某',
      '                                          2022年11月16日',
      '',
      '海南省消费者权益保护办法',
      '第一章　总　　则',
      '　　第一条　为了保护消费者的合法权益，制定本办法。',
      '',
      '海南省人民政府办公厅',
      '关于印发海南省促进消费扩容提质若干措施的通知',
      '琼府办〔2022〕58号',
    ].join('\n');
    expect(draft(text).sidecar).toMatchObject({ docNumber: '海南省人民政府令第298号', issuer: '海南省人民政府' });
  });

  it("reads a standing committee's announcement over a 地方性法规 as its issuer and 文号", () => {
    const text = [
      '贵州省人民代表大会常务委员会公告',
      '（第46号）',
      '　　《贵州省电梯安全条例》已由贵州省第十三届人民代表大会常务委员会第二十一次会议于2020年11月27日通过，现予公布，自2021年3月1日起施行。',
      '贵州省人民代表大会常务委员会',
      '2020年11月27日',
      '',
      '贵州省电梯安全条例',
      '第一章　总则',
      '　　第一条　为了加强电梯安全工作，制定本条例。',
    ].join('\n');
    expect(draft(text).sidecar).toMatchObject({
      docNumber: '贵州省人民代表大会常务委员会公告（第46号）',
      issuer: '贵州省人民代表大会常务委员会',
      date: '2020-11-27',
    });
  });

  it("takes a joint document's issuers from its title, not the last of its signatures", () => {
    const text = [
      '浙江省市场监督管理局 浙江省商务厅关于推进消费品召回工作的指导意见',
      '浙市监质〔2023〕8号',
      '　　一、健全召回制度',
      '　　（一）完善缺陷调查机制。（省市场监管局负责）',
      '',
      '浙江省市场监督管理局　　　　浙江省发展和改革委员会',
      '',
      '浙江省商务厅',
      '',
      '2023年4月6日',
    ].join('\n');
    expect(draft(text).yaml).toContain('issuer: 浙江省市场监督管理局 浙江省商务厅 # line 1\n');
  });

  it('takes the bodies of a joint signature, a line each, as the issuers when the title names none', () => {
    const text = [
      '关于加强燃气安全管理的通告',
      '',
      '　　一、本通告适用于本市行政区域内燃气的经营和使用。',
      '　　二、本通告自2025年6月1日起施行。',
      '　　特此通告。',
      '',
      '某市人民政府办公室',
      '某市住房和城乡建设局',
      '某市市场监督管理局',
      '2025年5月10日',
    ].join('\n');
    expect(draft(text, { province: 'hunan' }).yaml).toContain(
      'issuer: 某市人民政府办公室 某市住房和城乡建设局 某市市场监督管理局 # lines 7–9\n',
    );
  });

  it("reads a joint document's title whose issuers stand a line each above 关于", () => {
    const text = [
      '中共某省委办公厅',
      '某省人民政府办公厅',
      '关于加强青年返乡创业服务工作的意见',
      '',
      '某委办〔2022〕18号',
      '',
      '各市（州）党委和人民政府，省直各部门：',
      '　　一、总体要求',
      '中共某省委办公厅　　　　某省人民政府办公厅',
      '2022年4月15日',
    ].join('\n');
    const result = draft(text, { province: 'sichuan' });
    expect(result.sidecar).toMatchObject({
      title: '中共某省委办公厅 某省人民政府办公厅关于加强青年返乡创业服务工作的意见',
      type: '意见',
    });
    expect(result.yaml).toContain('issuer: 中共某省委办公厅 某省人民政府办公厅 # lines 1–3\n');
  });

  it('reads a joint title whose last bodies share their line with 关于, under a masthead of five bodies', () => {
    const text = [
      '国家质量监督检验检疫总局',
      '中华人民共和国住房和城乡建设部',
      '国家工商行政管理总局                文件',
      '国家安全生产监督管理总局',
      '国家标准化管理委员会',
      '',
      '国质检监联〔2031〕7号',
      '',
      '质检总局 住房城乡建设部 工商总局',
      '安全监管总局 国家标准委关于加强',
      '电动自行车充电器质量安全工作的意见',
      '',
      '各省、自治区、直辖市质量技术监督局：',
      '　　一、加强生产许可管理。（质检总局负责）',
      '质检总局　　　　　　住房城乡建设部',
      '工商总局　　　　　　安全监管总局',
      '国家标准委',
      '2031年3月20日',
    ].join('\n');
    expect(draft(text).yaml).toContain(
      'title: 质检总局 住房城乡建设部 工商总局 安全监管总局 国家标准委关于加强电动自行车充电器质量安全工作的意见 # lines 9–11\n',
    );
  });

  it('takes the issuer before 关于 and the closing signature', () => {
    const text = [
      '浙江省人民政府关于加快推进质量强省建设的',
      '实施意见',
      '浙政发〔2023〕2号',
      '各市、县（市、区）人民政府，省政府直属各单位：',
      '　　现提出如下实施意见。',
      '　　一、总体要求',
      '　　（一）指导思想。坚持质量第一。',
      '浙江省人民政府',
      '2023年1月20日',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar).toMatchObject({
      title: '浙江省人民政府关于加快推进质量强省建设的实施意见',
      issuer: '浙江省人民政府',
      date: '2023-01-20',
      type: '实施意见',
      province: 'zhejiang',
    });
    expect(result.yaml).toContain('title: 浙江省人民政府关于加快推进质量强省建设的实施意见 # lines 1–2\n');
    expect(result.yaml).toContain('issuer: 浙江省人民政府 # line 8\n');
    expect(result.id).toBe('zhejiang-2023-opinions');
  });

  it('drafts a frameless text from what its body says, every such value inferred with a basis', () => {
    const text = [
      '　　为贯彻落实质量发展纲要，结合本省实际，到2016年底前，制定本计划。',
      '　　一、提升产品质量',
      '太原海关、大同市市场监管局负责。',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar.title).toEqual({
      value: '山西省2016年计划',
      inferred: true,
      basis: '文中未见标题；按正文自称“本计划”、省份与年份拟定，请按原件核对',
    });
    expect(result.sidecar.issuer).toMatchObject({ value: '山西省人民政府', inferred: true });
    expect(result.sidecar.date).toMatchObject({ value: '2016', inferred: true });
    expect(result.sidecar.type).toBe('计划');
    expect(result.missing.some((entry) => entry.startsWith('未找到标题：'))).toBe(true);
    expect(result.missing.some((entry) => entry.startsWith('未找到文号：'))).toBe(true);
  });

  it('takes a city plan’s issuer from the office its body says issues it, else from the city its title names', () => {
    const plan = (closing: string) =>
      [
        '附件',
        '',
        '遵义市食品安全突发事件应急预案',
        '',
        '一、总则',
        '　　（一）编制目的。依据《贵州省食品安全突发事件应急预案》，制定本预案。',
        '七、附则',
        closing,
        '　　（二）施行时间。本预案自2024年7月1日起施行。',
      ].join('\n');
    const stated = draft(
      plan('　　（一）预案管理。本预案由市市场监管局负责管理，经市人民政府同意，由市人民政府办公室印发实施。'),
    );
    expect(stated.sidecar.issuer).toMatchObject({ value: '遵义市人民政府办公室', inferred: true });
    expect(stated.sidecar.province).toMatchObject({ value: 'guizhou' });
    // A document the plan cites as issued by the province is no statement of its own issuer.
    const cited = draft(
      plan('　　（一）预案管理。本预案与由省政府办公厅印发的《贵州省食品安全突发事件应急预案》相衔接。'),
    );
    expect(cited.sidecar.issuer).toMatchObject({ value: '遵义市人民政府', inferred: true });
  });

  it('takes the first year of a period in the title as the year of an undated plan', () => {
    const text = [
      '广东省质量提升行动计划（2019—2021年）',
      '',
      '　　一、主要任务',
      '　　（一）提升消费品质量。（省市场监管局负责）',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar.date).toEqual({
      value: '2019',
      inferred: true,
      basis: '文中未载明发文日期，取自标题中规划期的起始年份（第1行）',
    });
    expect(result.sidecar.period).toBe('2019-2021');
    expect(result.id).toBe('guangdong-2019-plan');
  });

  it('stops with the flag to pass when not even the province can be told', () => {
    let error: unknown;
    try {
      draft('　　为加强质量工作，制定本计划。\n　　一、提升产品质量');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DraftError);
    expect((error as DraftError).flags).toContain('--province');
  });

  it('files a central document under the nation, not the 兵团 it writes to beside every province', () => {
    const text = [
      '市场监管总局关于开展电动自行车质量安全专项整治的通知',
      '各省、自治区、直辖市和新疆生产建设兵团市场监管局（厅、委）：',
      '　　为加强电动自行车质量安全监管，现就有关工作通知如下。',
      '　　新疆生产建设兵团市场监管局要结合实际抓好落实。',
      '2025年4月28日',
    ].join('\n');
    expect(draft(text).sidecar.province).toBe('national');
    // Without its issuer's name the text names no province: the 兵团 beside every province is none.
    let error: unknown;
    try {
      draft(text.replace('市场监管总局关于', '关于'));
    } catch (caught) {
      error = caught;
    }
    expect((error as DraftError).flags).toContain('--province');
    // 新疆's own document names it elsewhere, and the 兵团 beside it still counts.
    expect(
      draft(`新疆维吾尔自治区市场监督管理局关于加强电梯安全工作的通知\n${text.split('\n').slice(1).join('\n')}`).sidecar
        .province,
    ).toBe('xinjiang');
  });

  it('drafts from flags: values the text contains are stated, others inferred as given by hand', () => {
    const text = [
      '　　为贯彻落实质量发展纲要，制定本计划。',
      '　　一、提升产品质量。（太原海关、晋中市人民政府负责）',
    ].join('\n');
    const result = draft(text, { title: '山西省质量提升计划', issuer: '山西省人民政府', date: '2017-04-01' });
    const manual = { inferred: true, basis: '添加时人工指定' };
    expect(result.sidecar.title).toEqual({ value: '山西省质量提升计划', ...manual });
    expect(result.sidecar.issuer).toEqual({ value: '山西省人民政府', ...manual });
    expect(result.sidecar.date).toEqual({ value: '2017-04-01', ...manual });
    expect(result.sidecar.province).toEqual({
      value: 'shanxi',
      inferred: true,
      basis: '取自添加时人工指定的发文机关“山西省人民政府”',
    });
    expect(result.sidecar.period).toEqual({
      value: '2017',
      inferred: true,
      basis: '文中未载明，取自发文日期（推定）所在年份',
    });
    expect(result.id).toBe('shanxi-2017-plan');

    const stated = draft(WRAPPED_TWO_LINES, {
      issuer: '河北省人民政府办公厅',
      period: '2016-2018',
      id: 'hebei-2016-quality',
    });
    expect(stated.sidecar.issuer).toBe('河北省人民政府办公厅');
    expect(stated.sidecar.period).toEqual({ value: '2016-2018', ...manual });
    expect(stated.id).toBe('hebei-2016-quality');
  });

  it('infers the province from the names in the text when issuer and title do not name one', () => {
    const text = [
      '质量提升行动计划',
      '　　一、提升产品质量。（太原海关、晋中市人民政府负责）',
      '省质监局',
      '2018年5月6日',
    ].join('\n');
    const result = draft(text);
    expect(result.sidecar.province).toEqual({
      value: 'shanxi',
      inferred: true,
      basis: '原文发文机关和标题未载明省份，据文中地名、机构名和文号前缀推定（太原×1、晋中×1）',
    });
    expect(result.missing).toContain('未找到省份：发文机关和标题都未写明省份；已据文中名称推定为 山西省。');
  });

  it('reads a county named as a province is (河南县, 河南蒙古族自治县) as no evidence of that province', () => {
    const text = [
      '黄南州民族特色产品质量提升行动方案',
      '　　一、支持河南县、泽库县建设牦牛乳制品基地。（河南蒙古族自治县人民政府负责）',
      '　　二、河南县要加快藏毯品牌建设，黄南州市场监管局加强指导。',
      '黄南藏族自治州人民政府办公室',
      '2024年8月9日',
    ].join('\n');
    expect(draft(text).sidecar.province).toMatchObject({ value: 'qinghai', inferred: true });
  });

  it('refuses unusable flags', () => {
    expect(() => draft(WRAPPED_TWO_LINES, { date: '五月' })).toThrow(FlagError);
    expect(() => draft(WRAPPED_TWO_LINES, { province: '火星' })).toThrow(FlagError);
    expect(() => draft(WRAPPED_TWO_LINES, { type: '报表' })).toThrow(FlagError);
    expect(() => draft(WRAPPED_TWO_LINES, { id: 'Hebei 2016' })).toThrow(FlagError);
  });
});

describe('draftSidecar: output', () => {
  it('proposes a unique id', () => {
    expect(draft(WRAPPED_TWO_LINES, {}, ['hebei-2016-scheme']).id).toBe('hebei-2016-scheme-2');
    expect(draft(WRAPPED_TWO_LINES, {}, ['hebei-2016-scheme', 'hebei-2016-scheme-2']).id).toBe('hebei-2016-scheme-3');
  });

  it('writes YAML that the sidecar schema reads back, saying what it did not find', () => {
    const text = WRAPPED_TWO_LINES.replace('冀政办字[2016]12号\n', '');
    const result = draft(text);
    expect(sidecarSchema.parse(parse(result.yaml))).toEqual(result.sidecar);
    expect(result.sidecar.docNumber).toBeUndefined();
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toMatch(/^未找到文号：/u);
    expect(result.yaml).toContain(`# ${result.missing[0]}`);
  });
});

describe('reading dates and 文号', () => {
  const dateOf = (lines: string[]) => {
    const text = ['河北省质量工作要点', ...lines, '一、提升质量', '河北省人民政府办公厅'].join('\n');
    return draft(text, { issuer: '河北省人民政府办公厅' }).sidecar.date;
  };
  it.each([
    [['2015年5月2日'], '2015-05-02'],
    [['二〇一五年五月二日'], '2015-05-02'],
    [['二〇一五年十二月二十一日'], '2015-12-21'],
    // A zero typed as a digit (or so read from a scan) in a year of Chinese numerals.
    [['二0一六年九月十八日'], '2016-09-18'],
    [['2015-05-02'], '2015-05-02'],
    [['（2015年5月2日）'], '2015-05-02'],
    [['(２０１５年５月２日)'], '2015-05-02'],
    [['颁布时间：2015-05-02'], '2015-05-02'],
    [['成文日期：2015年05月02日'], '2015-05-02'],
  ])('reads the date %j', (lines, expected) => {
    expect(dateOf(lines)).toBe(expected);
  });

  it.each([
    ['冀政发〔2023〕5号', '冀政发〔2023〕5号'],
    ['（冀政发〔2023〕5号）', '冀政发〔2023〕5号'],
    ['冀政发[2023]5号', '冀政发[2023]5号'],
    ['冀政发［2023］5号', '冀政发［2023］5号'],
    ['冀政发（2023）5号', '冀政发（2023）5号'],
    ['冀政发(2023)5号', '冀政发(2023)5号'],
    ['冀政发【2023】5号', '冀政发【2023】5号'],
    ['冀政发〔2023〕5', '冀政发〔2023〕5'],
    ['文号：冀政发〔2023〕5号', '冀政发〔2023〕5号'],
  ])('reads the 文号 line %s', (line, expected) => {
    const lines = readLines(`河北省质量工作要点\n${line}\n`);
    const header = line.startsWith('文号') ? { value: line.slice(3), lines: [2], label: '文号' } : undefined;
    expect(readDocNumber(lines, header)?.value).toBe(expected);
  });

  it('does not take a 文号 cited in a sentence for the document’s own', () => {
    const lines = readLines('河北省质量工作要点\n　　根据《质量发展纲要》（国发〔2012〕9号），制定本要点。\n');
    expect(readDocNumber(lines, undefined)).toBeUndefined();
  });
});
