/**
 * Sorted unit lists (ascending, distinct) for the shards engine: intersection, union, lookup, and the
 * cheapest chain of 4-grams that proves a longer term.
 */
import { GRAM_MAX } from './grams.ts';

/** Sorted ascending, distinct. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

export function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

export function indexIn(list: ArrayLike<number>, unit: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === unit) return mid;
    if (v < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The cheapest chain of gram offsets covering a term of `costs.length` grams of `step` code units:
 * first 0, last costs.length − 1, each next at most `step` after the previous (so no code unit is
 * left between them).
 */
export function cheapestCover(costs: readonly number[], step = GRAM_MAX): { offsets: number[]; cost: number } {
  const n = costs.length;
  const best = new Array<number>(n).fill(Infinity);
  const from = new Array<number>(n).fill(-1);
  best[0] = costs[0]!;
  for (let i = 1; i < n; i++) {
    for (let j = Math.max(0, i - step); j < i; j++) {
      const c = best[j]! + costs[i]!;
      if (c < best[i]!) {
        best[i] = c;
        from[i] = j;
      }
    }
  }
  const offsets: number[] = [];
  for (let i = n - 1; i >= 0; i = from[i]!) offsets.unshift(i);
  return { offsets, cost: best[n - 1]! };
}

/** The number of values ≤ x in an ascending list (binary search). */
export function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
