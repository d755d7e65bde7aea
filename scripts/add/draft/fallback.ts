/**
 * Last resorts for a text that states no title, issuer or date (a body copied without its frame):
 * a value built from what the body does say, always marked inferred with a basis that says so and
 * asks for a check. The add step then never stops on a received text; the page shows the value as
 * inferred, and a curator corrects the sidecar when the facts are known.
 */
import { fold } from '../../../src/model/fold.ts';
import type { Province } from '../../../src/model/index.ts';
import type { TextLine } from './lines.ts';
import { typeOfTitle } from './type.ts';
import type { Drafted } from './yaml.ts';

/** `制定本行动计划`, `特制定本实施方案`, `提出如下意见`: the type the body calls itself. */
const SELF_NAME =
  /(?:制定|制订|印发)本(行动计划|实施方案|工作方案|方案|实施意见|意见|计划|办法|细则|实施细则|规划|措施)|提出(?:以下|如下)(实施意见|意见|措施)/u;
const YEAR = /((?:19|20)\d{2})\s*年/gu;

/** The year the text is most about: the first year of its first sentence that names one. */
export function yearOfBody(lines: TextLine[]): string | undefined {
  for (const line of lines) {
    const years = [...fold(line.text).matchAll(YEAR)].map((match) => match[1]!);
    if (years.length) return years.sort().at(-1);
  }
  return undefined;
}

export function fallbackTitle(lines: TextLine[], province: Province | undefined): Drafted {
  const body = lines.map((line) => fold(line.text)).join('\n');
  const kind = SELF_NAME.exec(body);
  const type = kind?.[1] ?? kind?.[2] ?? '文件';
  const year = /计划|方案/u.test(type) ? yearOfBody(lines) : undefined;
  const value = `${province?.name ?? ''}${year ? `${year}年` : ''}${type}`;
  const said = kind ? `正文自称“本${type}”` : '正文未自称文种';
  return {
    value,
    stated: false,
    basis: `文中未见标题；按${said}${province ? `、省份` : ''}${year ? '与年份' : ''}拟定，请按原件核对`,
  };
}

/** `由市人民政府办公室印发实施`: a plan's closing part says which office issues it. */
const ISSUED_BY = /由((?:省|市|州|县|区|盟|旗|自治区)?(?:人民)?政府(?:办公厅|办公室)?)(?:负责)?印发(?!的)/u;
/** The level word a body's name starts with when it leaves out its place (`市人民政府办公室`). */
const LEVEL = /^(?:省|自治区|市|州|县|区|盟|旗)/u;
/** A city, prefecture or league the title starts with (`遵义市…`, `黄南州…`), by its province's place names. */
function placeOfTitle(title: string | undefined, province: Province): string | undefined {
  const folded = fold(title ?? '');
  for (const marker of province.markers) {
    const place = new RegExp(`^${marker}(?:市|州|地区|盟)`, 'u').exec(folded)?.[0];
    if (place) return place;
  }
  return undefined;
}

/**
 * The issuer of a text with no signature and no `××关于` title: the office its body says issues it
 * (`由市人民政府办公室印发`), else the government of the place its title starts with (`遵义市…` →
 * 遵义市人民政府), else the province's government; always inferred, with what it rests on.
 */
export function fallbackIssuer(province: Province, title: string | undefined, lines: TextLine[]): Drafted {
  const place = placeOfTitle(title, province);
  const stated = lines.map((line) => ISSUED_BY.exec(fold(line.text))).find(Boolean)?.[1];
  if (stated) {
    const whose = /^(?:省|自治区)/u.test(stated) || !place ? province.name : place;
    return {
      value: `${whose}${stated.replace(LEVEL, '')}`,
      stated: false,
      basis: `文中无落款、标题无“××关于”；正文称“由${stated}印发”，按${place && whose === place ? '标题所称地方' : '省份'}补全，请按原件核对`,
    };
  }
  if (place)
    return {
      value: `${place}人民政府`,
      stated: false,
      basis: `文中未载明发文机关（无落款、标题无“××关于”）；按标题所称“${place}”推定为其人民政府，请按原件核对`,
    };
  return {
    value: `${province.name}人民政府`,
    stated: false,
    basis: `文中未载明发文机关（无落款、标题无“××关于”）；按省份推定为省人民政府，请按原件核对`,
  };
}

export function fallbackDate(lines: TextLine[]): Drafted | undefined {
  const year = yearOfBody(lines);
  return year
    ? { value: year, stated: false, basis: `文中未载明发文日期；取自正文首次提及的年份，请按原件核对` }
    : undefined;
}

/** The type of a title that does not end with one: what the body calls itself, else 方案. */
export function fallbackType(title: string, lines: TextLine[]) {
  const own = typeOfTitle(title);
  if (own) return own;
  const kind = SELF_NAME.exec(lines.map((line) => fold(line.text)).join('\n'));
  return typeOfTitle(kind?.[1] ?? kind?.[2] ?? '方案') ?? '方案';
}
