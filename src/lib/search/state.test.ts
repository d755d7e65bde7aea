import { describe, expect, it } from 'vitest';
import { readState, toggle, writeState } from './state.ts';

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = {
      q: '电梯 质监',
      filters: { province: ['henan'], dept: ['quality-supervision', 'industry-information'] },
    };
    const search = writeState(state);
    expect(search).toBe(
      '?q=%E7%94%B5%E6%A2%AF+%E8%B4%A8%E7%9B%91&province=henan&dept=quality-supervision&dept=industry-information',
    );
    expect(readState(search)).toEqual(state);
  });

  it('reads comma lists and ignores unknown parameters', () => {
    expect(readState('?dept=a,b&x=1')).toEqual({ q: '', filters: { dept: ['a', 'b'] } });
  });

  it('writes nothing for the empty state', () => {
    expect(writeState({ q: '  ', filters: { dept: [] } })).toBe('');
  });

  it('toggles values', () => {
    expect(toggle({ dept: ['a'] }, 'dept', 'b', true)).toEqual({ dept: ['a', 'b'] });
    expect(toggle({ dept: ['a'] }, 'dept', 'a', false)).toEqual({ dept: [] });
  });
});
