import { describe, expect, it } from 'vitest';
import { unitSchema } from '../model/index.ts';
import { checkedRecords, readDataset, readUnits } from './generated-data.ts';

describe('readDataset', () => {
  it('reads the measures once, checked by the model’s schema, as the corpus and the open data share them', () => {
    const units = readUnits();
    expect(units.length).toBeGreaterThan(100);
    expect(readDataset('measures')).toBe(units);
    expect(units[0]).toEqual(unitSchema.parse(units[0]));
  });
});

describe('checkedRecords', () => {
  it('names the file, the record and the field of the first record the schema refuses', () => {
    const good = readUnits()[1]!;
    const bad = { ...good, kind: 'paragraph' };
    expect(() => checkedRecords('measures.json', [good, bad], unitSchema)).toThrow(
      new RegExp(
        `^measures\\.json: record 2 \\(${good.id.replace('/', '\\/')}\\): kind: .+; the ingest writes this file: run it again$`,
      ),
    );
  });
});
