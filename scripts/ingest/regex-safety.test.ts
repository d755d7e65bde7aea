import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unsafeReason } from './regex-safety.ts';

describe('unsafeReason', () => {
  it.each(['(质+)+X', '(a|a)*b', '(.*)*x', '^(?:a{2,})*$', '(?:a|ab)+c', '([ab]|c)*d', '((x+)y)*'])(
    'refuses %s',
    (pattern) => {
      expect(unsafeReason(pattern)).toBeTruthy();
    },
  );

  it.each([
    '^.+出入境检验检疫局$',
    '人(?:民银)?行.+(?:中心)?支行',
    '(?:ab|cd)*e',
    '(?:省直|直|政府)?(?:各)?(?:相关|有关)(?:部门|单位)',
    'a{2}b+',
  ])('accepts %s', (pattern) => {
    expect(unsafeReason(pattern)).toBeUndefined();
  });

  it('accepts every pattern of the real registry', () => {
    const departments = parse(
      readFileSync(new URL('../../content/registry/departments.yml', import.meta.url), 'utf8'),
    ) as Array<{ patterns?: string[] }>;
    const patterns = departments.flatMap((department) => department.patterns ?? []);
    expect(patterns.length).toBeGreaterThan(5);
    expect(patterns.filter((pattern) => unsafeReason(pattern))).toEqual([]);
  });

  it('refuses the pattern that hung the ingest before it is ever run', () => {
    const started = performance.now();
    expect(unsafeReason('(质+)+X')).toBe('a repetition inside a repetition');
    expect(performance.now() - started).toBeLessThan(100);
  });
});
