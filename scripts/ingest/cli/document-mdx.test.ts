/**
 * The generated MDX pages: each fixture's page is compared with its expected file
 * (`fixtures/<case>/expected-<id>.mdx`, written only under UPDATE_FIXTURES=1), and every page, the
 * real corpus's included, is parsed back as MDX to prove that source text stayed text: no ESM, no
 * expression, no element but the three the serialiser writes, and each line of each unit reads back
 * exactly as in the source.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentFrontmatter, documentPages } from './document-mdx.ts';
import { runIngest } from './run.ts';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const repository = new URL('../../../', import.meta.url).pathname;
const registry = join(repository, 'content/registry');

/** Fixtures whose pages are compared byte for byte: hostile text, marks of every kind, unresolved names, companies, divisions. */
const CASES = [
  'hostile-text',
  'extract-targets-and-deadlines',
  'extract-departments-unknown',
  'extract-departments-organisations',
  'extract-departments-divisions',
  'structure-reply-letter',
];

function ingest(sources: string, cwd: string) {
  const result = runIngest({ sources, registry, cwd, asOf: '2021-06-30' });
  return { exports: result.exports!, pages: documentPages(result.exports!.documents, result.exports!.measures) };
}

function parseMdx(text: string): Root {
  return fromMarkdown(text, {
    extensions: [mdxjs(), frontmatter(['yaml'])],
    mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** Node types and element names anywhere in the tree. */
function inventory(node: { type: string; name?: string | null; children?: unknown[] }, found = new Set<string>()) {
  found.add(node.name ? `${node.type}:${node.name}` : node.type);
  for (const child of (node.children ?? []) as Array<typeof node>) inventory(child, found);
  return found;
}

function expectReadsBack(pages: Map<string, string>, exports: ReturnType<typeof ingest>['exports']) {
  for (const document of exports.documents) {
    const tree = parseMdx(pages.get(`documents/${document.id}.mdx`)!);
    const [head, ...elements] = tree.children;
    expect(head?.type).toBe('yaml');
    expect(parse((head as { value: string }).value)).toEqual(JSON.parse(JSON.stringify(documentFrontmatter(document))));
    const allowed = ['root', 'yaml', 'paragraph', 'text', 'mdxJsxFlowElement:Unit'];
    allowed.push('mdxJsxTextElement:Department', 'mdxJsxTextElement:Mark');
    expect([...inventory(tree)].filter((type) => !allowed.includes(type))).toEqual([]);
    const units = exports.measures.filter((unit) => unit.document === document.id);
    expect(elements.map((element) => attributes(element as MdxJsxFlowElement).id)).toEqual(units.map((u) => u.id));
    elements.forEach((element, index) => {
      const unit = units[index]!;
      const read = attributes(element as MdxJsxFlowElement);
      expect({ kind: read.kind, title: read.title }).toEqual({ kind: unit.kind, title: unit.title });
      const lines = (element as MdxJsxFlowElement).children.map((paragraph) => toString(paragraph));
      // A heading's own line is its attributes; its lead-in, if any, is its text.
      const text = unit.kind === 'heading' ? unit.text.split('\n').slice(1).join('\n') : unit.text;
      expect(lines.join('\n'), unit.id).toBe(text);
    });
  }
}

const attributes = (element: MdxJsxFlowElement) =>
  Object.fromEntries(element.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '…', a.value]));

// Each test runs an ingest, the real corpus's too: how long that takes is bench:scale's to measure, so a
// loaded machine gets the time it needs (vitest's 5 s made a busy CI fail it).
describe('generated MDX pages', { timeout: 60_000 }, () => {
  for (const name of CASES) {
    it(`${name}: the expected page, and it reads back as the source`, () => {
      const folder = join(fixtures, name);
      const { exports, pages } = ingest(join(folder, 'sources'), folder);
      for (const document of exports.documents) {
        const expectedPath = join(folder, `expected-${document.id}.mdx`);
        const actual = pages.get(`documents/${document.id}.mdx`)!;
        if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
        expect(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
        expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
      }
      expectReadsBack(pages, exports);
    });
  }

  it('the real corpus reads back as its sources, one page per document', () => {
    const { exports, pages } = ingest(join(repository, 'content/sources'), repository);
    expect([...pages.keys()].sort()).toEqual(exports.documents.map((d) => `documents/${d.id}.mdx`).sort());
    expectReadsBack(pages, exports);
  });

  it('the hostile text stays text: no import, export or expression survives as code', () => {
    const folder = join(fixtures, 'hostile-text');
    const { pages } = ingest(join(folder, 'sources'), folder);
    const text = toString(parseMdx(pages.get('documents/hostile-doc.mdx')!));
    for (const literal of [
      '{alert(1)}',
      '<script>alert(2)</script>',
      "import x from 'y'",
      'export const pwned = true;',
    ])
      expect(text).toContain(literal);
    expect(text).toContain('`rm -rf`');
    expect(text).toContain('&amp;');
  });
});
