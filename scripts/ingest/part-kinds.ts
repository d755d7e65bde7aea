/**
 * What a part's words say it is: the kind a heading names for its part (`三、发展目标` → goal,
 * `（二）存在的问题` → context, a service guide's `申请材料` → entry), and the kind an article's own
 * text gives it (a regulation's purpose, scope and definitions; its closing formula). Read by
 * unit-kind.ts once the structure is known.
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitKind } from '../../src/model/index.ts';
import { isClosingFormula } from './closing-shapes.ts';
import { NEXT_STEPS } from './next-steps.ts';

/**
 * Kinds a heading announces for the part it heads (`三、发展目标` → goal, `（一）指导思想` → principle).
 * Read on folded text, only from short headings that are nouns: a heading that starts with an action
 * verb (`强化目标考核`, `夯实质量发展基础`) names a task, not a part.
 */
// 要素保障 (land, capital, labour, energy for projects) is not among the requirements: its items are
// measures with departments and targets of their own.
/** The title of a form or a list of papers to send: `…自评报告提纲`, `…报送材料清单`, `…回执`. */
const FORM_TITLE = /(?:报告|汇报|材料)提纲$|(?:报送|申报|提交|佐证)?材料(?:清单|目录)$|回执$/u;
const PART_KINDS: Array<[RegExp, UnitKind, 'any' | 'noun']> = [
  // An assessment's scoring (`一、考核内容及分值（100分）`, `评分标准`, `二、加分项（最高加5分）`): the
  // criteria the assessed are scored by, rules, no task (its `考核程序` are the steps, tasks).
  [
    /^(?:(?:考核|考评|评价|评分)(?:内容|指标|项目)(?:(?:和|与|及)(?:分值|评分标准|计分标准|标准))?|(?:考核|评分|计分|赋分)(?:标准|细则|办法|方法)|(?:考核|考评)?(?:评分|计分|指标)表|(?:加分|扣分|减分)(?:项目?|事项|情形)?)(?:\([^()]*分\))?$/,
    'requirement',
    'noun',
  ],
  // A report's next steps (`三、下一步工作要求`, `2024年工作计划`): what it asks of whom, by when: its
  // tasks, though worded as requirements (next-steps.ts turns what comes before into its review).
  [NEXT_STEPS, 'measure', 'noun'],
  // Compound names of parts, never the title of a task: read even after a verb-like first character.
  [/指导思想|总体思路|基本原则|工作方针|总体要求|指导原则|基本思路|工作原则|^原则$/, 'principle', 'any'],
  // What a campaign is about and when it runs (`一、活动主题`, `二、活动时间`): its frame, no task.
  [/^(?:活动|宣传|宣传周|工作)(?:主题|时间|口号)$/, 'principle', 'noun'],
  // Why a plan is written, and how it grades what it handles (`1.1 编制目的`, `1.4 事故分级` /
  // `（1）较大食品安全事故：…`): its frame and definitions, no task.
  [
    /^(?:(?:编制|制定)?目的(?:和|与|及)?依据|(?:编制|制定)目的|(?:事故|事件|风险|预警|突发事件)(?:分级|分类)(?:标准)?)$/,
    'principle',
    'noun',
  ],
  // Whom or what the text covers (`一、排查范围`, `一、考核对象`, `适用范围`, `二、整治范围和重点`, a
  // memorandum's `一、联合惩戒对象`, a subsidy's `支持对象`): its scope, no task.
  [
    /^(?:适用|实施|工作|排查|检查|抽查|整治|考核|评议|评估|监测|(?:联合)?(?:惩戒|激励)|支持|扶持|补助|奖补|申报|改造)?(?:范围|对象)(?:(?:和|与|及)(?:重点|对象|范围))?$/,
    'principle',
    'noun',
  ],
  // A standard's fixed parts before its requirements (GB/T 1.1): the documents it cites, its terms
  // and their definitions, its symbols: its frame, no task.
  [/^(?:规范性引用文件|术语(?:和|与|及)?定义|术语|符号(?:和|与|及)?缩略语|缩略语)$/, 'principle', 'any'],
  // A body's standing functions (`一、主要职能` of a joint conference, `三、领导小组主要职责`), as its
  // members' duties.
  [/职责分解|职责分工|部门职责|单位职责|任务分工|责任分工|^(?:主要)?职能$|主要职责$|^职责$/, 'duty', 'noun'],
  // How an agreement's or a plan's assessment rewards and punishes (`三、考核奖惩`, `奖惩措施`): rules.
  [/^(?:考核|考评)?(?:和|与|及)?奖惩(?:措施|办法|机制|规定)?$|^责任追究$/, 'requirement', 'noun'],
  // How a joint body works (`五、工作规则`: its meetings, its minutes): requirements of the work.
  [/^(?:工作|议事|会议)规则$|^会议制度$/, 'requirement', 'noun'],
  [
    /组织实施|组织机构|组织体系|指挥体系|领导机构|工作机构|保障措施|具体要求|工作要求|组织领导|实施保障|保障机制|有关要求|组织保障|支撑保障|政策保障|工作保障|实施步骤|进度安排|工作步骤|时间安排|时间步骤|步骤安排|阶段安排|方法步骤|实施阶段|^(?:强化|加强|完善|健全|做好|落实)?保障$/,
    'requirement',
    'any',
  ],
  // A part of where things stand and where they are to go (`一、发展现状和总体目标`, `发展基础与主要目标`)
  // sets the plan's goals: its figures of the past are no targets (extract-targets reads only those to come).
  [/(?:基础|现状|形势)(?:和|与|及)(?:总体|主要|发展|工作)?目标$/, 'goal', 'noun'],
  [
    /发展基础|工作基础|现实基础|现状|形势|发展环境|成效|成就|成绩|回顾|背景|工作总结|年度总结|^总结$|工作情况|完成情况|进展情况|(?:基本|总体|督查|检查)情况$|(?:考核|评议|检查|督查|评估|抽查|监测|验收)结果$|(?:起草|制定|编制|修订)(?:说明|背景|过程|依据|情况)|(?:存在的?(?:主要)?|主要|发现的?)问题$|十[一二三四]五(?:时期|期间)/,
    'context',
    'noun',
  ],
  // 主要指标, 发展指标: the figures a plan sets itself, as 目标 are
  [/目标|指标$/, 'goal', 'noun'],
  [/重点工程|重大工程|重点项目|^工程$|专项行动$/, 'project', 'noun'],
  [/任务|措施|举措|重点工作|主要工作|工作重点/, 'measure', 'noun'],
  // A leading group's members (`一、领导小组组成人员` / `组长：…` / `成员：…`): names, no task.
  // So are a joint conference's member units and members (`二、成员单位`, `三、联席会议成员`).
  [
    /组成人员|人员组成|成员名单|组成名单|人员名单|^(?:联席会议|领导小组|工作专班|委员会|指挥部)?成员(?:单位)?$/,
    'entry',
    'noun',
  ],
  // A meeting's frame (`一、会议时间`, `二、会议地点`, `三、参会人员`, `四、会议议程`): when, where, who, what
  // is on; its `有关要求` are the tasks.
  [
    /^(?:会议|培训|活动)?(?:时间|地点|议程|日程)(?:和|及|与)?(?:地点|安排)?$|^(?:参会|出席|参加|参训)(?:人员|对象|范围|单位)$/,
    'entry',
    'noun',
  ],
  // Who to call (`五、联系方式` / `县市场监管局：张某，0731-…`): no task.
  [/^(?:联系方式|联系人|联系电话|联络方式)$/, 'closing', 'noun'],
  // An attachment that is a form to fill or a list of papers (`附件2 自评报告提纲`, `附件3 报送材料清单`,
  // `联系人回执`): its points say what to write or send, no one's task.
  [FORM_TITLE, 'entry', 'any'],
];
/**
 * The fields of a service guide (办事指南, 服务指南): what the service is, on what law, where, on what
 * conditions, with which papers, how, how long, at what fee; entries of the guide, no one's task.
 * Only in a guide: a 细则's `第四章 办理流程` and a 办法's `申报条件` set rules and deadlines.
 */
