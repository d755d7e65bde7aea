/**
 * The metric of a target as a noun phrase: what is measured, without the verbs and framing around
 * it (`——`, `到2025年`, `全省`, `力争`, `较上年`, `分别`, `均`), and split when several metrics share
 * one value (`农产品、食品抽检合格率均…` → `农产品抽检合格率`, `食品抽检合格率`).
 *
 * Text is carried as a pair of equal-length strings, folded (for matching) and raw (for output),
 * since fold() keeps offsets: every cut is made at the same place in both.
 */
import { EVERY } from '../recurrence.ts';
import { DESCRIBES_THINGS } from './year.ts';

export interface Text {
  folded: string;
  raw: string;
}

/** The same range of both strings. */
export const slice = (text: Text, start: number, end = text.folded.length): Text => ({
  folded: text.folded.slice(start, end),
  raw: text.raw.slice(start, end),
});

/** Removes every match of `pattern` (global) from both strings. */
function remove(text: Text, pattern: RegExp): Text {
  let folded = '';
  let raw = '';
  let from = 0;
  for (const match of text.folded.matchAll(pattern)) {
    folded += text.folded.slice(from, match.index);
    raw += text.raw.slice(from, match.index);
    from = match.index + match[0].length;
  }
  return { folded: folded + text.folded.slice(from), raw: raw + text.raw.slice(from) };
}

const YEAR_WORD = String.raw`(?:到|至|在|于|从|自)?(?:\d{4}年?[-—–~～至到])?\d{4}年(?!${DESCRIBES_THINGS})(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|内)?(?:前|起|开始)?`;
/**
 * Years and baselines anywhere in the metric: `到2025年`, `到2026年6月底`, `2023年、2025年`, `较上年`,
 * `比2020年`, `“十四五”末`, `2024年6月30日前`, `2022年起`, and a time of the plan's own year (`年内`, `年底前`,
 * `6月底前`, `6月30日前`), or of the next (`明年`).
 */
const FRAMING_ANYWHERE = new RegExp(
  [
    // baselines first: `在2020年` is a baseline in `在2020年的基础上`, a year elsewhere
    String.raw`(?:较|(?<!占)比|与|同)(?:上年|去年|上一年|\d{4}年(?:底|末)?|基期)(?:相比|同期|水平)?`,
    String.raw`在\d{4}年\s*(?:的)?基础上`,
    String.raw`${YEAR_WORD}(?:[、和及]${YEAR_WORD})*`,
    String.raw`(?:到|至)?[“"]?十[一二三四五六]五[”"]?(?:期末|末)`,
    String.raw`(?:今年|明年|本年度?|(?<!\d)(?:年内|年底前?|年末前?)|(?:到|至|于)?\d{1,2}月(?:\d{1,2}日|底|末)?前|(?:第?[一二三四1-4]季度|[上下]半年)(?:末|底)?前?)`,
    // the level a change starts from: `合格率由90%提高到95%`
    String.raw`(?:由|从)\d[\d.]*\S{0,8}$`,
    // how often, anywhere: `村级包保干部每季度督导` measures 村级包保干部督导, quarterly (recurrence.ts)
    EVERY.source,
  ].join('|'),
  'gu',
);
/** Leading bullets, labels, area, frequency and framing words, stripped repeatedly. */
const LEADING = new RegExp(
  [
    String.raw`^[\s\-—–•·●▪*、]+`,
    String.raw`^[(（]?(?:\d+|[一二三四五六七八九十]+)[)）.．、]`,
    '^[①-⑳]',
    '^[一二三四五六七八九十]+是',
    '^(?:全省|全区|全市|全州|全县|全盟|全国|我省|我区|我市|本省|本市)',
    // How often, not what is measured (`每年培育…50家`); `年均` stays, it names a rate (`年均增长率`).
    '^(?:每年度|每年|每季度|每月|全年)',
    // For each year listed before it (`2024年、2025年各新建…`), not what is measured.
    '^各(?=新|建|完成|实施|改造|创建|培育|开展)',
    // Who does it, not what is measured (`由市商务局会同市市场监管局改造提升农贸市场15个`).
    String.raw`^由[^,，。;；由]{2,40}?(?:局|厅|委|办|办公室|政府|中心|部门)(?:会同[^,，。;；]{2,40}?(?:局|厅|委|办|办公室|政府|中心|部门))?(?:牵头|负责)?`,
    // Not the first character of a word (`使用登记率`, `及时办结率`, `要素`, `和谐`).
    '^(?:其中|同时|此外|另外|力争|确保|实现|努力|争取|推动|促进|预计|计划|进一步|使(?!用)|要(?!素)|将|并|且|以及|和(?!谐)|及(?!时|格)|的(?!士))',
  ].join('|'),
  'u',
);
/** One verb of making, with its adverb. */
const MAKING =
  '(?:(?:支持|鼓励|推动|重点|累计|再)?(?:获得|培育|创建|建成|建设|争创|创成|打造|制定|制修订|修订|完成|认定|培训|引进|推广|实施|组建|组织|创办|开展|建立|改造|扶持|设立|推出|形成|带动|吸引|转化|评选|遴选|选树|命名))';
