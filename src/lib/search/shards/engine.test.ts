// The shards engine against the exact engine (engine.ts): on a hand-made fixture whose texts hold the
// hard cases, and on the real corpus (content/generated/data, written by `npm run ingest`) with the
// benchmark's query set.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { T2S } from '../../../model/t2s.ts';
import { ui } from '../../../ui-strings.ts';
import { type SearchBundle, buildBundle } from '../bundle.ts';
import { SearchEngine } from '../engine.ts';
import { GROUPS, type Selection } from '../filter-groups.ts';
import { corpusT2S, makeMatchFold, packTable } from '../normalize.ts';
import { type SearchView, bundleView } from '../view.ts';
import { type ShardOptions, buildShards } from './build.ts';
import { ShardEngine, type ShardEngineOptions } from './engine.ts';
import { cheapestCover } from './sets.ts';
import type { StartFile } from './format.ts';
import { unpackCodes } from './string-codes.ts';
import { singleFile } from './start.ts';

const fold = makeMatchFold(T2S);

const TEXTS = [
  '一、加强电梯安全监管。（省质监局负责）',
  // Every 4-gram of 质量技术监督 occurs here, but not the term itself.
  '提高质量技术监管水平，加强技术监督。',
  '质量技术监督工作',
  '开展质量月活动，质量 月报。',
  // 质量 and 量监 both occur, but not 质量监.
  'QC小组活动；量监管与质量。',
  '加强质量监管，电。',
  '市场监督管理局负责',
];

function fixture(): SearchBundle {
  const units = TEXTS.map((text, i) => ({
    id: `${i < 3 ? 'henan-plan' : 'jilin-plan'}/u${i}`,
    doc: i < 3 ? 0 : 1,
    kind: i === 2 ? 1 : 0,
    number: `（${i + 1}）`,
    title: text.slice(0, 4),
    text,
    depts: [[0], [1], [], [0, 1], [1], [], [0]][i]!,
    themes: [[0], [1], [], [0], [], [1], []][i]!,
  }));
  return {
    version: 1,
    t2s: packTable(corpusT2S(T2S, TEXTS.join(''))),
    provinces: [
      { id: 'henan', name: '河南省' },
      { id: 'jilin', name: '吉林省' },
    ],
    documents: [
      { id: 'henan-plan', name: '河南计划', province: 0, date: '2015-07-15', status: 0 },
      { id: 'jilin-plan', name: '吉林计划', province: 1, date: '2015-07-15', status: 1 },
    ],
    statuses: [
      { id: 'in-force', name: '现行有效' },
      { id: 'expired', name: '已失效' },
    ],
    asOf: '2016-01-01',
    namePrefixes: ['河南省', '吉林省', '河南', '吉林'],
    departments: [
      {
        id: 'quality-supervision',
        name: '质量技术监督局',
        aliases: ['质监局', '质量技术监督局'],
        written: [],
        shortForms: [],
      },
      {
        id: 'industry',
        name: '经济和信息化委员会',
        aliases: ['经信委', '经济和信息化委员会'],
        written: [],
        shortForms: [],
      },
    ],
    themes: [
      { id: 'safety', name: '安全' },
      { id: 'brand', name: '品牌' },
    ],
    kinds: [
      { id: 'measure', name: '措施' },
      { id: 'heading', name: '标题' },
    ],
    concepts: [],
    units,
  };
}

/** The engine over an in-memory build, counting what it fetches. */
function shardsOf(bundle: SearchBundle, options: ShardEngineOptions = {}, packing: ShardOptions = {}) {
  const built = buildShards(bundle, fold, packing);
  const fetched: string[] = [];
  const start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
  const engine = new ShardEngine(
    start,
    (file) => {
      fetched.push(file);
      const data = built.files.get(file);
      return data ? Promise.resolve(data) : Promise.reject(new Error(`no file ${file}`));
    },
    options,
  );
  return { engine, fetched, built, start };
}

