/**
 * Lists of names of bodies as documents write them, on folded text: split at 、，； outside brackets
 * (a level before the government it shares stays one name), the endings of a body's name, and a
 * list's ending after its last name. Whether a list names bodies at all is body-lists.ts; the subject
 * of a duty, duty-subject.ts.
 */
import { WHICH_PLACES } from '../../src/model/department-names.ts';

/**
 * A role marked after a name, in brackets, as tables and lists mark it (folded): `省市场监管局（牵头）`,
 * `〔配合〕`, `（按职责分工负责）`.
 */
export const ROLE_MARK = /\s*[(〔[【]\s*(牵头|主责|配合|参与|协办|(?:按(?:各自)?职责(?:分工)?)?负责)\s*[)〕\]】]$/u;

/**
 * A level of local government: `市`, `县区`, `自治州`, a province's `直管市` (湖北, 河南), and 湖北's one
 * `神农架林区`, named beside the others as a level of its own.
 */
const LEVEL = String.raw`(?:(?:设区的?|地级|省辖|直管|自治)?[市州县区盟旗地]{1,3}|(?:神农架)?林区)`;
/**
 * A level without a body's name, before the government a list's last level names: `各市`, `州`, `各市(州)`,
 * and the places it is for (`沿线区` in `沿线区、县（市）政府`).
 */
export const BARE_LEVEL = new RegExp(
  String.raw`^\s*(?:${WHICH_PLACES.join('|')})?各?${LEVEL}(?:[(〔][市州县区盟旗、]{1,6}[)〕])?\s*$`,
  'u',
);
/** A body of the last of those levels: `县（市、区）商务主管部门`, `县市场监管局` (whether it ends as one: ORG_END). */
const LEVELLED_BODY = new RegExp(
  String.raw`^\s*各?${LEVEL}(?:[(〔][市州县区盟旗、]{1,6}[)〕])?\p{Script=Han}{2,}$`,
  'u',
);

/**
 * The government those levels share: `县人民政府`, `县市区人民政府`, `县(市、区)人民政府`, `县〔市、区〕人民政府`,
 * `自治县人民政府`, and two levels joined by 和 (`直管市和神农架林区人民政府`); with their party committees
 * (`县（市、区）党委和政府`, as 党政 joint documents name them).
 */
const SHARED_GOVERNMENT = new RegExp(
  String.raw`^\s*(?:${LEVEL}和)?${LEVEL}(?:[(〔][市州县区盟旗、]{1,6}[)〕])?(?:(?:党)?委和)?(?:人民)?政府\s*$`,
  'u',
);

/** Brackets, each with its closer. */
export const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '[': ']', '【': '】' };
/** Their closers. */
export const CLOSERS: ReadonlySet<string> = new Set(Object.values(OPENERS));
/** What parts the names of a list. */
const SEPARATORS: ReadonlySet<string> = new Set(['、', ',', '，', ';', '；']);
/** The first characters of the conjunctions between two names (`以及`, `及`, `和`, `与`). */
const CONJUNCTION_START: ReadonlySet<string> = new Set(['以', '及', '和', '与']);
/** The longest name of a body in a list. */
const MAX_NAME = 30;
/** A short bracket in a name, in any of the brackets texts use: `县（市、区）`, `各镇人民政府〔街道办事处〕`. */
export const QUALIFIER = /[(〔[【][^()〔〕[\]【】]{1,8}[)〕\]】]/gu;
export const FINAL_QUALIFIER = new RegExp(`${QUALIFIER.source}$`, 'u');

/**
 * The names of a folded list, split at 、，； outside brackets (`县(市、区)人民政府` is one name), each
 * with where it starts. `各市、县(市、区)人民政府`, the usual way to name a province's local
 * governments together, stays one name. Spaces part names too where every part is a body's name
 * (`各乡镇人民政府 县市场监管局`), never inside one (`省 市场监管局`, `市场监管局 等部门`).
 */
