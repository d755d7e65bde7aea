/**
 * Small non-negative integers as one character each (codes), and lists of them as one string: how
 * the start file (format.ts StartFile) holds every unit's kind, themes and departments and the text
 * packs' runs. Shorter than JSON arrays of numbers, gzip-friendly and JSON-safe. Pure.
 */

const SEPARATOR = '/';
const CODE_BASE = 0x30;

/** One character for a small non-negative integer (0 → `0`; below the surrogates, up to 55,247). */
export function codeChar(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value + CODE_BASE >= 0xd800)
    throw new Error(`code out of range: ${value}`);
  return String.fromCharCode(value + CODE_BASE);
}

/** Lists of small integers as one string: codes, lists separated by SEPARATOR. */
export function packLists(lists: readonly (readonly number[])[]): string {
  return lists.map((list) => list.map(codeChar).join('')).join(SEPARATOR);
}

export function unpackLists(packed: string, count: number): number[][] {
  const lists: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c === 0x2f) {
      lists.push(current);
      current = [];
    } else current.push(c - CODE_BASE);
  }
  lists.push(current);
  if (lists.length !== count) throw new Error(`packed lists: ${lists.length} lists, expected ${count}`);
  return lists;
}

export function unpackCodes(packed: string): number[] {
  return Array.from(packed, (ch) => ch.charCodeAt(0) - CODE_BASE);
}
