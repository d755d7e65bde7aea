// The shards engine under hostile queries: a query far longer than any real one, and requests that
// fail (a browser refusing them, a dropped connection). A fake fetch counts what is requested and
// how much is open at once, and can fail files.
import { describe, expect, it } from 'vitest';
import { T2S } from '../../../model/t2s.ts';
import type { SearchBundle } from '../bundle.ts';
import { SearchEngine } from '../engine.ts';
import { corpusT2S, makeMatchFold, packTable } from '../normalize.ts';
import { QUERY_LIMITS } from '../query.ts';
import { VERIFY_PAGE_MAX, type SearchView } from '../view.ts';
import { buildShards } from './build.ts';
import { ShardEngine } from './engine.ts';
import type { StartFile } from './format.ts';

const fold = makeMatchFold(T2S);

/** 400 units of pseudo-random text over 40 characters: thousands of distinct grams, many shards. */
function corpus(): SearchBundle {
  const alphabet = '质量安全监管电梯特种设备企业责任品牌标准检验检测认证计量产品服务工程建设食品药品';
  let seed = 12345;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const texts = Array.from({ length: 400 }, () =>
    Array.from({ length: 80 + random(60) }, () => alphabet[random(alphabet.length)]).join(''),
  );
  return {
    version: 1,
    t2s: packTable(corpusT2S(T2S, texts.join(''))),
    provinces: [{ id: 'henan', name: '河南省' }],
    documents: [{ id: 'plan', name: '计划', province: 0, date: '2015-07-15', status: 0 }],
    statuses: [{ id: 'expired', name: '已失效' }],
    asOf: '2026-01-01',
    namePrefixes: ['河南省', '河南'],
    departments: [
      { id: 'quality-supervision', name: '质量技术监督局', aliases: ['质监局'], written: [], shortForms: [] },
    ],
    themes: [{ id: 'safety', name: '安全' }],
    concepts: [],
    kinds: [{ id: 'measure', name: '措施' }],
    units: texts.map((text, i) => ({
      id: `plan/u${i}`,
      doc: 0,
      kind: 0,
      number: '',
      title: text.slice(0, 4),
      text,
      depts: [],
      themes: [],
    })),
  };
}

const bundle = corpus();
const built = buildShards(bundle, fold);
const start = JSON.parse(new TextDecoder().decode(built.files.get('start.json'))) as StartFile;
const exact = new SearchEngine(bundle);

/** A fetch over the built files that takes a moment, counts requests and open ones, and fails on demand. */
function fakeFetch(fails: (file: string) => boolean = () => false) {
  const requested: string[] = [];
  let open = 0;
  let mostOpen = 0;
  const fetch = async (file: string): Promise<Uint8Array> => {
    requested.push(file);
    open++;
    mostOpen = Math.max(mostOpen, open);
    await new Promise((resolve) => setTimeout(resolve, 1));
    open--;
    const data = built.files.get(file);
    if (!data || fails(file)) throw new Error(`net::ERR_INSUFFICIENT_RESOURCES ${file}`);
    return data;
  };
  return { fetch, requested, mostOpen: () => mostOpen };
}

async function ids(view: SearchView, count = 10): Promise<string[]> {
  return (await view.next(count)).map((h) => h.id);
}

/** The first units the exact engine finds, in corpus order (the order of the shards engine). */
function exactIds(query: string, count = 10): string[] {
  return exact
    .search(query)
    .hits.map((h) => h.unit)
    .sort((a, b) => a - b)
    .slice(0, count)
    .map((u) => bundle.units[u]!.id);
}

describe('shards engine, hostile queries', () => {
  // 10,000 characters of the corpus's own text: every gram of it exists, the costliest case.
  const long = bundle.units
    .map((u) => u.text)
    .join('')
    .slice(0, 10_000);

  it('bounds the requests of a 10,000-character query and keeps few open at once', async () => {
    expect(built.stats.shards).toBeGreaterThan(QUERY_LIMITS.grams);
    const net = fakeFetch();
    const engine = new ShardEngine(start, net.fetch, { prefetch: 10 });
    const view = await engine.search(long);
    expect(view.cut).toBe(true);
    expect(view.terms.map((t) => t.folded)).toEqual([fold(long.slice(0, QUERY_LIMITS.chars))]);
    expect(view.total).toBe(exact.search(long).hits.length);
    expect(await ids(view)).toEqual(exactIds(long));
    const shards = net.requested.filter((f) => f.startsWith('g/'));
    expect(shards.length).toBeLessThanOrEqual(QUERY_LIMITS.grams);
    // Shards, then at most a list and a position pack per gram, then one page of texts to verify.
    expect(net.requested.length).toBeLessThanOrEqual(3 * QUERY_LIMITS.grams + VERIFY_PAGE_MAX);
    expect(net.mostOpen()).toBeLessThanOrEqual(QUERY_LIMITS.inFlight);
  });

  it('answers the next query after one whose requests failed, and never caches the failure', async () => {
    let failing = true;
    const net = fakeFetch(() => failing);
    const engine = new ShardEngine(start, net.fetch, { prefetch: 10 });
    await expect(engine.search(long)).rejects.toThrow(/ERR_INSUFFICIENT_RESOURCES/);
    await expect(engine.search('电梯')).rejects.toThrow(/ERR_INSUFFICIENT_RESOURCES/);
    failing = false;
    // The same queries again: the failed files are fetched anew.
    const view = await engine.search('电梯');
    expect(view.total).toBe(exact.search('电梯').hits.length);
    expect(await ids(view)).toEqual(exactIds('电梯'));
    expect((await engine.search(long)).total).toBe(exact.search(long).hits.length);
  });

  it('retries a text whose fetch failed when the results are shown again', async () => {
    const failedOnce = new Set<string>();
    const net = fakeFetch((file) => {
      if (!file.startsWith('x/') || failedOnce.has(file)) return false;
      failedOnce.add(file);
      return true;
    });
    const engine = new ShardEngine(start, net.fetch, { prefetch: 0 });
    await expect((await engine.search('质量')).next(10)).rejects.toThrow(/x\//);
    // The page's other requests settle (each failing once), then the page is asked again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await ids(await engine.search('质量'))).toEqual(exactIds('质量'));
  });

  it.each(['"', '""', '"""', '" "', '-', '，、'])('reads %j as no query and fetches nothing', async (q) => {
    const net = fakeFetch();
    const engine = new ShardEngine(start, net.fetch, { prefetch: 0 });
    const view = await engine.search(q);
    expect(view.terms).toEqual([]);
    expect(view.cut).toBe(false);
    expect(net.requested).toEqual([]);
  });

  it('reads a quote inside a word as nothing: 电梯"安全 is 电梯安全', async () => {
    const net = fakeFetch();
    const engine = new ShardEngine(start, net.fetch);
    const view = await engine.search('质量"安全');
    expect(view.terms.map((t) => t.folded)).toEqual(['质量安全']);
    expect(view.total).toBe(exact.search('质量安全').hits.length);
  });
});
