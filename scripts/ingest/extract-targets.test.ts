/**
 * extract-targets on hand-written clauses in the layouts of provincial plans: each case is a unit's
 * text (with its kind, an optional enclosing unit and the document's period) and every target it
 * must give, as `metric | comparator | value | year`. An empty list: the text states no target.
 */
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { UnitKind } from '../../src/model/index.ts';
import { extractDeadlines } from './extract-deadlines.ts';
import { extractTargets } from './extract-targets.ts';
import type { LineNode, PolicyRoot, UnitNode } from './tree.ts';

interface Case {
  text: string;
  expected: string[];
  period?: string;
  kind?: UnitKind;
  /** Text of an enclosing unit, which may give the year. */
  parent?: string;
  /** Read as a report's, which reviews what was done. */
  reviewing?: boolean;
  /** The year the document was issued. */
  issued?: number;
  /** Read as a standing rule's (a 办法, a 细则): only figures its text dates are goals. */
  standing?: boolean;
}

const line = (value: string, number: number): LineNode => ({
  type: 'line',
  value,
  position: { start: { line: number, column: 1 }, end: { line: number, column: value.length + 1 } },
});

const unit = (localId: string, kind: UnitKind, text: string, first: number, parentId?: string): UnitNode => ({
  type: 'unit',
  kind,
  localId,
  numbering: [],
  title: '',
  context: [],
  ...(parentId ? { parentId } : {}),
  children: text.split('\n').map((value, index) => line(value, first + index)),
  data: {},
});

function targetsOf({ text, period = '2021-2025', kind = 'goal', parent, reviewing, issued, standing }: Case): string[] {
  const units = parent
    ? [unit('1', 'heading', parent, 1), unit('1-1', kind, text, 2, '1')]
    : [unit('1', kind, text, 1)];
  const tree: PolicyRoot = { type: 'root', children: units };
  const transform = extractTargets.call(unified(), {
    period,
    reviewing,
    ...(issued ? { issued } : {}),
    ...(standing ? { standing } : {}),
  }) as (tree: PolicyRoot) => void;
  transform(tree);
  return (units.at(-1)!.data.targets ?? []).map(
    (target) => `${target.metric} | ${target.comparator} | ${target.value} | ${target.year ?? ''}`,
  );
}