const GUIDE_FIELDS =
  /^(?:(?:申请|受理|办理|许可)条件|事项名称|事项类型|设定依据|实施依据|法律依据|受理机构|实施机关|实施主体|受理地点|办理地点|办公时间|办理时间|(?:申请|申报|提交)材料|材料清单|办理(?:流程|程序)|申请流程|(?:法定|承诺)?办理时限|收费(?:标准|依据)|咨询(?:电话|方式)|监督投诉(?:渠道|电话|方式)?|投诉渠道|结果送达)$/;

// Minutes title a decision by its topic, a verb after 关于 (`七、关于修订省食安委成员单位职责分工`).
const ACTION_VERB =
  /^(?:关于(?:修订|修改|调整|制定|编制|起草|研究))|^(?:关于)?(?:按要求|按时|及时|报送|加强|明确|深入|夯实|强化|推进|完善|提升|健全|建立|成立|组建|设立|深化|推动|加快|实施|开展|促进|提高|打造|构建|优化|培育|做好|落实|筑牢|巩固|坚持|严格|规范|创新|扩大|发挥|支持|鼓励|引导|营造|抓好|突出|聚焦|增强|保障|确保|着力|大力|积极|全面|持续|切实|不断|进一步)/;
const MAX_HEADING = 16;

/** A title that opens with what is to be done (`健全红白理事会`, `加强…`): a task's, never a body's name. */
export const opensWithAction = (folded: string): boolean => ACTION_VERB.test(folded);

