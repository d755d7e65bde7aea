import { describe, expect, it } from 'vitest';
import { knownFilters, readState, toggle, writeState } from './state.ts';

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = {
      q: '电梯 质监',
      filters: { province: ['henan'], dept: ['quality-supervision', 'industry-information'] },
      sort: 'relevance' as const,
    };
    const search = writeState(state);
    expect(search).toBe(
      '?q=%E7%94%B5%E6%A2%AF+%E8%B4%A8%E7%9B%91&province=henan&dept=quality-supervision&dept=industry-information',
    );
    expect(readState(search)).toEqual(state);
  });

  it('reads comma lists and ignores unknown parameters', () => {
    expect(readState('?dept=a,b&x=1')).toEqual({ q: '', filters: { dept: ['a', 'b'] }, sort: 'relevance' });
  });

  it('writes nothing for the empty state', () => {
    expect(writeState({ q: '  ', filters: { dept: [] }, sort: 'relevance' })).toBe('');
  });

  it('keeps a sort order other than relevance in the URL', () => {
    const search = writeState({ q: '电梯', filters: {}, sort: 'newest' });
    expect(search).toBe('?q=%E7%94%B5%E6%A2%AF&sort=newest');
    expect(readState(search).sort).toBe('newest');
    expect(readState('?q=x&sort=document').sort).toBe('document');
    expect(readState('?q=x&sort=bogus').sort).toBe('relevance');
  });

  it('toggles values', () => {
    expect(toggle({ dept: ['a'] }, 'dept', 'b', true)).toEqual({ dept: ['a', 'b'] });
    expect(toggle({ dept: ['a'] }, 'dept', 'a', false)).toEqual({ dept: [] });
  });
});

describe('knownFilters', () => {
  const known = (group: string, id: string) => (group === 'province' ? ['henan', 'jilin'] : ['measure']).includes(id);

  it('keeps the values the index knows and names the others, group by group', () => {
    const { filters, unknown } = knownFilters({ province: ['henan', 'guangdong'], kind: ['measure', 'x'] }, known);
    expect(filters).toEqual({ province: ['henan'], kind: ['measure'] });
    expect(unknown).toEqual([
      { group: 'province', id: 'guangdong' },
      { group: 'kind', id: 'x' },
    ]);
  });

  it('drops a group none of whose values is known, so nothing looks filtered', () => {
    expect(knownFilters({ province: ['guangdong'] }, known)).toEqual({
      filters: {},
      unknown: [{ group: 'province', id: 'guangdong' }],
    });
  });
});
