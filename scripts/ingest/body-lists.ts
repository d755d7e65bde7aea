/**
 * Whether a list of names names bodies (`省发展改革委、省财政厅`, not a clause), and the ending its names
 * share (`发展改革、财政等部门`: 发展改革部门, 财政部门; `瑞昌市、湖口县人民政府`). Used by the responsibility
 * clauses, the subjects of sentences and the names' resolution.
 */
import { LEVEL_PREFIXES } from '../../src/model/department-names.ts';
import {
  areShortNames,
  BARE_LEVEL,
  endsAsName,
  FINAL_QUALIFIER,
  QUALIFIER,
  splitNames,
  TRAILING_ETC,
} from './name-lists.ts';

/** Bodies named before, not by name (`两部门要建立…机制`, `上述单位`, `双方`): no list of names. */
const NAMED_BEFORE = /^(?:两|三|该|上述|以上|前述|双方)(?:个)?(?:部门|单位|机构)$|^双方$/u;

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
      .map((name) => name.replace(OTHER_NAME, (bracket) => (endsAsName(bracket.slice(1, -1)) ? '' : bracket)))
      // A bracket may qualify a name (`县(市、区)人民政府`); any other bracket is no name's.
      .every(
        (name) =>
          !/[()〔〕[\]【】]/u.test(name.replace(QUALIFIER, '')) &&
          // A bracket after the name qualifies it (`各乡镇（街道）`) or marks its role (`A（牵头）`).
          endsAsName(name.replace(FINAL_QUALIFIER, '')),
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
      BARE_PLACE.test(names[index]!) && !PLACE.test(names[index]!) && !endsAsName(names[index]!);
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
    [name, withoutLevel(name)].some((part) => /^[\u4e00-\u9fff]{2,10}$/u.test(part) && !endsAsName(part));
  if (!ending || names.length < 2 || !names.slice(0, -1).every(bare)) return [...names];
  const sector = last.replace(SHARED_ENDING, '');
  if (!bare(sector)) return [...names];
  return [...names.slice(0, -1).map((name) => name + ending), sector + ending];
}