async function everything(view: SearchView): Promise<string[]> {
  const ids: string[] = [];
  for (let page = await view.next(20); page.length > 0; page = await view.next(20)) ids.push(...page.map((h) => h.id));
  return ids;
}

/** Same units, same counts, same facet counts as the exact engine. */
async function expectSameAsExact(
  exact: SearchEngine,
  shards: ShardEngine,
  query: string,
  selection: Selection = {},
): Promise<void> {
  const want = exact.search(query, selection);
  const view = await shards.search(query, selection);
  const label = `${query} ${JSON.stringify(selection)}`;
  expect(view.approximate, label).toBe(false);
  expect(view.total, label).toBe(want.hits.length);
  expect(view.unfiltered, label).toBe(want.unfiltered);
  for (const group of GROUPS)
    expect(
      view.facets[group].map((f) => [f.id, f.count, f.selected]),
      `${label} ${group}`,
    ).toEqual(want.facets[group].map((f) => [f.id, f.count, f.selected]));
  const ids = await everything(view);
  expect([...ids].sort(), label).toEqual(want.hits.map((h) => exact.bundle.units[h.unit]!.id).sort());
}

describe('shards engine on the fixture', () => {
  const bundle = fixture();
  const exact = new SearchEngine(bundle);

  it('answers like the exact engine: words, sub-words, aliases, phrases, variants, filters', async () => {
    const { engine } = shardsOf(bundle);
    const queries = [
      '电',
      '质',
      '质量',
      '质量监',
      '质量技术监督',
      '质量技术监管水平',
      '质监局',
      '省质监局',
      '经信委',
      '"质量 月"',
      '质量月',
      '電梯',
      'qc小组',
      'ＱＣ',
      '质量 监管',
      '区块链',
      '',
    ];
    for (const q of queries) {
      await expectSameAsExact(exact, engine, q);
      await expectSameAsExact(exact, engine, q, { province: ['jilin'] });
      await expectSameAsExact(exact, engine, q, { kind: ['measure'], dept: ['industry'] });
      await expectSameAsExact(exact, engine, q, { status: ['in-force'] });
      await expectSameAsExact(exact, engine, q, { status: ['expired'], doc: ['henan-plan'] });
    }
  });

  it('finds a 1-character term with one shard and the text packs of the units shown', async () => {
    // Packs of about two of the fixture's units.
    const { engine, fetched, start } = shardsOf(bundle, {}, { textPackBytes: 400 });
    const runs = unpackCodes(start.textRuns);
    expect(runs.length).toBeGreaterThan(2);
    const packOf = (unit: number) => {
      let first = 0;
      return runs.findIndex((count) => unit < (first += count));
    };
    const view = await engine.search('电');
    expect(view.total).toBe(2);
    const ids = await everything(view);
    expect(ids).toEqual(['henan-plan/u0', 'jilin-plan/u5']);
    expect(fetched.filter((f) => f.startsWith('g/'))).toHaveLength(1);
    // The packs of units 0 and 5, each fetched once.
    expect(packOf(0)).not.toBe(packOf(5));
    expect(fetched.filter((f) => f.startsWith('x/')).sort()).toEqual([`x/${packOf(0)}.bin`, `x/${packOf(5)}.bin`]);
  });

  it('never shows a unit holding every gram of a term but not the term', async () => {
    // 3 code units (≤ GRAM_MAX): the gram's own list is exact.
    const { engine } = shardsOf(bundle);
    let view = await engine.search('质量监');
    expect(view.approximate).toBe(false);
    expect(await everything(view)).toEqual(['jilin-plan/u5']);
    // 6 code units: u1 holds all three 4-grams; positions prove it does not hold the term.
    view = await engine.search('质量技术监督');
    expect(view.approximate).toBe(false);
    expect(view.total).toBe(1);
    expect(await everything(view)).toEqual(['henan-plan/u2']);
  });

  it('asks for the texts of a long term’s candidates along with the position packs that prove them', async () => {
    const built = buildShards(bundle, fold);
    const start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
    // Position packs arrive only when released; everything else at once.
    const asked: string[] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine = new ShardEngine(start, async (file) => {
      asked.push(file);
      if (file.startsWith('p/')) await held;
      return built.files.get(file)!;
    });
    // 6 code units: its 4-grams' lists give two candidates (u1, u2), positions prove u2 alone.
    const answer = engine.search('质量技术监督');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.some((f) => f.startsWith('p/'))).toBe(true);
    expect(asked.filter((f) => f.startsWith('x/')).length).toBeGreaterThan(0);
    release();
    const view = await answer;
    expect(view.total).toBe(1);
    expect(await everything(view)).toEqual(['henan-plan/u2']);
  });

  it('without the budget to prove a long term, counts an estimate and verifies what it shows', async () => {
    const { engine, fetched } = shardsOf(bundle, { positionBudget: 0 });
    const view = await engine.search('质量技术监督');
    expect(fetched.some((f) => f.startsWith('p/'))).toBe(false);
    expect(view.approximate).toBe(true);
    expect(view.total).toBe(2); // u1 and u2: candidates
    expect([...view.boundGroups].sort()).toEqual([...GROUPS].sort());
    const shown = await everything(view);
    expect(shown).toEqual(['henan-plan/u2']);
    // Every candidate verified: the count is now exact.
    expect(view.approximate).toBe(false);
    expect(view.total).toBe(1);
  });

  it('reaches the units of a department through an alias, marking it', async () => {
    const { engine } = shardsOf(bundle);
    const view = await engine.search('质监局');
    expect(view.notes.map((n) => n.departments)).toEqual([['质量技术监督局']]);
    const page = await view.next(20);
    // u6, whose one department is the 质监局 (rank.ts departmentFocus), before u3, where it leads another.
    expect(page.map((h) => h.id)).toEqual(['henan-plan/u0', 'jilin-plan/u6', 'jilin-plan/u3']);
    const u6 = page.find((h) => h.id === 'jilin-plan/u6')!;
    expect(u6.ranges).toEqual([]);
    expect(u6.depts).toEqual([{ name: '质量技术监督局', alias: true }]);
    // Text matches are highlighted at their offsets in the original text.
    const u0 = page.find((h) => h.id === 'henan-plan/u0')!;
    expect(u0.text.slice(u0.ranges[0]!.start, u0.ranges[0]!.end)).toBe('质监局');
  });

  it('matches a quoted phrase as written, space included', async () => {
    const { engine } = shardsOf(bundle);
    expect(await everything(await engine.search('"质量 月"'))).toEqual(['jilin-plan/u3']);
    expect(await everything(await engine.search('质量 月'))).toEqual(['jilin-plan/u3']);
    expect((await engine.search('"质量 月报 活动"')).total).toBe(0);
  });

  it('shows each result with its labels', async () => {
    const { engine } = shardsOf(bundle);
    const [hit] = await (await engine.search('量监管与')).next(20);
    expect(hit).toMatchObject({
      id: 'jilin-plan/u4',
      number: '（5）',
      docId: 'jilin-plan',
      docName: '吉林计划',
      province: '吉林省',
      status: '已失效',
      kind: '措施',
      depts: [{ name: '经济和信息化委员会', alias: false }],
    });
  });

  it('reaches a unit through a body it names that the registry does not know, marking the name, as the exact engine does', async () => {
    const named = fixture();
    named.units[4] = { ...named.units[4]!, others: ['青岚安达电梯有限公司'] };
    const exact = new SearchEngine(named);
    const start = JSON.parse(JSON.stringify(singleFile(named))) as StartFile;
    const inline = new ShardEngine(start, () => Promise.reject(new Error('no file')));
    const sharded = shardsOf(named).engine;
    expect(exact.search('安达电梯').hits.map((h) => named.units[h.unit]!.id)).toEqual(['jilin-plan/u4']);
    for (const engine of [sharded, inline])
      for (const q of ['安达电梯', '安达电梯 量监管', '安达电梯 电梯安全', '有限公司'])
        await expectSameAsExact(exact, engine, q);
    // Shown after the departments, as written; marked where a term was found in it.
    const first = async (view: SearchView | Promise<SearchView>) => (await (await view).next(20))[0]?.depts;
    const marked = [
      { name: '经济和信息化委员会', alias: false },
      { name: '青岚安达电梯有限公司', alias: true },
    ];
    expect(await first(sharded.search('安达电梯'))).toEqual(marked);
    expect(await first(inline.search('安达电梯'))).toEqual(marked);
    expect(await first(bundleView(exact, '安达电梯', {}))).toEqual(marked);
    const unmarked = [marked[0], { ...marked[1]!, alias: false }];
    expect(await first(sharded.search('量监管与'))).toEqual(unmarked);
    expect(await first(bundleView(exact, '量监管与', {}))).toEqual(unmarked);
  });

  it('builds the same files every time', () => {
    const a = buildShards(fixture(), fold).files;
    const b = buildShards(fixture(), fold).files;
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, data] of a) expect(Buffer.from(data).equals(Buffer.from(b.get(name)!)), name).toBe(true);
  });
});