/**
 * Verbs of "making" before what is counted: `培育…企业500家`, `争创…工程8项`. Not `新增…`, `新培育…`:
 * 新 says the count is an increase, which the metric must keep.
 */
const ACTION = new RegExp(`^(?!新)${MAKING}+`, 'u');
const FIRST_ACTION = new RegExp(`^(?!新)${MAKING}`, 'u');
const TRAILING =
  /(?:分别|同比|环比|(?<![年平人户])均|都|稳步|持续|逐步|逐年|每年|基本|力争|确保|要|将|实现|累计|总计|合计|进一步|总体|全部|的|[\s、，,])$/u;

/**
 * The metric phrase in `text`, stripped of framing; empty when nothing measured is left. A verb of
 * making is dropped only before a count (`培育…企业500家`), where it cannot be part of a ratio's
 * name (`建设用地占比`).
 */
export function cleanMetric(text: Text, count: boolean): Text {
  let current = remove(text, FRAMING_ANYWHERE);
  for (let changed = true; changed;) {
    changed = false;
    const leading = LEADING.exec(current.folded);
    if (leading && leading[0].length > 0) {
      current = slice(current, leading[0].length);
      changed = true;
    }
    const trailing = TRAILING.exec(current.folded);
    if (trailing) {
      current = slice(current, 0, trailing.index);
      changed = true;
    }
  }
  const action = ACTION.exec(current.folded);
  if (!count || !action || action[0].length >= current.folded.length) return current;
  // `完成改造项目200个`: a second verb before a bare noun names the kind of what is counted.
  const first = FIRST_ACTION.exec(current.folded)!;
  return slice(current, current.folded.length - action[0].length <= 2 ? first[0].length : action[0].length);
}

/** Whether the text starts with a verb of making (so what is counted comes after the value). */
export const isActionOnly = (text: Text): boolean => {
  const action = ACTION.exec(text.folded);
  return action !== null && action[0].length === text.folded.length;
};

/**
 * Who makes what is counted, or for each of which places, before the verb of making: `各城区人民政府要`
 * in `各城区人民政府要打造3个…示范小区`, `每个城区至少` in `每个城区至少打造3个…`. Group 1 is the doer.
 */
const BEFORE_ACTION = new RegExp(
  String.raw`^(?:([^,，。;；\d]{2,30}?(?:人民政府|政府|管委会|局|厅|委|办|中心|部门|单位))(?:要|应|将)?|每个?[^,，。;；\d]{1,8}?)(?:至少|均|各)?(?=${MAKING})`,
  'u',
);

/**
 * The text after a doer or a place's share before a verb of making (`各城区人民政府要打造`: `打造`), and
 * whether what was cut is the doer (no part of the metric) or the share (part of it); undefined when
 * the text is no such clause.
 */
export function afterDoer(text: Text): { action: Text; doer: boolean } | undefined {
  const found = BEFORE_ACTION.exec(text.folded);
  if (!found) return undefined;
  const action = slice(text, found[0].length);
  return isActionOnly(action) ? { action, doer: found[1] !== undefined } : undefined;
}

