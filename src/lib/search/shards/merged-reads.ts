/**
 * Reading records by range request, with the records asked for together merged: places in one
 * volume that lie close together are read by one request, and only a few requests are open at once.
 *
 * A query asks for its records in bursts (a term's gram shards, then a page of texts). The texts of
 * one page often sit a pack or two apart in the text volume, and on any network a round trip costs
 * more than the few KiB between them: eight texts in eight requests wait for two rounds behind the
 * browser's six connections, in four requests for one. Pure: the reading itself is given.
 */
import { limitInFlight } from './requests.ts';
import type { RecordPlace } from './volumes.ts';

/**
 * Largest gap between two records read by one request (bytes fetched and not used): about one text
 * pack, so a page's texts that lie a pack apart come in one request. At 4 KiB the texts of one
 * query at 1,000 documents cost 32.9 KiB (over the 30 KiB budget) instead of 19.5.
 */
export const MERGE_GAP = 2 * 1024;
/** Largest span one request reads. */
export const MERGE_SPAN = 64 * 1024;

/** One request: the span it reads, and which of the places asked (their positions) it serves. */
export interface MergedRead {
  span: RecordPlace;
  members: number[];
}

/**
 * The requests that read `places`: per volume, in offset order, neighbours merged while gap and span
 * allow; the requests in the order their places were asked for (the first asked, the first read),
 * so the records a query needs first (a page's texts) never wait behind those asked after them.
 */
export function mergeReads(places: readonly RecordPlace[], gap = MERGE_GAP, maxSpan = MERGE_SPAN): MergedRead[] {
  const order = places.map((_, i) => i);
  order.sort((a, b) => places[a]!.volume - places[b]!.volume || places[a]!.offset - places[b]!.offset);
  const reads: MergedRead[] = [];
  let current: MergedRead | undefined;
  for (const i of order) {
    const place = places[i]!;
    const end = place.offset + place.length;
    if (current) {
      const span = current.span;
      const spanEnd = span.offset + span.length;
      const joined = Math.max(spanEnd, end) - span.offset;
      if (place.volume === span.volume && place.offset - spanEnd <= gap && joined <= maxSpan) {
        span.length = joined;
        current.members.push(i);
        continue;
      }
    }
    current = { span: { ...place }, members: [i] };
    reads.push(current);
  }
  const first = (read: MergedRead) => Math.min(...read.members);
  return reads.sort((a, b) => first(a) - first(b));
}

export interface MergedReaderOptions {
  /** Requests open at once. */
  inFlight: number;
  gap?: number;
  maxSpan?: number;
  /**
   * When the places asked so far are read: by default in a microtask, once the code asking has run
   * (the engine asks for a page of texts in one loop). Not a timer: a task queued before it, such
   * as the page's history update, would hold the requests back.
   */
  schedule?: (flush: () => void) => void;
}

type Read = (place: RecordPlace) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * `read`, with the places asked for together gathered and read by merged requests (mergeReads),
 * at most `inFlight` open at once. A failed request fails only the places it was to serve.
 */
export function mergedReader(read: Read, options: MergedReaderOptions): Read {
  const limited = limitInFlight(read, options.inFlight);
  const schedule = options.schedule ?? queueMicrotask;
  let asked: { place: RecordPlace; resolve: (bytes: Uint8Array<ArrayBuffer>) => void; reject: (e: unknown) => void }[] =
    [];

  function flush(): void {
    const batch = asked;
    asked = [];
    for (const { span, members } of mergeReads(
      batch.map((a) => a.place),
      options.gap,
      options.maxSpan,
    )) {
      limited(span).then(
        (bytes) => {
          for (const i of members) {
            const { place, resolve } = batch[i]!;
            const from = place.offset - span.offset;
            resolve(bytes.subarray(from, from + place.length));
          }
        },
        (error: unknown) => {
          for (const i of members) batch[i]!.reject(error);
        },
      );
    }
  }

  return (place) =>
    new Promise((resolve, reject) => {
      if (asked.length === 0) schedule(flush);
      asked.push({ place, resolve, reject });
    });
}
