/**
 * The one rule for department names, shared by the ingest (scripts/ingest/department-index.ts, which
 * resolves names as written) and search (src/lib/search/lexicon.ts, which resolves names as typed):
 *   - how a name loses its level prefix (省/自治区/省政府/省委…) and province name (山西/内蒙古…);
 *   - what a name's function words are (its stem: the name without 厅/局/委员会…);
 *   - when a short form stands for a department: registered in departments.yml (`shortForms`), or
 *     derived, i.e. its stem is an abbreviation of the stem of one of the department's names (the
 *     characters in order, the first first, at least two) and of no other department's.
 * Names are compared as given: callers fold them first (fold() in the ingest, matchFold in search).
 */

/**
 * Level prefixes, longest first so that 省人民政府 goes before 省; the generic levels of laws and
 * 办法 (`县级以上人民政府市场监督管理部门`, `各级市场监管部门`, `省级有关部门`) and the local bodies of a
 * sector named together (`各地级以上市市场监管局`) are prefixes too. A county's or district's own
 * documents name its bodies by their level as a province's do (`县农业农村局`, `区市场监管局`).
 */
export const LEVEL_PREFIXES = [
  // the local bodies of a sector as a whole (`各地级以上市市场监管局`, `各县（市、区）市场监管部门`), folded
  '各县(市、区)',
  '各地级以上市',
  '各设区的市',
  '各设区市',
  '各地级市',
  '各市县',
  // each county's, written with the levels it covers (`县（市、区）市场监管局`, `各县（市、区）教育局`)
  '各县(市、区)',
  '县(市、区)',
  '各县(市)',
  '县(市)',
  // each county a province governs directly, as 湖北, 河南 and 海南 write them (`省直管县质监局`, `各省直管县（市）财政局`)
  '各省直管县(市)',
  '省直管县(市)',
  '省直管县',
  '省直管市',
  // each prefecture's, as provinces with autonomous prefectures or leagues write them (`各市（州）质监局`,
  // `各市州市场监管局`, `市（州）安监局`, `各盟市市场监管局`)
  '各市(州)',
  '市(州)',
  '各州(市)',
  '州(市)',
  '各市州',
  '各盟市',
  // each 地区's, 自治州's or city's, as 新疆 writes them (`各地（州、市）市场监管局`)
  '各地(州、市)',
  '地(州、市)',
  '各地州市',
  // a city's districts and counties (`各区（县）市场监管局`, `各县（区）教育局`), and 重庆's with its
  // autonomous counties (`各区县（自治县）人民政府`)
  '各区县(自治县)',
  '区县(自治县)',
  '各县(自治县)',
  '县(自治县)',
  '各区(县)',
  '区(县)',
  '各县(区)',
  '县(区)',
  // each city's, county's or place's (`各市住房城乡建设部门`, `各县市场监管局`, `各地市场监管部门`)
  '各市',
  '各州',
  '各县',
  '各区',
  '各地',
  '县级以上地方人民政府',
  '县级以上人民政府',
  '县级以上地方',
  '县级以上',
  // every local level's, as a central document writes them (`地方各级工业和信息化主管部门`)
  '地方各级',
  // a 条例's or 办法's level of government (`县级人民政府市场监督管理部门`, `设区的市人民政府…部门`)
  '设区的市人民政府',
  '设区的市',
  '县级人民政府',
  '市级人民政府',
  '省级人民政府',
  '县级',
  '市级',
  '各级',
  // each province's, as a central document writes them (`各省级市场监管部门`)
  '各省级',
  '省级',
  // the place's own, as a central document writes them (`会同当地工业和信息化、公安等部门`), or the text's
  // own place, as an agreement between places writes each party's (`本省审计部门`)
  '当地',
  '本省',
  '本市',
  '本县',
  // the addressee's, as a reply or a letter writes them (`你市自然资源主管部门`, `贵市住房城乡建设局`)
  '你省',
  '你市',
  '你州',
  '你县',
  '你区',
  '贵省',
  '贵市',
  // the same level's, after a body of that level (`…水行政主管部门应当会同同级卫生健康主管部门`)
  '同级',
  // the place's where an accident happened, in an emergency plan (`事发地县（区）人民政府`)
  '事发地',
  '自治区党委',
  '自治区人民政府',
  '省人民政府',
  '市人民政府',
  '县人民政府',
  '区人民政府',
  '自治区政府',
  '省政府',
  '市政府',
  '县政府',
  '区政府',
  '省委',
  '市委',
  '县委',
  '区委',
  '自治区',
  // a prefecture's, a league's or a banner's (`州市场监管局`, `盟发展改革委`, `旗农牧局`), and the 新疆生产
  // 建设兵团's own bodies, a province's equal (`兵团市场监管局`)
  '州人民政府',
  '州政府',
  '州委',
  '新疆生产建设兵团',
  '生产建设兵团',
  '兵团',
  '省',
  '市',
  '州',
  '盟',
  '旗',
  '县',
  '区',
  // a township's own bodies, named as a county's are (`镇妇联`, `镇人武部`, `街道纪工委`, `乡司法所`)
  '各乡镇',
  '各街道',
  '乡镇',
  '街道',
  '镇',
  '乡',
] as const;

