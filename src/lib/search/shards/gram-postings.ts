/**
 * The postings of every gram, from one pass over the folded texts (linear in the corpus): for each
 * gram of 1 to GRAM_MAX code units, the units holding it and, for the longest grams, where in them.
 * What the builder (build.ts) encodes into unit lists, position packs and gram shards.
 */
import type { SearchBundle } from '../bundle.ts';
import type { CharFolder } from '../normalize.ts';
import { GRAM_MAX } from './grams.ts';
import { IntList, IntTable } from './int-table.ts';

/** A gram, its units and, for the longest grams, its positions. */
export interface GramPostings {
  gram: string;
  /** Units holding the gram, ascending. */
  units: Int32Array;
  /** Longest grams: occurrences per unit of `units`, and all positions, flat. */
  counts?: Int32Array;
  positions?: Int32Array;
}

/**
 * Every gram's postings, in gram order.
 *
 * Code units get dense ids, and an n-gram is numbered by the pair (number of its first n−1 code
 * units' gram + 1, id of its last code unit), so no string is made per position. The pass appends
 * (gram, unit) pairs, and (gram, unit, position) for the longest grams, to flat typed arrays in
 * unit order; a stable counting sort by gram then gives every gram its sorted units (this keeps
 * the pass's memory accesses sequential, which is what makes it fast).
 */
export function gramPostings(bundle: SearchBundle, fold: CharFolder): GramPostings[] {
  const charIds = new Map<number, number>();
  const tables = Array.from({ length: GRAM_MAX + 1 }, () => new IntTable());
  const numbered: number[][] = Array.from({ length: GRAM_MAX + 1 }, () => []);
  const gramText: string[] = [];
  const lastUnit = new IntList();
  const pairGram = new IntList();
  const pairUnit = new IntList();
  const posGram = new IntList();
  const posUnit = new IntList();
  const posAt = new IntList();
  bundle.units.forEach((unit, u) => {
    const text = fold(unit.text);
    const ids = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let id = charIds.get(c);
      if (id === undefined) {
        id = charIds.size;
        charIds.set(c, id);
      }
      ids[i] = id;
    }
    for (let i = 0; i < text.length; i++) {
      let prefix = -1;
      for (let n = 1; n <= GRAM_MAX && i + n <= text.length; n++) {
        const global = numbered[n]!;
        const num = tables[n]!.get(prefix + 1, ids[i + n - 1]!, global.length);
        let g = global[num];
        if (g === undefined) {
          g = gramText.length;
          gramText.push(text.slice(i, i + n));
          global.push(g);
          lastUnit.push(-1);
        }
        if (lastUnit.data[g] !== u) {
          lastUnit.data[g] = u;
          pairGram.push(g);
          pairUnit.push(u);
        }
        if (n === GRAM_MAX) {
          posGram.push(g);
          posUnit.push(u);
          posAt.push(i);
        }
        prefix = num;
      }
    }
  });
  /** Stable counting sort of value columns by key: where each key's run starts, and the columns. */
  const bucket = (keys: Int32Array, count: number, ...columns: Int32Array[]) => {
    const start = new Int32Array(count + 1);
    for (let k = 0; k < keys.length; k++) start[keys[k]! + 1]!++;
    for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
    const fill = start.slice(0, count);
    const sorted = columns.map(() => new Int32Array(keys.length));
    for (let k = 0; k < keys.length; k++) {
      const at = fill[keys[k]!]!++;
      for (let c = 0; c < columns.length; c++) sorted[c]![at] = columns[c]![k]!;
    }
    return { start, sorted };
  };
  const pairs = bucket(pairGram.view(), gramText.length, pairUnit.view());
  const occurrences = bucket(posGram.view(), gramText.length, posUnit.view(), posAt.view());
  const [unitsSorted] = pairs.sorted as [Int32Array];
  const [occurrenceUnit, occurrenceAt] = occurrences.sorted as [Int32Array, Int32Array];
  const all: GramPostings[] = gramText.map((gram, g) => {
    const units = unitsSorted.subarray(pairs.start[g]!, pairs.start[g + 1]!);
    if (gram.length !== GRAM_MAX) return { gram, units };
    const from = occurrences.start[g]!;
    const to = occurrences.start[g + 1]!;
    const counts = new Int32Array(units.length);
    let j = -1;
    for (let k = from; k < to; k++) {
      if (j < 0 || units[j] !== occurrenceUnit[k]) j++;
      counts[j]!++;
    }
    return { gram, units, counts, positions: occurrenceAt.subarray(from, to) };
  });
  // Gram order (code units), so the output does not depend on the order grams were met in.
  return all.sort((a, b) => (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0));
}
