/**
 * check-metadata: hold the sidecar against the text. Values the sidecar gives as stated must be in
 * the text; a signature date that differs from the sidecar's is a contradiction; the province is
 * inferred from the names the text uses (provinces, cities, 文号 prefixes) and must agree.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import { countiesNamed } from './county-names.ts';
import { datesIn, monthAlone } from '../../src/model/written-date.ts';
import { isNational, provincesOnly, type MetaValueInput, type Province, type Sidecar } from '../../src/model/index.ts';
import { report } from './messages.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';

export interface CheckMetadataOptions {
  sidecar: Sidecar;
  provinces: Province[];
}

const valueOf = (field: MetaValueInput | undefined) => (typeof field === 'object' ? field.value : field);
const isStated = (field: MetaValueInput | undefined) => field !== undefined && typeof field !== 'object';

export const checkMetadata: Plugin<[CheckMetadataOptions], PolicyRoot> = function ({ sidecar, provinces }) {
  return (tree, file) => {
    if (tree.children.length === 0) return; // parse-text already reported the empty source
    const text = fold(String(file.value));
    // A title may be broken over lines: compare without white space on both sides.
    const compact = text.replace(/\s+/gu, '');
    for (const key of ['title', 'issuer', 'docNumber'] as const) {
      const field = sidecar[key];
      const value = fold(valueOf(field) ?? '');
      // Joint issuers parted by spaces may be named in a list (`A、B印发`): each is in the text.
      const parts = key === 'issuer' ? value.split(/\s+/u).filter(Boolean) : [value.replace(/\s+/gu, '')];
      const contained = compact.includes(value.replace(/\s+/gu, '')) || parts.every((part) => compact.includes(part));
      if (isStated(field) && !contained) {
        report(
          file,
          'sidecar:unstated',
          `Unexpected stated ${key} \`${valueOf(field)}\` that the text does not contain, expected \`inferred: true\` with a basis`,
        );
      }
    }
    checkDate(tree, file, sidecar);
    checkProvince(text, file, sidecar, provinces);
  };
};

function checkDate(tree: PolicyRoot, file: VFile, sidecar: Sidecar): void {
  const date = valueOf(sidecar.date)!;
  const lines = (tree.children as UnitNode[]).flatMap((unit) => unit.children).filter((line) => line.role === 'date');
  const written = lines.map((line) => ({ line, iso: isoOf(fold(line.value)) }));
  const match = written.find(({ iso }) => iso === date);
  if (match) return;
  // Stated elsewhere than a signature: a header field (`发布日期：2023-12-05`) or a bracket under the title.
  if (datesIn(fold(String(file.value))).includes(date)) return;
  // A cover dates a draft or a plan by its month (`二〇二五年六月`): a line of that month alone.
  if (
    String(file.value)
      .split('\n')
      .some((line) => monthAlone(fold(line.trim())) === date)
  )
    return;
  if (isStated(sidecar.date)) {
    const other = written[0];
    if (other) {
      report(
        file,
        'sidecar:contradiction',
        `Unexpected sidecar date \`${date}\`, expected \`${other.iso}\` as the text is signed`,
        other.line,
      );
    } else {
      report(
        file,
        'sidecar:unstated',
        `Unexpected stated date \`${date}\` that the text does not contain, expected \`inferred: true\` with a basis`,
      );
    }
  }
}

function isoOf(text: string): string | undefined {
  return datesIn(text)[0];
}

/** The most a province's places alone may score and still not overrule the sidecar. */
const WEAK_EVIDENCE = 2;

/**
 * A place of another province named as a province is (`河南县`, `河南蒙古族自治县` and `海南藏族自治州`
 * are Qinghai's): a county, prefecture or league after the name, or a town's name that opens with it
 * (`江西沟镇`, Qinghai's too); not the province's towns (`江苏城镇`, `河北各镇`).
 */
const LOCAL_PLACE = String.raw`(?:县|州|盟|旗|\p{Script=Han}{1,3}族自治|(?![城各全本该乡])\p{Script=Han}{1,2}镇)`;

/** How often a province's short name occurs in `text` as the province, not as another place's name. */
function shortNameCount(text: string, name: string): number {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return [...text.matchAll(new RegExp(`${escaped}(?!${LOCAL_PLACE})`, 'gu'))].length;
}

/** Score each province by the evidence in the text; the best must be the sidecar's. */
/**
 * A central document's addressees (`各省、自治区、直辖市和新疆生产建设兵团市场监管局`): every province's; the
 * 兵团 there and wherever the text names it again is no evidence of 新疆's.
 */
const ALL_PROVINCES = /省、自治区、直辖市(?:人民政府)?[和及、,]?新疆生产建设兵团/u;

