/**
 * Short names a document defines for the bodies it names: `成立市质量强市工作领导小组（以下简称市领导小组）`,
 * `省食品安全委员会办公室（以下简称“省食安办”）`, or in a table's note (`“市监局”指市市场监管局`). Within
 * that document the short name is the body: a task later assigned to `市领导小组` or `市质量办` goes to
 * the department the full name resolves to, where the registry alone would file 市领导小组 under any
 * leading group, or know no 市质量办. So is the short name without its level (`领导小组`), and its
 * office (`领导小组办公室`: a group's office is filed with the group, as the registry files
 * 质量强省工作领导小组办公室).
 *
 * A document that names one leading group in full means it by a bare 领导小组 (and its office by
 * 领导小组办公室) too.
 *
 * The full name is the text before the bracket back to the start of its clause (a punctuation mark,
 * or the verb that sets the body up or houses it: 成立, 设立, 组建, 设在, 依托); it counts only when
 * the registry or an earlier definition resolves it, or, for an office, the body the bracket says it
 * sits in (`（设在县生态环境局，以下简称县督改办）`), so a law's short title (`《产品质量法》`) defines nothing.
 */
import { fold } from '../../src/model/fold.ts';
import { FIRST_PERSON } from '../../src/model/written-names.ts';
import type { DepartmentIndex, Resolution } from './department-index.ts';
import { signingParties } from './line-shapes.ts';
import { HOSTED, splitNames } from './name-lists.ts';

/**
 * `（以下简称市领导小组）`, `(以下简称“省食安办”)`, `（简称市质量办）`, on folded text; after where the body
 * sits, too (`（设在省市场监管局，以下简称省质量强省办）`).
 */
const DEFINITION = new RegExp(
  String.raw`\((?:${HOSTED})?(?:以下)?(?:简称|称)\s*[“"「『]?([^()“”"「」『』,，;；。]{2,20}?)[”"」』]?\)`,
  'gu',
);

/** A short name a note explains, in quotes, and the full name (folded): `“市监局”指市市场监管局`. */
const MEANS = /[“"]([^“”"]{2,12})[”"]\s*(?:是)?指\s*([^“”",，;；。、\s]{2,30})/gu;

/**
 * A working group formed at the start of its line, after its label (`（一）救援组：由县市场监管局牵头，…`,
 * `2.综合协调组。由…负责`): group 1 its name, group 2 the bodies up to their role.
 */
const FORMED_WORKING_GROUP =
  /^[\s　]*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}\s*[.、])?\s*(\p{Script=Han}{2,8}(?:组|专班))\s*[:。]\s*由([^,，;；。:]{2,60}?)(?:牵头|负责|组成)/gmu;

