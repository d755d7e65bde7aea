/**
 * The text packs of the sharded layout (format.ts: x/<k>.bin, the UnitTexts of a run of consecutive
 * units), as the page's engine (engine.ts) reads them: a unit's text from its pack, each pack
 * fetched once for all its units and kept, unless fetching it failed: then the next query retries.
 */
import type { StartFile, UnitText } from './format.ts';
import { decodeUtf16 } from './bytes.ts';
import type { ShardFetch } from './gram-index.ts';
import { remember } from './requests.ts';
import { upperBound } from './sets.ts';
import { unpackCodes } from './string-codes.ts';

export class TextPacks {
  private readonly fetch: ShardFetch;
  private readonly packs = new Map<number, Promise<UnitText[]>>();
  /** First unit of each text pack (x/<k>), ascending. */
  private readonly packStarts: number[];

  constructor(start: StartFile, fetch: ShardFetch) {
    this.fetch = fetch;
    let first = 0;
    this.packStarts = unpackCodes(start.textRuns).map((count) => (first += count) - count);
    if (first !== start.units) throw new Error(`search index: ${first} units in textRuns, expected ${start.units}`);
  }

  /** A unit's text, from its pack. */
  async text(unit: number): Promise<UnitText> {
    const pack = upperBound(this.packStarts, unit) - 1;
    const texts = await remember(this.packs, pack, () =>
      this.fetch(`x/${pack}.bin`).then((bytes) => JSON.parse(decodeUtf16(bytes)) as UnitText[]),
    );
    const text = texts[unit - this.packStarts[pack]!];
    if (!text) throw new Error(`search index: no text of unit ${unit} in pack ${pack}`);
    return text;
  }
}
