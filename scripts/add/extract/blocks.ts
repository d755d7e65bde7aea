/**
 * HTML (a saved page's article, or mammoth's rendering of a .docx) as lines: every block element
 * (paragraph, heading, list item, div…) and every <br> ends a line; inline text runs are joined
 * with HTML's whitespace collapsing. Indentation written as U+3000 is kept; blank lines are not
 * written. Data tables go through tableLines.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { isLayoutTable, tableLines } from './table.ts';

const BLOCKS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div'],
  ...['dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'ul'],
  ...['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th'],
]);
/** Never text of the document. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'select',
  'button',
]);

export function blockLines(node: Root | Element, notes: string[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\u00a0/gu, ' ').replace(/^[ \t]+|[ \t]+$/gu, '');
    if (line.trim()) lines.push(line);
    current = '';
  };
  const visit = (child: RootContent | ElementContent) => {
    if (child.type === 'text') {
      current += child.value.replace(/[ \t\n\r\f]+/gu, ' ');
      return;
    }
    if (child.type !== 'element' || SKIPPED.has(child.tagName)) return;
    if (child.tagName === 'br') return flush();
    if (child.tagName === 'pre') {
      flush();
      for (const line of toText(child, { whitespace: 'pre' }).split(/\r\n|\r|\n/u)) {
        current = line;
        flush();
      }
      return;
    }
    if (child.tagName === 'table' && !isLayoutTable(child)) {
      flush();
      lines.push(
        ...tableLines(
          child,
          notes,
          lines.findLast((line) => line.trim()),
        ),
      );
      return;
    }
    const block = BLOCKS.has(child.tagName);
    if (block) flush();
    child.children.forEach(visit);
    if (block) flush();
  };
  node.children.forEach(visit);
  flush();
  return lines;
}
