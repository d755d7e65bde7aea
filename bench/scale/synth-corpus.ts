/**
 * A deterministic synthetic corpus of the same family, for benchmarks: N documents recombining the
 * real measures across provinces, years and departments, so that department, theme and search
 * statistics stay realistic. Each document takes the structure of one real plan, draws each
 * measure's text from the same theme in a (seeded) random real document, renames the province's
 * names, markers and 文号 prefix to the target province, and shuffles the co-responsible
 * departments after the lead.
 */
import type { Province, Unit } from '../../src/model/index.ts';

export interface SynthDocument {
  id: string;
  text: string;
  sidecar: string;
}

/** Mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** Replace every name of `from` (full name, short names, markers) by the matching name of `to`. */
export function renameProvince(text: string, from: Province, to: Province): string {
  const pairs: Array<[string, string]> = [
    [from.name, to.name],
    ...from.shortNames.filter((name) => name.length >= 2).map((name): [string, string] => [name, to.shortNames[0]!]),
    ...from.markers.map((marker, index): [string, string] => [
      marker,
      to.markers[index % Math.max(1, to.markers.length)] ?? to.shortNames[0]!,
    ]),
    ...from.docNumberPrefixes.map((prefix, index): [string, string] => [
      prefix,
      to.docNumberPrefixes[index % Math.max(1, to.docNumberPrefixes.length)] ?? prefix,
    ]),
  ];
  // Longest first, through a placeholder so that a replacement is never replaced again.
  pairs.sort((a, b) => b[0].length - a[0].length);
  let result = text;
  pairs.forEach(([search], index) => {
    result = result.split(search).join(`\u0000${index}\u0000`);
  });
  pairs.forEach(([, replacement], index) => {
    result = result.split(`\u0000${index}\u0000`).join(replacement);
  });
  return result;
}

/** Shuffle the departments after the lead in a closing `（…按职责分工负责）`. */
function shuffleDepartments(line: string, next: () => number): string {
  return line.replace(/（([^（）]+?)((?:等)?按(?:各自)?职责分工负责)）/u, (whole, list: string, tail: string) => {
    const names = list.split('、');
    if (names.length < 3) return whole;
    const [lead, ...rest] = names;
    for (let index = rest.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [rest[index], rest[other]] = [rest[other]!, rest[index]!];
    }
    return `（${[lead, ...rest].join('、')}${tail}）`;
  });
}

/**
 * N documents built from the real units. `templates` are the real plans (their units in order);
 * `provinceOf` maps a document id to its province.
 */
export function synthesize(count: number, templates: Unit[][], provinces: Province[], seed = 2015): SynthDocument[] {
  const next = random(seed);
  const byTheme = new Map<string, Unit[]>();
  for (const unit of templates.flat()) {
    if (unit.kind !== 'measure' || !unit.themes[0]) continue;
    byTheme.set(unit.themes[0], [...(byTheme.get(unit.themes[0]) ?? []), unit]);
  }
  const provinceById = new Map(provinces.map((province) => [province.id, province]));
  const documents: SynthDocument[] = [];
  for (let index = 0; index < count; index++) {
    const template = pick(next, templates);
    const province = pick(next, provinces);
    const year = 2015 + Math.floor(next() * 10);
    const id = `${province.id}-${year}-synthetic-${String(index + 1).padStart(5, '0')}`;
    const title = `${province.name}贯彻质量发展纲要${year}年行动计划（合成样本${index + 1}）`;
    const lines: string[] = template.some((unit) => unit.kind === 'title') ? [] : [`　　${title}`, ''];
    for (const unit of template) {
      if (unit.kind === 'title') {
        lines.push(`　　${title}`, '');
        continue;
      }
      const source = unit.kind === 'measure' && unit.themes[0] ? pick(next, byTheme.get(unit.themes[0])!) : unit;
      let text = source.text;
      if (source !== unit) {
        // Keep the template's numbering label, take the other province's wording.
        const label = unit.text.slice(0, unit.text.indexOf(unit.title));
        const body = source.text.slice(source.text.indexOf(source.title));
        text = label + body;
      }
      const from = provinceById.get(source.provinceId)!;
      text = renameProvince(text, from, province).replaceAll('2015年', `${year}年`);
      lines.push(...text.split('\n').map((line) => shuffleDepartments(line, next)), '');
    }
    documents.push({
      id,
      text: lines.join('\n'),
      sidecar: [
        `title: ${title}`,
        `issuer: { value: ${province.name}人民政府办公厅, inferred: true, basis: synthetic benchmark document }`,
        `province: ${province.id}`,
        `date: { value: '${year}', inferred: true, basis: synthetic benchmark document }`,
        'type: 行动计划',
        `period: '${year}'`,
        '',
      ].join('\n'),
    });
  }
  return documents;
}
