import { describe, expect, it } from 'vitest';
import { limitInFlight, remember } from './requests.ts';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('limitInFlight', () => {
  it('keeps at most max calls open, starts the others in order, and goes on after failures', async () => {
    let open = 0;
    let most = 0;
    const started: number[] = [];
    const limited = limitInFlight(async (n: number) => {
      started.push(n);
      open++;
      most = Math.max(most, open);
      await tick();
      open--;
      if (n % 5 === 0) throw new Error(`failed ${n}`);
      return n * 2;
    }, 3);
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => limited(n)));
    expect(most).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(results[1]).toEqual({ status: 'fulfilled', value: 2 });
    // Slots freed by failures are reused: a later call still runs.
    await expect(limited(7)).resolves.toBe(14);
  });

  it('counts a call that throws at once as finished', async () => {
    const limited = limitInFlight((n: number): Promise<number> => {
      if (n < 0) throw new Error('no');
      return Promise.resolve(n);
    }, 1);
    await expect(limited(-1)).rejects.toThrow('no');
    await expect(limited(1)).resolves.toBe(1);
  });

  it('refuses a limit below one', () => {
    expect(() => limitInFlight(() => Promise.resolve(0), 0)).toThrow(/at least 1/);
  });
});

describe('remember', () => {
  it('makes a value once while it succeeds, and again after it failed', async () => {
    const cache = new Map<string, Promise<number>>();
    let calls = 0;
    let fail = true;
    const make = () => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(calls);
    };
    const first = remember(cache, 'a', make);
    // Asked again while it is pending: the same promise, no second call.
    expect(remember(cache, 'a', make)).toBe(first);
    await expect(first).rejects.toThrow('offline');
    expect(cache.has('a')).toBe(false);
    fail = false;
    await expect(remember(cache, 'a', make)).resolves.toBe(2);
    await expect(remember(cache, 'a', make)).resolves.toBe(2);
    expect(calls).toBe(2);
  });
});
