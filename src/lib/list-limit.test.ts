import { describe, expect, it } from 'vitest';
import { LIST_LIMIT, capped } from './list-limit.ts';

describe('capped lists', () => {
  it('keeps a short list whole and cuts a long one, counting the rest', () => {
    expect(capped([1, 2, 3], 5)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(capped([1, 2, 3, 4, 5, 6], 4)).toEqual({ shown: [1, 2, 3, 4], more: 2 });
    const long = Array.from({ length: LIST_LIMIT + 7 }, (_, i) => i);
    expect(capped(long).shown).toHaveLength(LIST_LIMIT);
    expect(capped(long).more).toBe(7);
  });
});
