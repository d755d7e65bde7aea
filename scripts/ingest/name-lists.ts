/**
 * Lists of names of bodies as documents write them, on folded text: split at 、，； outside brackets,
 * a list's shared ending (`发展改革、财政等部门`), the level before a name, whether a list names
 * bodies at all, and the subject of a duty (`省市场监管局要…`, `省市场监管局：负责…`). Used by the
 * responsibility clauses (responsibility.ts), the subjects of sentences (sentence-subjects.ts) and
 * the names' resolution (resolve-departments.ts).
 */
import { LEVEL_PREFIXES, WHICH_PLACES } from '../../src/model/department-names.ts';

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
const BARE_LEVEL = new RegExp(
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
function areShortNames(names: readonly string[]): boolean {
  return (
    names.length > 0 &&
    names.every((name) => name.length > 0 && name.length <= MAX_NAME && !/[。:!?“”"《》]/u.test(name))
  );
}

/**
 * Endings of the names of bodies: 厅, 局, 委, 办, 部门, 单位, 政府, 海关, 银行…, a division's 处, 科, 股,
 * companies of a kind (`各燃气经营企业`), a village (`石桥村`, not `农村`), and a reply's 你市; not 干部 (cadres are people), nor a subject's 学科,
 * 专科, nor 科 cut from 科技 after a conjunction (`标准与科技`).
 */
const ORG_END =
  /(?:厅|局|委|委员会|(?<!督|承|协|举|创)办|办公室|(?<![干])部|部门|单位|政府|会|院|银行|人行|农发行|国开行|署|室|中心|海关|公司|集团|(?<=各\p{Script=Han}{0,10})企业|组|处|(?<![学本专内外儿妇眼牙骨百与和及])科|(?<![炒配控入持])股|所|站|队|团|社|馆|校|(?<=电视|广播|电)台|总会|支行|分行|军区|军分区|警备区|法院|检察院|管委会|监狱|协会|联合会|联|(?<=[科政作])协|(?<=总局\p{Script=Han}{1,10})司|机构|机关|各地|各[市县区]{1,3}|各州|各盟|各旗|(?<=各|第[一二三四五六七八九十]{1,3})师市?|各镇|各乡|(?<=\p{Script=Han}{2})(?<![城小乡重点制色])镇|(?<=\p{Script=Han}{2})(?<![城家下返农故])乡|(?<![乡农渔山城])村|乡镇|街道|你省|你区|你市|你州|你县|(?<!\p{Script=Han})[甲乙丙]方)$/u;
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

/** Bodies named before, not by name (`两部门要建立…机制`, `上述单位`, `双方`): no list of names. */
const NAMED_BEFORE = /^(?:两|三|该|上述|以上|前述|双方)(?:个)?(?:部门|单位|机构)$|^双方$/u;

/** A short bracket in a name, in any of the brackets texts use: `县（市、区）`, `各镇人民政府〔街道办事处〕`. */
const QUALIFIER = /[(〔[【][^()〔〕[\]【】]{1,8}[)〕\]】]/gu;
const FINAL_QUALIFIER = new RegExp(`${QUALIFIER.source}$`, 'u');

/** A body's other name in brackets after it: `人民银行四川省分行（国家外汇局四川省分局）`. */
const OTHER_NAME = /[(〔][^()〔〕]{2,20}[)〕]$/u;

/** A list of names of bodies (used where no label says it is one: `…负责`, `…配合`). */
export function isOrgList(folded: string): boolean {
  const names = splitNames(folded).map((name) => name.text.trim());
  return (
    areShortNames(names) &&
    !names.some((name) => NAMED_BEFORE.test(name)) &&
    withSharedEnding(names)
      .map((name) => name.replace(TRAILING_ETC, '') || name)
      .map((name) => name.replace(OTHER_NAME, (bracket) => (ORG_END.test(bracket.slice(1, -1)) ? '' : bracket)))
      // A bracket may qualify a name (`县(市、区)人民政府`); any other bracket is no name's.
      .every(
        (name) =>
          !/[()〔〕[\]【】]/u.test(name.replace(QUALIFIER, '')) &&
          // A bracket after the name qualifies it (`各乡镇（街道）`) or marks its role (`A（牵头）`).
          ORG_END.test(name.replace(FINAL_QUALIFIER, '')),
      )
  );
}

/** A name without the level it starts with (`县级以上人民政府`, `省`), if it starts with one. */
function withoutLevel(name: string): string {
  const level = LEVEL_PREFIXES.find((prefix) => name.startsWith(prefix));
  return level ? name.slice(level.length) : name;
}

/** The ending a list of sectors shares: `发展改革、财政、住房城乡建设等部门` → 部门, `…、消防救援等部门和机构` → 部门. */
const SHARED_ENDING = /(?:等)?((?:行政)?主管部门|部门|单位|机构)(?:(?:和|及|、)(?:部门|单位|机构))?$/u;

/** A city, county, district or township named alone (`瑞昌市`, `岳阳楼区`, `青竹乡`), and one named with its government. */
const PLACE = /^\p{Script=Han}{2,5}(?:[省市县区州旗盟乡镇]|自治区)$/u;
const PLACE_GOVERNMENT = /^\p{Script=Han}{2,5}(?:[省市县区州旗盟乡镇]|自治区)((?:人民)?政府)$/u;
/** A place's government with its level (`嘉峪关市政府`: 市政府), which places named bare before it share. */
const LEVELLED_GOVERNMENT = /^\p{Script=Han}{2,5}?((?:[市县区州旗盟]|自治区)(?:人民)?政府)$/u;
/** A place named without its level (`酒泉`, `张掖`): a few characters, no body's ending. */
const BARE_PLACE = /^\p{Script=Han}{2,4}$/u;
/**
 * A place's own department: `明沙市` and `市场监管局` in `明沙市市场监管局`, `浙江省` and `市场监督管理局` in
 * `浙江省市场监督管理局` (`江苏省、浙江省市场监督管理局`, a joint text of several provinces), and a level's
 * field (`设区市、县（市、区）财政部门`: 设区市财政部门).
 */
const PLACE_DEPARTMENT =
  /^(?:\p{Script=Han}{1,4}?(?:[省市县区州旗盟]|自治区)|[市县区][(（][^()（）]{1,6}[)）])(\p{Script=Han}{2,12}(?:局|厅|委|委员会|办|办公室|中心|部门))(?:\([^()]{1,10}\))?$/u;

/** A Party committee named by its level alone: `县委`, `市委`, `中共某县委`. */
const PARTY_COMMITTEE = /^(?:中共)?\p{Script=Han}{0,6}?(?:省|市|县|区|州|盟|旗|自治区|乡|镇|街道)(?:党)?委$/u;
/** A place's Party committee, the place captured: `各乡镇党委`, `各市（州）党委`, `县委`. */
const PLACE_OF_COMMITTEE =
  /^((?:各)?\p{Script=Han}{0,6}?(?:省|市|县|区|州|盟|旗|乡镇|乡|镇|街道)(?:\([^()]{1,6}\))?)(?:党)?委$/u;
/** A government's office: `县政府督查室` (its office captured), `市人民政府办公室`. */
const GOVERNMENT_OFFICE = /^\p{Script=Han}{0,6}?(?:省|市|县|区|州|盟|旗|自治区)?(?:人民)?政府(\p{Script=Han}{2,10})$/u;

/** A zone named alone (`两江新区`, `高新区`, `澄州经开区`), and one with its committee (`…高新区管委会`). */
const ZONE_NAME = String.raw`\p{Script=Han}{0,8}(?:新区|高新区|开发区|经开区|园区|试验区|示范区)`;
const ZONE = new RegExp(`^${ZONE_NAME}$`, 'u');
const ZONE_COMMITTEE = new RegExp(`^${ZONE_NAME}(?:管委会|管理委员会)$`, 'u');

/**
 * The names of a list, each with the ending the list's last name gives them all when they are
 * sectors without one of their own (`发展改革、财政、住房城乡建设等部门`: 发展改革部门, 财政部门,
 * 住房城乡建设部门), or places before the government or department they each have (`瑞昌市、湖口县人民政府`:
 * 瑞昌市人民政府, 湖口县人民政府; `洛湾市、明沙市市场监管局`: 洛湾市市场监管局, 明沙市市场监管局), or a Party
 * committee before its government's office (`县委、县政府督查室`). Any other list is returned as it is.
 */
export function withSharedEnding(names: readonly string[]): string[] {
  const last = names.at(-1) ?? '';
  // Places before a government or department anywhere in the list (`省工信厅，贵阳市、遵义市人民政府，贵安新区管委会`).
  const placed = [...names];
  let shared = false;
  names.forEach((name, at) => {
    const government = PLACE_GOVERNMENT.exec(name)?.[1];
    const department = government ? undefined : PLACE_DEPARTMENT.exec(name)?.[1];
    // A level's bodies too (`各市、百色试验区农业农村局`: 各市农业农村局).
    const place = (before: string) => PLACE.test(before) || (department !== undefined && BARE_LEVEL.test(before));
    for (let index = at - 1; (government ?? department) && index >= 0 && place(names[index]!); index--) {
      placed[index] = names[index]! + (government ?? department);
      shared = true;
    }
    // Places named bare share the level too: `酒泉、张掖、嘉峪关市政府` (酒泉市政府, 张掖市政府).
    const levelled = LEVELLED_GOVERNMENT.exec(name)?.[1];
    const bare = (index: number) =>
      BARE_PLACE.test(names[index]!) && !PLACE.test(names[index]!) && !ORG_END.test(names[index]!);
    for (let index = at - 1; levelled && index >= 0 && bare(index); index--) {
      placed[index] = names[index]! + levelled;
      shared = true;
    }
  });
  // Zones before their committees share them (`两江新区、高新区管委会`: 两江新区管委会, 高新区管委会).
  names.forEach((name, at) => {
    if (!ZONE_COMMITTEE.test(name)) return;
    for (let index = at - 1; index >= 0 && ZONE.test(names[index]!); index--) {
      placed[index] = names[index]! + '管委会';
      shared = true;
    }
  });
  // A Party committee before its government's office shares it (`县委、县政府督查室`: 县委督查室, 县政府督查室).
  names.forEach((name, at) => {
    const office = GOVERNMENT_OFFICE.exec(names[at + 1] ?? '')?.[1];
    if (office && PARTY_COMMITTEE.test(name)) {
      placed[at] = name + office;
      shared = true;
    }
  });
  // A government named bare after its place's Party committee shares the place (`各乡镇党委、政府`:
  // 各乡镇政府; `各市（州）党委和人民政府`).
  names.forEach((name, at) => {
    const place = at > 0 && /^(?:人民)?政府$/u.test(name) ? PLACE_OF_COMMITTEE.exec(names[at - 1]!)?.[1] : undefined;
    if (place) {
      placed[at] = place + name;
      shared = true;
    }
  });
  if (shared) return placed;
  const ending = SHARED_ENDING.exec(names.at(-1) ?? '')?.[1];
  // A level may stand before the first sector: `县级以上地方人民政府住房城乡建设、财政等部门`.
  const bare = (name: string) =>
    [name, withoutLevel(name)].some((part) => /^[\u4e00-\u9fff]{2,10}$/u.test(part) && !ORG_END.test(part));
  if (!ending || names.length < 2 || !names.slice(0, -1).every(bare)) return [...names];
  const sector = last.replace(SHARED_ENDING, '');
  if (!bare(sector)) return [...names];
  return [...names.slice(0, -1).map((name) => name + ending), sector + ending];
}

/**
 * What follows a duty's subject: its verb, or the colon of a 职责分工 list (`省市场监管局：负责…`).
 * Besides 要, 负责 and their kin, the roles a sentence gives (`市农业农村局配合…`, `A、B联合开展…`,
 * `由A、B共同建设…`), the verbs a body acts by in a task (`市领导小组统筹推进…`, `A会同B加强…`,
 * `省市场监管局每半年开展一次督查`, `县政府督查室定期督查`, `…会同省财政厅委托第三方机构评审`, `省林业局同步办理…`,
 * `两省财政部门据此拨付…`), the acts of a rule's competent body (`市城管局会同市
 * 自然资源和规划局编制…`, `…审批`, `…核发`, `…受理`) and what makes it one (`市城市管理局是本市户外广告设施设置的主管
 * 部门，负责…`), and the 对 or 在 a body acts on or in (`县住建局会同各镇人民政府对…`,
 * `县市场监管局在办理…时`), what it acts by (`省市场监管局依托…平台`, `省财政厅按规定…`), the 于 of its time (`市食安办于12月20日前通报…`), and a request's 请 (`各设区市市场监管局请于…前报送`); none is part of a body's name (组织部, 对外, 所在地, 联合会, 共同体
 * excepted; not 研究, as in 研究室, nor 监督, as in 监督管理局, nor 建设, as in 住房城乡建设厅, nor the 编制 of 编办 or the
 * 审批 of 行政审批局).
 */
const DUTY_VERB =
  /:|要|应当|应(?!急)|负责|承担|牵头|配合|协同|协助|支持|参与|参加(?!的)|联合(?!会)|共同(?!体)|做好|抓好|完成|报送|报(?=[省市县区州盟国])|通报|召开|汇总|确保|统筹|组织(?!部)|开展|推进|推动|加快|加强|强化|完善|健全|提升|实施|指导|制定|编制(?!办|委|部门|外|内)|审核|审批(?!局|服务|中心)|核发|受理|办理|公布|出具|拟定|起草|修订|建立|督促|是(?=[^,，。;；]{0,30}(?:主管部门|主管机关|监督管理部门|行政管理部门|责任单位|牵头单位|执法主体|责任主体|实施主体)(?:$|[,，。;；]))|(?<!通过[^,，。;；]{0,30})(?:督查(?![室组办处])|督导(?![组室办])|检查(?![组站室院所])|考核(?![办组室委]))|跟踪(?=督办|问效|落实|指导)|同步(?=办理|推进|开展|实施|做好|完成|启动|落实)|据此|督办|请(?=于|在|按|将|及时|认真|务必|根据|结合)|(?:提|报|商|呈)请|落实|根据|依据|依托|按(?:照|规定|要求|(?:各自|其)?职责)|可以|将|推广(?!中心|站)|打造|培育(?!中心|站)|派员|派出(?!所|机构)|调派|赶赴|委托(?![书方])|持续|深化(?!改革)|优化(?!营商)|加大|扩大|全面(?=落实|推进|推行|开展|加强|实施|提升|排查|清理)|积极(?!性)|大力|严厉|严格(?=落实|执行|开展|监管|规范|查处|审查|把关)|对(?![外口])|在(?!地)|于(?=\d|[一二三四五六七八九十]{1,2}月|年底|年内|本月|每)/gu;
/**
 * What follows the body a 由 names, besides a duty's verbs: the acts of enforcement in a 法律责任
 * article (`由县级以上人民政府市场监督管理部门责令改正`, `由住房城乡建设主管部门依法予以处罚`); the 组织
 * of a 组织部 is its name.
 */
const ENFORCEMENT_VERB = new RegExp(
  `${DUTY_VERB.source}|责令|依法|依照|按照|根据|予以|给予|处以|没收|吊销|查处|实施`,
  'gu',
);
/**
 * How or when the subject acts, between it and its verb, up to three such words (`按照职责分工，分别`): `按照各自职责，`, `分别`, `于2023年`, `，2025年底前`, `每年第四季度`,
 * `于每年2月底前`, `每学期开学前`, `于每季度末月25日前`, `通过明查暗访、专项督查等方式`, `收到专项资金后`; and the
 * full stop after a body that titles its duties (`（一）各社区居委会。负责…`).
 */
const DUTY_MANNER =
  /(?:[\s,，]*(?:予以|给予|按照?(?:各自|其)?职责(?:分工)?|在(?:各自|其)?的?职责范围内|分别|共同|依法|各自|定期|每(?:年|半年|季度|月|周|学期)(?:第[一二三四1-4](?:季度|个月))?(?:[^,，。;；]{0,8}?(?:前|后|初|末|底|内))?|适时|另行|(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日)?(?:底|末)?(?:前|以前)|通过[^,，。;；]{1,30}?(?:方式|途径|形式|渠道)|(?:收到|接到)[^,，。;；]{1,20}?后|于(?:[^,，。;；]{0,12}?(?:前|以前|底|末|内)|(?:每(?:年|半年|季度|月)|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?))){0,3}[\s,，。]*$/u;
/**
 * A group that says who forms it (`综合协调组：由市市场监管局牵头，…参加，负责…`, an emergency plan's
 * working groups, also without 由: `技术专家组：省市场监管局牵头，…`): no body, those it names are
 * (sentence-subjects.ts groupMembers); group 1 is its name.
 */
export const FORMED_GROUP = /^\s*([^:：。,，;；]{1,20})[:：]\s*(?:由|(?<=组[:：]\s*)(?=[^。;；,，]{2,40}?牵头))/u;
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
/** Bodies, how often or when, 向 and the body they report to: group 1 the former, 2 the latter. */
const REPORTS_TO = /^(.+?)(?:每\p{Script=Han}{1,3}|定期|及时|按时|按月|按季度?)?向(.+)$/u;
/** Bodies, 会同 and a list of sectors sharing its ending: `A会同B、C等部门`. */
const WORKS_WITH = /^[^,，。;；]{2,40}?会同[^,，。;；]{2,40}?等(?:部门|单位|机构)/u;
/** Bodies, 会同 and what follows it, up to its end: `市财政局会同`. */
const BEFORE_PARTNERS = /^[^,，。;；]{2,40}?会同/u;
/** How far the bodies named after a subject's 会同 reach (`市财政局会同市商务局、市税务局相应…` → the end of 市税务局). */
function namedPartnersEnd(folded: string): number | undefined {
  const opening = BEFORE_PARTNERS.exec(folded)?.[0];
  if (!opening) return undefined;
  // They end before the act's verb: `…会同市住建局研究制定办法` holds no office `…研究制定办`.
  const verb = verbOutsideBrackets(DUTY_VERB, folded.slice(opening.length));
  const reach = opening.length + Math.min(40, verb?.index ?? 40);
  for (let end = Math.min(folded.length, reach); end >= opening.length + 2; end--) {
    const list = folded.slice(opening.length, end);
    if (!/[,，。;；]/u.test(list) && endsAsName(list) && isOrgList(list)) return end;
  }
  return undefined;
}
/** A 负责 that opens a description of a body, not its duty: `负责特种设备安全监督管理的部门`. */
const DESCRIBED_BODY = /^负责[^,，。;；()]*的(?:部门|机构|单位)/u;

/**
 * The subject of a duty, on folded text: the length of the departments it starts with, before its
 * first verb, 要/应/负责 or a colon (`--宣传部门、广电部门要…`, `省卫生健康委、省医保局按照各自职责，负责…`,
 * `省市场监管局：负责…`; the 应 of 应急管理厅 is none), or after a 由 (`byWhom`) an act of enforcement
 * too (`责令`, `予以处罚`). Undefined when the text starts with none.
 */
/**
 * The first of a pattern's matches outside brackets: the words of a bracket after a body's name are no
 * verb of its (`市…领导小组办公室（设在市住建局，以下简称“市改造办”）每周汇总…`: not its 在).
 */
function verbOutsideBrackets(verb: RegExp, folded: string): { index: number } | undefined {
  for (const match of folded.matchAll(verb)) {
    const before = folded.slice(0, match.index);
    if ((before.match(/[([〔【]/gu)?.length ?? 0) <= (before.match(/[)\]〕】]/gu)?.length ?? 0)) return match;
  }
  return undefined;
}

/** A subject's name, then the part it plays, up to the verb: `市城市管理局作为…主管部门，`. */
const AS_ROLE = /^([^,，。;；]{2,40}?)作为[^,，。;；]{2,40}[,，]?\s*$/u;

export function dutySubjectLength(folded: string, byWhom = false): number | undefined {
  // Bodies and those they work with, whatever the verb after them (`住房城乡建设主管部门会同自然资源、
  // 特种设备安全监督管理等部门简化…`): the list after 会同 ends at its shared ending.
  const together = WORKS_WITH.exec(folded);
  const first = verbOutsideBrackets(byWhom ? ENFORCEMENT_VERB : DUTY_VERB, folded);
  // Or bodies after 会同 named in full (`市财政局会同市商务局相应压减…`): what follows them is the act.
  const named = together ? together[0].length : namedPartnersEnd(folded);
  const verb = named !== undefined && (!first || first.index > named) ? { index: named } : first;
  if (!verb || DESCRIBED_BODY.test(folded.slice(verb.index))) return undefined;
  if (FORMED_GROUP.test(folded)) return undefined;
  const before = folded.slice(0, verb.index).replace(DUTY_MANNER, '');
  // A body and the part it plays (`市城市管理局作为全市城镇燃气行业主管部门，要牵头…`): the body alone.
  const playing = AS_ROLE.exec(before);
  if (playing && isOrgList(playing[1]!)) return playing[1]!.length;
  // Bodies worked with are no subject (`会同市财政局制定…`, under the body whose duty it is).
  if (/^(?:会同|配合|协助|协同|联合)/u.test(before)) return undefined;
  // A bracket still open before the verb is a clause (`提升电梯质量（牵头单位：`), not a name.
  const open = /[()[\]〔〕【】]/u.test(before.replace(/\([^()]*\)/gu, ''));
  // Bodies that report to another (`各市每半月向省专项整治工作领导小组办公室报送…`): the ones before 向.
  const toward = REPORTS_TO.exec(before);
  if (toward && isOrgList(toward[1]!) && isOrgList(toward[2]!)) return toward[1]!.length;
  // The short name the text defines for it is no part of the list (`市局网络交易监督管理科（以下简称市局网监科）`).
  const shortened = before.replace(DEFINES_SHORT_NAME, '');
  // The bodies before 会同 and those after it are two lists (`市场监督管理部门会同商务、旅游等部门`), each
  // sharing its own ending.
  const lists = shortened.split('会同');
  return before.length > 0 && before.length <= 80 && !open && lists.every((list) => isOrgList(list))
    ? before.length
    : undefined;
}
