/**
 * Checks one editors' note (content/notes/<slug>.mdx) against the knowledge base of this run: its
 * frontmatter (the note schema) and every reference, in the frontmatter and in the components of its
 * text. Each problem is a positioned message with a rule id and, for an unknown id, the nearest valid
 * one. Returns the note's entry for the site (what it cites), also when it has errors: the run fails
 * on them anyway.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { type NoteAttributeKind, type NoteEntry, noteComponents } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import { type Cites, type KnownIds, checkReference, emptyCites } from './references.ts';
import { readFrontmatter } from './frontmatter.ts';
import { nearest } from './nearest.ts';

export type { KnownIds } from './references.ts';

function parse(file: VFile): Root | undefined {
  try {
    return fromMarkdown(String(file.value), {
      extensions: [mdxjs(), frontmatter(['yaml'])],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
    });
  } catch (error) {
    const { reason, place } = error as { reason?: string; place?: Point };
    // Without a place (a tag left open at the end), the message is at the end, where a close was due.
    report(file, 'notes:syntax', reason ?? String(error), place ?? location(file).toPoint(String(file.value).length));
    return undefined;
  }
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function checkElement(file: VFile, element: Element, known: KnownIds, cites: Cites): void {
  const name = element.name;
  // Fragments and lower-case HTML (`<abbr>`, `<br />`) are prose; only components are checked.
  if (!name || /^[a-z]/.test(name)) return;
  const spec = noteComponents[name];
  if (!spec) {
    const near = nearest(name, Object.keys(noteComponents));
    report(
      file,
      'notes:unknown-component',
      `Unexpected component \`<${name}>\`, expected one of the note components: did you mean \`<${near}>\`?`,
      element,
    );
    return;
  }
  const given = new Set<string>();
  for (const attribute of element.attributes) {
    const place = attribute.position ? attribute : element;
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      const what = attribute.type === 'mdxJsxAttribute' ? `\`${attribute.name}={…}\`` : '`{…}`';
      report(
        file,
        'notes:unknown-component',
        `Unexpected computed attribute ${what} on \`<${name}>\`, expected a plain string (\`name="…"\`)`,
        place,
      );
      continue;
    }
    const kind = spec[attribute.name]?.replace('?', '') as NoteAttributeKind | undefined;
    if (!kind) {
      const near = nearest(attribute.name, Object.keys(spec));
      report(
        file,
        'notes:unknown-component',
        `Unexpected attribute \`${attribute.name}\` on \`<${name}>\`, expected \`${near}\``,
        place,
      );
      continue;
    }
    given.add(attribute.name);
    checkReference(file, kind, attribute.value, place, known, cites);
  }
  for (const [attribute, kind] of Object.entries(spec))
    if (!kind.endsWith('?') && !given.has(attribute))
      report(
        file,
        'notes:unknown-component',
        `Unexpected \`<${name}>\` without \`${attribute}\`, expected \`${attribute}="…"\``,
        element,
      );
}

function walk(file: VFile, node: Node & { children?: Node[] }, known: KnownIds, cites: Cites): void {
  if (node.type === 'mdxjsEsm')
    report(
      file,
      'notes:unknown-component',
      'Unexpected `import`/`export`, expected prose and the note components (they need no import)',
      node,
    );
  else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
    report(
      file,
      'notes:unknown-component',
      'Unexpected expression `{…}`, expected prose (write `\\{` for a literal brace)',
      node,
    );
  else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    checkElement(file, node as Element, known, cites);
  for (const child of node.children ?? []) walk(file, child, known, cites);
}

/** The note's entry (id: the file's stem) and its messages on `file`. */
export function checkNote(file: VFile, known: KnownIds): NoteEntry | undefined {
  const tree = parse(file);
  if (!tree) return undefined;
  const cites = emptyCites();
  const head = readFrontmatter(file, tree, known, cites);
  walk(file, tree, known, cites);
  if (!head) return undefined;
  const sorted = (values: Set<string>) => [...values].sort();
  return {
    id: file.stem!,
    title: head.title,
    author: head.author,
    date: head.date,
    summary: head.summary,
    documents: sorted(cites.documents),
    measures: sorted(cites.measures),
    departments: sorted(cites.departments),
    themes: sorted(cites.themes),
  };
}