export function splitNames(folded: string): Array<{ start: number; text: string }> {
  const names: Array<{ start: number; text: string }> = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index <= folded.length; index++) {
    const char = folded[index] ?? '';
    if (char in OPENERS) depth += 1;
    else if (CLOSERS.has(char)) {
      depth = Math.max(0, depth - 1);
      // A role mark ends its name, though a table's cell ran the next one on: `县教体局（牵头）县财政局`.
      if (
        depth === 0 &&
        ROLE_MARK.test(folded.slice(from, index + 1)) &&
        /^[^\s、,，;；]/u.test(folded.slice(index + 1))
      ) {
        names.push(...spacedNames(folded, from, index + 1));
        from = index + 1;
      }
    } else if (index === folded.length || (depth === 0 && SEPARATORS.has(char))) {
      names.push(...spacedNames(folded, from, index));
      from = index + 1;
    } else if (depth === 0 && index > from && CONJUNCTION_START.has(char)) {
      // `市发展改革委及各相关部门`, `省公安厅和省交通运输厅`: a conjunction between two whole names; never
      // inside one (`工业和信息化厅`: 工业 is no name).
      const conjunction = /^(?:以及|及|和|与)/u.exec(folded.slice(index))?.[0];
      const next = conjunction ? folded.slice(index + conjunction.length).search(/[、,，;；]|$/u) : -1;
      const right = folded.slice(index + (conjunction?.length ?? 0), index + (conjunction?.length ?? 0) + next);
      if (
        conjunction &&
        ORG_END.test(folded.slice(from, index)) &&
        // `各市委和人民政府`: a body's kind alone shares the level before it, one name; so does `部门和机构`.
        !/^(?:人民)?政府$|^(?:部门|单位|党委|机构)$/u.test(right) &&
        ORG_END.test(
          folded.slice(index + conjunction.length, index + conjunction.length + next).replace(FINAL_QUALIFIER, ''),
        )
      ) {
        names.push(...spacedNames(folded, from, index));
        from = index + conjunction.length;
        index = from - 1;
      }
    }
  }
  // Levels before a government they share: `各市、州、县人民政府`, `各市（州）、县（市、区）人民政府`, or a
  // department of each (`市、县（市、区）商务主管部门`, `设区的市、县（市、区）人民政府民政部门`), as laws name them.
  for (let index = names.length - 1; index > 0; index--) {
    const last = names[index]!.text;
    if (!SHARED_GOVERNMENT.test(last) && !(LEVELLED_BODY.test(last) && ORG_END.test(last))) continue;
    let first = index;
    while (first > 0 && BARE_LEVEL.test(names[first - 1]!.text)) first -= 1;
    if (first === index) continue;
    const { start, text } = names[index]!;
    names.splice(first, index - first + 1, {
      start: names[first]!.start,
      text: folded.slice(names[first]!.start, start + text.length),
    });
    index = first;
  }
  // The short name the text defines for a name is no part of it (`厅交通运输综合行政执法总队（以下简称厅执法总队）`).
  return names.map((name) => ({ start: name.start, text: name.text.replace(DEFINES_SHORT_NAME, '') }));
}

/** `folded[from, to)` as one name, or as the names its spaces part when each part is a body's name. */
function spacedNames(folded: string, from: number, to: number): Array<{ start: number; text: string }> {
  const whole = [{ start: from, text: folded.slice(from, to) }];
  if (!/\s/u.test(whole[0]!.text)) return whole;
  const parts: Array<{ start: number; text: string }> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index <= to; index++) {
    const char = index === to ? ' ' : folded[index]!;
    if (char in OPENERS) depth += 1;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/u.test(char)) {
      if (index > start) parts.push({ start, text: folded.slice(start, index) });
      start = index + 1;
    }
  }
  if (parts.length < 2 || !parts.every((part) => ORG_END.test(part.text.replace(TRAILING_ETC, '')))) return whole;
  // Each name keeps the spaces before it, as the names split at 、 keep theirs.
  return parts.map((part, index) => {
    const begin = index === 0 ? from : parts[index - 1]!.start + parts[index - 1]!.text.length + 1;
    return { start: begin, text: folded.slice(begin, part.start + part.text.length) };
  });
}

