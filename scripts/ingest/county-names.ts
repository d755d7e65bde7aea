/**
 * The county-level places a text names, by province (registry/provinces.yml `counties`): evidence of
 * the province of a county's or district's document, which often names none (`舒城县人民政府办公室`).
 * One pass over the text, looking back from each 县, 市, 区 or 旗 at the names that end there.
 */
import { fold } from '../../src/model/fold.ts';
import type { Province } from '../../src/model/index.ts';

/** The counties of the registry by their folded name, with the longest name's length. */
interface CountyIndex {
  provinceOf: Map<string, string>;
  longest: number;
}

const indexes = new WeakMap<readonly Province[], CountyIndex>();

function indexOf(provinces: readonly Province[]): CountyIndex {
  let index = indexes.get(provinces);
  if (!index) {
    const provinceOf = new Map<string, string>();
    for (const province of provinces) for (const name of province.counties) provinceOf.set(fold(name), province.id);
    index = { provinceOf, longest: Math.max(0, ...[...provinceOf.keys()].map((name) => name.length)) };
    indexes.set(provinces, index);
  }
  return index;
}

/** The last character of a county-level name. */
const ENDS = new Set(['县', '市', '区', '旗']);
/**
 * What, after the name, makes its last character part of another word (`…区域`, `…市场`, `…县域`,
 * `…县级`, `…区划`): no place there. The registry leaves out the names such words would form.
 */
const NOT_AFTER = new Set(['域', '场', '级', '块', '间', '划']);

/** How often the folded `text` names each county of each province: province id → name → count. */
export function countiesNamed(text: string, provinces: readonly Province[]): Map<string, Map<string, number>> {
  const { provinceOf, longest } = indexOf(provinces);
  const found = new Map<string, Map<string, number>>();
  if (provinceOf.size === 0) return found;
  for (let end = 0; end < text.length; end++) {
    if (!ENDS.has(text[end]!) || NOT_AFTER.has(text[end + 1] ?? '')) continue;
    for (let length = Math.min(longest, end + 1); length >= 3; length--) {
      const name = text.slice(end - length + 1, end + 1);
      const province = provinceOf.get(name);
      if (!province) continue;
      const counts = found.get(province) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      found.set(province, counts);
      break;
    }
  }
  return found;
}
