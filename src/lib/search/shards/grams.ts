/**
 * The grams of the sharded index: the longest gram indexed, the grams a folded term is searched
 * with, and the gram shard that holds a gram. The builder (build.ts) and the page (gram-index.ts)
 * must agree on all three, so they are defined once, here. Pure.
 */

/** Longest gram indexed (code units); its grams also carry positions. */
export const GRAM_MAX = 4;

/** FNV-1a over the code units of a gram: the gram's shard is gramHash(gram) % shards. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), 0x01000193);
    h = Math.imul(h ^ (c >>> 8), 0x01000193);
  }
  return h >>> 0;
}

/** The grams a folded term is searched with: itself when ≤ GRAM_MAX code units, else its GRAM_MAX-grams. */
export function termGrams(folded: string): string[] {
  if (folded.length <= GRAM_MAX) return [folded];
  const grams: string[] = [];
  for (let i = 0; i + GRAM_MAX <= folded.length; i++) grams.push(folded.slice(i, i + GRAM_MAX));
  return grams;
}