/** A list of short names (a sentence with clauses is not a department list). */
export function isNameList(folded: string): boolean {
  return areShortNames(splitNames(folded).map((name) => name.text.trim()));
}

/** Are these a list's names, none of them empty, long or a sentence? */
export function areShortNames(names: readonly string[]): boolean {
  return (
    names.length > 0 &&
    names.every((name) => name.length > 0 && name.length <= MAX_NAME && !/[。:!?“”"《》]/u.test(name))
  );
}

/**
 * Endings of the names of bodies: 厅, 局, 委, 办, 部门, 单位, 政府, 海关, 银行…, a division's 处, 科, 股,
 * companies of a kind (`各燃气经营企业`), a village (`石桥村`, not `农村`), and a reply's 你市; not 干部 (cadres are people), nor a subject's 学科,
 * 专科, nor 科 cut from 科技 after a conjunction (`标准与科技`), nor the 办 of an act (`统一转办`, `交办`).
 */
const ORG_END =
  /(?:厅|局|委|委员会|(?<!督|承|协|举|创|转|交|代)办|办公室|(?<![干])部|部门|单位|政府|会|院|银行|人行|农发行|国开行|署|室|中心|海关|公司|集团|(?<=各\p{Script=Han}{0,10})企业|组|处|(?<![学本专内外儿妇眼牙骨百与和及])科|(?<![炒配控入持])股|所|站|队|团|社|馆|校|(?<=电视|广播|电)台|总会|支行|分行|军区|军分区|警备区|法院|检察院|管委会|监狱|协会|联合会|联|(?<=[科政作])协|(?<=总局\p{Script=Han}{1,10})司|机构|机关|各地|各[市县区]{1,3}|各州|各盟|各旗|(?<=各|第[一二三四五六七八九十]{1,3})师市?|各镇|各乡|(?<=\p{Script=Han}{2})(?<![城小乡重点制色])镇|(?<=\p{Script=Han}{2})(?<![城家下返农故])乡|(?<![乡农渔山城])村|乡镇|街道|你省|你区|你市|你州|你县|(?<!\p{Script=Han})[甲乙丙]方)$/u;
/** Does `text` end as a body's name does (`县发改局`, `团县委`), not mid-name (`县自然资源和规`)? */
export const endsAsName = (text: string): boolean => ORG_END.test(text);

/**
 * A department's local bureaus at one or more levels, named without their body (`各市州局`, `各县区局`,
 * `各市（州）局`, `各地市局`): the issuer's own, in its documents (resolve-departments.ts), and a body
 * that acts in a sentence (sentence-subjects.ts).
 */
export const LOCAL_BUREAUS = String.raw`各(?:设区的?)?[市县区州盟旗地]{1,4}(?:\([市县区州盟旗、]{1,6}\))?局`;

/**
 * A list's ending after its last name (`…等`, `…等有关部门`, `…等成员单位`, the body it belongs to
 * named too: `省消防救援总队等省安委会成员单位`, `省食品检验院等省局各直属单位`), or the places it is one of
 * (`罗溪镇、石门乡等沿河乡镇`): no part of the name.
 */
export const TRAILING_ETC =
  /等(?:(?:\p{Script=Han}{0,10}?(?:成员|直属|相关|有关))?(?:部门|单位)?|\p{Script=Han}{0,6}?乡镇(?:\(街道\))?)$/u;

/** Where a body sits, before the short name defined for it: `设在省市场监管局，`, `挂靠市商务局，`. */
export const HOSTED = String.raw`(?:设在|挂靠|依托)[^()，,]{2,20}[，,]\s*`;
/**
 * The short name a text defines in brackets after a body's name: `（以下简称市局网监科）`, `（以下统称各区分局）`,
 * `（设在省市场监管局，以下简称省质量强省办）`.
 */
export const DEFINES_SHORT_NAME = new RegExp(
  String.raw`\((?:${HOSTED})?(?:以下|下文)(?:简称|统称|称)[^()]{1,20}\)$`,
  'u',
);