const cases: Record<string, Case> = {
  'shares in Chinese numerals, as laws write them, kept as written': {
    text: '到2030年，街道养老服务中心覆盖率达到百分之百，护理型床位占比不低于百分之六十五，合格率达到百分之九十九点五以上。',
    period: '2024-2030',
    expected: [
      '街道养老服务中心覆盖率 | = | 百分之百 | 2030',
      '护理型床位占比 | 不低于 | 百分之六十五 | 2030',
      '合格率 | 以上 | 百分之九十九点五 | 2030',
    ],
  },
  'a list of tasks’ numbers is no count': {
    text: '县市场监管局：负责第一部分第1、2项，第三部分第1项工作。',
    kind: 'duty',
    expected: [],
  },
  'a second verb of making before a bare noun stays in the metric': {
    text: '到2026年6月底完成改造项目200个。',
    period: '2024-2026',
    expected: ['改造项目 | = | 200个 | 2026'],
  },
  'what a share is of, between the comparator and the value': {
    text: '每年抽查比例不低于在册机构的5%，其中骨干教师不低于交流总数的20%。',
    expected: ['抽查比例 | 不低于 | 在册机构的5% | 2025', '骨干教师 | 不低于 | 交流总数的20% | 2025'],
  },
  'a year in each value’s own stretch of the clause': {
    text: '到2025年，培育品牌企业1000家，其中2024年完成700家、2025年完成300家。',
    expected: ['品牌企业 | = | 1000家 | 2025', '品牌企业 | = | 700家 | 2024', '品牌企业 | = | 300家 | 2025'],
  },
  'a total to reach by the goal year of its sentence (累计) is no past figure': {
    text: '到2025年，累计完成既有住宅加装电梯3000台。',
    expected: ['既有住宅加装电梯 | = | 3000台 | 2025'],
  },
  // Metric as a noun phrase, verbs and framing stripped
  'bullet and verb of making before a count': {
    text: '——培育省级以上专精特新企业500家以上。',
    expected: ['省级以上专精特新企业 | 以上 | 500家 | 2025'],
  },
  'year and area framing': {
    text: '到2025年，全省制造业产品质量合格率达到94%以上。',
    expected: ['制造业产品质量合格率 | 以上 | 94% | 2025'],
  },
  '力争 and 全区': {
    text: '力争全区农产品质量安全监测总体合格率稳定在98%以上。',
    expected: ['农产品质量安全监测总体合格率 | 以上 | 98% | 2025'],
  },
  '实现 as the verb of reaching, and 全年 as framing': {
    text: '到2025年，重点用能单位能源计量器具配备率实现100%，全年实现营业收入增长10%以上。',
    expected: ['重点用能单位能源计量器具配备率 | = | 100% | 2025', '营业收入 | 提高 | 10% | 2025'],
  },
  'a list of counts, each with its own metric': {
    text: '培育国家级企业技术中心10家、省级企业技术中心100家。',
    expected: ['国家级企业技术中心 | = | 10家 | 2025', '省级企业技术中心 | = | 100家 | 2025'],
  },
  'a share before the verb of what it reaches': {
    text: '到2025年，绿色食品、有机农产品和地理标志农产品100%实现可追溯，二级以上医院100%开展检验结果互认。',
    expected: [
      '绿色食品、有机农产品和地理标志农产品实现可追溯 | = | 100% | 2025',
      '二级以上医院开展检验结果互认 | = | 100% | 2025',
    ],
  },
  '确保 before the metric': { text: '确保出厂产品合格率达到100%。', expected: ['出厂产品合格率 | = | 100% | 2025'] },
  '其中 before a part': {
    text: '新增国家级企业技术中心30家，其中制造业单项冠军企业10家。',
    expected: ['新增国家级企业技术中心 | = | 30家 | 2025', '制造业单项冠军企业 | = | 10家 | 2025'],
  },
  'verb, value, then what is counted': {
    text: '培育30户服务行业龙头企业。',
    expected: ['服务行业龙头企业 | = | 30户 | 2025'],
  },
  'metric then value at the end': { text: '省优良工程350项。', expected: ['省优良工程 | = | 350项 | 2025'] },
  'a verb of making stays in the name of a ratio': {
    text: '新建工业项目一次试车成功率100％。',
    expected: ['新建工业项目一次试车成功率 | = | 100％ | 2025'],
  },
  '一是 and a baseline level': {
    text: '一是产品质量监督抽查合格率由90%提高到95%。',
    expected: ['产品质量监督抽查合格率 | = | 95% | 2025'],
  },
  'traditional characters kept as written': {
    text: '到2025年，全省製造業產品質量合格率達到94%以上。',
    expected: ['製造業產品質量合格率 | 以上 | 94% | 2025'],
  },
  // Values with their units as written
  'compound unit 万件': {
    text: '到2025年，全省有效发明专利拥有量达到3万件。',
    expected: ['有效发明专利拥有量 | = | 3万件 | 2025'],
  },
  'compound unit 万亩': { text: '建成高标准农田50万亩。', expected: ['高标准农田 | = | 50万亩 | 2025'] },
  'unit with a denominator 个/万人': {
    text: '每万人口高价值发明专利拥有量达到10个/万人。',
    expected: ['每万人口高价值发明专利拥有量 | = | 10个/万人 | 2025'],
  },
  'unit 微克/立方米 and 控制在…以下': {
    text: '细颗粒物（PM2.5）平均浓度控制在35微克/立方米以下。',
    expected: ['细颗粒物（PM2.5）平均浓度 | 以下 | 35微克/立方米 | 2025'],
  },
  'full-width percent kept as written': {
    text: '基本药物抽验合格率达到98％。',
    expected: ['基本药物抽验合格率 | = | 98％ | 2025'],
  },
  'unit 亿元': {
    text: '全省质量技术服务业营业收入突破200亿元。',
    expected: ['质量技术服务业营业收入 | 突破 | 200亿元 | 2025'],
  },
  'an achievement named before its count, no comparator': {
    text: '突破关键核心技术50项。',
    expected: ['突破关键核心技术 | = | 50项 | 2025'],
  },
  'unit 万人次': { text: '开展质量培训10万人次以上。', expected: ['质量培训 | 以上 | 10万人次 | 2025'] },
  'unit 吨标准煤': {
    text: '单位工业增加值能耗控制在0.8吨标准煤以内。',
    expected: ['单位工业增加值能耗 | 以内 | 0.8吨标准煤 | 2025'],
  },
  'unit 平方公里': { text: '治理水土流失面积1200平方公里。', expected: ['治理水土流失面积 | = | 1200平方公里 | 2025'] },
  'bare number with a verb and 以上': {
    text: '制造业质量竞争力指数达到85以上。',
    expected: ['制造业质量竞争力指数 | 以上 | 85 | 2025'],
  },
  'times 分钟 and 个小时, not 分': {
    text: '电梯困人故障应急救援平均到达现场时间不超过30分钟，政务服务事项办理时限压缩至48个小时。',
    expected: [
      '电梯困人故障应急救援平均到达现场时间 | 不超过 | 30分钟 | 2025',
      '政务服务事项办理时限 | = | 48个小时 | 2025',
    ],
  },
  'a later year of the same metric, not named again': {
    text: '全省制造业产品质量合格率到2023年达到94%，到2025年达到95%以上。',
    expected: ['制造业产品质量合格率 | = | 94% | 2023', '制造业产品质量合格率 | 以上 | 95% | 2025'],
  },
  'the metric carries within its sentence only': {
    text: '培育省级以上专精特新企业500家。到2030年，开展质量提升行动。',
    expected: ['省级以上专精特新企业 | = | 500家 | 2025'],
  },
  'how often is no part of the metric, a yearly average is': {
    text: '每年培育省级品牌示范企业50家，工业增加值年均增长率达到7%。',
    expected: ['省级品牌示范企业 | = | 50家 | 2025', '工业增加值年均增长率 | = | 7% | 2025'],
  },
  '完成 says reach, and is no part of the metric': {
    text: '住宅老旧电梯更新改造大修完成3000台，完成营造林面积120万亩以上。',
    expected: ['住宅老旧电梯更新改造大修 | = | 3000台 | 2025', '营造林面积 | 以上 | 120万亩 | 2025'],
  },
  'units 岁 and 年': {
    text: '人均预期寿命达到79岁，劳动年龄人口平均受教育年限达到11.3年。',
    expected: ['人均预期寿命 | = | 79岁 | 2025', '劳动年龄人口平均受教育年限 | = | 11.3年 | 2025'],
  },
  'a metric starting with a digit': { text: '全省5G基站达到5万个。', expected: ['5G基站 | = | 5万个 | 2025'] },
  'a number inside the metric (PM2.5)': {
    text: 'PM2.5平均浓度下降到33微克/立方米。',
    expected: ['PM2.5平均浓度 | = | 33微克/立方米 | 2025'],
  },
  // Comparators
  'written 不低于': {
    text: '农业标准化生产普及率不低于60%。',
    expected: ['农业标准化生产普及率 | 不低于 | 60% | 2025'],
  },
  'written 不少于': {
    text: '产品质量监督抽查不少于1200批次。',
    expected: ['产品质量监督抽查 | 不少于 | 1200批次 | 2025'],
  },
  'written 不超过': {
    text: '重大质量安全事故发生数不超过2起。',
    expected: ['重大质量安全事故发生数 | 不超过 | 2起 | 2025'],
  },
  'written 超过': { text: '农业标准化生产普及率超过30%。', expected: ['农业标准化生产普及率 | 超过 | 30% | 2025'] },
  '左右 after the value': {
    text: '研究与试验发展经费投入强度达到2.5%左右。',
    expected: ['研究与试验发展经费投入强度 | 左右 | 2.5% | 2025'],
  },
  '控制在 without a word after': {
    text: '城镇登记失业率控制在4.5%。',
    expected: ['城镇登记失业率 | 控制在 | 4.5% | 2025'],
  },
  'a rise over the previous year': {
    text: '制造业产品质量合格率较上年提高2个百分点。',
    expected: ['制造业产品质量合格率 | 提高 | 2个百分点 | 2025'],
  },
  'a fall against a baseline year': {
    text: '单位地区生产总值能耗比2020年下降15%。',
    expected: ['单位地区生产总值能耗 | 下降 | 15% | 2025'],
  },
  'a yearly rise: 年均 stays, the change outranks 左右': {
    text: '城乡居民人均可支配收入年均增长7%左右。',
    expected: ['城乡居民人均可支配收入年均 | 提高 | 7% | 2025'],
  },
  达到或超过: {
    text: '规模以上工业企业研发机构覆盖率达到或超过50%。',
    expected: ['规模以上工业企业研发机构覆盖率 | 超过 | 50% | 2025'],
  },
  '提高到 is a level, not a change': {
    text: '公众质量满意度提高到85%。',
    expected: ['公众质量满意度 | = | 85% | 2025'],
  },
  // Years
  至2025年: { text: '至2024年，全市质量工作考核优秀率达到90%。', expected: ['质量工作考核优秀率 | = | 90% | 2024'] },
  '2025年底前': { text: '2023年底前，全省检验检测机构达到1200家。', expected: ['检验检测机构 | = | 1200家 | 2023'] },
  'a time of the year inside the metric': {
    text: '住宅电梯按需维保覆盖率年底前达到30%以上，年内新设经营主体网上办理率达到98%以上。',
    expected: ['住宅电梯按需维保覆盖率 | 以上 | 30% | 2025', '新设经营主体网上办理率 | 以上 | 98% | 2025'],
  },
  'a month of a year inside the metric': {
    text: '到2024年6月底，全省电梯应急处置平台覆盖率达到90%。',
    expected: ['电梯应急处置平台覆盖率 | = | 90% | 2024'],
  },
  'year earlier in the unit': {
    text: '到2023年，产品质量发展的具体目标：\n——食品抽检合格率达到98%。',
    expected: ['食品抽检合格率 | = | 98% | 2023'],
  },
  'year from the enclosing unit': {
    text: '——国家级质量标杆企业20家。',
    parent: '（一）质量水平。到2024年，质量总体水平显著提升。',
    expected: ['国家级质量标杆企业 | = | 20家 | 2024'],
  },
  'year from “十四五”末': {
    text: '到“十四五”末，全省检验检测机构营业收入达到150亿元。',
    period: '2021-2025',
    expected: ['检验检测机构营业收入 | = | 150亿元 | 2025'],
  },
  'a baseline year is not the year': {
    text: '到2024年，单位地区生产总值用水量在2020年的基础上下降16%。',
    expected: ['单位地区生产总值用水量 | 下降 | 16% | 2024'],
  },
  'year from the document period': {
    text: '争创国家“鲁班奖”优质工程8项。',
    period: '2016-2020',
    expected: ['国家“鲁班奖”优质工程 | = | 8项 | 2020'],
  },
  'year from a one-year period': {
    text: '新增中国驰名商标5件。',
    period: '2015',
    expected: ['新增中国驰名商标 | = | 5件 | 2015'],
  },
  // Lists of values and years
  '逐年 over the period': {
    text: '全省产品质量监督抽查合格率逐年达到80%、82%、85%。',
    period: '2023-2025',
    expected: [
      '产品质量监督抽查合格率 | = | 80% | 2023',
      '产品质量监督抽查合格率 | = | 82% | 2024',
      '产品质量监督抽查合格率 | = | 85% | 2025',
    ],
  },
  'years listed with 分别': {
    text: '食品抽检合格率2023年、2024年、2025年分别达到96%、97%、98%。',
    expected: ['食品抽检合格率 | = | 96% | 2023', '食品抽检合格率 | = | 97% | 2024', '食品抽检合格率 | = | 98% | 2025'],
  },
  'years listed before the clause': {
    text: '到2023年、2025年，全省计量检定机构分别达到40家、60家。',
    expected: ['计量检定机构 | = | 40家 | 2023', '计量检定机构 | = | 60家 | 2025'],
  },
  'metrics and values paired by 分别': {
    text: '高速公路竣工验收合格率、优良率分别达到100％、95％。',
    expected: ['高速公路竣工验收合格率 | = | 100％ | 2025', '高速公路竣工验收优良率 | = | 95％ | 2025'],
  },
  '逐年 with more values than years: one year for all': {
    text: '全省农产品抽检合格率逐年达到96%、97%。',
    period: '2021-2025',
    expected: ['农产品抽检合格率 | = | 96% | 2025', '农产品抽检合格率 | = | 97% | 2025'],
  },
  // Several metrics sharing a value
  'modifiers sharing a head with 均': {
    text: '农产品、食品抽检合格率均稳定在98%以上。',
    expected: ['农产品抽检合格率 | 以上 | 98% | 2025', '食品抽检合格率 | 以上 | 98% | 2025'],
  },
  'full metrics sharing a value': {
    text: '县公路平均好路率、农村公路路面平均好路率达到78％。',
    expected: ['县公路平均好路率 | = | 78％ | 2025', '农村公路路面平均好路率 | = | 78％ | 2025'],
  },
  'examples with 等 stay one metric': {
    text: '煤焦、冶金、建材等传统产业产品质量合格率达到92%。',
    expected: ['煤焦、冶金、建材等传统产业产品质量合格率 | = | 92% | 2025'],
  },
  // No target
  'a context unit': { text: '全省规模以上工业增加值达到1.2万亿元。', kind: 'context', expected: [] },
  'a past increase': { text: '“十三五”期间，全省地区生产总值比2015年增长了38%。', expected: [] },
  'a cumulative past result': { text: '全省累计完成造林面积120万亩。', expected: [] },
  'already built': { text: '全省已建成国家级检验检测中心15个。', expected: [] },
  'reached in a year before the period': { text: '2020年全省产品质量合格率达到93%。', expected: [] },
  'a year before the period governs the clauses after a semicolon': {
    text: '2023年，全省新增经营主体41.2万户；完成食品安全监督抽检11.3万批次，总体合格率97.8%。',
    period: '2024',
    expected: [],
  },
  'a year of the period that opens the sentence dates the clauses after a semicolon': {
    text: '2024年，全区开工改造城镇老旧小区28个；完成老化燃气市政管道更新改造46公里。',
    period: '2024-2026',
    expected: ['开工改造城镇老旧小区 | = | 28个 | 2024', '老化燃气市政管道更新改造 | = | 46公里 | 2024'],
  },
  'a year’s 内 is no part of the metric': {
    text: '2024年内新培育省级质检中心3个以上。',
    expected: ['新培育省级质检中心 | 以上 | 3个 | 2024'],
  },
  'a share of the year’s work by a date is no target of the date': {
    text: '2024年6月30日前完成全年任务的50%以上。',
    expected: [],
  },
  'a review with 以来': { text: '2016年以来，全省新增市场主体达到120万户。', expected: [] },
  'a past plan period in a later plan': {
    text: '十二五期间，全省产品质量合格率达到90%。',
    period: '2016-2020',
    expected: [],
  },
  'the current plan period is not a review': {
    text: '“十三五”期间，全省新增国家级质量品牌示范区5个。',
    period: '2016-2020',
    expected: ['新增国家级质量品牌示范区 | = | 5个 | 2020'],
  },
  'a period range is not a value': { text: '（2021-2025年）', expected: [] },
  'a phone number': { text: '畅通12365投诉举报热线。', expected: [] },
  'dates and a document number': { text: '依据晋政发〔2013〕21号，于2015年12月15日前报送。', expected: [] },
  'an article number': { text: '依照本办法第12条规定处理。', expected: [] },
  'a number inside the name of what is measured': { text: '实施50%节能标准。', expected: [] },
  'a subsidy': { text: '对新获评的企业给予一次性奖励50万元。', expected: [] },
  'money arranged': { text: '省财政每年安排专项资金2000万元。', expected: [] },
  'a share of a budget': { text: '按不低于30%的比例安排配套资金。', expected: [] },
  'a numbered clause of a list': { text: '1.加强质量基础设施建设。', expected: [] },
  'the class a policy grants to': {
    text: '对年营业收入首次突破1亿元、5亿元的企业，分别给予50万元、100万元奖励。',
    expected: [],
  },
  'the class a task acts on': {
    text: '对使用年限超过15年、故障率高的住宅电梯开展安全评估，对住宅小区和使用年限超过15年的电梯实施重点检查。',
    expected: [],
  },
  'a class qualified twice before its noun': {
    text: '推动使用年限超过15年且存在重大隐患的住宅电梯更新改造，年内完成安全评估的老旧电梯不少于总数的50%。',
    expected: ['完成安全评估的老旧电梯 | 不少于 | 总数的50% | 2025'],
  },
  'a term of office': {
    text: '委员实行聘任制，每届任期3年，聘期内考核合格的可以续聘。',
    expected: [],
  },
  'a class qualified before a counted noun': {
    text: '组织对使用超过15年的2台电梯开展安全评估，年内完成评估的电梯不少于20台。',
    expected: ['评估的电梯 | 不少于 | 20台 | 2025'],
  },
  'values for each year the sentence before set goals for': {
    text: '到2024年底，企业数字化转型覆盖率达到60%；到2025年底，达到75%；到2026年底，达到90%。关键工序数控化率分别达到62%、66%、70%。',
    period: '2024-2026',
    expected: [
      '企业数字化转型覆盖率 | = | 60% | 2024',
      '企业数字化转型覆盖率 | = | 75% | 2025',
      '企业数字化转型覆盖率 | = | 90% | 2026',
      '关键工序数控化率 | = | 62% | 2024',
      '关键工序数控化率 | = | 66% | 2025',
      '关键工序数控化率 | = | 70% | 2026',
    ],
  },
  'an action counted without its object': {
    text: '推进老旧住宅电梯更新改造，2024年完成改造200台以上。县市场监管局负责组织乡村厨师培训，全年培训600人次以上。',
    expected: ['改造 | 以上 | 200台 | 2024', '培训 | 以上 | 600人次 | 2025'],
  },
  'an age above which a class of equipment begins': {
    text: '2022年底前完成投用15年以上住宅电梯安全评估全覆盖，评估电梯不少于300台。',
    expected: ['评估电梯 | 不少于 | 300台 | 2022'],
  },
  'a yearly rise from a year on': {
    text: '推行非现场监管，2022年起每年非现场执法检查占比提高5个百分点以上。',
    expected: ['非现场执法检查占比 | 提高 | 5个百分点 | 2022'],
  },
  'an assessment’s grades and weights': {
    text: '考核实行百分制，日常考核占40%、年终考核占60%。考核得分90分以上为A级，75分（含）至90分为B级，60分以下为D级。',
    expected: [],
  },
  'a goal beside a weight': {
    text: '各项指标权重为30%，在评议考核中占20分（满分100分），年内食品安全评价性抽检合格率达到98%以上。',
    expected: ['食品安全评价性抽检合格率 | 以上 | 98% | 2025'],
  },
  'results of the year a paragraph opens with, before the plan’s own year': {
    text: '2016年，全省各项工作取得新进展。全年完成食品安全监督抽检2.86万批次，总体合格率97.3%。',
    period: '2017',
    expected: [],
  },
  'a list in brackets inside the metric': {
    text: '年底前每个县（市、区）至少建成食品小作坊集中加工区1个。',
    expected: ['每个县（市、区）至少建成食品小作坊集中加工区 | = | 1个 | 2025'],
  },
  'a fraction, and a cap on money': {
    text: '居民同意率须达到2/3以上，单张预付卡限额不得超过1000元。',
    expected: [],
  },
  'a limit a rule sets': {
    text: '到2025年底，城区救援平均到达时间控制在20分钟以内，各地救援到达时间不得超过30分钟。',
    expected: ['城区救援平均到达时间 | 以内 | 20分钟 | 2025'],
  },
  'what a task or project costs, and a sum a verb sets to reach': {
    text: '到2025年，所需设备购置经费约680万元，项目总投资860万元，带动社会投资达到1亿元。',
    expected: ['社会投资 | = | 1亿元 | 2025'],
  },
  'what there is now': {
    text: '全镇现有行政村26个，食品生产企业4家，食品小作坊37家。到2024年，新增示范村2个。',
    expected: ['新增示范村 | = | 2个 | 2024'],
  },
  'the tally of a list': {
    text: '共确定行政职权事项11项，其中行政许可3项、行政处罚4项。',
    expected: [],
  },
  'what a notice publishes, and a goal to publish': {
    text: '现批准发布《老年助餐服务规范》等15项地方标准，其中推荐性地方标准14项、强制性地方标准1项。到2027年，发布地方标准50项以上。',
    expected: ['发布地方标准 | 以上 | 50项 | 2027'],
  },
  'who does it is no part of the metric': {
    text: '2024年，由市商务局会同市市场监管局改造提升农贸市场15个。',
    expected: ['提升农贸市场 | = | 15个 | 2024'],
  },
  'what a definition covers': {
    text: '本办法所称农贸市场，是指由开办者提供固定场所，有3个以上销售者入场从事食用农产品零售的场所。到2027年，建成星级农贸市场30个。',
    expected: ['星级农贸市场 | = | 30个 | 2027'],
  },
  'a list’s 二是指导 is no definition': {
    text: '一是督促企业配备食品安全员；二是指导企业规范开展“日管控、周排查、月调度”，全年新增投保企业不少于30家。',
    period: '2024',
    expected: ['新增投保企业 | 不少于 | 30家 | 2024'],
  },
  'how long a paper or a speech may be': {
    text: '到2025年，每个发言时间不超过6分钟，书面材料不超过1500字，投诉处理时间不超过30分钟。',
    expected: ['投诉处理时间 | 不超过 | 30分钟 | 2025'],
  },
  'a term, of a period or a sanction': {
    text: '公示期为2025年11月24日至11月28日（5个工作日），责令其暂停承接新增业务1个月，到2025年，办结率达到98%。',
    expected: ['办结率 | = | 98% | 2025'],
  },
  'whom a rule covers, after a preposition': {
    text: '对160千瓦及以下低压小微企业用电报装实行“零上门”，到2025年，办电时间压缩至15个工作日以内。',
    expected: ['办电时间 | 以内 | 15个工作日 | 2025'],
  },
  'where things stood on a day': {
    text: '截至2025年11月底，全市累计发展承诺单位6318家，办结率99.2%。',
    expected: [],
  },
  'a list inside quotes, or one that names no measure, is one metric': {
    text: '到2025年，部门联合“双随机、一公开”抽查占比达到30%以上，主导制定国际、国家和行业标准累计达到600项。',
    expected: [
      '部门联合“双随机、一公开”抽查占比 | 以上 | 30% | 2025',
      '主导制定国际、国家和行业标准 | = | 600项 | 2025',
    ],
  },
  'a comparator written as a sign': {
    text: '2025年，产品质量监督抽查合格率≥95%（2024年为94.3%），万台特种设备死亡人数＜0.15人。',
    period: '2025',
    expected: ['产品质量监督抽查合格率 | ≥ | 95% | 2025', '万台特种设备死亡人数 | < | 0.15人 | 2025'],
  },
  'what a report proposes is not yet a goal': {
    text: '鉴于统计口径调整，建议将“主要消费品质量抽查合格率”目标值由≥95%调整为≥96.5%。到2025年，新增品牌企业20家。',
    period: '2025',
    reviewing: true,
    expected: ['新增品牌企业 | = | 20家 | 2025'],
  },
  'levels listed together are one metric': {
    text: '全年完成电动自行车产品省、市两级监督抽查不少于800批次。',
    period: '2023',
    expected: ['电动自行车产品省、市两级监督抽查 | 不少于 | 800批次 | 2023'],
  },
  'a goal written as the target it reaches': {
    text: '到2025年，实现乡镇覆盖率达到90%的目标。',
    expected: ['乡镇覆盖率 | = | 90% | 2025'],
  },
  'a share (占比) with a value for each year after it, each year its own': {
    text: '到2025年，新车销量中新能源汽车占比2023年达到35%、2024年达到40%、2025年达到45%以上。',
    period: '2023-2025',
    expected: [
      '新车销量中新能源汽车占比 | = | 35% | 2023',
      '新车销量中新能源汽车占比 | = | 40% | 2024',
      '新车销量中新能源汽车占比 | 以上 | 45% | 2025',
    ],
  },
  'one value for each of the years listed before it (各)': {
    text: '2024年、2025年各新建高标准农田90万亩。',
    period: '2023-2025',
    expected: ['新建高标准农田 | = | 90万亩 | 2024', '新建高标准农田 | = | 90万亩 | 2025'],
  },
  'a total after what is added is the total of that': {
    text: '到2025年，全市新增中国驰名商标30件、累计达到150件以上。',
    expected: ['新增中国驰名商标 | = | 30件 | 2025', '累计中国驰名商标 | 以上 | 150件 | 2025'],
  },
  'a value said to be about (约)': {
    text: '2024年，重点领域和行业节能降碳改造形成节能量约300万吨标准煤。',
    period: '2024',
    expected: ['重点领域和行业节能降碳改造形成节能量 | 约 | 300万吨标准煤 | 2024'],
  },
  'Latin units of computing and networks, a generation no unit': {
    text: '到2026年，全省算力总规模超过100EFLOPS，省际出口带宽达到50Tbps，网络时延控制在10ms以内，新建5G基站1.5万个。',
    expected: [
      '算力总规模 | 超过 | 100EFLOPS | 2026',
      '省际出口带宽 | = | 50Tbps | 2026',
      '网络时延 | 以内 | 10ms | 2026',
      '新建5G基站 | = | 1.5万个 | 2026',
    ],
  },
  'a range of years gives its end, and ways of building share one count': {
    text: '推进城镇管网延伸，2024—2025年新建、改扩建规模化供水工程120处以上，新增受益人口35万人。',
    period: '2024-2027',
    expected: ['新建、改扩建规模化供水工程 | 以上 | 120处 | 2025', '新增受益人口 | = | 35万人 | 2025'],
  },
  'money to be invested, won or drawn in is a goal; a grant or a cost is not': {
    text: '全年安排市级重点项目320个、年度计划投资850亿元以上，实际使用外资1.5亿美元，年内完成交通基础设施投资120亿元，全年争取上级补助资金不低于3.2亿元。市级安排奖补资金2000万元，项目总投资860万元。',
    period: '2024',
    expected: [
      '安排市级重点项目 | = | 320个 | 2024',
      '年度计划投资 | 以上 | 850亿元 | 2024',
      '实际使用外资 | = | 1.5亿美元 | 2024',
      '交通基础设施投资 | = | 120亿元 | 2024',
      '上级补助资金 | 不低于 | 3.2亿元 | 2024',
    ],
  },
  'a year that describes what is counted is no goal year': {
    text: '全市计划改造2000年底前建成的城镇老旧小区126个、涉及居民1.38万户，年底前开工率达到100%。',
    period: '2024',
    expected: [
      '2000年底前建成的城镇老旧小区 | = | 126个 | 2024',
      '涉及居民 | = | 1.38万户 | 2024',
      '开工率 | = | 100% | 2024',
    ],
  },
  'a list whose last part says more than what is listed stays one metric': {
    text: '到2025年，快递、外卖、网约车区域总部党组织覆盖率达到100%，珲春、圈河、图们口岸“单一窗口”主要业务应用率达到100%，带动参与互市贸易的边民户均年增收不低于3000元。',
    expected: [
      '快递、外卖、网约车区域总部党组织覆盖率 | = | 100% | 2025',
      '珲春、圈河、图们口岸“单一窗口”主要业务应用率 | = | 100% | 2025',
      '参与互市贸易的边民户均年增收 | 不低于 | 3000元 | 2025',
    ],
  },
  'a bound that qualifies the noun counted after it is no value': {
    text: '每千人口拥有3岁以下婴幼儿托位数达到4.5个，全年引进10亿元以上产业项目25个，新增规模以上工业企业100家以上。',
    period: '2024',
    expected: [
      '每千人口拥有3岁以下婴幼儿托位数 | = | 4.5个 | 2024',
      '10亿元以上产业项目 | = | 25个 | 2024',
      '新增规模以上工业企业 | 以上 | 100家 | 2024',
    ],
  },
  '今年 and 年内 are the year of issue, 明年 the next; 今年以来 looks back': {
    text: '今年以来，全省已举办活动800场。今年全省计划举办各类文旅消费活动2000场以上，力争年内建成充电桩500个，明年新增充电桩1000个。',
    period: '2025-2027',
    issued: 2025,
    expected: [
      '举办各类文旅消费活动 | 以上 | 2000场 | 2025',
      '充电桩 | = | 500个 | 2025',
      '新增充电桩 | = | 1000个 | 2026',
    ],
  },
  'a count before the noun it counts, the clause going on after it': {
    text: '完成3家企业技改，推动30家规上企业实施数字化改造，新增2家省级专精特新中小企业，6岁儿童近视率控制在3%以内。',
    period: '2026',
    expected: [
      '企业技改 | = | 3家 | 2026',
      '规上企业实施数字化改造 | = | 30家 | 2026',
      '新增省级专精特新中小企业 | = | 2家 | 2026',
      '6岁儿童近视率 | 以内 | 3% | 2026',
    ],
  },
  'a standard raised to a level per head is a goal, a cap raised a rule': {
    text: '城乡居民基础养老金最低标准提高到每人每月213元。个人创业担保贷款最高额度由20万元提高至30万元。',
    period: '2026',
    expected: ['城乡居民基础养老金最低标准 | = | 213元 | 2026'],
  },
  'the rate at which grants are paid out is a goal': {
    text: '6月底前省级补助资金下达率不低于90%。',
    period: '2026',
    expected: ['省级补助资金下达率 | 不低于 | 90% | 2026'],
  },
  '今年 after a baseline year dates the goal': {
    text: '在2025年改造1050个的基础上，今年改造老旧小区1200个。',
    period: '2026',
    issued: 2026,
    expected: ['老旧小区 | = | 1200个 | 2026'],
  },
  'in a paper of one year, a later goal year stays in its sentence': {
    text: '启动三年行动，到2028年数字化转型覆盖率达到90%。\n全社会研发经费投入强度提高0.1个百分点以上。',
    period: '2026',
    expected: ['数字化转型覆盖率 | = | 90% | 2028', '全社会研发经费投入强度 | 提高 | 0.1个百分点 | 2026'],
  },
  "a base year's value in brackets is no anchor: the goal is the sentence's year": {
    text: '2025年，全县儿童青少年总体近视率在2024年（52.6%）基础上下降1个百分点以上，6岁儿童近视率控制在3%以内。',
    period: '2025',
    expected: ['儿童青少年总体近视率 | 下降 | 1个百分点 | 2025', '6岁儿童近视率 | 以内 | 3% | 2025'],
  },
  "a change to another document's wording quotes its figures, no goal": {
    text: '将《若干措施》第五条中的“每人1000元”调整为“每人1500元”。将第十四条修改为：“每年抽查比例不低于10%。”到2027年，全市城镇新增就业不少于5万人。将第十二条中的“6个月内”调整为“12个月内”，2025年全市开展职业技能培训3万人次以上。',
    period: '2025-2027',
    expected: ['城镇新增就业 | 不少于 | 5万人 | 2027', '职业技能培训 | 以上 | 3万人次 | 2025'],
  },
  'the share of money that goes to a use is a goal, a grant is not; container units': {
    text: '到2030年，确保土地出让收入用于农业农村的比例不低于10%，集装箱铁水联运量达到100万标箱。对新建冷库给予30%的补助，吸纳脱贫人口的，每人再增加500元。',
    period: '2026-2030',
    expected: ['土地出让收入用于农业农村的比例 | 不低于 | 10% | 2030', '集装箱铁水联运量 | = | 100万标箱 | 2030'],
  },
  "a quota that comes back runs to the period's end, not to an earlier sentence's goal year": {
    text: '到2027年6月底前，建成县级农民培训基地。每年培训高素质农民2000人次以上。',
    period: '2026-2030',
    expected: ['高素质农民 | 以上 | 2000人次 | 2030'],
  },
  'a figure printed with thousands separators is one number': {
    text: '到2035年，生态保护红线面积不低于2,184.56平方公里，新增城市绿地12,000亩以上。',
    period: '2021-2035',
    expected: ['生态保护红线面积 | 不低于 | 2,184.56平方公里 | 2035', '新增城市绿地 | 以上 | 12,000亩 | 2035'],
  },
  'a change on the year before is a goal under a goal year, a review without one': {
    text: '到2024年11月底，全市电动自行车火灾事故起数同比下降20%以上。2023年全市地区生产总值同比增长5.2%。',
    period: '2024',
    expected: ['电动自行车火灾事故起数 | 下降 | 20% | 2024'],
  },
  "a year that opens a standing rule's sentence dates its clauses after a `；`, though no comma follows it": {
    text: '2026年全县稻谷种植面积稳定在42万亩以上；稻谷总产量达到18.5万吨以上。抽查比例不低于20%。',
    period: '2026',
    kind: 'measure',
    standing: true,
    expected: ['稻谷种植面积 | 以上 | 42万亩 | 2026', '稻谷总产量 | 以上 | 18.5万吨 | 2026'],
  },
  'a threshold one must meet to apply is no goal; a count with its floor before its noun is': {
    text: '项目设备投资额应在2000万元以上。2026年推动500家以上规模以上工业企业完成智能化改造。',
    period: '2026',
    kind: 'measure',
    expected: ['规模以上工业企业完成智能化改造 | 以上 | 500家 | 2026'],
  },
  'sums of money a row notes in brackets are amounts a rule sets, not goals': {
    text: '5. 创业担保贷款（责任单位：市财政局；处理方式：调整（个人30万元、小微企业500万元））',
    period: '2025-2027',
    kind: 'measure',
    expected: [],
  },
  'a yield in 亿斤': {
    text: '到2025年，粮食总产量稳定在430亿斤以上。',
    expected: ['粮食总产量 | 以上 | 430亿斤 | 2025'],
  },
};

