import { describe, expect, it } from 'vitest';
import { answerRange } from './range.ts';

describe('Range header', () => {
  it('answers one byte range, open-ended and suffix ranges, cut at the end', () => {
    expect(answerRange('bytes=0-9', 100)).toEqual({ kind: 'part', start: 0, end: 9 });
    expect(answerRange('bytes=90-', 100)).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(answerRange('bytes=95-200', 100)).toEqual({ kind: 'part', start: 95, end: 99 });
    expect(answerRange('bytes=-10', 100)).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(answerRange('bytes=-500', 100)).toEqual({ kind: 'part', start: 0, end: 99 });
  });

  it('sends the whole file for no range, several ranges or other units', () => {
    for (const header of [undefined, '', 'bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=5-2'])
      expect(answerRange(header, 100), String(header)).toEqual({ kind: 'whole' });
  });

  it('refuses a range past the end', () => {
    expect(answerRange('bytes=100-', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(answerRange('bytes=-0', 100)).toEqual({ kind: 'unsatisfiable' });
    expect(answerRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
