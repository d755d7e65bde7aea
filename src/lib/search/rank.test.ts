import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { buildBundle } from './bundle.ts';
import { SearchEngine } from './engine.ts';
import { type RankFacts, compareFacts, coverage, departmentFocus, orderFor, rank, score, titleTier } from './rank.ts';

const facts = (name: string, f: Partial<RankFacts>): RankFacts & { name: string } => ({
  name,
  title: 0,
  focus: 0,
  kind: 'measure',
  coverage: 0,
  date: '2015-01-01',
  position: 0,
  ...f,
});
const names = (list: { name: string }[]) => list.map((f) => f.name);

describe('rank', () => {
  // Older documents and later positions for the better units: only score() can put them first.
  const units = [
    facts('context, long', { kind: 'context', coverage: 0.01, date: '2020-01-01', position: 0 }),
    facts('measure, long', { kind: 'measure', coverage: 0.01, date: '2019-01-01', position: 1 }),
    facts('heading, short', { kind: 'heading', coverage: 0.9, date: '2018-01-01', position: 2 }),
    facts('measure, short', { kind: 'measure', coverage: 0.5, date: '2017-01-01', position: 3 }),
    facts('every term in title', { title: 1, kind: 'context', date: '2016-01-01', position: 4 }),
    facts('phrase in title', { title: 2, kind: 'notice', date: '2014-01-01', position: 5 }),
    facts('goal, long', { kind: 'goal', coverage: 0.01, date: '2019-01-01', position: 6 }),
  ];

  it('relevance: title phrase, title terms, measures and goals, coverage, then newer', () => {
    expect(names(rank(units, (u) => u, 'relevance'))).toEqual([
      'phrase in title',
      'every term in title',
      'measure, short',
      'measure, long',
      'goal, long',
      'heading, short',
      'context, long',
    ]);
  });

  it('scores a better unit higher, whatever its date', () => {
    expect(score(units[5]!)).toBeGreaterThan(score(units[4]!));
    expect(score(units[4]!)).toBeGreaterThan(score(units[3]!));
    expect(score(units[3]!)).toBeGreaterThan(score(units[1]!));
    expect(score(units[1]!)).toBeGreaterThan(score(units[2]!));
    expect(score(units[2]!)).toBeGreaterThan(score(units[0]!));
  });

  it('puts the units a department the query names is alone in, then leads, then shares, before the rest', () => {
    const named = new Set([7]);
    expect(departmentFocus([7], named)).toBe(3);
    expect(departmentFocus([7, 3], named)).toBe(2);
    expect(departmentFocus([3, 7], named)).toBe(1);
    expect(departmentFocus([3], named)).toBe(0);
    expect(departmentFocus([7], new Set())).toBe(0);
    const found = [
      facts('mentions it, short', { coverage: 0.6, position: 0 }),
      facts('shares it', { focus: 1, coverage: 0.1, position: 1 }),
      facts('a heading it leads', { kind: 'heading', focus: 2, position: 2 }),
      facts('its own duty', { kind: 'duty', focus: 3, position: 3 }),
      facts('a measure it leads', { focus: 2, position: 5 }),
      facts('title', { title: 1, position: 4 }),
    ];
    expect(names(rank(found, (u) => u, 'relevance'))).toEqual([
      'title',
      'its own duty',
      'a measure it leads',
      'a heading it leads',
      'shares it',
      'mentions it, short',
    ]);
  });

  it('newest: newer documents first, each in document order', () => {
    const list = [
      facts('old 1', { date: '2013-05-01', position: 0 }),
      facts('old 2', { date: '2013-05-01', position: 1 }),
      facts('new 2', { date: '2016-02-01', position: 3 }),
      facts('new 1', { date: '2016-02-01', position: 2 }),
      facts('undated', { date: '', position: 4 }),
    ];
    expect(names(rank(list, (u) => u, 'newest'))).toEqual(['new 1', 'new 2', 'old 1', 'old 2', 'undated']);
  });

  it('document order: positions only', () => {
    expect(names(rank([...units].reverse(), (u) => u, 'document'))).toEqual(names(units));
    expect(compareFacts('document')(units[0]!, units[1]!)).toBeLessThan(0);
  });

  it('browsing without a term is in document order', () => {
    expect(orderFor('relevance', 0)).toBe('document');
    expect(orderFor('newest', 0)).toBe('newest');
    expect(orderFor('relevance', 1)).toBe('relevance');
  });

  it('title tiers and coverage', () => {
    const term = (folded: string) => ({ raw: folded, folded, phrase: false });
    expect(titleTier('加强电梯安全监管', [term('电梯'), term('安全')])).toBe(2);
    expect(titleTier('加强安全和电梯监管', [term('电梯'), term('安全')])).toBe(1);
    expect(titleTier('加强安全监管', [term('电梯'), term('安全')])).toBe(0);
    expect(
      coverage(
        [
          { start: 0, end: 2 },
          { start: 1, end: 3 },
          { start: 6, end: 8 },
        ],
        10,
      ),
    ).toBeCloseTo(0.5);
    expect(coverage([], 10)).toBe(0);
  });

  it('orders the engine’s results by the same rule', () => {
    const unit = (id: string, kind: string, title: string, text: string, document: string) => ({
      id: `${document}/${id}`,
      document,
      province: '河南省',
      provinceId: 'henan',
      numbering: [],
      kind,
      title,
      text,
      departments: [],
      themes: [],
    });
    const bundle = buildBundle({
      units: [
        unit('a', 'context', '现状', '我省电梯数量增长较快，电梯安全形势严峻，需要加强管理和监督检查工作。', 'old'),
        unit('b', 'measure', '加强监管', '开展电梯安全专项检查，督促使用单位落实电梯维护保养责任。', 'old'),
        unit('c', 'measure', '电梯安全', '落实电梯安全主体责任。', 'old'),
        unit('d', 'measure', '加强监管', '开展电梯安全专项检查，督促使用单位落实电梯维护保养责任。', 'new'),
      ],
      documents: [
        { id: 'old', title: '旧计划', province: '河南省', provinceId: 'henan', date: { value: '2013-05-01' } },
        { id: 'new', title: '新计划', province: '河南省', provinceId: 'henan', date: { value: '2016-02-01' } },
      ],
      departments: [],
      themes: [],
      kindLabels: { measure: '任务措施', context: '背景与现状' },
      t2s: T2S,
    });
    const engine = new SearchEngine(bundle);
    const order = (sort: 'relevance' | 'newest' | 'document') =>
      engine.search('电梯', {}, sort).hits.map((h) => bundle.units[h.unit]!.id);
    expect(order('relevance')).toEqual(['old/c', 'new/d', 'old/b', 'old/a']);
    expect(order('newest')).toEqual(['new/d', 'old/a', 'old/b', 'old/c']);
    expect(order('document')).toEqual(['old/a', 'old/b', 'old/c', 'new/d']);
  });
});