/**
 * Long headings that still name their part, by how they end or open, as a speech or a report
 * writes them: its review (`一、充分肯定2024年全省市场监管工作取得的新成效`, `回顾过去五年的工作`) and
 * its frame (`二、准确把握2025年工作的总体要求`). Not a task's title that aims at results
 * (`推动质量工作取得新成效`: a verb leads it).
 */
const LONG_HEADINGS: Array<[RegExp, UnitKind]> = [
  [
    /(?:取得|实现)(?:了)?的?(?:新的?|显著|明显|积极|重要|良好|历史性|重大)?(?:成效|成绩|成就|进展|突破)$|^(?:充分肯定|客观看待|回顾|认真总结|全面总结|简要回顾)/u,
    'context',
  ],
  [/(?:总体要求|指导思想|总体思路|基本原则|工作思路)$/u, 'principle'],
  [FORM_TITLE, 'entry'],
];
const MAX_LONG_HEADING = 40;

/** A heading's words, folded, without the spaces and quotation marks around them. */
const headingText = (title: string): string => fold(title).replace(/^[\s"“]+|[\s"”]+$/gu, '');

/**
 * A chapter that tells what happened (`二、主动公开政府信息情况`, `三、收到和处理政府信息公开申请情况`), as a
 * report's are: context. Only a chapter: an inspection plan's items name what is to be checked the same
 * way (`（一）党政同责落实情况。重点督查…`), and so does a task (`通报督导情况`).
 */
export function isReportedChapter(title: string): boolean {
  const folded = headingText(title);
  return (
    folded.length <= MAX_LONG_HEADING &&
    /情况$/u.test(folded) &&
    !ACTION_VERB.test(folded) &&
    !/^(?:通报|报送|报告|上报|汇报|反馈)/u.test(folded)
  );
}

