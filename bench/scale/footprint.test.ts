import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTS, footprint, formatBytes, kindOf, misfits } from './footprint.ts';

describe('kinds of file', () => {
  it('tell document pages, source views, department pages and their CSVs, search and data apart', () => {
    expect(kindOf('documents/a/index.html')).toBe('document pages');
    expect(kindOf('documents/a/source/index.html')).toBe('source views');
    expect(kindOf('departments/x/shanxi/index.html')).toBe('department pages');
    expect(kindOf('departments/x.csv')).toBe('department CSVs');
    expect(kindOf('search/shards/g1.json.gz')).toBe('search index');
    expect(kindOf('data/measures.json')).toBe('open data');
    expect(kindOf('index.html')).toBe('other pages');
    expect(kindOf('robots.txt')).toBe('other files');
  });
});

describe('footprint', () => {
  const dist = mkdtempSync(join(tmpdir(), 'footprint-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, bytes: number) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(bytes));
  };

  it('counts files and bytes in all and per kind, and finds the largest file', () => {
    write('index.html', 10);
    write('documents/a/index.html', 30);
    write('documents/b/index.html', 20);
    write('data/measures.json', 50);
    const site = footprint(dist);
    expect(site).toMatchObject({ files: 4, bytes: 110, largest: { path: 'data/measures.json', bytes: 50 } });
    expect(Object.fromEntries(site.kinds)).toEqual({
      'document pages': { files: 2, bytes: 50 },
      'open data': { files: 1, bytes: 50 },
      'other pages': { files: 1, bytes: 10 },
    });
  });
});

describe('host limits', () => {
  const host = (name: string) => HOSTS.find((entry) => entry.name === name)!;
  const site = (files: number, bytes: number, largest = 1_000) => ({
    files,
    bytes,
    largest: { path: 'data/measures.json', bytes: largest },
  });

  it('say why a site does not fit, and nothing when it does', () => {
    expect(misfits(site(20_000, 900_000_000), host('Cloudflare Pages (free)'))).toEqual([]);
    expect(misfits(site(20_001, 1), host('Cloudflare Pages (free)'))).toEqual(['20001 files > 20000']);
    expect(misfits(site(1, 1, 30 * 1_048_576), host('Cloudflare Pages (free)'))).toEqual([
      'data/measures.json 31.5 MB > 26.2 MB',
    ]);
    expect(misfits(site(500_000, 999_000_000), host('GitHub Pages'))).toEqual([]);
    expect(misfits(site(1, 1_000_000_001), host('GitHub Pages'))).toEqual(['1.00 GB > 1.00 GB']);
    expect(misfits(site(200_001, 1), host('GitLab Pages'))).toEqual(['200001 files > 200000']);
  });

  it('are stated in decimal units, as the hosts state them', () => {
    expect(formatBytes(412_300_000)).toBe('412.3 MB');
    expect(formatBytes(2_500)).toBe('2.5 kB');
    expect(formatBytes(4_000_000_000)).toBe('4.00 GB');
  });
});
