import { describe, expect, it } from 'vitest';
import { PageQueue } from './page-queue.ts';

/** A promise resolved from outside, to play a slow machine. */
function later<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A view paging through numbers, each page answered only when the test says so. */
function slowView(total: number) {
  let shown = 0;
  const answers: Array<() => void> = [];
  return {
    answers,
    next: (count: number) =>
      new Promise<number[]>((resolve) => {
        answers.push(() => {
          const page = Array.from({ length: Math.min(count, total - shown) }, (_, i) => shown + i);
          shown += page.length;
          resolve(page);
        });
      }),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageQueue', () => {
  it('clicks while a page is loading each get the next page, in order', async () => {
    const queue = new PageQueue<ReturnType<typeof slowView>>();
    const view = slowView(100);
    const list: number[] = [];
    queue.start(Promise.resolve(view));
    const requests = [1, 2, 3].map(() =>
      queue.request(
        (v) => v.next(20),
        (page) => list.push(...page),
      ),
    );
    expect(queue.busy()).toBe(true);
    // Answer each page as the machine gets to it.
    for (let i = 0; i < 3; i++) {
      await flush();
      view.answers[i]!();
    }
    expect(await Promise.all(requests)).toEqual([true, true, true]);
    expect(list).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(queue.busy()).toBe(false);
  });

  it('a click before the list has arrived asks for its second page', async () => {
    const queue = new PageQueue<ReturnType<typeof slowView>>();
    const arriving = later<ReturnType<typeof slowView>>();
    const list: number[] = [];
    queue.start(arriving.promise);
    const first = queue.request(
      (v) => v.next(20),
      (page) => list.push(...page),
    );
    const click = queue.request(
      (v) => v.next(20),
      (page) => list.push(...page),
    );
    const view = slowView(100);
    arriving.resolve(view);
    await flush();
    view.answers[0]!();
    await flush();
    view.answers[1]!();
    expect(await Promise.all([first, click])).toEqual([true, true]);
    expect(list).toHaveLength(40);
  });

  it('a newer list drops the pages of the old one and does not wait for them', async () => {
    const queue = new PageQueue<ReturnType<typeof slowView>>();
    const old = slowView(100);
    const shown: string[] = [];
    queue.start(Promise.resolve(old));
    const stale = queue.request(
      (v) => v.next(20),
      () => shown.push('old'),
    );
    await flush();
    const fresh = slowView(100);
    queue.start(Promise.resolve(fresh));
    const current = queue.request(
      (v) => v.next(20),
      () => shown.push('new'),
    );
    await flush();
    fresh.answers[0]!();
    expect(await current).toBe(true);
    old.answers[0]!();
    expect(await stale).toBe(false);
    expect(shown).toEqual(['new']);
  });

  it('a failed page of the current list is reported and the next request still runs', async () => {
    const queue = new PageQueue<number>();
    queue.start(Promise.resolve(1));
    const failing = queue.request(
      () => Promise.reject(new Error('offline')),
      () => undefined,
    );
    const next = queue.request(
      (v) => Promise.resolve(v + 1),
      () => undefined,
    );
    await expect(failing).rejects.toThrow('offline');
    expect(await next).toBe(true);
  });
});
