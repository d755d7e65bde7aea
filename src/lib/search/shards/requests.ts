/**
 * The shards engine's requests: at most a few in flight, and remembered only when they succeed.
 *
 * Without a limit a query starts every request at once; past a few hundred the browser refuses the
 * rest (ERR_INSUFFICIENT_RESOURCES). Without forgetting failures a refused or dropped request stays
 * a rejected promise in the cache, and every later query needing that file fails too.
 */

/** The same fetch, with at most `max` calls unsettled at once; the others wait their turn, in order. */
export function limitInFlight<A extends unknown[], T>(
  fetch: (...args: A) => Promise<T>,
  max: number,
): (...args: A) => Promise<T> {
  if (!(max >= 1)) throw new Error(`requests in flight: ${max}, expected at least 1`);
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished call hands its slot straight to the first waiting one, so no new call can slip in between.
  const release = (): void => {
    const first = waiting.shift();
    if (first) first();
    else running--;
  };
  return async (...args) => {
    if (running < max) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fetch(...args);
    } finally {
      release();
    }
  };
}

/** The cached promise of `key`, made on first use; a promise that rejects is dropped so the next call retries. */
export function remember<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    const made = make();
    promise = made;
    cache.set(key, made);
    made.catch(() => {
      if (cache.get(key) === made) cache.delete(key);
    });
  }
  return promise;
}