describe('extract-targets', () => {
  for (const [name, testCase] of Object.entries(cases)) {
    it(name, () => {
      expect(targetsOf(testCase)).toEqual(testCase.expected);
    });
  }

  it('marks each clause with targets as a target highlight', () => {
    const text = '一是提升质量。到2025年，全省制造业产品质量合格率达到94%以上。';
    const only = unit('1', 'goal', text, 1);
    const transform = extractTargets.call(unified(), { period: '2021-2025' }) as (tree: PolicyRoot) => void;
    transform({ type: 'root', children: [only] });
    expect(only.data.highlights?.map((mark) => text.slice(mark.start, mark.end))).toEqual([
      '全省制造业产品质量合格率达到94%以上',
    ]);
  });

  it('leaves the unit’s number out of a target’s text and highlight', () => {
    const text = '8. 新建改造城市公厕20座。';
    const numbered = unit('1', 'measure', text, 1);
    numbered.children[0]!.labelEnd = 3;
    const transform = extractTargets.call(unified(), { period: '2024' }) as (tree: PolicyRoot) => void;
    transform({ type: 'root', children: [numbered] });
    expect(numbered.data.targets?.map((target) => target.text)).toEqual(['新建改造城市公厕20座']);
    expect(numbered.data.highlights?.map((mark) => text.slice(mark.start, mark.end))).toEqual(['新建改造城市公厕20座']);
  });

  it('gives a target the deadline of its task, not the deadline of a later clause with a target of its own', () => {
    const run = (text: string) => {
      const units = [
        unit('1', 'goal', '到2025年，全市城乡供水一体化格局基本形成。', 1),
        unit('1-1', 'goal', text, 2, '1'),
      ];
      const tree: PolicyRoot = { type: 'root', children: units };
      (extractDeadlines.call(unified(), { year: 2023 }) as (tree: PolicyRoot) => void)(tree);
      (extractTargets.call(unified(), { period: '2023-2025' }) as (tree: PolicyRoot) => void)(tree);
      return units[1]!.data.targets?.map((target) => `${target.value} ${target.year}`);
    };
    expect(run('——新建改造供水管网1200公里，2024年底前完成老旧管网改造500公里。')).toEqual([
      '1200公里 2025',
      '500公里 2024',
    ]);
    expect(run('——新建改造供水管网1200公里（2024年底前完成）。')).toEqual(['1200公里 2024']);
    expect(run('——新建改造供水管网1200公里。完成时限：2024年底前')).toEqual(['1200公里 2024']);
  });

  it('reads the end of the document’s year written without its number as a deadline', () => {
    const deadlines = (text: string) => {
      const task = unit('1', 'measure', text, 1);
      (extractDeadlines.call(unified(), { year: 2025 }) as (tree: PolicyRoot) => void)({
        type: 'root',
        children: [task],
      });
      return task.data.deadlines?.map((d) => `${d.text}=${d.date}${d.recurring ? ' yearly' : ''}`);
    };
    expect(deadlines('住宅电梯按需维保覆盖率年底前达到30%以上。')).toEqual(['年底前=2025-12']);
    expect(deadlines('今年年底前完成评估，每年底前报送进展。')).toEqual([
      '今年年底前=2025-12',
      '每年底前=2025-12 yearly',
    ]);
    expect(deadlines('2026年底前完成。')).toEqual(['2026年底前=2026-12']);
    expect(deadlines('到2026年6月底，完成改造。于2025年9月30日完成验收。')).toEqual([
      '2026年6月底=2026-06',
      '2025年9月30日=2025-09-30',
    ]);
    expect(deadlines('到2025年，合格率达到95%；2024年6月起施行。')).toBeUndefined();
    expect(deadlines('三年内完成，年度考核。')).toBeUndefined();
    // A date that dates a class sets no deadline.
    expect(deadlines('计划改造2000年底前建成的城镇老旧小区126个，6月底前开工。')).toEqual(['6月底前=2025-06']);
  });

  it('marks a value to be reached every year as yearly, and no other in its sentence', () => {
    const text = '每年组织消费品质量监督抽查5000批次以上，到2025年抽查合格率达到95%。';
    const task = unit('1', 'measure', text, 1);
    const transform = extractTargets.call(unified(), { period: '2021-2025' }) as (tree: PolicyRoot) => void;
    transform({ type: 'root', children: [task] });
    expect(task.data.targets?.map((t) => [t.metric, t.value, t.year, t.recurring])).toEqual([
      ['消费品质量监督抽查', '5000批次', 2025, 'yearly'],
      ['抽查合格率', '95%', 2025, undefined],
    ]);
  });

  it('reads no goal of the document’s in a sentence that quotes another’s, and its own after it', () => {
    const text =
      '国家《纲要》提出，到2027年全国检验检测服务业营业收入达到6000亿元左右，新建国家质检中心60个以上。对标国家要求，到2027年，全省检验检测服务业营业收入达到90亿元以上。按照《纲要》要求，到2027年新建省级质检中心15个。';
    const task = unit('1', 'goal', text, 1);
    (extractTargets.call(unified(), { period: '2024-2027' }) as (tree: PolicyRoot) => void)({
      type: 'root',
      children: [task],
    });
    expect(task.data.targets?.map((t) => [t.value, t.year])).toEqual([
      ['90亿元', 2027],
      ['15个', 2027],
    ]);
    // An interpretation states the goals of the plan it explains.
    const explained = unit('1', 'goal', '《方案》明确，到2027年，全市制造业产品质量合格率稳定在94.5%以上。', 1);
    (extractTargets.call(unified(), { period: '2025-2027', interpreting: true }) as (tree: PolicyRoot) => void)({
      type: 'root',
      children: [explained],
    });
    expect(explained.data.targets?.map((t) => t.value)).toEqual(['94.5%']);
  });

  it('reads the goals of a report’s part on the year ahead, in the part’s own text too', () => {
    const part = {
      ...unit('2', 'measure', '今年主要预期目标是：地区生产总值增长6%左右；粮食产量稳定在120万吨以上。', 1),
      title: '2026年工作安排',
    };
    (extractTargets.call(unified(), { period: '2026', reviewing: true }) as (tree: PolicyRoot) => void)({
      type: 'root',
      children: [part],
    });
    expect(part.data.targets?.map((t) => t.value)).toEqual(['6%', '120万吨']);
  });

  it('reads a whole year’s quota in a plan of several years as yearly, and in a plan of one year as that year', () => {
    const targets = (period: string) => {
      const task = unit('1', 'measure', '全年引进领军人才20名以上。', 1);
      (extractTargets.call(unified(), { period }) as (tree: PolicyRoot) => void)({ type: 'root', children: [task] });
      return task.data.targets?.map((t) => [t.metric, t.value, t.year, t.recurring]);
    };
    expect(targets('2025-2027')).toEqual([['领军人才', '20名', 2027, 'yearly']]);
    expect(targets('2025')).toEqual([['领军人才', '20名', 2025, undefined]]);
  });

  it('ends a target’s text before a bracket that runs on past its clause, and keeps a bracket it closes', () => {
    const text =
      '2. 建成产业计量测试中心10个（含区域分中心），培育团体标准30项（责任单位：省市场监管局；完成时限：2025年底前）';
    const task = unit('1', 'measure', text, 1);
    task.children[0]!.labelEnd = 3;
    const transform = extractTargets.call(unified(), { period: '2025' }) as (tree: PolicyRoot) => void;
    transform({ type: 'root', children: [task] });
    expect(task.data.targets?.map((target) => target.text)).toEqual([
      '建成产业计量测试中心10个（含区域分中心）',
      '培育团体标准30项',
    ]);
    expect(task.data.highlights?.map((mark) => text.slice(mark.start, mark.end))).toEqual([
      '建成产业计量测试中心10个（含区域分中心）',
      '培育团体标准30项',
    ]);
  });
});
