import { describe, expect, it } from 'vitest';
import { documentOf, filesOf, splitParts } from './data-files.ts';

const unit = (document: string, n: number) => ({ id: `${document}/${n}`, document, text: 'x'.repeat(40) });
// Each unit is 77 bytes of JSON plus 2 for its line: 79; documents a 158, b 237, c 79 bytes.
const units = [unit('a', 1), unit('a', 2), unit('b', 1), unit('b', 2), unit('b', 3), unit('c', 1)];

describe('parts of a dataset', () => {
  it('keep a dataset that fits whole, under its plain name', () => {
    expect(splitParts(units, documentOf, 10_000)).toEqual([{ from: 0, records: 6 }]);
    expect(filesOf({ name: 'measures', csv: true }, units, 10_000).map((file) => file.file)).toEqual([
      'measures.json',
      'measures.csv',
    ]);
  });

  it('cut between documents, never inside one', () => {
    // At 200 bytes: a fits; b would pass the limit, so it starts a part, larger than the limit but
    // whole; c starts the third. At 320 bytes, c fits with b.
    expect(splitParts(units, documentOf, 200)).toEqual([
      { from: 0, records: 2 },
      { from: 2, records: 3 },
      { from: 5, records: 1 },
    ]);
    expect(splitParts(units, documentOf, 320)).toEqual([
      { from: 0, records: 2 },
      { from: 2, records: 4 },
    ]);
  });

  it('number the parts, with CSV parts holding the same records', () => {
    const files = filesOf({ name: 'measures', csv: true }, units, 320);
    expect(files).toEqual([
      { file: 'measures-1.json', dataset: 'measures', format: 'json', from: 0, records: 2 },
      { file: 'measures-2.json', dataset: 'measures', format: 'json', from: 2, records: 4 },
      { file: 'measures-1.csv', dataset: 'measures', format: 'csv', from: 0, records: 2 },
      { file: 'measures-2.csv', dataset: 'measures', format: 'csv', from: 2, records: 4 },
    ]);
  });

  it('keep an empty dataset as one empty file, and group targets by their measure’s document', () => {
    expect(filesOf({ name: 'targets', csv: false }, [])).toEqual([
      { file: 'targets.json', dataset: 'targets', format: 'json', from: 0, records: 0 },
    ]);
    expect(documentOf({ measure: 'hebei-2016-plan/1-1' })).toBe('hebei-2016-plan');
  });
});
