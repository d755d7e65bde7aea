/**
 * The province: named at the start of the issuer (`河北省人民政府办公厅`), else in the title; else
 * inferred from the names the text uses, with the same scoring the ingest checks it with
 * (inferProvince in scripts/ingest/check-metadata.ts). A central body's document (`国务院办公厅`,
 * `市场监管总局`) is the nation's (registry `level: national`).
 */
import { fold } from '../../../src/model/fold.ts';
import { isNational, provincesOnly, type Province } from '../../../src/model/index.ts';
import { inferProvince } from '../../ingest/check-metadata.ts';

/** The names of a province as they open an issuer or occur in a title (never a one-character 简称). */
const namesOf = (province: Province) => [province.name, ...province.shortNames.filter((name) => name.length >= 2)];

/**
 * The central bodies that issue documents without the nation's name (folded): the ministries and
 * commissions of the State Council (`工业和信息化部`, `住房城乡建设部`), its administrations (`市场监管总局`,
 * `海关总署`, `审计署`) and the regulators (`银保监会`), under the names of 2008 to today. Those written
 * with it (`国家卫生健康委`, `国务院办公厅`, `中国人民银行`, `中共中央办公厅`) the nation's names open.
 */
const CENTRAL_BODY = new RegExp(
  `^(?:${[
    '(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|民族事务|公安|国家安全|监察|民政|司法|财政|' +
      '人力资源(?:和)?社会保障|人社|自然资源|国土资源|生态环境|环境保护|环保|住房(?:和)?城乡建设|住建|' +
      '交通运输|铁道|水利|农业农村|农业|商务|文化和旅游|文化|卫生|退役军人事务|应急管理)部',
    '(?:市场监管|市场监督管理|质检|质量监督检验检疫|工商|工商行政管理|食品药品监管|食品药品监督管理|' +
      '安全监管|安全生产监督管理|税务|体育|广电|广播电视|新闻出版广电|旅游)总局',
    '海关总署',
    '审计署',
    '(?:银保监|银监|保监|证监)会',
  ].join('|')})`,
  'u',
);

/** Whether a name opens as a central body's: the nation's names or CENTRAL_BODY. */
function opensAsCentral(text: string, provinces: Province[]): boolean {
  return (
    CENTRAL_BODY.test(text) ||
    provinces.some((province) => isNational(province) && namesOf(province).some((n) => text.startsWith(fold(n))))
  );
}

/** The province whose name or place a name holds anywhere (`国家税务总局山西省税务局`, `…太原中心支行`). */
const provinceWithin = (text: string, provinces: Province[]) =>
  provincesOnly(provinces).find((province) =>
    [...namesOf(province), ...province.markers].some((place) => text.includes(fold(place))),
  );

/**
 * The province (or the nation) whose name opens `issuer`. A central body's name is the nation's
 * unless a province's place follows it: its branch there (`国家税务总局山西省税务局`,
 * `中国人民银行太原中心支行`) is the province's.
 */
export function provinceOfIssuer(issuer: string, provinces: Province[]): Province | undefined {
  const text = fold(issuer);
  const own = provincesOnly(provinces).find((province) =>
    namesOf(province).some((name) => text.startsWith(fold(name))),
  );
  if (own || !opensAsCentral(text, provinces)) return own;
  return provinceWithin(text, provinces) ?? provinces.find(isNational);
}

/**
 * The province named in `title`, when exactly one is; else the nation, when a central body's name
 * opens it (`国务院办公厅关于…`). The nation's names elsewhere in a title (`贯彻落实国家…`) are a province's
 * words about it.
 */
export function provinceInTitle(title: string, provinces: Province[]): Province | undefined {
  const text = fold(title);
  const named = provincesOnly(provinces).filter((province) =>
    namesOf(province).some((name) => text.includes(fold(name))),
  );
  if (named.length) return named.length === 1 ? named[0] : undefined;
  return opensAsCentral(text, provinces) ? provinces.find(isNational) : undefined;
}

/**
 * The least score the text's names must reach to file a document by them alone: one place named once
 * may be a word that holds its name (`重大庆典` holds 大庆) or a place the text only mentions, while
 * a city's or county's own document names itself in its title, its issuer and its signature.
 */
const LEAST_EVIDENCE = 2;

/**
 * The province the text points to, with the evidence in Chinese for the basis; `weak` when it is
 * too little to file the document by.
 */
export function provinceOfText(
  text: string,
  provinces: Province[],
): { province: Province; evidence: string; weak: boolean } | undefined {
  const best = inferProvince(fold(text), provinces);
  const province = best && provinces.find((entry) => entry.id === best.id);
  return province && { province, evidence: best.evidence.join('、'), weak: best.score < LEAST_EVIDENCE };
}

/** A province given by a person: its id (`hebei`), full name (`河北省`) or a short name (`河北`). */
export function findProvince(value: string, provinces: Province[]): Province | undefined {
  const text = fold(value.trim());
  return provinces.find(
    (province) => province.id === text.toLowerCase() || namesOf(province).some((name) => fold(name) === text),
  );
}