describe('the single-file layout', () => {
  it('answers like the exact engine from its start file alone, in the order of the exact engine', async () => {
    const bundle = fixture();
    const exact = new SearchEngine(bundle);
    const fetched: string[] = [];
    const start = JSON.parse(JSON.stringify(singleFile(bundle))) as StartFile;
    expect(start.texts).toHaveLength(bundle.units.length);
    const engine = new ShardEngine(start, (file) => {
      fetched.push(file);
      return Promise.reject(new Error(`no file ${file}`));
    });
    for (const q of ['电', '质量', '质量技术监督', '质监局', '"质量 月"', '電梯', '质量 监管', '区块链', '']) {
      await expectSameAsExact(exact, engine, q);
      await expectSameAsExact(exact, engine, q, { status: ['in-force'], kind: ['measure'] });
      // Titles and coverage are known: the same order as the exact engine.
      const ids = await everything(await engine.search(q));
      expect(ids, q).toEqual(exact.search(q).hits.map((h) => bundle.units[h.unit]!.id));
    }
    expect(fetched).toEqual([]);
  });
});

describe('cheapestCover', () => {
  it('chains grams at most GRAM_MAX apart, cheapest first', () => {
    expect(cheapestCover([5])).toEqual({ offsets: [0], cost: 5 });
    // 7 grams (10-character term): 0 → 4 → 6 is the cheapest chain without a gap.
    expect(cheapestCover([1, 9, 9, 9, 1, 9, 1])).toEqual({ offsets: [0, 4, 6], cost: 3 });
    expect(cheapestCover([1, 1, 1, 1, 1, 1, 1], 2).offsets).toEqual([0, 2, 4, 6]);
  });
});

