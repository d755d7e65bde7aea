/**
 * The issuing body: a `发文机关：` header field, unless it names the body by its level alone (then
 * the signature or the title, which name it in full) or one of the joint issuers the title or the
 * signature names; else the signature (the short line right above the signature date, or for
 * minutes the office of the 版记's `…2024年8月21日印发`), else the body named before 关于 in the title
 * (`河北省人民政府办公厅关于印发…`), else the body a 政策解读 names as its author at its foot
 * (`解读机关：某市发展和改革委员会`), else an agreement's first party (`甲方：某市人民政府（盖章）`). A
 * joint signature (bodies on several lines above the date, or side by side on one) gives way to the
 * title, which names them all.
 */
import { fold } from '../../../src/model/fold.ts';
import { isSignatureNames, signingParties } from '../../ingest/line-shapes.ts';
import type { Province } from '../../../src/model/index.ts';
import { dateAlone } from './date.ts';
import { imprint, type HeaderField } from './header.ts';
import type { Found, TextLine } from './lines.ts';
import { endsLikeTitle } from '../../ingest/line-shapes.ts';
import { nextNonBlank } from './title-lines.ts';

const SENTENCE = /[。,;:!?、]/u;
/** Two names on one signature line, apart by a run of spaces. */
const SIDE_BY_SIDE = /\S\s{2,}\S/u;

/** A name by its level alone (`省政府办公厅`, `市市场监管局`), as a web page's field gives it; not 市场…. */
const LEVEL_ONLY = /^(?:省|市(?!场)|县|区|自治区|州|盟|旗)/u;

export function readIssuer(lines: TextLine[], header: HeaderField | undefined, fromTitle: Found | undefined) {
  // Minutes have no signature: the 版记's office that printed them signs for them.
  const signed = signature(lines) ?? imprint(lines)?.issuer;
  // A page's field that names the body by its level alone gives way to the signature or the title,
  // which name it in full (`发布机构：省政府办公厅` / `浙江省人民政府办公厅关于印发…`).
  // A page files a joint document under one of its issuers (`发布机构：柏川县教育体育局`): the title that
  // names it with the others (`柏川县教育体育局 柏川县卫生健康局关于印发…`) names them all.
  const joined =
    header &&
    fromTitle &&
    fold(fromTitle.value).includes(fold(header.value)) &&
    fromTitle.value.length > header.value.length + 2;
  if (header && joined && /\s/u.test(fromTitle!.value.trim())) return fromTitle;
  // A joint document is signed by each body on a line of its own, or side by side on one line
  // (`中共某省委办公厅` and `某省人民政府办公厅` apart by spaces); its title names them all.
  const joint = signed && jointSigners(lines, signed.lines[0]!);
  // So does its signature, where the page's title is its own short one (`…等八部门关于…`).
  if (header && joint && fold(joint.value).includes(fold(header.value))) return joint;
  if (header && !(LEVEL_ONLY.test(header.value) && (signed ?? fromTitle)))
    return { value: header.value, lines: header.lines };
  if (signed && fromTitle && (joint || SIDE_BY_SIDE.test(signed.value))) return fromTitle;
  // A title that names no issuer (`关于加强…的通告`): the bodies that sign, a line each, are the issuers.
  if (joint) return joint;
  return signed ?? fromTitle ?? interpreter(lines) ?? firstParty(lines);
}

/**
 * The first party of an agreement (a 责任书 signed `甲方：某市人民政府（盖章）` / `乙方：…`, or the two side
 * by side): the body that sets the goals and holds the other to them.
 */
function firstParty(lines: TextLine[]): Found | undefined {
  for (const line of lines) {
    const first = signingParties(line.text).find(({ party }) => party === '甲方');
    if (first) return { value: first.name, lines: [line.number] };
  }
  return undefined;
}

/**
 * The author a 政策解读 names in a field of its own, usually at its foot, up to the next field on its
 * line (`解读单位：…局  解读人：…`).
 */
const INTERPRETER = /^(?:解读机关|解读单位|解读部门)\s*[:：]\s*(\S.{1,38}?)\s*(?:$|\s{2,}\S{2,6}\s*[:：])/u;

function interpreter(lines: TextLine[]): Found | undefined {
  for (const line of lines) {
    const match = INTERPRETER.exec(line.text);
    if (match) return { value: match[1]!, lines: [line.number] };
  }
  return undefined;
}

/**
 * The bodies of a joint signature, a line each above the signature line `number` (its own
 * included), parted by a space as a title's joint issuers are; undefined when the line above names
 * no body that signs with it.
 */
function jointSigners(lines: TextLine[], number: number): Found | undefined {
  const signers: TextLine[] = [lines[number - 1]!];
  for (let index = number - 2; index >= 0 && signers.length < MAX_SIGNERS; index--) {
    const line = lines[index]!;
    if (line.text === '') continue;
    if (!isSignatureNames(line.text)) break;
    signers.unshift(line);
  }
  if (signers.length < 2) return undefined;
  // Bodies set side by side on a line (`质检总局` and `海关总署` apart by spaces) are each a name of their
  // own, apart by one space too where every part is a name's length (not a name spaced out, `商 务 部`).
  const names = signers.flatMap((line) => {
    const parts = line.raw.trim().split(/\s+/u);
    return parts.every((part) => part.length >= 3) ? parts : line.raw.trim().split(/\s{2,}/u);
  });
  return { value: names.join(' '), lines: signers.map((line) => line.number) };
}

/** The most bodies a joint signature lists, a line each. */
const MAX_SIGNERS = 12;

/** The first signature line: short, unpunctuated, right above an unbracketed date line. */
export function signature(lines: TextLine[]): Found | undefined {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.text || line.text.length > 40 || SENTENCE.test(line.text) || endsLikeTitle(line.text)) continue;
    if (dateAlone(line) || /^[([〔【]/u.test(line.text) || /^\d/u.test(line.text)) continue;
    const next = nextNonBlank(lines, index + 1);
    const date = next === undefined ? undefined : dateAlone(lines[next]!);
    if (date && !date.bracketed) return { value: line.raw, lines: [line.number] };
  }
  return undefined;
}

/**
 * The body a provincial or national 文号 prefix stands for (registry docNumberPrefixes): a prefix
 * with 办 is the general office's (`冀政办发` → 河北省人民政府办公厅, `国办发` → 国务院办公厅), any
 * other the government's (`冀政发`, `国发` → 国务院).
 */
export function issuerOfDocNumber(docNumber: string, provinces: Province[]): string | undefined {
  const text = fold(docNumber);
  const matches = provinces.flatMap((province) =>
    province.docNumberPrefixes
      .filter((prefix) => new RegExp(`^${fold(prefix)}\\s*[〔[(【]`, 'u').test(text))
      .map((prefix) => ({ province, prefix })),
  );
  const best = matches.sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (!best) return undefined;
  const government = best.province.government ?? `${best.province.name}人民政府`;
  return best.prefix.includes('办') ? `${government}办公厅` : government;
}
