// The prose index as Pagefind writes it (the pinned binary, run for real): one index for a small
// site, parts for a large one, each part holding every word of the corpus so that no part's answer
// loses the AND of a query; and the reader of Pagefind's files those parts rely on.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProseParts } from '../../src/lib/search/prose.ts';
import { chunkWords, fragmentIds, indexWords } from './pagefind-files.ts';
import { writePagefind } from './prose.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'policy-kb-prose-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A built site's document page, as the site marks it for Pagefind. */
function documentPage(title: string, text: string): string {
  return `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><header>站点导航</header>
<article data-pagefind-body data-pagefind-meta="title[data-title], kind[data-kind]" data-title="${title}" data-kind="文件">
<section class="unit" id="1"><h3>${title}</h3><ul class="chips"><li>不应索引的主题</li></ul><div class="text"><p>${text}</p></div><footer>原文第 1 行</footer></section>
</article></body></html>`;
}

/** A site of three document pages with words found in one page only (习惯, 锅炉, 电梯). */
function site(name: string): { dist: string; ids: string[] } {
  const dist = path.join(scratch, name);
  const pages: Record<string, [string, string]> = {
    a: ['甲省质量工作方案', '明确部门分工，养成良好习惯。'],
    b: ['乙省质量工作方案', '各部门分工负责锅炉安全。'],
    c: ['丙省质量工作方案', '加强电梯安全监管，落实分工。'],
  };
  for (const [id, [title, text]] of Object.entries(pages)) {
    mkdirSync(path.join(dist, 'documents', id), { recursive: true });
    writeFileSync(path.join(dist, 'documents', id, 'index.html'), documentPage(title, text));
  }
  return { dist, ids: Object.keys(pages) };
}

const layoutOf = (dist: string) =>
  JSON.parse(readFileSync(path.join(dist, 'pagefind', 'parts.json'), 'utf8')) as ProseParts;

describe('writePagefind', () => {
  it('writes one index, with its runtime, while the pages fit one part', async () => {
    const { dist, ids } = site('one');
    const written = await writePagefind(dist, ids, 10);
    expect(written).toMatchObject({ pages: 3, documents: 3, notes: 0, parts: 1 });
    expect(layoutOf(dist)).toEqual({ parts: [], hidden: [] });
    const files = readdirSync(path.join(dist, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
    const words = indexWords(path.join(dist, 'pagefind'));
    for (const word of ['分工', '习惯', '锅炉', '电梯']) expect(words.has(word), word).toBe(true);
    expect(words.has('不应索引的主题'), 'the chips are left out').toBe(false);
  }, 60_000);

  it('writes parts that all know every word, and names their vocabulary records', async () => {
    const { dist, ids } = site('parts');
    const written = await writePagefind(dist, ids, 1);
    expect(written.parts).toBe(3);
    const layout = layoutOf(dist);
    expect(layout.parts).toEqual(['part-1', 'part-2']);
    expect(layout.hidden.length).toBeGreaterThan(0);
    const folders = ['', ...layout.parts].map((part) => path.join(dist, 'pagefind', part));
    const words = folders.map((folder) => indexWords(folder));
    // Every part holds the words of the others' pages: 习惯 is on page a only.
    for (const part of words) {
      for (const word of ['分工', '习惯', '锅炉', '电梯', '甲省质量工作方案']) expect(part.has(word), word).toBe(true);
      expect([...part].sort()).toEqual([...words[0]!].sort());
    }
    // Each part's vocabulary record is named by its fragment id; the pages are not.
    for (const [k, folder] of folders.entries()) {
      const [vocabulary, ...more] = fragmentIds(folder, '/pagefind/vocabulary/');
      expect(more).toEqual([]);
      expect(layout.hidden).toContain(vocabulary);
      const [page] = fragmentIds(folder, `/documents/${ids[k]}/`);
      expect(layout.hidden).not.toContain(page);
    }
    // Only the first part carries the runtime; the others are data merged into it.
    expect(readdirSync(folders[0]!)).toContain('pagefind.js');
    for (const folder of folders.slice(1)) {
      expect(readdirSync(folder).filter((name) => name.endsWith('.js') || name.startsWith('wasm.'))).toEqual([]);
      expect(readdirSync(folder)).toContain('pagefind-entry.json');
    }
  }, 120_000);

  it('refuses a page without its data-pagefind-body region', async () => {
    const { dist, ids } = site('unmarked');
    writeFileSync(path.join(dist, 'documents', 'b', 'index.html'), '<html lang="zh-CN"><body>全文</body></html>');
    await expect(writePagefind(dist, ids, 10)).rejects.toThrow(/documents\/b\/index\.html has no data-pagefind-body/u);
  }, 60_000);
});

describe('chunkWords', () => {
  const text = (s: string) => {
    const bytes = Buffer.from(s);
    return Buffer.concat([Buffer.from([0x60 + bytes.length]), bytes]);
  };
  it('reads the words of a chunk and skips their pages', () => {
    // [[ ["分工", [[0, [3], []]], []], ["锅炉", [], []] ]]
    const chunk = Buffer.concat([
      Buffer.from([0x81, 0x82, 0x83]),
      text('分工'),
      Buffer.from([0x81, 0x83, 0x00, 0x81, 0x03, 0x80, 0x80, 0x83]),
      text('锅炉'),
      Buffer.from([0x80, 0x80]),
    ]);
    expect(chunkWords(chunk)).toEqual(['分工', '锅炉']);
  });
  it('names the byte and what it expected in a chunk of another shape', () => {
    expect(() => chunkWords(Buffer.from([0x81, 0x81, 0x83, 0x01]), 'x.pf_index')).toThrow(
      'x.pf_index: byte 3: Unexpected CBOR major type 0, expected the word as text (in a Pagefind word chunk)',
    );
    expect(() => chunkWords(gzipSync('{}'), 'y.pf_index')).toThrow(
      'y.pf_index: byte 0: Unexpected additional info 31, expected a definite length (in a Pagefind word chunk)',
    );
    expect(() => chunkWords(Buffer.from([0x81, 0x82]), 'z.pf_index')).toThrow(
      'z.pf_index: byte 2: Unexpected end of data, expected a CBOR item (in a Pagefind word chunk)',
    );
  });
});
