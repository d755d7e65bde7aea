// Related results against the real corpus and thesaurus (content/generated/data, `npm run ingest`).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from './bundle.ts';
import { SearchEngine } from './engine.ts';
import { bundleView } from './view.ts';
import { type BundleInput, readBundleInput } from './bundle-input.ts';

const DATA = fileURLToPath(new URL('../../../content/generated/data/', import.meta.url));

describe('related results', () => {
  let input: BundleInput;
  let engine: SearchEngine;
  let without: SearchEngine;
  const ids = (e: SearchEngine, q: string) => e.search(q).hits.map((h) => e.bundle.units[h.unit]!.id);
  const relatedIds = (q: string) => engine.search(q).related.map((h) => engine.bundle.units[h.unit]!.id);

  beforeAll(() => {
    input = readBundleInput(DATA);
    engine = new SearchEngine(JSON.parse(JSON.stringify(buildBundle(input))));
    without = new SearchEngine(buildBundle({ ...input, thesaurus: [] }));
  });

  it.each(['电梯', '电子商务', '12365', '质监', '工信', '网购', '品牌 标准'])(
    'exact results of %s are the same with or without the thesaurus, and never related',
    (q) => {
      expect(ids(engine, q)).toEqual(ids(without, q));
      const exact = new Set(ids(engine, q));
      for (const id of relatedIds(q)) expect(exact.has(id)).toBe(false);
    },
  );

  it('网购 has no exact result; its related units say 电子商务 or 网络销售, each marked', () => {
    const outcome = engine.search('网购');
    expect(outcome.hits).toEqual([]);
    expect(outcome.related.length).toBeGreaterThan(0);
    for (const hit of outcome.related) {
      expect(hit.via).toEqual(['电子商务']);
      const text = engine.folded[hit.unit]!;
      const marked = hit.ranges.map((r) => text.slice(r.start, r.end));
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked)
        expect(['电子商务', '网络销售', '互联网销售', '网络交易', '网店', '电商']).toContain(word);
    }
  });

  it('a short form reaches its department’s units as related results, saying so', () => {
    const outcome = engine.search('工信');
    const dept = engine.bundle.departments.findIndex((d) => d.id === 'industry-information');
    expect(outcome.related.length).toBeGreaterThan(0);
    for (const hit of outcome.related) {
      expect(engine.bundle.units[hit.unit]!.depts).toContain(dept);
      expect(hit.via).toEqual(['工业和信息化主管部门']);
    }
  });

  it('a department reaches the units of the bodies it took over from, saying which (市场监管局 → 质监局…)', () => {
    const outcome = engine.search('市场监管局');
    const index = (id: string) => engine.bundle.departments.findIndex((d) => d.id === id);
    const market = engine.bundle.departments[index('market-regulation')]!;
    const before = market.predecessors ?? [];
    expect(before).toContain(index('quality-supervision'));
    expect(before).toContain(index('industry-commerce'));
    // No seed names 市场监管局 (all are of 2013–2015): every unit of a predecessor is a related result.
    expect(outcome.hits).toEqual([]);
    const expected = engine.bundle.units.flatMap((u, i) => (u.depts.some((d) => before.includes(d)) ? [i] : []));
    expect(outcome.related.map((hit) => hit.unit)).toEqual(expect.arrayContaining(expected));
    expect(outcome.related).toHaveLength(expected.length);
    for (const hit of outcome.related) {
      const depts = engine.bundle.units[hit.unit]!.depts.filter((d) => before.includes(d));
      expect(hit.via.toSorted()).toEqual(
        depts.map((d) => `${engine.bundle.departments[d]!.name}（前身部门）`).toSorted(),
      );
    }
    // And the page's note names them.
    const view = bundleView(engine, '市场监管局', {});
    expect(view.notes[0]?.predecessors).toContain('质量技术监督局');
  });

  it('related results keep the filters', () => {
    const all = relatedIds('网购');
    const henan = engine.search('网购', { province: ['henan'] }).related.map((h) => engine.bundle.units[h.unit]!.id);
    expect(henan.length).toBeGreaterThan(0);
    expect(henan.every((id) => id.startsWith('henan-'))).toBe(true);
    expect(all.filter((id) => id.startsWith('henan-'))).toEqual(henan);
  });

  it('a query without any match suggests concepts, departments and themes near it', () => {
    const view = bundleView(engine, '压力容器', {});
    expect(view.total).toBe(0);
    expect(view.suggestions.concepts).toContain('特种设备');
    expect(view.suggestions.themes.map((t) => t.id)).toContain('key-area-supervision');
    expect(bundleView(engine, '电梯', {}).suggestions.concepts).toEqual([]);
  });
});