/** The kind a heading gives its part, or undefined when it names none (a task, a long sentence). */
export function kindOfHeading(title: string, inGuide = false): UnitKind | undefined {
  const folded = headingText(title);
  if (folded.length > MAX_HEADING && folded.length <= MAX_LONG_HEADING && !ACTION_VERB.test(folded))
    return LONG_HEADINGS.find(([pattern]) => pattern.test(folded))?.[1];
  if (!folded || folded.length > MAX_HEADING) return undefined;
  if (inGuide && GUIDE_FIELDS.test(folded)) return 'entry';
  const verb = ACTION_VERB.test(folded);
  for (const [pattern, kind, form] of PART_KINDS) if (pattern.test(folded) && (form === 'any' || !verb)) return kind;
  return undefined;
}

/** What a regulation calls itself in its own articles (`本条例`, `本实施细则`, a 通告's `本通告`, a policy's `本政策`). */
const SELF = String.raw`本(?:条例|实施条例|办法|实施办法|规定|细则|实施细则|规则|通告|公告|基准|标准|预案|清单|政策(?:措施)?|措施|若干(?:措施|政策))`;
/**
 * Articles that frame a regulation rather than set a duty: its purpose (`为了…，制定本条例`,
 * `根据…，结合本省实际，制定本办法`), its scope (`本办法适用于…`, `…适用本规定`, `…参照本条例执行`) and its
 * definitions (`本条例所称电梯，是指…`, `本条例下列用语的含义：`, `本基准中“以上”“以下”的含义：…`), wherever the regulation puts them. Read from the article, not its chapter:
 * a 附则 may still set a duty (`省住房城乡建设主管部门可以根据本办法制定实施细则`).
 */
const FRAMING_ARTICLE = new RegExp(
  `^(?:(?:为了?|根据|依据|依照)[^。]*制定${SELF}|${SELF}(?:适用于|所称|(?:中的?)?下列用语|中[^。]{1,40}的含义)|[^。]*(?:适用|参照)${SELF}(?:执行)?[。，,]?$)`,
  'u',
);

/** The kind an article's own text gives it: framing, or a closing formula; undefined for any other. */
export function kindOfArticle(textAfterLabel: string): UnitKind | undefined {
  const folded = fold(textAfterLabel).trim();
  if (isClosingFormula(folded)) return 'closing';
  return FRAMING_ARTICLE.test(folded) ? 'principle' : undefined;
}

/**
 * What minutes say the meeting did, by the words a paragraph opens with: what it heard and found
 * (`会议听取了…`, `会议指出，…`, `会议原则同意…`) is context; what it required of all (`会议要求，…`,
 * `会议强调，…`) a requirement; what it decided (`会议决定：一是请…`) a task.
 */
const MINUTES_KINDS: Array<[RegExp, UnitKind]> = [
  [/^会议(?:听取|审议|研究|讨论|通报|指出|认为|肯定|原则同意|同意|审定|分析)/u, 'context'],
  [/^会议(?:强调|要求|号召)/u, 'requirement'],
  [/^会议(?:决定|议定|明确|确定|商定)/u, 'measure'],
];

/** The kind a paragraph of minutes has by its opening words (`会议指出，…` → context), or undefined. */
export function kindOfMinutes(folded: string): UnitKind | undefined {
  return MINUTES_KINDS.find(([pattern]) => pattern.test(folded.trimStart()))?.[1];
}

/**
 * A finding an item states before the tasks that put it right, as a rectification plan numbers its
 * problems (`（一）问题：…落实不够到位…` / `整改措施：1. …`, `问题1：…`): context, not a task.
 */
export function isFinding(folded: string): boolean {
  return /^\s*(?:存在的?|主要|反馈|突出|具体)?问题(?:描述|表现|清单)?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})?\s*:/u.test(
    folded,
  );
}

/** A finding's remedy set out as a field of its text: `整改措施：…`, `整改要求：…`, `落实措施：…`. */
export const isRemedy = (folded: string): boolean =>
  /^\s*(?:整改(?:措施|要求|举措|方案|任务)|落实措施|工作措施)\s*:/u.test(folded);
