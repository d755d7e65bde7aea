/**
 * The queries of one bench:search run. With `--sample N`, N of them, deterministic: half spread
 * over the query set (its first query kept, as it makes the cold first search), half substrings of
 * 1–4 characters cut from sampled units' texts, so that a synthetic corpus also meets queries its
 * texts hold.
 */
import type { MatchableUnit } from './truth.ts';

export interface Query {
  q: string;
  kind: string;
  /** Classes `short form` and `thesaurus`: the units the 相关结果 block must show, written down by hand. */
  related?: string[];
}

/** Deterministic sample: half the query set (spread, first kept), half substrings of unit texts. */
export function sampleQueries(allQueries: Query[], units: MatchableUnit[], n: number): Query[] {
  if (!Number.isFinite(n) || n <= 0) return allQueries;
  const fromSet = Math.min(allQueries.length, Math.ceil(n / 2));
  const picked = Array.from({ length: fromSet }, (_, i) => allQueries[Math.floor((i * allQueries.length) / fromSet)]!);
  let seed = 20240601;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const seen = new Set(picked.map((q) => q.q));
  for (let tries = 0; picked.length < n && tries < n * 50; tries++) {
    const text = units[Math.floor(random() * units.length)]!.text.replace(/\s+/gu, '');
    const length = 1 + Math.floor(random() * 4);
    const at = Math.floor(random() * Math.max(1, text.length - length));
    const q = text.slice(at, at + length);
    if ([...q].length !== q.length || q.length === 0 || seen.has(q) || /["“”「」]/u.test(q)) continue;
    seen.add(q);
    picked.push({ q, kind: 'sampled' });
  }
  return picked;
}