describe('shards engine on the corpus', () => {
  const DATA = fileURLToPath(new URL('../../../../content/generated/data/', import.meta.url));
  const read = (name: string) => JSON.parse(readFileSync(DATA + name, 'utf8'));
  let exact: SearchEngine;
  let shards: ShardEngine;

  beforeAll(() => {
    if (!existsSync(`${DATA}measures.json`))
      throw new Error(`${DATA}measures.json is missing: run \`npm run ingest\` first`);
    const bundle = buildBundle({
      units: read('measures.json'),
      documents: read('documents.json'),
      departments: read('departments.json'),
      themes: read('themes.json'),
      kindLabels: ui.kinds,
      t2s: T2S,
    });
    exact = new SearchEngine(bundle);
    shards = shardsOf(bundle).engine;
  });

  it('answers the benchmark query set exactly like the exact engine', async () => {
    const file = fileURLToPath(new URL('../../../../bench/search/queries.json', import.meta.url));
    const queries = (JSON.parse(readFileSync(file, 'utf8')) as { queries: { q: string }[] }).queries;
    for (const { q } of queries) await expectSameAsExact(exact, shards, q);
    await expectSameAsExact(exact, shards, '质量', { province: ['henan', 'jilin'], kind: ['measure'] });
    await expectSameAsExact(exact, shards, '', { dept: ['quality-supervision'] });
  });
});
