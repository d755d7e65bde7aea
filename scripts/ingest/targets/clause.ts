/**
 * One clause (text between `，。；：`) read for targets. A number is a target value when a verb
 * says so (`达到95%`, `不低于98%`, `较上年提高2个百分点`), a comparator follows it (`500家以上`),
 * it ends the clause after its metric (`省优良工程350项`), or it counts what a verb of making makes
 * (`培育30户服务行业龙头企业`). Other numbers (`实施50%节能标准`, `拨打12365`) are not targets.
 */
import { afterDoer, cleanMetric, isActionOnly, slice, splitMetric } from './metric.ts';
import type { Text } from './metric.ts';
import { comparatorAfter, readValues, verbBefore } from './value.ts';
import type { Value } from './value.ts';
import { isNoGoal } from './no-goal.ts';
import { lastYear, yearList } from './year.ts';
import type { Period } from './year.ts';

export interface ClauseTarget {
  metric: string;
  value: string;
  number: number;
  comparator: string;
  /** Year given to this value by a list of years (`2023年、2025年分别…`, `逐年…`). */
  year?: number;
}

export interface ClauseContext {
  /** The sentence before the clause (folded), where `到2023年、2025年，` may stand. */
  sentenceBefore?: string;
  /** The whole sentence before the clause's own (folded), whose goal years `分别` may follow. */
  sentenceEarlier?: string;
  period?: Period;
  /**
   * The metric of the sentence's last target, for a clause that gives another year's value of it
   * without naming it again (`X到2023年达到4.5件，到2025年达到6件`).
   */
  carried?: Text;
}

const RATIO = /%|‰|百分点/u;
/** After a bound, a noun that runs on to its own count in the same clause: `婴幼儿托位数达到4.5个`. */
const QUALIFIES = /^\p{Script=Han}[^,，。;；、:：()（）]{0,20}?\d/u;
/** After a count, the noun it counts and what is done with it: Han script, not a unit's or a bound's word. */
const COUNTED_AFTER = /^(?!以上|以下|以内|左右|及以上|次|人次|万|亿)\p{Script=Han}{2}/u;
/** A counting word (`3家`, `10万名`, `600个`), not an age, a time or a measure (`6岁`, `2025年`, `3%`). */
const COUNT_WORD =
  /\d(?:万|千)?(?:个|家|名|人|户|所|座|台|套|项|处|条|辆|场|批次|人次|张|块|件|支|栋|幢|间|艘|架|部|本|册|门|期|片|村|镇|乡|县)$/u;
/** A verb a count before its noun is for: `为…提供`, `推动…实施`, `新增…`, `帮助…`. */
const DOES_FOR = /^(?:为|推动|新增|帮助|支持|引导|促进|带动|推荐|服务)$/u;
/** `至少` and the verb of what is counted right before a value: `至少巡查`, `至少打造`. */
const AT_LEAST_BEFORE = /至少\p{Script=Han}{0,4}\s*$/u;
/** The verb of what a share reaches, right after it: `100%实现可追溯`, `100%建成…`. */
const SHARE_BEFORE_VERB =
  /^(?:实现|建成|建立|开展|覆盖|纳入|达标|配备|完成|落实|通过|接入|使用|得到|登记|备案|办结|处置|整改|签约|公开|公示|持证|上线)/u;
