/**
 * The values a clause writes that are no goal: money a rule hands out or sets (a grant, a fine, a
 * cap, a sum for each one, what a task costs), what there is now, a term, the length of a paper or a
 * speech, an assessment's points, grades and weights, and the class a value qualifies
 * (`床位数在10张以上的养老机构`, `使用年限超过15年的电梯`). A rate, money to be won and a budget set aside
 * with its floor stay goals.
 */
import type { Value, Verb } from './value.ts';

/** Money or a share of it handed out (`安排500万元`, `给予30%补助`, `按20%的比例`): a rule, not a goal. */
const GRANT = /安排|补助|奖励|补贴|资助|给予|列支|拨付|用于|提取|按(?:照)?[^,。;]*比例/u;
/** A sum set aside in a budget: `安排…资金`, `安排…投资`, `安排…经费`. */
const BUDGET = /安排[^,。;]{0,30}(?:资金|经费|投资|投入)/u;
/**
 * An amount of money a rule sets, not a goal: fines (`处1万元以上…罚款`), caps (`最高不超过30万元`) and a
 * sum for each one (`每人再增加500元`, `每亩200元`), as a subsidy's standard is written.
 */
const MONEY_RULE = /罚款|罚金|处以?|没收|最高|最低|不得?超过|不得高于|上限|每(?:人|户|名|亩|家|个|平方米)/u;
/** Of those, the caps and penalties, which stay rules when raised. */
const CAP_OR_PENALTY = /罚款|罚金|处以?|没收|最高|不得?超过|不得高于|上限/u;
/**
 * What a sentence counts as there now, before its values: `现有`, `共有`, `实有`, `现存`, the
 * tally of a list (`共确定行政职权事项11项，其中行政许可3项`), and what a 公告 publishes (`现批准发布…等15项
 * 地方标准，其中推荐性地方标准14项`).
 */
const EXISTING = /现有|实有|现存|共(?:有|确定|梳理|列入|保留|收录)|现(?:批准)?(?:发布|公布|确定)|批准发布/u;
/** What lasts a term: a period (`公示期`, `有效期`, `期限`) or a sanction (`暂停`, `停止`, `禁止`, `限制`). */
const TERM = /期(?:限)?(?:为|是)?|暂停|停止|禁止|限制|吊销/u;
/** A speech or a report at a meeting, whose length a notice limits. */
const SPEECH = /发言|讲话|致辞|汇报|交流/u;
/** Money to be won or drawn in: `争取…资金`, `引进…投资`, `到位…资金`. */
const WINS = /争取|引进|吸引|招引|撬动|带动|到位/u;
/** Work done on an amount, before it: `完成…投资`, `实现…投资`. */
const DOES = /完成|实现/u;
/** A sum of money named as a cost, right before its value: `经费约`, `总投资`, `预算`, `造价`. */
const COST = /(?:经费|资金|费用|投资|预算|造价)(?:总额|总计|合计)?(?:约|共|为)?\s*$/u;
/** The verb of points scored, right before them: `扣2分`, `加3分`, `得5分`, `扣除1分`. */
const SCORE = /(?:扣除?|加|减|得|计|记)\s*$/u;
/** After a value, the grade it marks the bound of: `（含）至90分为B级`, `为优秀`, `的为不合格`. */
const GRADE_AFTER =
  /^\s*(?:\(含\))?\s*(?:(?:至|到|-|—|~)\s*[\d.]+\s*分?\s*(?:\(含\))?\s*(?:以下|以上)?\s*)?的?\s*(?:为|定为|评为|确定为)\s*(?:[A-Da-d](?![\p{Script=Han}\d])|[A-Da-d]级|[一二三四五]级|[一二三]等|优秀|良好|合格|基本合格|不合格|较好|较差|一般|好|差)/u;
/**
 * Before a value, the share of the assessed a grade may take (`优秀等次比例不超过30%`, `A级单位原则上不超过
 * 20%`): how grades are given, no goal.
 */