/**
 * Words that say which places of a level a task is for (`沿线区、县（市）政府`, `相关县（市、区）人民政府`,
 * `项目所在地县级人民政府`, `涉及的县（市、区）人民政府`): stripped as a level is, no part of the body's name.
 */
export const WHICH_PLACES = [
  '项目所在地',
  '所在地',
  // where an emergency happened, in an emergency plan (`火灾发生地市（州）人民政府`)
  '事故发生地',
  '火灾发生地',
  '灾害发生地',
  '发生地',
  '沿线',
  // a river basin's (`流域各市（州）生态环境局`)
  '流域',
  '沿江',
  '沿海',
  '沿黄',
  '相关',
  '有关',
  '涉及的',
  '涉及',
  '试点',
] as const;

/**
 * A city, prefecture or county named before a body (南昌市, 呼和浩特市, 延边州, 南昌县, 青山湖区): two to
 * four characters (no 省 or 各: 山西省市场监管局 and 各设区市 are a province's and a level) and the level;
 * an autonomous one's name is longer (伊犁哈萨克自治州, 大通回族土族自治县).
 * Its own name needs two characters, so 城市管理局 keeps its 城市. No place is named 质量…: the 质量强市 of
 * 质量强市领导小组 is the group's aim; nor by a verb a body is the object of (协调县财政局, 督促市场监管局).
 */
const LOCAL_PLACE =
  /^(?!质量|协调|督促|指导|组织|推动|要求|建议|会同|配合|协助|支持|鼓励|引导|责成|提请|报请|商请)(?:(?:(?!省|各)\p{Script=Han}){2,4}?(?:市|州|盟|县|区|旗)|(?:(?!省|各)\p{Script=Han}){2,8}?自治[州县旗])/u;

/** A trailing 等/等部门/等相关单位: a list's ending, not part of the name. */
const TRAILING = /(?:等(?:相关|有关)?(?:部门|单位)?)$/u;

/** Endings that name the kind of body, not its function (厅, 局, 委员会, 部门…). */
const BODY_ENDING = /(?:委员会|办公室|部门|单位|厅|局|委|办|部|署|会|院)$/u;

/** Shortest derived short form: one character (质, 工) names too many things. */
export const SHORT_FORM_MIN = 2;

/**
 * Lookup keys of a (folded) name, from the most literal to the most stripped: the name without
 * spaces and a trailing 等…, then without each leading level prefix or province name in turn, then
 * the same without the city or county the name opens with, then each with `部门` for a
 * competent department's wording (`住房城乡建设主管部门`), and last each without a trailing 机关.
 * A prefix is stripped only when at least two characters remain (市场监管局 keeps its 市 as a key too).
 * `provincePrefixes` must be sorted longest first.
 */
export function nameKeys(name: string, provincePrefixes: readonly string[]): string[] {
  // A bracket written as 〔〕 in a name (`各市〔州〕`) is a bracket; a 文号's 〔2024〕 holds digits.
  const literal = name
    .replace(/\s+/gu, '')
    .replace(TRAILING, '')
    .replace(/〔([^〔〕\d]{1,8})〕/gu, '($1)');
  const keys = withoutPrefixes(literal, provincePrefixes);
  // The place's name last: a city's bodies are named as a province's are (南昌市市场监督管理局).
  const place = LOCAL_PLACE.exec(literal);
  if (place && literal.length > place[0].length + 1)
    for (const key of withoutPrefixes(literal.slice(place[0].length), provincePrefixes))
      if (!keys.includes(key)) keys.push(key);
  // Laws and 办法 name a sector's department by its competence: 住房城乡建设(行政)主管部门 is the
  // 住房城乡建设部门, 质量技术监督行政部门 the 质量技术监督部门. A body's 机关 is the body itself
  // (省纪委监委机关), last, so that 公安机关 and 税务机关 stay names of their own.
  for (const key of [...keys]) {
    const sector = key.replace(COMPETENT, '部门');
    if (sector !== key && sector.length > 3 && !keys.includes(sector)) keys.push(sector);
  }
  for (const key of [...keys]) {
    const body = key.replace(/机关$/u, '');
    if (body !== key && body.length >= 3 && !keys.includes(body)) keys.push(body);
  }
  return keys;
}

