// The policy thesaurus (content/registry/thesaurus.yml): every label is in the corpus or listed as an
// everyday word, the loader reports bad references at their place, the exports are SKOS.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fold } from '../../src/model/fold.ts';
import { themesFileSchema } from '../../src/model/registry.ts';
import { thesaurusFileSchema } from '../../src/model/thesaurus.ts';
import { exportConcepts, thesaurusJsonLd } from '../../src/model/thesaurus-export.ts';
import { loadThesaurus } from './cli/load.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const concepts = thesaurusFileSchema.parse(parse(read('content/registry/thesaurus.yml')));
const themeIds = new Set(themesFileSchema.parse(parse(read('content/registry/themes.yml'))).map((t) => t.id));
const sources = readdirSync(new URL('content/sources/', ROOT)).filter((name) => name.endsWith('.txt'));
const corpus = fold(sources.map((name) => read(`content/sources/${name}`)).join('\n')).toLowerCase();
const inCorpus = (label: string) => corpus.includes(fold(label).toLowerCase());

describe('thesaurus.yml', () => {
  it('has at least 150 concepts and loads without a problem', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(150);
    const loaded = loadThesaurus(new URL('content/registry/', ROOT).pathname, new URL('.', ROOT).pathname, themeIds);
    expect(loaded.files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(loaded.concepts).toHaveLength(concepts.length);
  });

  it('every label occurs in the corpus, or is listed as an everyday word (and then does not)', () => {
    const wrong: string[] = [];
    for (const concept of concepts) {
      for (const label of [concept.prefLabel, ...concept.altLabels]) {
        const everyday = concept.everyday.includes(label);
        if (everyday === inCorpus(label))
          wrong.push(
            `${concept.id}: ${label} ${everyday ? 'is in the corpus' : 'is neither in the corpus nor everyday'}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['网购', 'e-commerce', '电子商务'],
    ['网络销售', 'e-commerce', '电子商务'],
    ['雾霾治理', 'air-pollution', '大气污染防治'],
    ['12365', 'complaint-hotlines', '投诉举报热线'],
    ['12315', 'complaint-hotlines', '投诉举报热线'],
    ['输非', 'africa-exports', '输非产品'],
    ['电梯', 'elevators', '电梯'],
    ['锅炉', 'boilers', '锅炉'],
  ])('officials’ word %s belongs to %s (%s)', (label, id, prefLabel) => {
    const concept = concepts.find((c) => c.prefLabel === label || c.altLabels.includes(label));
    expect(concept?.id).toBe(id);
    expect(concept?.prefLabel).toBe(prefLabel);
  });

  it('covers the areas officials ask about', () => {
    const ids = new Set(concepts.map((c) => c.id));
    for (const id of [
      'talent',
      'food-safety',
      'special-equipment',
      'brand',
      'standards',
      'metrology',
      'certification',
      'quality-credit',
      'inspection-testing',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});

describe('loading thesaurus.yml', () => {
  const load = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
    writeFileSync(join(dir, 'thesaurus.yml'), yaml);
    return loadThesaurus(dir, dir, new Set(['brand-building']));
  };

  it('reports an unknown reference at its place, with its rule, and gives no concepts', () => {
    const loaded = load(
      [
        '- id: brand',
        '  prefLabel: 品牌',
        '  broader: [quality]',
        '  themes: [brand-building, brands]',
        '- id: famous',
        '  prefLabel: 名牌',
        '  altLabels: [品牌]',
        '  everyday: [驰名]',
        '',
      ].join('\n'),
    );
    expect(loaded.concepts).toEqual([]);
    expect(loaded.files[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '3:13 thesaurus:unknown-reference Unexpected concept `quality` in broader, expected an id of thesaurus.yml',
      '4:28 thesaurus:unknown-reference Unexpected theme `brands`, expected an id of themes.yml',
      '7:15 thesaurus:label Unexpected label `品牌` again (first in `brand`), expected each label once',
      "8:14 thesaurus:label Unexpected everyday word `驰名`, expected one of the concept's labels",
    ]);
  });

  it('reports a broader cycle and a concept both broader and related', () => {
    const loaded = load(
      [
        '- id: a',
        '  prefLabel: 甲',
        '  broader: [b]',
        '  related: [b]',
        '- id: b',
        '  prefLabel: 乙',
        '  broader: [a]',
        '',
      ].join('\n'),
    );
    expect(loaded.files[0]!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual([
      '4 thesaurus:unknown-reference',
      '3 thesaurus:unknown-reference',
      '7 thesaurus:unknown-reference',
    ]);
  });

  it('reports a concept related to one that names it as broader', () => {
    const loaded = load(
      ['- id: a', '  prefLabel: 甲', '  related: [b]', '- id: b', '  prefLabel: 乙', '  broader: [a]', ''].join('\n'),
    );
    expect(loaded.files[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '3:13 thesaurus:unknown-reference',
    ]);
  });

  it('a registry without thesaurus.yml has no thesaurus and no message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
    expect(loadThesaurus(dir, dir, new Set())).toEqual({ concepts: [], files: [] });
  });
});

describe('thesaurus exports', () => {
  const small = thesaurusFileSchema.parse([
    { id: 'trade', prefLabel: '商贸流通' },
    { id: 'e-commerce', prefLabel: '电子商务', altLabels: ['网购'], broader: ['trade'], related: ['logistics'] },
    { id: 'logistics', prefLabel: '物流' },
  ]);

  it('makes narrower the inverse of broader and related symmetric', () => {
    const exported = exportConcepts(small);
    expect(exported.find((c) => c.id === 'trade')?.narrower).toEqual(['e-commerce']);
    expect(exported.find((c) => c.id === 'logistics')?.related).toEqual(['e-commerce']);
  });

  it('writes SKOS JSON-LD: a concept scheme, its top concepts, concepts with labels and relations', () => {
    const ld = thesaurusJsonLd(exportConcepts(small), '政策词表') as {
      '@context': Record<string, unknown>;
      '@graph': Array<Record<string, unknown>>;
    };
    expect(ld['@context'].skos).toBe('http://www.w3.org/2004/02/skos/core#');
    const [scheme, ...rest] = ld['@graph'];
    expect(scheme).toMatchObject({ '@type': 'ConceptScheme', hasTopConcept: ['#trade', '#logistics'] });
    expect(rest.find((c) => c['@id'] === '#e-commerce')).toEqual({
      '@id': '#e-commerce',
      '@type': 'Concept',
      inScheme: '#scheme',
      prefLabel: '电子商务',
      altLabel: ['网购'],
      broader: ['#trade'],
      narrower: [],
      related: ['#logistics'],
    });
  });
});
