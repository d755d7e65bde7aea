/**
 * Local ids of the units of one document, as the unit builder opens them: a numbered unit takes its
 * number under its parent's id (`2-8`), unnumbered units and bullets are counted under their parent
 * (`p1`, `notice-p2`, `3-1-b2`), and a repeated number still gets an id of its own (`1-2r2`), so
 * that no two units share an anchor.
 */
export class LocalIds {
  private taken = new Set<string>();
  /** Count of unnumbered units and of bullets per parent key. */
  private unnumbered = new Map<string, number>();
  private bullets = new Map<string, number>();

  /** The id of the next unnumbered unit under `prefix` (`notice-`, `2-`, or '' at the top). */
  nextUnnumbered(prefix: string): string {
    const count = (this.unnumbered.get(prefix) ?? 0) + 1;
    this.unnumbered.set(prefix, count);
    return `${prefix}p${count}`;
  }

  /** The segment of the next bullet under `parentKey`: `b1`, `b2`… */
  nextBullet(parentKey: string): string {
    const count = (this.bullets.get(parentKey) ?? 0) + 1;
    this.bullets.set(parentKey, count);
    return `b${count}`;
  }

  /** A repeated number (already reported) still gets an id of its own: `1-2`, then `1-2r2`. */
  unique(localId: string): string {
    if (!this.taken.has(localId)) return localId;
    let count = 2;
    while (this.taken.has(`${localId}r${count}`)) count += 1;
    return `${localId}r${count}`;
  }

  take(localId: string): void {
    this.taken.add(localId);
  }
}