/** The rest of a list of levels that names how many they are: `市两级`, `县、乡三级`. */
const LEVELS_TOGETHER = /^[省市县区乡镇村](?:、[省市县区乡镇村])*[两二三四五]级/u;

/** Whether the end of `before` is inside quotes: an odd number of quotation marks, or an open `“`, `「`, `《`. */
function isQuoted(before: string): boolean {
  const straight = (before.match(/"/gu) ?? []).length;
  const open = (before.match(/[“「《]/gu) ?? []).length;
  const closed = (before.match(/[”」》]/gu) ?? []).length;
  return straight % 2 === 1 || open > closed;
}

/** Where the measured head of a metric starts: `食品抽检合格率` → `抽检合格率`. */
const HEAD =
  /抽检|抽查|抽验|检验|检测|监督|质量|[\p{Script=Han}]{2}率|指数|产量|产值|面积|数量|人数|比例|比重|占比|总量|强度|收入|浓度|增加值|投入|规模|满意度/u;

/** A way of building or making, listed before what it makes: `新建`, `改扩建`, `提升改造`. */
const BUILDS = /^(?:新建|改建|扩建|改扩建|新改建|续建|新增|提升|改造|提升改造|升级改造|培育|认定|创建)$/u;

/**
 * Splits a metric naming several things (`A、B合格率`, `A合格率、优良率`). Parts that name no
 * measure take the head of the last part; a bare head after the first part takes the first part's
 * modifier. With `和`/`与`, only when the clause says the parts are separate (`均`, `分别`, several
 * values): `研究和试验发展经费` stays one. A metric with `等` lists examples and stays one.
 */
export function splitMetric(metric: Text, several: boolean): string[] {
  if (metric.folded.includes('等')) return [metric.raw];
  const separator = several ? /[、和]|(?<![参给赋授])与/gu : /、/gu;
  const parts: Text[] = [];
  let from = 0;
  for (const match of metric.folded.matchAll(separator)) {
    // A list inside brackets is one name's (`每个县（市、区）`), and so is one inside quotes (`"双随机、一公开"抽查`).
    const before = metric.folded.slice(0, match.index);
    if (/\([^)]*$/u.test(before) || isQuoted(before)) continue;
    // Levels listed together are one (`省、市两级监督抽查`, `市、县、乡三级`).
    if (LEVELS_TOGETHER.test(metric.folded.slice(match.index + 1))) continue;
    parts.push(slice(metric, from, match.index));
    from = match.index + 1;
  }
  parts.push(slice(metric, from));
  if (parts.length === 1 || parts.some((part) => part.folded.length === 0)) return [metric.raw];
  // Ways of building listed before what they build share one count (`新建、改扩建规模化供水工程120处`).
  if (!several && parts.slice(0, -1).every((part) => BUILDS.test(part.folded))) return [metric.raw];
  const last = parts.at(-1)!;
  const head = HEAD.exec(last.folded);
  // One value for a list that names no measure (`主导制定国际、国家和行业标准…600项`): one count of them all.
  if (!several && !head) return [metric.raw];
  // One value for a list whose last part says more than what is listed (`快递、外卖、网约车区域总部党组织覆盖率`,
  // `珲春、圈河、图们口岸"单一窗口"主要业务应用率`): where the listed names end in it is unknown, so the list
  // stays one metric rather than losing the words between (`快递覆盖率`).
  const longest = Math.max(...parts.slice(0, -1).map((part) => part.folded.length));
  if (!several && head && head.index > longest + 2) return [metric.raw];
  const first = parts[0]!;
  return parts.map((part, index) => {
    if (index < parts.length - 1 && !HEAD.test(part.folded) && head && head.index > 0)
      return part.raw + last.raw.slice(head.index);
    const bare = HEAD.exec(part.folded)?.index === 0 && part.folded.length < first.folded.length;
    if (index > 0 && bare && first.folded.endsWith(part.folded.at(-1)!))
      return first.raw.slice(0, first.raw.length - part.raw.length) + part.raw;
    return part.raw;
  });
}
