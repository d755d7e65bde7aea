/**
 * The search page's requests for pages of results, so that no click is ever lost however slow the
 * machine. Every list (a query with its filters and order) is a generation; each request for a page
 * (the first one of a render, then one per “more” click) joins the generation's queue and runs after
 * every earlier request of it, against the list's view once that has arrived. A request is never
 * refused while another is running (the “more” button is never disabled, a click while a page or
 * the list itself is still loading asks for the page after it), and a request of a list that a
 * newer one has replaced is dropped when it comes back, never shown under the newer list.
 */
export class PageQueue<V> {
  private generation = 0;
  private view: Promise<V> = new Promise<V>(() => undefined);
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** A new list whose view arrives with `view`: the requests of earlier lists are dropped. */
  start(view: Promise<V>): void {
    this.generation += 1;
    this.view = view;
    // The new list does not wait for the requests of the old one.
    this.tail = view.catch(() => undefined);
  }

  /** Requests of any list not yet finished (the page shows that it is busy). */
  busy(): boolean {
    return this.pending > 0;
  }

  /**
   * One more page of the current list: `load` it from the view after every earlier request of the
   * list, then `show` it if the list is still current. Resolves true when shown, false when a newer
   * list replaced it; rejects when the view or the page could not be loaded (and the list is current).
   */
  request<T>(load: (view: V) => Promise<T>, show: (page: T, view: V) => void): Promise<boolean> {
    const generation = this.generation;
    const viewPromise = this.view;
    this.pending += 1;
    const run = this.tail.then(async () => {
      const view = await viewPromise;
      if (generation !== this.generation) return false;
      const page = await load(view);
      if (generation !== this.generation) return false;
      show(page, view);
      return true;
    });
    const settled = run.then(
      (shown) => shown,
      (error: unknown) => {
        if (generation === this.generation) throw error;
        return false;
      },
    );
    const done = (): void => {
      this.pending -= 1;
    };
    settled.then(done, done);
    // The next request of the list waits for this one, whatever its outcome.
    this.tail = run.catch(() => undefined);
    return settled;
  }
}