/** The competent department's wording: `主管部门`, `行政主管部门`, `行政部门`, `行政管理部门`. */
const COMPETENT = /(?:行政)?主管部门$|行政(?:管理)?部门$/u;

/** `name`, then without each leading level prefix or province name in turn. */
function withoutPrefixes(name: string, provincePrefixes: readonly string[]): string[] {
  let rest = name;
  const keys = [rest];
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of [...LEVEL_PREFIXES, ...WHICH_PLACES, ...provincePrefixes]) {
      if (rest.startsWith(prefix) && rest.length > prefix.length + 1) {
        rest = rest.slice(prefix.length);
        // Each place's Party committee's body (`各设区市委编办`, `各市委宣传部`): 市委编办, 市委宣传部.
        // (Not after the level alone, `县` of `县委编办`: that would give the name back.)
        if (/^委/u.test(rest) && prefix.length > 1 && /[市县区州]$/u.test(prefix)) rest = prefix.at(-1)! + rest;
        // Levels named together (`市、县(市、区)商务主管部门`, `省和设区的市人民政府`): the next one; and
        // their government before its department (`县(市、区)人民政府民政部门`).
        if (/^[、和]/u.test(rest) && LEVEL_PREFIXES.some((level) => rest.startsWith(level, 1))) rest = rest.slice(1);
        else if (/^人民政府\p{Script=Han}{2,}(?:部门|局|厅|委)$/u.test(rest)) rest = rest.slice(4);
        keys.push(rest);
        changed = true;
        break;
      }
    }
  }
  return keys;
}

/** A name's function words: the name without the ending that says what kind of body it is. */
export function stemOf(name: string): string {
  return name.replace(BODY_ENDING, '') || name;
}

/** Whether `short` is `long` abbreviated: its characters appear in `long` in order, the first first. */
export function isAbbreviation(short: string, long: string): boolean {
  if (short === '' || short[0] !== long[0]) return false;
  let index = 0;
  for (const char of long) if (char === short[index]) index += 1;
  return index === short.length;
}

/** Levenshtein distance over UTF-16 code units (department names are BMP Chinese). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether `short` (a stripped key) abbreviates the department name `name` (also stripped): its stem
 * has at least SHORT_FORM_MIN characters and is an abbreviation of the name's stem, and it is not
 * the name itself (工信厅 → 工业和信息化厅, 生态环境 → 生态环境厅, 食药监 → 食品药品监督管理局).
 */
export function abbreviates(short: string, name: string): boolean {
  if (short === name) return false;
  const stem = stemOf(short);
  const nameStem = stemOf(name);
  return stem.length >= SHORT_FORM_MIN && nameStem.length >= stem.length && isAbbreviation(stem, nameStem);
}

/** What the short-form rule reads of a department: its names (canonical and aliases) and registered short forms. */
export interface NamedDepartment {
  names: readonly string[];
  shortForms: readonly string[];
}

/**
 * Departments (indexes) a short form stands for: those that register it as a short form; else the
 * one department (never several) one of whose names it abbreviates, tried key by key from the most
 * literal. Empty when it stands for none or is ambiguous.
 */
export function shortFormTargets(keys: readonly string[], departments: readonly NamedDepartment[]): number[] {
  for (const key of keys) {
    const registered = departments.flatMap((d, i) => (d.shortForms.includes(key) ? [i] : []));
    if (registered.length > 0) return registered;
  }
  for (const key of keys) {
    const derived = departments.flatMap((d, i) => (d.names.some((name) => abbreviates(key, name)) ? [i] : []));
    if (derived.length === 1) return derived;
    if (derived.length > 1) return [];
  }
  return [];
}

/** One registry problem with short forms, at the path of the offending value in the departments list. */
export interface ShortFormProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * Registered short forms must be neither an alias (which already reaches the department, exactly) nor
 * registered twice: either would make a short form stand for two things.
 */
export function shortFormProblems(
  departments: readonly { id: string; aliases: readonly string[]; shortForms?: readonly string[] }[],
): ShortFormProblem[] {
  const problems: ShortFormProblem[] = [];
  const aliasOf = new Map<string, string>();
  for (const department of departments) for (const alias of department.aliases) aliasOf.set(alias, department.id);
  const claimed = new Map<string, string>();
  departments.forEach((department, index) => {
    (department.shortForms ?? []).forEach((form, position) => {
      const path = [index, 'shortForms', position];
      const alias = aliasOf.get(form);
      const other = claimed.get(form);
      if (alias !== undefined)
        problems.push({
          path,
          message: `short form ${form} is an alias of ${alias}, expected a name that is not an alias`,
        });
      else if (other !== undefined)
        problems.push({ path, message: `short form ${form} is registered by ${other} too, expected one department` });
      else claimed.set(form, department.id);
    });
  });
  return problems;
}
