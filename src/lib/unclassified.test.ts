import { describe, expect, it } from 'vitest';
import { sampleCorpus, unit } from './fixtures.ts';
import { isUnclassified, unclassifiedByDocument, unclassifiedCount } from './unclassified.ts';

describe('unclassified units', () => {
  it('are tasks without a theme; background, headings and the like never are', () => {
    expect(isUnclassified(unit('d/1', { kind: 'measure' }))).toBe(true);
    expect(isUnclassified(unit('d/1', { kind: 'duty' }))).toBe(true);
    expect(isUnclassified(unit('d/1', { kind: 'measure', themes: ['brand'] }))).toBe(false);
    for (const kind of ['context', 'header', 'preamble', 'notice', 'heading', 'closing'] as const)
      expect(isUnclassified(unit('d/1', { kind })), kind).toBe(false);
  });
  it('are listed by document, province in registry order', () => {
    const corpus = sampleCorpus();
    // henan-plan/1 (context) has no theme either, and is not listed.
    expect(unclassifiedByDocument(corpus).map((g) => [g.document.id, g.units.map((u) => u.id)])).toEqual([
      ['henan-plan', ['henan-plan/2-2']],
    ]);
    expect(unclassifiedCount(corpus)).toBe(1);
  });
});
