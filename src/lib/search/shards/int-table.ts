/**
 * Integer containers of the index builder's pass over the texts (gram-postings.ts), over typed
 * arrays: its inner loop runs once per code unit of the corpus, where Maps and arrays of numbers
 * were the cost.
 */

/** A growable list of integers in a typed array (off the JS heap: nothing for the GC to scan). */
export class IntList {
  data = new Int32Array(4);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Pairs of small integers (a, b) → numbers 0, 1, 2, … in order of first sight: an open-addressing
 * hash table over typed arrays, several times faster than a Map in the builder's inner loop.
 */
export class IntTable {
  private bits = 10;
  private keysA = new Int32Array(1 << this.bits).fill(-1);
  private keysB = new Int32Array(1 << this.bits);
  private values = new Int32Array(1 << this.bits);
  private size = 0;

  /** Multiplicative hashing: the HIGH bits of the product are the well-mixed ones. */
  private slot(a: number, b: number): number {
    return Math.imul(Math.imul(b, 0x85ebca6b) ^ a, 0x9e3779b1) >>> (32 - this.bits);
  }

  /** The number of (a, b), or `next` (recorded) when the pair is new. */
  get(a: number, b: number, next: number): number {
    const mask = this.keysA.length - 1;
    let at = this.slot(a, b);
    for (;;) {
      const ka = this.keysA[at]!;
      if (ka === -1) break;
      if (ka === a && this.keysB[at] === b) return this.values[at]!;
      at = (at + 1) & mask;
    }
    if (++this.size * 2 > this.keysA.length) {
      this.grow();
      return this.insert(a, b, next);
    }
    this.keysA[at] = a;
    this.keysB[at] = b;
    this.values[at] = next;
    return next;
  }

  private insert(a: number, b: number, value: number): number {
    const mask = this.keysA.length - 1;
    let at = this.slot(a, b);
    while (this.keysA[at] !== -1) at = (at + 1) & mask;
    this.keysA[at] = a;
    this.keysB[at] = b;
    this.values[at] = value;
    return value;
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    this.bits++;
    this.keysA = new Int32Array(1 << this.bits).fill(-1);
    this.keysB = new Int32Array(1 << this.bits);
    this.values = new Int32Array(1 << this.bits);
    for (let i = 0; i < keysA.length; i++) if (keysA[i] !== -1) this.insert(keysA[i]!, keysB[i]!, values[i]!);
  }
}
