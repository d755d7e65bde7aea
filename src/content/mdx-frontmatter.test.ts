import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { frontmatterOf, mdxFrontmatter } from './mdx-frontmatter.ts';

describe('frontmatterOf', () => {
  it('reads the YAML block at the top of a page', () => {
    expect(frontmatterOf('---\nid: a\ndate:\n  value: "2015"\n---\n\n<Unit id="a/1" />\n')).toEqual({
      id: 'a',
      date: { value: '2015' },
    });
    expect(frontmatterOf('---\r\nid: a\r\n---\r\ntext')).toEqual({ id: 'a' });
  });

  it('gives empty data to a page without one, or with a block that is not a mapping', () => {
    expect(frontmatterOf('text\n---\nid: a\n---\n')).toEqual({});
    expect(frontmatterOf('---\n- a\n---\n')).toEqual({});
  });
});

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mdx-frontmatter-'));
  mkdirSync(path.join(root, 'pages'));
  writeFileSync(path.join(root, 'pages', 'b.mdx'), '---\nid: b\n---\n\nsecond\n');
  writeFileSync(path.join(root, 'pages', 'a.mdx'), '---\nid: a\n---\n\nfirst\n');
  writeFileSync(path.join(root, 'pages', 'notes.txt'), 'not a page');
  return root;
}

/** A loader context over `root` whose store is the map `entries`. */
function contextFor(root: string, entries: Map<string, Record<string, unknown>>, watcher?: EventEmitter) {
  return {
    store: {
      clear: () => entries.clear(),
      set: (entry: Record<string, unknown>) => entries.set(entry['id'] as string, entry),
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, checked: true }),
    generateDigest: (source: string) => `digest of ${source.length}`,
    config: { root: pathToFileURL(`${root}/`) },
    watcher,
  } as unknown as LoaderContext;
}

describe('mdxFrontmatter', () => {
  it('stores each page’s validated frontmatter and path, never the page', async () => {
    const root = project();
    const entries = new Map<string, Record<string, unknown>>();
    await mdxFrontmatter({ base: 'pages' }).load(contextFor(root, entries));
    expect([...entries.values()]).toEqual([
      { id: 'a', data: { id: 'a', checked: true }, filePath: 'pages/a.mdx', digest: 'digest of 21' },
      { id: 'b', data: { id: 'b', checked: true }, filePath: 'pages/b.mdx', digest: 'digest of 22' },
    ]);
  });

  it('follows a page the ingest rewrites, adds or removes while `astro dev` runs', async () => {
    const root = project();
    const entries = new Map<string, Record<string, unknown>>();
    const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
    await mdxFrontmatter({ base: 'pages' }).load(contextFor(root, entries, watcher));
    expect(watcher.add).toHaveBeenCalledWith(path.join(root, 'pages'));

    writeFileSync(path.join(root, 'pages', 'a.mdx'), '---\nid: a\ntitle: new\n---\n\nfirst\n');
    watcher.emit('change', path.join(root, 'pages', 'a.mdx'));
    writeFileSync(path.join(root, 'pages', 'c.mdx'), '---\nid: c\n---\n');
    watcher.emit('add', path.join(root, 'pages', 'c.mdx'));
    rmSync(path.join(root, 'pages', 'b.mdx'));
    watcher.emit('unlink', path.join(root, 'pages', 'b.mdx'));
    watcher.emit('change', path.join(root, 'other.mdx'));
    await vi.waitFor(() => expect(entries.get('c')).toBeDefined());
    await vi.waitFor(() => expect(entries.get('a')?.['data']).toEqual({ id: 'a', title: 'new', checked: true }));
    expect([...entries.keys()].sort()).toEqual(['a', 'c']);
  });
});
