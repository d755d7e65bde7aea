/** How bench:search writes its figures: KiB, percentages, and the width of a label in columns. */

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
/** Columns a string takes in a terminal: CJK characters take two. */
export const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
