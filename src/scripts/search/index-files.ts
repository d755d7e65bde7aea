/**
 * The search index's files, as the page reads them: gzip files decompressed in the browser, and the
 * records of the volumes (src/lib/search/shards/volumes.ts) by range request.
 */
import type { ShardFetch } from '../../lib/search/shards/gram-index.ts';
import { type Directory, type RecordPlace, placeOf, volumeName } from '../../lib/search/shards/volumes.ts';

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Decompresses gzip bytes (bytes that are not gzip, because a host already undid it, as they are). */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

export async function loadGz(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return gunzip(new Uint8Array(await response.arrayBuffer()));
}

export async function loadJsonGz<T>(url: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await loadGz(url))) as T;
}

/**
 * The bytes of one place in a volume under `dir`, by a range request. A server that ignores the
 * range answers 200 with the whole volume: it is kept, and later records of that volume are cut
 * from it without another request (slow once, still correct).
 */
export function rangeReader(dir: string): (place: RecordPlace) => Promise<Uint8Array<ArrayBuffer>> {
  const whole = new Map<number, Promise<Uint8Array<ArrayBuffer>>>();
  return async ({ volume, offset, length }) => {
    const url = `${dir}${volumeName(volume)}`;
    const kept = whole.get(volume);
    if (kept) return (await kept).subarray(offset, offset + length);
    // Not through the HTTP cache: Chromium lets one request at a time use a URL's cache entry, so
    // ranges of one volume asked together would come one after the other (the engine keeps what it
    // read for the rest of the visit).
    const response = await fetch(url, {
      headers: { Range: `bytes=${offset}-${offset + length - 1}` },
      cache: 'no-store',
    });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status === 206) {
      if (bytes.length !== length) throw new Error(`${url}: ${bytes.length} bytes, expected ${length}`);
      return bytes;
    }
    if (!whole.has(volume)) whole.set(volume, Promise.resolve(bytes));
    return bytes.subarray(offset, offset + length);
  };
}

/** The index's records (`g/3.bin`, …), decompressed, read from the volumes the directory describes. */
export function recordFetch(
  directory: Directory,
  read: (place: RecordPlace) => Promise<Uint8Array<ArrayBuffer>>,
): ShardFetch {
  return async (name) => gunzip(await read(placeOf(directory, name)));
}