const GRADE_QUOTA =
  /(?:等次|等级|档次|[A-D]级)[^,，。;；]{0,8}?(?:比例|名额|数量|单位)?\s*(?:原则上)?\s*(?:不超过|不得超过|不高于|控制在)\s*$/u;
/**
 * Before a count of people, the posts and staff a body is given (`核定行政编制38名`, `设局长1名`, `处级领导
 * 职数5名`, `增加事业编制3名`): its establishment, no goal.
 */
const STAFFING =
  /(?:(?:编制|职数)[^,，。;；]{0,4}|(?:设|、|和)(?:正|副)?(?:厅长|局长|处长|科长|股长|主任|所长|队长|院长|站长|书记|总工程师|督察长|调研员))$/u;
/** Before a value, the weight of a part of an assessment or its whole: `日常考核占`, `权重为`, `满分`. */
const WEIGHT_BEFORE = /(?:(?:考核|考评|评价|评分|得分)[^,，。;；]{0,8}占|权重\s*(?:为|占)?|满分|总分)\s*$/u;

/** A value of a clause, where it stands and what is read around it. */
export interface ValueReading {
  /** The clause, folded. */
  text: string;
  /** Where this value's own stretch of the clause starts (after the last target's end). */
  segment: number;
  /** Where its first digit stands. */
  at: number;
  /** Where its value ends, with a comparator after it. */
  end: number;
  /** The values read there. */
  list: { values: Value[]; end: number };
  /** The verb before it (`达到`, `不低于`), if any. */
  verb: Verb | undefined;
  /** The comparator after it (`以上`), if any. */
  after: { comparator: string; length: number } | undefined;
  /** The sentence before the clause (folded), which may say what is counted is there now. */
  sentenceBefore: string | undefined;
}

