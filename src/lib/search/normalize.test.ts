import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fold } from '../../model/fold.ts';
import { T2S } from '../../model/t2s.ts';
import { corpusT2S, makeMatchFold, packTable, unpackTable } from './normalize.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));
const corpus = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(SOURCES + name, 'utf8'))
  .join('\n');

const full = makeMatchFold(T2S);

describe('matchFold', () => {
  it('folds width, script and case', () => {
    expect(full('ＱＣ小组')).toBe('qc小组');
    expect(full('QC小组')).toBe('qc小组');
    expect(full('電梯')).toBe('电梯');
    expect(full('１２３６５')).toBe('12365');
    expect(full('①')).toBe('1');
    expect(full('質監')).toBe('质监');
  });

  it('folds every kind of bracket to one, so that a 文号 finds itself however it is bracketed', () => {
    for (const written of [
      '国办发〔2015〕19号',
      '国办发[2015]19号',
      '国办发（2015）19号',
      '国办发【2015】19号',
      '国办发［2015］19号',
    ])
      expect(full(written)).toBe('国办发(2015)19号');
  });

  it('finds a word a PDF font wrote with radicals (⼈⺠政府 for 人民政府)', () => {
    expect(full('九江市⼈⺠政府')).toBe(full('九江市人民政府'));
    expect(full('⼾籍')).toBe(full('户籍'));
  });

  it('finds a span of years whose dash a PDF font wrote as a horizontal bar', () => {
    expect(full('2025―2027年')).toBe(full('2025—2027年'));
  });

  it('keeps the length of every text (offsets stay valid)', () => {
    const samples = [corpus, '㎡…①ＡＢＣ電\u3000😀', String.fromCharCode(0xd83d)];
    for (const s of samples) expect(full(s)).toHaveLength(s.length);
  });

  it('agrees with src/model fold() after NFKC, lower-casing and brackets wherever NFKC keeps one unit', () => {
    for (const ch of new Set(corpus + [...T2S.keys()].join(''))) {
      const nfkc = ch.normalize('NFKC');
      if (nfkc.length !== 1) continue;
      expect(full(ch)).toBe(
        fold(nfkc)
          .toLowerCase()
          .replace(/[[〔【〖﹝]/u, '(')
          .replace(/[\]〕】〗﹞]/u, ')'),
      );
    }
  });

  it('is idempotent', () => {
    const once = full(corpus);
    expect(full(once)).toBe(once);
  });
});

describe('corpus table', () => {
  const small = makeMatchFold(unpackTable(packTable(corpusT2S(T2S, corpus))));

  it('round-trips through packTable', () => {
    const table = corpusT2S(T2S, corpus);
    expect(unpackTable(packTable(table))).toEqual(new Map([...table].sort(([a], [b]) => (a < b ? -1 : 1))));
  });

  it('is small', () => {
    expect(corpusT2S(T2S, corpus).size).toBeLessThan(T2S.size / 3);
  });

  it('folds every traditional form of a corpus character like the full table', () => {
    const used = new Set(corpus);
    for (const [from, to] of T2S) if (used.has(to)) expect(small(from)).toBe(full(from));
    expect(small(corpus)).toBe(full(corpus));
  });
});
