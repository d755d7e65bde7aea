// The page's reading of the index's volumes: by range request, or, from a server that ignores
// ranges, by cutting records out of the whole volume it sent (fetched once).
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packVolumes, readDirectory, volumeName } from '../../lib/search/shards/volumes.ts';
import { rangeReader, recordFetch } from './index-files.ts';

const RECORDS = new Map<string, Uint8Array>([
  ['g/0.bin', new TextEncoder().encode('gram shard zero')],
  ['g/1.bin', new TextEncoder().encode('gram shard one')],
  ['x/0.bin', new TextEncoder().encode('texts 电梯安全')],
]);

/** Volumes of the records (gzipped), small enough that there are two. */
function site() {
  const gz = new Map([...RECORDS].map(([name, data]) => [name, new Uint8Array(gzipSync(data))]));
  const { volumes, directory } = packVolumes(gz, 80);
  const files = new Map(
    volumes.map((parts, n) => [`/s/${volumeName(n)}`, Uint8Array.from(parts.flatMap((p) => [...p]))]),
  );
  return { files, directory: readDirectory(directory) };
}

/** A fetch over the files that honours `Range: bytes=a-b`, or ignores it. */
function serve(files: Map<string, Uint8Array<ArrayBuffer>>, ranges: boolean) {
  const calls: string[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range') ?? '';
    calls.push(`${url} ${range}`);
    const file = files.get(url);
    if (!file) return Promise.resolve(new Response(null, { status: 404 }));
    const m = /^bytes=(\d+)-(\d+)$/u.exec(range);
    if (!ranges || !m) return Promise.resolve(new Response(file, { status: 200 }));
    return Promise.resolve(new Response(file.slice(Number(m[1]), Number(m[2]) + 1), { status: 206 }));
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('reading records from the volumes', () => {
  it('fetches each record by its range and decompresses it', async () => {
    const { files, directory } = site();
    expect(directory.volumes).toBe(2);
    const calls = serve(files, true);
    const read = recordFetch(directory, rangeReader('/s/'));
    for (const [name, data] of RECORDS)
      expect(new TextDecoder().decode(await read(name)), name).toBe(new TextDecoder().decode(data));
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => /bytes=\d+-\d+$/u.test(c))).toBe(true);
  });

  it('from a server that ignores ranges, keeps the whole volume and cuts the records from it', async () => {
    const { files, directory } = site();
    const calls = serve(files, false);
    const read = recordFetch(directory, rangeReader('/s/'));
    const texts: string[] = [];
    for (const name of RECORDS.keys()) texts.push(new TextDecoder().decode(await read(name)));
    expect(texts).toEqual([...RECORDS.values()].map((d) => new TextDecoder().decode(d)));
    // One request per volume: the second record of a volume is cut from the kept copy.
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['/s/v/0.bin', '/s/v/1.bin']);
  });

  it('fails on an error status and on a short range', async () => {
    const { files, directory } = site();
    serve(new Map(), true);
    await expect(recordFetch(directory, rangeReader('/s/'))('g/0.bin')).rejects.toThrow(/\/s\/v\/0\.bin: 404/u);
    const short = new Map([...files].map(([url, data]) => [url, data.slice(0, 10)]));
    serve(short, true);
    await expect(recordFetch(directory, rangeReader('/s/'))('g/1.bin')).rejects.toThrow(/bytes, expected/u);
  });
});