/** Is this value no goal, by what the clause says around it? */
export function isNoGoal({ text, segment, at, end, list, verb, after, sentenceBefore }: ValueReading): boolean {
  // A grant or a rule about money, in this value's own stretch of the clause; a rate (兑现率) is a goal.
  const stretch = text.slice(segment, at);
  const money = list.values.some((value) => /元/u.test(text.slice(value.start, value.end)));
  const share = list.values.some((value) => /%|‰|百分点/u.test(text.slice(value.start, value.end)));
  // So is the share of money that goes to a use (`土地出让收入用于农业农村的比例不低于10%`).
  const rate =
    /率\s*(?:达到|为|达|不低于|不少于|保持在|稳定在|提高到|提高至)?\s*$/u.test(stretch) ||
    /用于[^,。;]{1,20}的(?:比例|比重)\s*(?:达到|为|达|不低于|不少于|提高到|提高至)?\s*$/u.test(stretch);
  // Money to be won or drawn in is a goal, grants too (`全年争取上级补助资金不低于3.2亿元`).
  const wins = WINS.test(stretch);
  // A budget set aside in total, with its floor (`每年安排…投资不低于20亿元`, `安排运维资金不低于260万元`), is a
  // goal; a sum for each one (`每户补助…不低于…`) is still a rule.
  const floor = verb?.comparator === '不低于' || verb?.comparator === '不少于' || after?.comparator === '以上';
  const budget = money && floor && BUDGET.test(stretch) && !MONEY_RULE.test(stretch);
  if (!rate && !wins && !budget && GRANT.test(text.slice(segment, end + 8)) && (money || share)) return true;
  // A standard raised to a level (`基础养老金最低标准提高到每人每月213元`) is a goal to reach; a cap or a
  // penalty raised (`贷款最高额度由20万元提高至30万元`) is still a rule.
  const raised = /(?:提高|上调|提升)(?:到|至)/u.test(stretch);
  const rule = raised ? CAP_OR_PENALTY : MONEY_RULE;
  if (money && (rule.test(stretch) || rule.test(text.slice(end, end + 6)))) return true;
  // What there is now (`全镇现有行政村26个，食品生产企业4家`): a count of the present, no goal.
  if (!verb && EXISTING.test(`${sentenceBefore ?? ''}${stretch}`)) return true;
  // Nor does a tally right before its value (`2024年市级民生实事共10件`, `合计56台`).
  if (!verb && /(?:共|共计|合计|总计)\s*$/u.test(stretch)) return true;
  // What a task or project costs (`所需设备购置经费约680万元`, `项目总投资860万元`) is no goal; what is
  // to be reached is said with a verb (`社会投资达到1亿元`).
  // An investment to be made or reached, with its floor (`年度计划投资850亿元以上`) or its work
  // (`年内完成交通基础设施投资120亿元`), is a goal too.
  if (money && !verb && !wins && !after && !DOES.test(stretch) && COST.test(stretch)) return true;
  // What may not be passed (`不得超过30分钟`, `不得低于…`) is a rule's limit, not a goal.
  if (/不得/u.test(stretch)) return true;
  // A value right after a preposition names whom a rule covers (`对160千瓦及以下低压小微企业…`): no goal.
  if (/^\s*(?:对|向|给|按|凡)\s*$/u.test(stretch)) return true;
  // How long a period or a sanction lasts (`公示期为…（5个工作日）`, `有效期3年`, `列入期限3年`, `暂停承接…业务1个月`):
  // a term, no goal.
  if (TERM.test(stretch) && /(?:年|个月|月|日|天|工作日|小时)$/u.test(text.slice(at, list.end))) return true;
  // How long a paper or a speech may be (`书面材料不超过1500字`, `每个发言时间不超过6分钟`): a rule of
  // form, no goal.
  if (/^\s*字/u.test(text.slice(list.end)) || (/分钟$/u.test(text.slice(at, list.end)) && SPEECH.test(stretch)))
    return true;
  // `缺1次扣2分`, `加3分`, `责任落实（15分）`: the points an assessment's rule gives or takes are no goal.
  const points = /分$/u.test(text.slice(at, list.end));
  if (points && (SCORE.test(text.slice(Math.max(segment, at - 3), at)) || text[at - 1] === '(')) return true;
  // `床位数在10张以上的养老机构`: a value that qualifies a noun defines a class; it is no goal. Nor
  // is the condition of an assessment's rule (`完成率低于95%的，每低1个百分点扣0.5分`, `…低于100%的扣2分`).
  if (after && /^的/u.test(text.slice(end))) return true;
  // Or a class qualified before its value (`使用年限超过15年的电梯`, `使用年限超过15年且存在重大隐患的
  // 住宅电梯`, `使用超过15年的2台电梯`), which no goal (`达到90%的目标`) is.
  if (
    verb &&
    /^(?:(?:且|并且|或者?|以及|、)[^,，。;；的]{1,12})?的(?!目标|要求|水平|任务|标准)[\p{Script=Han}\d]/u.test(
      text.slice(end),
    )
  )
    return true;
  // An age or a length of service above or below which a class begins (`完成投用15年以上住宅电梯安全
  // 评估`): years with 以上/以下 and the noun they qualify right after them.
  if (
    after &&
    list.values.every((value) => /年$/u.test(text.slice(value.start, value.end))) &&
    /^(?:以上|以下)$/u.test(after.comparator) &&
    /^\p{Script=Han}/u.test(text.slice(end))
  )
    return true;
  // Nor the class a policy grants to or a task acts on (`对年营业收入首次突破1亿元、5亿元的企业，分别给予…`,
  // `对使用年限超过15年、故障率高的住宅电梯开展安全评估`).
  if (/^对/u.test(text.trimStart()) && /^[^的]{0,20}的/u.test(text.slice(end))) return true;
  if (/^的\s*(?:$|扣|减|不得分|不计分|不予)/u.test(text.slice(end))) return true;
  // An assessment's grades (`90分以上为A级，75分（含）至90分为B级`) and weights (`日常考核占40%`,
  // `权重为30%`) say how the assessed are scored, not what they are to reach.
  if (GRADE_AFTER.test(text.slice(end)) || WEIGHT_BEFORE.test(stretch) || GRADE_QUOTA.test(stretch)) return true;
  if (STAFFING.test(stretch) && list.values.every((value) => /名$/u.test(text.slice(value.start, value.end))))
    return true;
  return false;
}