/** Where the full name before a definition starts: after the last of these. */
const NAME_START = /^[\s\S]*(?:[,，;；:：、。!！?？\s《》“”"]|成立|设立|组建|设在|依托)/u;

/** Where a group's own name starts, before its 领导小组: after a mark, a conjunction or a verb. */
const GROUP_NAME_START =
  /^[\s\S]*(?:[\s,，;；:：、。!！?？《》“”"()]|和|及|与|成立|设立|组建|调整|由|向|报送|报|经|将|请|在|为|以)/u;
/** A level alone, before a bare 领导小组 (`省领导小组`): no name of its own. */
const LEVEL = /^(?:自治区|省|市|县|区)/u;

/** An office of a body, filed with the body. */
const OFFICE = /(?:办公室|办)$/u;

/** The longest full name looked for before a definition. */
const MAX_NAME = 30;

/** What the document's definitions resolve a name to (folded), or undefined. */
export type DefinedNames = (folded: string) => Resolution | undefined;

/** How a reply or a letter names the one body it is addressed to: `你市要…`, `请你厅…`. */
const SECOND_PERSON = [
  '你省',
  '你区',
  '你市',
  '你州',
  '你盟',
  '你县',
  '你旗',
  '你局',
  '你厅',
  '你委',
  '你办',
  '你单位',
];

/** A bureau's or department's level and ending (`福建省市场监督管理局` → 省, 局; `某县市场监管局` → 县, 局). */
const OWN_LEVEL = /^\p{Script=Han}{0,8}?(省|自治区|市|州|盟|县|区|旗)\p{Script=Han}+(局|厅)$/u;

/**
 * The short names one text defines, with the resolution of the names they stand for; when the text
 * is addressed to one body (`岚州市人民政府：`, a 批复's), the 你市 or 你厅 by which it names that
 * body; and when it is one department's (`issuer`), the 我局 or 本厅 by which it names itself.
 */
export function definedNames(text: string, index: DepartmentIndex, addressee?: string, issuer?: string): DefinedNames {
  const defined = new Map<string, Resolution>();
  // Keyed as the registry's names are (DepartmentIndex.keys: without level or province name).
  const lookup: DefinedNames = (folded) => {
    if (defined.size === 0) return undefined;
    const name = folded.trim();
    for (const written of [name, name.replace(OFFICE, '')])
      for (const key of index.keys(written)) {
        const found = defined.get(key);
        if (found) return found;
      }
    return undefined;
  };
  const one = fold(addressee ?? '').replace(/[:\s]+$/u, '');
  const body = one && !/[、,，;；]/u.test(one) ? index.resolve(one) : undefined;
  if (body) for (const word of SECOND_PERSON) defined.set(word, { ...body, key: one });
  const self = fold(issuer ?? '').trim();
  const own = self && !/[、,，;；\s]/u.test(self) ? index.resolve(self) : undefined;
  if (own?.department.kind === 'department') {
    for (const word of FIRST_PERSON) defined.set(word, { ...own, key: self });
    // A bureau names itself by its level too (`省局于每年1月31日前印发…`, `报市局备案`).
    const level = OWN_LEVEL.exec(self);
    if (level) defined.set(`${level[1]}${level[2]}`, { ...own, key: self });
    // A central administration by its kind (`总局组织开展国家监督抽查`, `报送总局`).
    const central = /(总局|总署)$/u.exec(self);
    if (central) defined.set(central[1]!, { ...own, key: self });
  }
  const folded = fold(text);
  // An agreement names its parties where they sign (`甲方：某市人民政府（盖章）`) and calls them 甲方, 乙方.
  for (const { party, name } of signingParties(folded)) {
    const resolution = index.resolve(name);
    if (resolution) for (const key of index.keys(party)) defined.set(key, { ...resolution, key: name });
  }
  // A working group a plan forms (`（一）救援组：由县市场监管局牵头，县消防救援大队配合，负责…`) is named
  // alone later (`责任单位：救援组`): the body that leads it answers for it.
  for (const match of folded.matchAll(FORMED_WORKING_GROUP)) {
    const lead = splitNames(match[2]!)[0]?.text.trim();
    const resolution = lead ? (lookup(lead) ?? index.resolve(lead)) : undefined;
    if (resolution && !index.resolve(match[1]!)) for (const key of index.keys(match[1]!)) defined.set(key, resolution);
  }
  for (const match of folded.matchAll(DEFINITION)) {
    const before = folded.slice(Math.max(0, match.index - MAX_NAME), match.index);
    const full = before.replace(NAME_START, '');
    if (full.length < 2) continue;
    // An office the registry knows by neither name is the body it sits in (`县生态环境保护督察整改工作领导小组
    // 办公室（设在县生态环境局，以下简称县督改办）`): that body does its daily work.
    // Not where the registry knows the short name itself (`市食安办`).
    const host =
      OFFICE.test(full) && !index.resolve(match[1]!.trim())
        ? /^\((?:设在|挂靠|依托)([^()，,]{2,20})[，,]/u.exec(match[0])?.[1]
        : undefined;
    const resolution = lookup(full) ?? index.resolve(full) ?? (host ? index.resolve(host) : undefined);
    if (!resolution) continue;
    for (const key of index.keys(match[1]!.trim())) defined.set(key, resolution);
  }
  // A table's note says what its short names stand for (`注：…表中“市监局”指市市场监管局，“消防支队”指…`).
  for (const match of folded.matchAll(MEANS)) {
    const resolution = lookup(match[2]!) ?? index.resolve(match[2]!);
    if (resolution && !index.resolve(match[1]!)) for (const key of index.keys(match[1]!)) defined.set(key, resolution);
  }
  // A document that names one leading group in full calls it 领导小组 afterwards without saying so
  // (`报送质量兴区工作领导小组办公室，由领导小组办公室汇总`): the bare name is that group, when the
  // document names no other group and the registry knows this one by name (not only as a group).
  const bare = index.resolve('领导小组')?.department.id;
  const groups = new Map<string, Resolution | undefined>();
  for (const match of folded.matchAll(/领导小组/gu)) {
    const name = folded.slice(Math.max(0, match.index - 16), match.index).replace(GROUP_NAME_START, '');
    if (!name.replace(LEVEL, '')) continue;
    const resolution = index.resolve(`${name}领导小组`);
    const named = resolution && resolution.department.id !== bare;
    groups.set(named ? resolution.department.id : name, named ? resolution : undefined);
  }
  const [only] = groups.values();
  if (groups.size === 1 && only && !defined.has('领导小组')) defined.set('领导小组', only);
  return lookup;
}
