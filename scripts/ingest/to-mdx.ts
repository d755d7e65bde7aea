/**
 * to-mdx: the generated MDX pages, built as mdast and serialised with mdast-util-to-markdown, never
 * by string concatenation: `{`, `<`, backticks, `import`/`export` at a line start all come out
 * escaped, so a source can never inject code into a page.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Highlight, PolicyDocument, Unit } from '../../src/model/index.ts';

const OPTIONS: ToMarkdownOptions = {
  extensions: [
    mdxToMarkdown(),
    frontmatterToMarkdown(['yaml']),
    // MDX reads `import`/`export` at the start of a paragraph as ESM: escape their first letter.
    {
      unsafe: [
        { atBreak: true, character: 'i', after: 'mport\\b' },
        { atBreak: true, character: 'e', after: 'xport\\b' },
      ],
    },
  ],
};

// YAML 1.1, as Astro reads frontmatter: a date-like string such as 2015-07-15 is quoted, not read as a Date.
const yamlNode = (data: unknown): RootContent =>
  ({ type: 'yaml', value: stringify(data, { lineWidth: 0, version: '1.1' }).trimEnd() }) as RootContent;

/** The MDX page of a unit: its data as frontmatter, its text as paragraphs with marked facts. */
export function unitToMdx(unit: Unit): string {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of unit.text.split('\n')) {
    paragraphs.push({ type: 'paragraph', children: markRange(line, offset, unit.highlights) });
    offset += line.length + 1;
  }
  const tree: Root = { type: 'root', children: [yamlNode(unit), ...paragraphs] };
  return toMarkdown(tree, OPTIONS);
}

/** The MDX page of a document: its metadata as frontmatter (units are pages of their own). */
export function documentToMdx(document: PolicyDocument): string {
  return toMarkdown({ type: 'root', children: [yamlNode(document)] }, OPTIONS);
}

/** Split one line into text and `<mark data-kind>` elements for the highlights that fall in it. */
function markRange(line: string, lineStart: number, highlights: Highlight[]): PhrasingContent[] {
  const lineEnd = lineStart + line.length;
  const inLine = highlights
    .filter((highlight) => highlight.kind !== 'departments' && highlight.start >= lineStart && highlight.end <= lineEnd)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const children: PhrasingContent[] = [];
  let cursor = lineStart;
  for (const highlight of inLine) {
    if (highlight.start < cursor) continue; // nested or overlapping: the outer mark wins
    if (highlight.start > cursor)
      children.push({ type: 'text', value: line.slice(cursor - lineStart, highlight.start - lineStart) });
    const mark: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'mark',
      attributes: [{ type: 'mdxJsxAttribute', name: 'data-kind', value: highlight.kind }],
      children: [{ type: 'text', value: line.slice(highlight.start - lineStart, highlight.end - lineStart) }],
    };
    children.push(mark as unknown as PhrasingContent);
    cursor = highlight.end;
  }
  if (cursor < lineEnd || children.length === 0) children.push({ type: 'text', value: line.slice(cursor - lineStart) });
  return children;
}
