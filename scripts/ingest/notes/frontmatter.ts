/**
 * A note's frontmatter: parsed as YAML with positions, validated by the note schema, and each listed
 * reference checked, every message at the line and column of the value it is about.
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { isNode, parseDocument } from 'yaml';
import { type NoteFrontmatter, noteSchema } from '../../../src/model/index.ts';
import { report } from '../messages.ts';
import { type Cites, type KnownIds, checkReference } from './references.ts';

const LISTS = { documents: 'document', measures: 'measure', departments: 'department', themes: 'theme' } as const;

export function readFrontmatter(file: VFile, tree: Root, known: KnownIds, cites: Cites): NoteFrontmatter | undefined {
  const head = tree.children[0];
  if (head?.type !== 'yaml') {
    report(
      file,
      'notes:invalid-frontmatter',
      'Unexpected note without frontmatter, expected `---` with title, author, date, summary',
      { line: 1, column: 1 },
    );
    return undefined;
  }
  const text = String(file.value);
  // The YAML starts on the line after the opening `---`.
  const start = text.indexOf('\n', head.position!.start.offset!) + 1;
  const where = location(file);
  const span = (range: readonly number[] | undefined): Position | undefined => {
    if (!range) return head.position;
    const from = where.toPoint(start + range[0]!);
    const to = where.toPoint(start + range[1]!);
    return from && to ? { start: from, end: to } : head.position;
  };
  const document = parseDocument(head.value);
  for (const error of document.errors) report(file, 'notes:invalid-frontmatter', error.message, span(error.pos));
  if (document.errors.length) return undefined;
  const parsed = noteSchema.safeParse(document.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = document.getIn(issue.path as Array<string | number>, true);
      const key = issue.path.length ? `\`${issue.path.join('.')}\`: ` : '';
      report(
        file,
        'notes:invalid-frontmatter',
        `${key}${issue.message}`,
        span(isNode(node) ? (node.range ?? undefined) : undefined),
      );
    }
    return undefined;
  }
  for (const [key, kind] of Object.entries(LISTS)) {
    parsed.data[key as keyof typeof LISTS].forEach((value, index) => {
      const node = document.getIn([key, index], true);
      checkReference(file, kind, value, span(isNode(node) ? (node.range ?? undefined) : undefined), known, cites);
    });
  }
  return parsed.data;
}