/**
 * The nation's markets named after the city they are in (`在上海、深圳、北京证券交易所首发上市`, `郑州商品
 * 交易所`): where a company lists or trades, no evidence of the document's province.
 */
const NATIONAL_EXCHANGES = /(?:(?:上海|深圳|北京)、?)+证券交易所|(?:上海|大连|郑州|广州)(?:期货|商品)交易所/gu;

export function inferProvince(
  folded: string,
  provinces: Province[],
): { id: string; score: number; evidence: string[]; markersOnly: boolean } | undefined {
  const national = folded.replace(NATIONAL_EXCHANGES, '\n');
  const text = ALL_PROVINCES.test(national) ? national.replaceAll('新疆生产建设兵团', '') : national;
  let best: { id: string; score: number; evidence: string[]; markersOnly: boolean } | undefined;
  // The county-level places it names count as markers do (`舒城县×12`).
  const counties = countiesNamed(text, provinces);
  for (const province of provincesOnly(provinces)) {
    const evidence: string[] = [];
    let score = 0;
    const count = (needle: string, weight: number) => {
      const found = text.split(fold(needle)).length - 1;
      if (found) {
        score += found * weight;
        evidence.push(`${needle}×${found}`);
      }
    };
    count(province.name, 3);
    for (const name of province.shortNames)
      if (name.length >= 2 && !province.name.startsWith(name)) {
        const found = shortNameCount(text, name);
        if (found) {
          score += found * 2;
          evidence.push(`${name}×${found}`);
        }
      }
    const short = province.shortNames.find((name) => name.length >= 2 && province.name.startsWith(name));
    if (short) {
      // `山西` also occurs inside `山西省`: count only the short form's other occurrences.
      const extra = shortNameCount(text.split(fold(province.name)).join('\n'), short);
      if (extra > 0) {
        score += extra * 2;
        evidence.push(`${short}×${extra}`);
      }
    }
    const named = score;
    for (const marker of province.markers) count(marker, 1);
    for (const [name, found] of counties.get(province.id) ?? []) {
      score += found;
      evidence.push(`${name}×${found}`);
    }
    const marked = score - named;
    for (const prefix of province.docNumberPrefixes) count(`${prefix}〔`, 3);
    if (score > 0 && (!best || score > best.score))
      best = { id: province.id, score, evidence, markersOnly: marked === score };
  }
  return best;
}

function checkProvince(text: string, file: VFile, sidecar: Sidecar, provinces: Province[]): void {
  const declared = valueOf(sidecar.province)!;
  // A central document is addressed to every province and names those it singles out (pilots,
  // regions): no province's evidence speaks against the nation's.
  const entry = provinces.find((province) => province.id === declared);
  if (entry && isNational(entry)) return;
  const inferred = inferProvince(text, provinces);
  if (!inferred) {
    // A stated value claims the text says it; an inferred one says who or what did (`npm run add
    // --province` writes 添加时人工指定), which is all a county's text, naming only itself, can have.
    const field = sidecar.province;
    if (typeof field === 'object')
      report(
        file,
        'sidecar:province-from-basis',
        `Unexpected text without any province name, expected evidence for \`${declared}\`; taken on its basis (${field.basis})`,
      );
    else
      report(
        file,
        'sidecar:province-unknown',
        `Unexpected text without any province name, expected evidence for the stated province \`${declared}\``,
      );
    return;
  }
  // One or two mentions of another province's city, and no province named at all, are too little to
  // overrule the sidecar: a person's name may hold a place's (`副省长 林清远`).
  if (inferred.id !== declared && inferred.markersOnly && inferred.score <= WEAK_EVIDENCE) {
    report(
      file,
      'sidecar:province-weak-evidence',
      `Unexpected \`${inferred.evidence.join('、')}\` of \`${inferred.id}\` in a text that names no province, expected the name of \`${declared}\`; kept \`${declared}\``,
    );
    return;
  }
  // More of them, still without a province's name, may be the places a document is about (a county
  // paired with one of another province): a warning, the sidecar's kept.
  if (inferred.id !== declared && inferred.markersOnly) {
    report(
      file,
      'sidecar:province-places',
      `Unexpected \`${inferred.evidence.join('、')}\` of \`${inferred.id}\` in a text that names no province, expected places of \`${declared}\`; kept \`${declared}\``,
    );
    return;
  }
  if (inferred.id !== declared) {
    report(
      file,
      'sidecar:province-mismatch',
      `Unexpected sidecar province \`${declared}\`, expected \`${inferred.id}\` as the text says (${inferred.evidence.join(', ')})`,
    );
  }
}