/** A slogan's count of the goals it names, before their common value: `“四个`, `"两个`. */
const SLOGAN_COUNT = /[“"‘][一二两三四五六七八九十]个$/u;
/** Nothing after a value but closing marks, or a bracket of its own (`…30项（牵头单位：…`, `…（含…）`). */
const CLOSED = /^[\s)）】」』”"]*(?:[(（〔【].*)?$/u;

export function readClause(clause: Text, context: ClauseContext = {}): ClauseTarget[] {
  const text = clause.folded;
  const targets: ClauseTarget[] = [];
  let segment = 0;
  let cursor = 0;
  /** The metric of the clause's last target, when it had one. */
  let own: Text | undefined;
  for (const digit of text.matchAll(/\d/gu)) {
    if (digit.index < cursor || /[\d.\u066C]/u.test(text[digit.index - 1] ?? '')) continue;
    // A slogan that counts the goals it sums up (`实现“四个100%”：…`) is their name, not a goal.
    if (SLOGAN_COUNT.test(text.slice(0, digit.index))) continue;
    const list = readValues(text, digit.index);
    if (!list) continue;
    cursor = list.end;
    const verb = verbBefore(text.slice(segment, digit.index));
    // A share of something the clause names keeps it (`不低于在册机构的5%`); a change is of the metric.
    const base = verb && !verb.change && RATIO.test(text.slice(digit.index, list.end)) ? verb.base : 0;
    const valueTexts = list.values.map((value, index) =>
      clause.raw.slice(index === 0 ? value.start - base : value.start, value.end),
    );
    const after = comparatorAfter(text.slice(list.end));
    // A bound that qualifies the noun after it, whose count follows (`每千人口拥有3岁以下婴幼儿托位数达到
    // 4.5个`, `引进10亿元以上产业项目25个`): part of the metric, no value of its own.
    if (after && /^(?:及)?以[上下]$/u.test(after.comparator) && QUALIFIES.test(text.slice(list.end + after.length)))
      continue;
    // So does an age (`为全市65岁以上老年人免费开展健康体检`): whom a task serves, no goal.
    const aged = list.values.every((value) => /岁$/u.test(text.slice(value.start, value.end)));
    if (aged && after && /^\p{Script=Han}/u.test(text.slice(list.end + after.length))) continue;
    let end = list.end + (after?.length ?? 0);
    let metric: Text = slice(clause, segment, verb ? segment + verb.start : digit.index);
    const count = list.values.every((value) => value.hasUnit && !RATIO.test(text.slice(value.start, value.end)));
    const doing = cleanMetric(metric, false);
    // Or the count a doer or each place is to make (`各城区人民政府要打造3个…`, `每个城区至少打造3个…`).
    const made = verb ? undefined : afterDoer(doing);
    // A count before the noun it counts, the clause going on after it (`完成3家企业技改`, `为10万名适龄妇女
    // 提供两癌筛查`, `新增2家省级专精特新中小企业`): what follows the value is measured, with its verb.
    // `完成3家…`: a verb of reaching before the count, nothing measured before it.
    // Its floor may come between them after a verb (`推动500家以上规模以上工业企业完成智能化改造`); at a
    // clause's start it says which things a rule is for (`1.5万台以上电梯的运行数据由…汇总`).
    const floorFirst =
      after !== undefined &&
      /^(?:及)?以[上下]$/u.test(after.comparator) &&
      (verb !== undefined || metric.folded.trim().length > 0);
    const countFirst =
      (!verb || (doing.folded.length === 0 && !verb.change)) &&
      count &&
      (!after || floorFirst) &&
      COUNTED_AFTER.test(text.slice(end)) &&
      // A count that qualifies a noun whose own value follows (`10件民生实事按期办结率达到100%`) is no target.
      !/\d/u.test(text.slice(end)) &&
      list.values.every((value) => COUNT_WORD.test(text.slice(value.start, value.end))) &&
      (doing.folded.length === 0 || isActionOnly(doing) || DOES_FOR.test(doing.folded) || made !== undefined);
    const counted = (!verb && count && isActionOnly(doing)) || countFirst;
    // What is counted, when nothing follows the value: the action itself (`2024年完成改造200台以上` counts 改造).
    const action = counted ? doing : undefined;
    if (counted) {
      const rest = slice(clause, end, text.length);
      // Who makes it is no part of the metric; each place's share is (`每个城区至少打造…示范小区`).
      const named = made?.doer ? made.action : doing;
      metric =
        countFirst && !isActionOnly(doing) ? { folded: named.folded + rest.folded, raw: named.raw + rest.raw } : rest;
      end = text.length;
    }
    // `规模以上企业100%建立质量追溯体系`: a share before the verb of what it reaches; both make the metric.
    const shareFirst =
      !verb &&
      !after &&
      !counted &&
      list.values.length === 1 &&
      /%$/u.test(text.slice(list.values[0]!.start, list.values[0]!.end)) &&
      SHARE_BEFORE_VERB.test(text.slice(end));
    if (shareFirst) {
      const rest = slice(clause, end, text.length);
      metric = { folded: metric.folded + rest.folded, raw: metric.raw + rest.raw };
      end = text.length;
    }
    // `国际标准30项、国家标准200项`: a value that ends one item of a list of counts ends its metric too.
    const atEnd = CLOSED.test(text.slice(end)) || /^\s*、\D[^、]*?\d/u.test(text.slice(end));
    const bare = list.values.every((value) => !value.hasUnit);
    // Sums of money listed in brackets without a verb (`处理方式：调整（个人30万元、小微企业500万元）`) are
    // amounts a rule sets, not goals.
    const opened = text.slice(0, digit.index).split('(').length - text.slice(0, digit.index).split(')').length;
    const noted = opened > 0 && list.values.every((value) => /元/u.test(text.slice(value.start, value.end)));
    if (!(verb || after || counted || shareFirst || (atEnd && !bare && !noted))) continue;
    // A grant or a rule about money, a cost, a term, a score, a class or a grade: no goal (no-goal.ts).
    const stretch = text.slice(segment, digit.index);
    if (isNoGoal({ text, segment, at: digit.index, end, list, verb, after, sentenceBefore: context.sentenceBefore }))
      continue;
    let cleaned = cleanMetric(metric, count);
    // `占比2023年达到35%、2024年达到40%`: another year's value of the clause's own metric, else of the
    // sentence's; `新增驰名商标30件、累计达到150件`: the total of what the clause's metric adds.
    const reused = own && /累计/u.test(stretch) ? cumulative(own) : own;
    if (cleaned.folded.length === 0 && verb && (reused ?? context.carried)) cleaned = reused ?? context.carried!;
    if (cleaned.folded.length === 0 && action) cleaned = withoutDoing(action);
    // `节能量约300万吨标准煤`: about the value, no part of what is measured.
    const about = /(?<=.)约$/u.test(cleaned.folded) && /约$/u.test(cleaned.raw);
    if (about) cleaned = { folded: cleaned.folded.slice(0, -1), raw: cleaned.raw.slice(0, -1) };
    // `至少` before the verb of what is counted bounds the value (`每月至少巡查1次`, `每个城区至少打造3个…`),
    // no part of what is measured.
    const floorAt = !verb && !after && AT_LEAST_BEFORE.test(stretch) ? cleaned.folded.indexOf('至少') : -1;
    if (floorAt >= 0)
      cleaned = {
        folded: cleaned.folded.slice(0, floorAt) + cleaned.folded.slice(floorAt + 2),
        raw: cleaned.raw.slice(0, floorAt) + cleaned.raw.slice(floorAt + 2),
      };
    if (cleaned.folded.length === 0 || /^[\d.]+(?:[%‰]|$)/u.test(cleaned.folded)) continue;
    // How long a rule is in force (`有效期5年`) or a post is held (`每届任期3年`) is about the document
    // or the body, not a goal of it.
    if (/有效期|期限|施行|试行|任期|聘期/u.test(cleaned.folded)) continue;
    const several = list.values.length > 1 || /分别|均|都/u.test(text.slice(segment, digit.index));
    // What a share reaches names one thing, its subjects together (`A、B和C100%实现可追溯`).
    const metrics = shareFirst ? [cleaned.raw] : splitMetric(cleaned, several);
    const stated =
      (verb?.change ? verb.comparator : after?.comparator) ?? verb?.comparator ?? (floorAt >= 0 ? '至少' : '=');
    const comparator = about && stated === '=' ? '约' : stated;
    const years = yearsFor(list.values, metric.folded, text, context);
    // `其中2024年完成700家、2025年完成300家`: a year in the value's own stretch is its year.
    const ownYear = list.values.length === 1 ? lastYear(text.slice(segment, digit.index), true) : undefined;
    if (ownYear !== undefined) years.push(ownYear);
    // `2024年、2025年各新建90万亩`: the one value, for each year listed.
    const eachYear = list.values.length === 1 && /各/u.test(stretch) ? yearList(stretch) : [];
    for (const yearsOfValues of eachYear.length > 1 ? eachYear.map((year) => [year]) : [years])
      targets.push(...pair(metrics, cleaned.raw, list.values, valueTexts, yearsOfValues, comparator));
    own = metrics.length === 1 ? cleaned : undefined;
    segment = end;
    cursor = end;
  }
  return targets;
}

/** One year per value, when the clause lists them (`2023年、2025年分别`) or says `逐年` over the period. */
function yearsFor(values: Value[], metric: string, clause: string, context: ClauseContext): number[] {
  if (values.length < 2) return [];
  const listed = yearList(metric);
  if (listed.length === values.length) return listed;
  const before = yearList(context.sentenceBefore ?? '');
  if (before.length === values.length) return before;
  // `到2024年底，…；到2025年底，…；到2026年底，…。B分别达到62%、66%、70%`: one value for each year the
  // sentence before set a goal for, in order.
  const earlier = [...(context.sentenceEarlier ?? '').matchAll(/(?:到|至)\s*(\d{4})\s*年/gu)].map((match) =>
    Number(match[1]),
  );
  const rising = earlier.every((year, index) => index === 0 || year > earlier[index - 1]!);
  if (/分别/u.test(clause) && rising && earlier.length === values.length) return earlier;
  const period = context.period;
  if (/逐年/u.test(clause) && period && period.end - period.start + 1 === values.length)
    return values.map((_, index) => period.start + index);
  return [];
}

/** The total of what a metric adds: `新增中国驰名商标` → `累计中国驰名商标`. */
function cumulative(metric: Text): Text {
  const added = (text: string) => text.replace(/^(?:新增|新建|新培育|新认定|新)/u, '');
  return { folded: `累计${added(metric.folded)}`, raw: `累计${added(metric.raw)}` };
}

/** An action counted without its object, without the verb of doing it: `完成改造` → `改造`. */
function withoutDoing(action: Text): Text {
  const doing = /^(?:完成|实现|累计|组织|开展|再)+/u.exec(action.folded)?.[0].length ?? 0;
  return doing < action.folded.length ? slice(action, doing) : action;
}

/**
 * Pairs metrics and values: one value for several metrics (`A、B均…98%`), a metric per value
 * (`A、B分别达到100%、95%`), a year per value; when the counts do not match, each value is a
 * target of the whole metric.
 */
function pair(
  metrics: string[],
  whole: string,
  values: Value[],
  texts: string[],
  years: number[],
  comparator: string,
): ClauseTarget[] {
  const target = (metric: string, index: number): ClauseTarget => ({
    metric,
    value: texts[index]!,
    number: values[index]!.number,
    comparator,
    ...(years[index] !== undefined ? { year: years[index] } : {}),
  });
  if (values.length === 1) return metrics.map((metric) => target(metric, 0));
  if (years.length === values.length || metrics.length !== values.length)
    return values.map((_, index) => target(metrics.length === 1 ? metrics[0]! : whole, index));
  return metrics.map((metric, index) => target(metric, index));
}
