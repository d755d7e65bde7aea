/**
 * HTML (a saved page's article, or mammoth's rendering of a .docx) as lines: every block element
 * (paragraph, heading, list item, div…) and every <br> ends a line, but a <br> inside brackets (a
 * soft break in `（牵头单位：市规划自然` / `资源局）`: no bracket spans two paragraphs); inline text runs
 * are joined with HTML's whitespace collapsing. Indentation written as U+3000 is kept; blank lines are not
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

/** Whether a text leaves a bracket open. */
function inBrackets(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '（' || char === '(') depth += 1;
    else if ((char === '）' || char === ')') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

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
    if (child.tagName === 'br') return inBrackets(current) ? undefined : flush();
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
