/**
 * The gram index of the sharded layout (format.ts): the gram shards, the big unit lists and the
 * position packs, each fetched once and kept (unless fetching it failed: then the next query
 * retries), and the units whose text holds a folded term.
 *
 * - A term of ≤ 4 code units (GRAM_MAX): the unit list of its one gram: EXACT.
 * - A longer term: its 4-grams. First the lists held in its shards and the rarest list; when the
 *   units already known to match (the departments the term names) cover every candidate, that is
 *   the answer. Otherwise the candidates are proven with positions: the cheapest chain of 4-grams
 *   covering the term (each next one starting at most 4 code units after the previous one) must
 *   occur at the term's offsets; its lists and position packs must cost ≤ the position budget.
 *   When the proof costs more, the lists that fit the budget narrow the candidates (a superset, in
 *   practice nearly always equal), and the answer says it is not exact.
 */
import { gramHash, termGrams } from './grams.ts';
import { type GramEntry, readShard } from './gram-shard.ts';
import { readPositions } from './gram-positions.ts';
import { decodeList } from './unit-lists.ts';
import { remember } from './requests.ts';
import { cheapestCover, indexIn, intersect, union } from './sets.ts';

/** Fetches a file of the index (path relative to search/shards/, without `.gz`), decompressed. */
export type ShardFetch = (path: string) => Promise<Uint8Array>;

/** The units a term reaches, and whether that set is exact (else a superset, to be verified). */
export interface TermUnits {
  units: number[];
  exact: boolean;
}

export class GramIndex {
  private readonly shards = new Map<number, Promise<Map<string, GramEntry>>>();
  private readonly packs = new Map<number, Promise<Uint8Array>>();
  private readonly lists = new Map<string, Promise<number[]>>();

  private readonly fetch: ShardFetch;
  private readonly shardCount: number;
  private readonly positionBudget: number;

  constructor(fetch: ShardFetch, shardCount: number, positionBudget: number) {
    this.fetch = fetch;
    this.shardCount = shardCount;
    this.positionBudget = positionBudget;
  }

  private shard(k: number): Promise<Map<string, GramEntry>> {
    return remember(this.shards, k, () => this.fetch(`g/${k}.bin`).then(readShard));
  }

  private async entry(gram: string): Promise<GramEntry | undefined> {
    return (await this.shard(gramHash(gram) % this.shardCount)).get(gram);
  }

  private pack(k: number): Promise<Uint8Array> {
    return remember(this.packs, k, () => this.fetch(`p/${k}.bin`));
  }

  private list(entry: GramEntry): Promise<number[]> {
    return remember(this.lists, entry.gram, async () => {
      const bytes = entry.file === undefined ? entry.list : await this.fetch(`l/${entry.file}.bin`);
      return Array.from(decodeList(entry.kind, bytes, entry.df));
    });
  }

  /**
   * The units whose text holds the folded term, with `aliasUnits` (units matching it otherwise).
   * `onCandidates` hears the candidates of a long term before they are proven (nearly always the
   * answer), so the texts a page will show can be asked for alongside the position packs.
   */
  async resolve(
    folded: string,
    aliasUnits: readonly number[],
    onCandidates?: (units: readonly number[]) => void,
  ): Promise<TermUnits> {
    const grams = termGrams(folded);
    const found = await Promise.all(grams.map((g) => this.entry(g)));
    if (found.some((e) => e === undefined)) return { units: [...aliasUnits], exact: true };
    const entries = found as GramEntry[];
    if (entries.length === 1) return { units: union(await this.list(entries[0]!), aliasUnits), exact: true };

    // A longer term. The lists fetched so far, by 4-gram offset, and their intersection.
    const lists: (number[] | undefined)[] = entries.map(() => undefined);
    let candidates: number[] | undefined;
    const take = async (offsets: readonly number[]): Promise<void> => {
      const todo = offsets.filter((o) => !lists[o]);
      const got = await Promise.all(todo.map((o) => this.list(entries[o]!)));
      todo.forEach((o, i) => {
        lists[o] = got[i]!;
        candidates = candidates ? intersect(candidates, got[i]!) : got[i]!;
      });
    };
    const unproven = (): number[] => candidates!.filter((u) => indexIn(aliasUnits, u) < 0);
    const done = (exact: boolean): TermUnits => ({ units: union(candidates!, aliasUnits), exact });
    const listCost = (o: number): number => (lists[o] || entries[o]!.file === undefined ? 0 : entries[o]!.fileCost!);

    // 1. The inline lists and the rarest one: often enough when the departments cover the rest.
    let rarest = 0;
    entries.forEach((e, o) => {
      if (e.df < entries[rarest]!.df) rarest = o;
    });
    await take([rarest, ...entries.flatMap((e, o) => (e.file === undefined ? [o] : []))]);
    if (unproven().length === 0) return done(true);

    // 2. Prove the candidates with positions: the cheapest cover whose lists and packs fit the budget.
    const cover = cheapestCover(entries.map((e, o) => listCost(o) + (e.positions?.cost ?? Infinity)));
    const packCosts = new Map<number, number>();
    let cost = 0;
    for (const o of cover.offsets) {
      const ref = entries[o]!.positions;
      cost += listCost(o);
      packCosts.set(ref?.pack ?? -1, ref?.cost ?? Infinity);
    }
    for (const c of packCosts.values()) cost += c;
    if (cost <= this.positionBudget) {
      const proving = Promise.all([
        take(cover.offsets),
        Promise.all(
          cover.offsets.map(async (o) => {
            const e = entries[o]!;
            const ref = e.positions!;
            return readPositions(await this.pack(ref.pack), ref.offset, ref.length, e.df);
          }),
        ),
      ]);
      // After the lists and packs are asked for, so that what proves the term comes first.
      onCandidates?.(union(candidates!, aliasUnits));
      const [, positions] = await proving;
      const occurs = (u: number): boolean => {
        const at = cover.offsets.map((o, k) => positions[k]![indexIn(lists[o]!, u)]!);
        const rest = cover.offsets.slice(1).map((o, k) => ({ shift: o, set: new Set(at[k + 1]) }));
        return at[0]!.some((p) => rest.every(({ shift, set }) => set.has(p + shift)));
      };
      const proven = new Set(unproven().filter(occurs));
      candidates = candidates!.filter((u) => proven.has(u) || indexIn(aliasUnits, u) >= 0);
      return done(true);
    }

    // 3. Too dear to prove: more lists, cheapest first while they fit the budget, narrow the
    // candidates (a superset, nearly always exact); every result is verified as it is shown.
    let spent = 0;
    const rest = entries
      .map((_, o) => o)
      .filter((o) => !lists[o])
      .sort((a, b) => listCost(a) - listCost(b) || a - b);
    const affordable = rest.filter((o) => (spent += listCost(o)) <= this.positionBudget);
    await take(affordable);
    return done(unproven().length === 0);
  }
}
