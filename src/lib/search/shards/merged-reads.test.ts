import { describe, expect, it } from 'vitest';
import { MERGE_GAP, mergeReads, mergedReader } from './merged-reads.ts';
import type { RecordPlace } from './volumes.ts';

const at = (volume: number, offset: number, length: number): RecordPlace => ({ volume, offset, length });

/** Two volumes whose byte i is i % 251 (volume 0) and 250 - i % 251 (volume 1): any slice can be checked. */
const volumes = [0, 1].map((v) =>
  Uint8Array.from({ length: 200_000 }, (_, i) => (v === 0 ? i % 251 : 250 - (i % 251))),
);
const slice = (place: RecordPlace) => volumes[place.volume]!.slice(place.offset, place.offset + place.length);

/** A reader of the volumes that takes a moment, and records what it read and how much was open at once. */
function fakeRanges(fails: (place: RecordPlace) => boolean = () => false) {
  const reads: RecordPlace[] = [];
  let open = 0;
  let mostOpen = 0;
  const read = async (place: RecordPlace) => {
    reads.push(place);
    mostOpen = Math.max(mostOpen, ++open);
    await new Promise((resolve) => setTimeout(resolve, 2));
    open--;
    if (fails(place)) throw new Error(`net::ERR_FAILED ${place.offset}`);
    return slice(place);
  };
  return { read, reads, mostOpen: () => mostOpen };
}

describe('merged range reads', () => {
  it('merges neighbours of one volume within the gap and the span; reads in the order asked', () => {
    const places = [at(1, 0, 50), at(0, 10_000, 100), at(0, 0, 1000), at(0, 1000 + MERGE_GAP, 10), at(0, 1000, 20)];
    expect(mergeReads(places)).toEqual([
      // Another volume is another file; asked first, read first.
      { span: at(1, 0, 50), members: [0] },
      // 10,000 is too far from the others.
      { span: at(0, 10_000, 100), members: [1] },
      // 0–1000, 1000–1020 and the one a gap further on: one read.
      { span: at(0, 0, 1000 + MERGE_GAP + 10), members: [2, 4, 3] },
    ]);
    // One byte more of gap, or a span over the limit: apart.
    expect(mergeReads([at(0, 0, 10), at(0, 10 + MERGE_GAP + 1, 10)])).toHaveLength(2);
    expect(mergeReads([at(0, 0, 600), at(0, 600, 600)], MERGE_GAP, 1000)).toHaveLength(2);
  });

  it('gives every place its own bytes, however the reads were merged', async () => {
    const net = fakeRanges();
    const reader = mergedReader(net.read, { inFlight: 6 });
    const places = [at(0, 5000, 300), at(0, 0, 100), at(0, 150, 40), at(1, 7, 70), at(0, 5300, 1), at(0, 150, 40)];
    const got = await Promise.all(places.map((place) => reader(place)));
    got.forEach((bytes, i) => expect([...bytes], JSON.stringify(places[i])).toEqual([...slice(places[i]!)]));
    expect(net.reads).toEqual([at(0, 5000, 301), at(0, 0, 190), at(1, 7, 70)]);
  });

  it('asked one after the other, places are read separately', async () => {
    const net = fakeRanges();
    const reader = mergedReader(net.read, { inFlight: 6 });
    await reader(at(0, 0, 10));
    await reader(at(0, 10, 10));
    expect(net.reads).toEqual([at(0, 0, 10), at(0, 10, 10)]);
  });

  it('keeps at most inFlight requests open', async () => {
    const net = fakeRanges();
    const reader = mergedReader(net.read, { inFlight: 3 });
    // Forty places far apart: forty requests, three at a time.
    const places = Array.from({ length: 40 }, (_, i) => at(0, i * 5000 + 100, 10));
    const got = await Promise.all(places.map((place) => reader(place)));
    expect(net.reads).toHaveLength(40);
    expect(net.mostOpen()).toBe(3);
    got.forEach((bytes, i) => expect([...bytes]).toEqual([...slice(places[i]!)]));
  });

  it('fails only the places a failed request was to serve, and reads them anew when asked again', async () => {
    let failing = true;
    const net = fakeRanges((place) => failing && place.volume === 1);
    const reader = mergedReader(net.read, { inFlight: 6 });
    const [good, bad] = await Promise.allSettled([reader(at(0, 0, 10)), reader(at(1, 0, 10))]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    failing = false;
    expect([...(await reader(at(1, 0, 10)))]).toEqual([...slice(at(1, 0, 10))]);
  });
});
