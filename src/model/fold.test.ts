import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unifyRadicals } from './radicals.ts';
import { fold, normalizeQuery } from './fold.ts';
import { T2S } from './t2s.ts';

const SOURCES = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const seedTexts = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(SOURCES + name, 'utf8') }));

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tableKeys = [...T2S.keys()];
const interesting = [0x3000, 0xff01, 0xff08, 0xff5e, 0xff5f, 0x3014, 0x3015, 0xd83d, 0xde00, 0xfeff];

/** Random strings mixing ASCII, CJK, full-width forms, table keys and lone/paired surrogates. */
function randomString(next: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = next();
    if (r < 0.2) s += String.fromCharCode(Math.floor(next() * 0x80));
    else if (r < 0.4) s += String.fromCharCode(0x4e00 + Math.floor(next() * 0x5200));
    else if (r < 0.55) s += String.fromCharCode(0xff00 + Math.floor(next() * 0x100));
    else if (r < 0.7) s += tableKeys[Math.floor(next() * tableKeys.length)];
    else if (r < 0.75) s += String.fromCodePoint(0x10000 + Math.floor(next() * 0x20000));
    else if (r < 0.85) s += String.fromCharCode(interesting[Math.floor(next() * interesting.length)] as number);
    else s += String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return s;
}

describe('fold', () => {
  it.each([
    ['電梯', '电梯'],
    ['質監局', '质监局'],
    ['職責分工負責', '职责分工负责'],
    ['ＱＣ小组', 'QC小组'],
    ['（一）', '(一)'],
    ['１２３４５６７８９０％', '1234567890%'],
    ['［１］', '[1]'],
    ['　　一、总体思路', '  一、总体思路'],
    ['為', '为'], // Taiwan variant form
    ['衞生', '卫生'], // Hong Kong variant form
    ['\uf902', '车'], // CJK compatibility ideograph 車
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('reads radicals a PDF font wrote for characters as the characters, one unit for one', () => {
    // Kangxi radicals (⼈ U+2F08, ⼀ U+2F00, ⽅ U+2F45, ⽉ U+2F49, ⽇ U+2F47) and the supplement (⺠ U+2EA0, ⻓ U+2EE7)
    expect(fold('九江市⼈⺠政府⼀、3⽉5⽇实施⽅案⻓效')).toBe('九江市人民政府一、3月5日实施方案长效');
    // a component-only radical (⺡ for 氵) is no character of its own: kept
    expect(fold('⺡')).toBe('⺡');
    // ⼾ and ⾭ are drawn as 户 and 青 by a simplified font, not as their compatibility 戶 and 靑
    expect(fold('⼾籍⾭海')).toBe('户籍青海');
    expect(unifyRadicals('⼾籍⾭海').text).toBe('户籍青海');
  });

  it('reads the horizontal bar a PDF font writes for the dash as the dash', () => {
    expect(fold('2025―2027年')).toBe('2025—2027年');
  });

  it('leaves CJK punctuation without an ASCII twin untouched', () => {
    const text = '国办发〔2015〕19号【】、。“”《》…—·';
    expect(fold(text)).toBe(text);
  });

  it('leaves simplified text, ASCII and characters outside the BMP untouched', () => {
    for (const text of ['质量发展纲要2015年行动计划', '什么', 'plain ASCII ~!@#', '𠀀𪚥😀', '']) {
      expect(fold(text)).toBe(text);
    }
  });

  it('returns the same string instance when nothing folds', () => {
    const text = '贯彻落实质量发展纲要';
    expect(fold(text)).toBe(text);
  });

  it('does not fold half-width forms, the fullwidth range boundaries or lone surrogates', () => {
    expect(fold('\uff00\uff5f\uff61\uffe5')).toBe('\uff00\uff5f\uff61\uffe5');
    expect(fold('\ud83d')).toBe('\ud83d');
    expect(fold('a\ude00b')).toBe('a\ude00b');
  });

  it('keeps length and offsets for every seed text (same-length invariant)', () => {
    expect(seedTexts.length).toBeGreaterThan(0);
    for (const { name, text } of seedTexts) {
      const folded = fold(text);
      expect(folded.length, name).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        if (folded[i] !== text[i]) expect(folded[i], `${name} @${i}`).toBe(fold(text[i] as string));
      }
      expect(fold(folded), name).toBe(folded);
    }
  });

  it('finds a folded needle at the same offset in the original seed text', () => {
    const { text } = seedTexts[0] as { text: string };
    const folded = fold(text);
    const at = folded.indexOf('(一)');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.slice(at, at + 3)).toBe('（一）');
  });

  it('keeps length, is idempotent and maps code unit by code unit on random strings', () => {
    const next = rng(20150715);
    for (let run = 0; run < 500; run++) {
      const text = randomString(next, Math.floor(next() * 64));
      const folded = fold(text);
      expect(folded.length).toBe(text.length);
      expect(fold(folded)).toBe(folded);
      const perUnit = [...Array(text.length).keys()].map((i) => fold(text[i] as string)).join('');
      expect(folded).toBe(perUnit);
    }
  });

  it('maps every BMP code unit to exactly one code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const folded = fold(ch);
      if (folded.length !== 1) throw new Error(`U+${c.toString(16)} folds to ${folded.length} units`);
    }
  });
});

describe('fold, one code unit at a time', () => {
  it('folds single code units', () => {
    expect(fold('Ａ')).toBe('A');
    expect(fold('ｚ')).toBe('z');
    expect(fold('！')).toBe('!');
    expect(fold('～')).toBe('~');
    expect(fold('\u3000')).toBe(' ');
    expect(fold('繼')).toBe('继');
    expect(fold('继')).toBe('继');
    expect(fold('〔')).toBe('〔');
  });
});

describe('T2S table', () => {
  it('holds single BMP code units, values are not keys, keys sorted', () => {
    expect(T2S.size).toBeGreaterThan(2500);
    const problems: string[] = [];
    let previous = -1;
    for (const [t, s] of T2S) {
      const c = t.charCodeAt(0);
      if (t.length !== 1 || s.length !== 1) problems.push(`${t}→${s}: not single code units`);
      if (t === s) problems.push(`${t}: maps to itself`);
      if (c >= 0xd800 && c <= 0xdfff) problems.push(`${t}: surrogate`);
      if (c < 0x3400) problems.push(`${t}: below U+3400, fold()'s fast path would skip it`);
      if (c <= previous) problems.push(`${t}: keys not sorted by code point`);
      if (T2S.has(s)) problems.push(`${t}→${s}: value is also a key (not idempotent)`);
      previous = c;
    }
    expect(problems).toEqual([]);
  });

  it('does not map common simplified characters', () => {
    for (const ch of '么干后于里台发面系历只余') expect(T2S.has(ch), ch).toBe(false);
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['  ＱＣ　小组  ', 'QC 小组'],
    ['電梯\t\n 安全', '电梯 安全'],
    ['質監局', '质监局'],
    ['①', '1'],
    ['（一）', '(一)'],
    ['〔2015〕', '〔2015〕'],
    ['', ''],
    ['\u3000\u3000', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('a whitespace-free snippet copied from a seed text is found in the folded text', () => {
    for (const { name, text } of seedTexts) {
      const folded = fold(text);
      for (let at = 0; at + 6 <= text.length; at += 37) {
        const snippet = text.slice(at, at + 6);
        if (/\s/u.test(snippet)) continue;
        expect(folded.includes(normalizeQuery(snippet)), `${name} @${at} ${snippet}`).toBe(true);
      }
    }
  });
});
