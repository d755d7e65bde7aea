import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase, paths } from './url.ts';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['policy-kb', '/policy-kb/'],
    ['/policy-kb', '/policy-kb/'],
    ['/policy-kb/', '/policy-kb/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('joinBase', () => {
  it('joins with exactly one slash', () => {
    expect(joinBase('/', '/documents/x/')).toBe('/documents/x/');
    expect(joinBase('/policy-kb/', '/documents/x/')).toBe('/policy-kb/documents/x/');
    expect(joinBase('/policy-kb', 'search/?q=电梯')).toBe('/policy-kb/search/?q=电梯');
    expect(joinBase('/policy-kb/', '/')).toBe('/policy-kb/');
  });
});

describe('paths', () => {
  it('keeps unit ids with their slash and adds anchors', () => {
    expect(paths.unit('shanxi-2015-plan/2-8')).toBe('/documents/shanxi-2015-plan/#2-8');
    expect(paths.document('shanxi-2015-plan', '2-8')).toBe('/documents/shanxi-2015-plan/#2-8');
    expect(paths.documentSource('shanxi-2015-plan', 37)).toBe('/documents/shanxi-2015-plan/source/#L37');
    expect(paths.theme('brand-building', 'p-shanxi')).toBe('/themes/brand-building/#p-shanxi');
  });
  it('builds search URLs with encoded parameters', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search({ theme: 'a', province: 'shanxi' })).toBe('/search/?theme=a&province=shanxi');
  });
});
