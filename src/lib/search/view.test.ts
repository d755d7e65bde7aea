import { describe, expect, it } from 'vitest';
import { type ShownHit, VERIFY_PAGE_MAX, verifiedPager } from './view.ts';

const hit = (n: number) => ({ id: String(n) }) as ShownHit;

describe('verifiedPager', () => {
  it('fills a page with verified hits only, and counts what it rejected', async () => {
    const pager = verifiedPager([1, 2, 3, 4, 5, 6], async (batch) => batch.map((n) => (n % 2 ? hit(n) : undefined)));
    expect((await pager.next(2)).map((h) => h.id)).toEqual(['1', '3']);
    expect(pager.seen()).toEqual({ looked: 3, rejected: 1 });
    expect(pager.left()).toBe(3);
    expect((await pager.next(5)).map((h) => h.id)).toEqual(['5']);
    expect(pager.left()).toBe(0);
  });

  it('looks at no more than VERIFY_PAGE_MAX candidates for one page', async () => {
    const none = Array.from({ length: 3 * VERIFY_PAGE_MAX }, (_, i) => i);
    const pager = verifiedPager(none, async (batch) => batch.map(() => undefined));
    expect(await pager.next(10)).toEqual([]);
    expect(pager.seen().looked).toBe(VERIFY_PAGE_MAX);
  });
});
