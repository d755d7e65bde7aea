import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponent } from './mdx-component.ts';

const HOSTILE = readFileSync('scripts/ingest/fixtures/hostile-text/expected-hostile-doc.mdx', 'utf8');

interface Node {
  type?: unknown;
  props?: { children?: unknown } & Record<string, unknown>;
}

/** The text of an Astro JSX tree, components' children included. */
function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const children = (node as Node | null)?.props?.children;
  return children === undefined ? '' : textOf(children);
}

/** Every element of the tree made by `component`, with its props. */
function elementsOf(node: unknown, component: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const child of node) elementsOf(child, component, found);
  else if (node && typeof node === 'object') {
    if ((node as Node).type === component) found.push(node as Node);
    elementsOf((node as Node).props?.children, component, found);
  }
  return found;
}

describe('mdxComponent', () => {
  it('renders the page with the components it is given, each with its attributes', async () => {
    const Content = await mdxComponent(HOSTILE);
    const Unit = () => null;
    const Department = () => null;
    const tree = Content({ components: { Unit, Department } });
    const units = elementsOf(tree, Unit);
    expect(units.map((unit) => unit.props!['id'])).toEqual([
      'hostile-doc/title',
      'hostile-doc/1',
      'hostile-doc/1-1',
      'hostile-doc/1-2',
      'hostile-doc/1-3',
    ]);
    expect(units[2]!.props!['title']).toBe('{alert(1)}与<script>alert(2)</script>');
    expect(elementsOf(tree, Department).map((d) => [d.props!['ref'], d.props!['role'], textOf(d)])).toEqual([
      ['quality-supervision', 'lead', '省质监局'],
      ['quality-supervision', 'lead', '省质监局'],
      ['quality-supervision', 'lead', '省质监局'],
    ]);
  });

  it('keeps code-looking source text as text, and neither frontmatter nor escapes in it', async () => {
    const Content = await mdxComponent(HOSTILE);
    const text = textOf(Content({ components: { Unit: () => null, Department: () => null } }));
    expect(text).toContain('（一）{alert(1)}与<script>alert(2)</script>。（省质监局按职责分工负责）');
    expect(text).toContain("import fs from 'node:fs'");
    expect(text).toContain('export const pwned = true; `rm -rf` </div> <img src=x onerror=alert(3)> {props.x} &amp;。');
    expect(text).not.toContain('provinceId');
    expect(text).not.toContain('\\{');
  });

  it('is rendered by @astrojs/mdx’s JSX renderer, as Astro’s own MDX modules are', async () => {
    const Content = await mdxComponent('text');
    expect((Content as unknown as Record<symbol, unknown>)[Symbol.for('astro:renderer')]).toBe('astro:jsx');
  });

  it('fails on MDX that does not compile, with its position', async () => {
    await expect(mdxComponent('line\n\n<Unit id="x">\n')).rejects.toThrow(/3:/);
  });
});
