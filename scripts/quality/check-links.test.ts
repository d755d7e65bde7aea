import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { checkLinks } from './check-links.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

it('accepts links that resolve, under a base', () => {
  const dist = site({
    'index.html': '<a href="/kb/documents/a/#x">a</a><link href="/kb/style.css"><img src="data:image/png;base64,">',
    'documents/a/index.html': '<h2 id="x">x</h2><a href="../../">home</a><a href="#x">self</a><a href="?q=1">query</a>',
    'style.css': '',
  });
  expect(checkLinks(dist, '/kb/')).toEqual({ checked: 5, broken: [] });
});

it('reports missing pages, anchors, outside links and links that ignore the base', () => {
  const dist = site({
    'index.html':
      '<a href="/kb/nope/">1</a><a href="/kb/#missing">2</a><script src="https://cdn.example/x.js"></script><a href="/documents/">4</a>',
  });
  expect(checkLinks(dist, '/kb/').broken.map((entry) => entry.reason)).toEqual([
    'no such file in dist',
    'no element with id "missing"',
    'leaves the site',
    'outside the base /kb/',
  ]);
});

it('checks a canonical link by its path only (it names the public address)', () => {
  const dist = site({
    'index.html':
      '<link rel="canonical" href="https://kb.example.gov.cn/kb/"><link href="https://kb.example.gov.cn/kb/gone/" rel="canonical">',
  });
  expect(checkLinks(dist, '/kb/').broken).toEqual([
    { page: 'index.html', link: '/kb/gone/', reason: 'no such file in dist' },
  ]);
});
