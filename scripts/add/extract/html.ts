/**
 * A saved web page (.html/.htm): decoded by its declared charset (else as a text file), reduced to
 * its article (main-content.ts), written as lines (blocks.ts). When the article holds no heading
 * and the page has an <h1>/<h2> before it (many sites put the title above the text's box), that
 * heading becomes the first line, so the title is not lost; so does the page's date of publication,
 * from its <meta>, when the article states none, and the fields of its information table above the
 * article (info-fields.ts).
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeSource } from '../../ingest/decode.ts';
import { blockLines } from './blocks.ts';
import { ExtractError } from './error.ts';
import { infoFieldLines } from './info-fields.ts';
import { mainContent, removeNoise } from './main-content.ts';

export function decodeHtml(bytes: Uint8Array, fileName: string): { html: string; note: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/u.test(declared)) {
    try {
      const html = new TextDecoder(declared, { fatal: true }).decode(bytes);
      return { html, note: `网页按声明的字符集 ${declared} 解码。` };
    } catch {
      // Declared wrongly (a page re-saved as UTF-8 keeps its old <meta>): read it as a text file.
    }
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) throw new ExtractError(`${fileName} ${decoded.reason}`);
  return { html: decoded.text, note: `网页按 ${decoded.encoding} 解码。` };
}

export function htmlLines(bytes: Uint8Array, fileName: string, notes: string[]): string[] {
  const { html, note } = decodeHtml(bytes, fileName);
  notes.push(note);
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const removed = removeNoise(tree);
  const { element, how } = mainContent(tree);
  notes.push(`正文取自 ${how}；已去掉 ${removed} 个导航、分享、页脚等页面元素。`);
  const lines = blockLines(element, notes);
  const title = element.type === 'element' ? titleAbove(tree, element) : undefined;
  const dated = [...publicationLine(tree, lines, notes)];
  const fields = infoFieldLines(tree, element, [...dated, ...lines]);
  if (fields.length) {
    notes.push(`网页正文上方的信息公开表中的 ${fields.length} 个字段写作正文前的字段行（${fields.join('，')}）。`);
    dated.unshift(...fields);
  }
  // The page's heading often repeats the title the article opens with (over one or more lines).
  const opening = lines.slice(0, 4).join('').replace(/\s+/gu, '');
  if (title && !opening.includes(toText(title).replace(/\s+/gu, ''))) {
    notes.push(`标题取自正文上方的 <${title.tagName}>。`);
    return [...dated, ...blockLines(title, notes), ...lines];
  }
  return [...dated, ...lines];
}

/** The <meta> names content systems give a page's date of publication (`PubDate`, gov.cn's `firstpublishedtime`). */
const PUBLISHED_META = new Set(['pubdate', 'publishdate', 'publishtime', 'firstpublishedtime']);

/**
 * The page's date of publication as a field line of its own (`发布日期：2025-06-10`), read from its
 * <meta> (`<meta name="PubDate" content="2025-06-10 09:48">`), when the article states none: a page
 * copied as text keeps that field, and the sidecar's date falls back on it where the text is not signed.
 */
function publicationLine(tree: Root, lines: string[], notes: string[]): string[] {
  if (lines.some((line) => /^\s*发布(?:日期|时间)\s*[:：]/u.test(line))) return [];
  for (const meta of selectAll('meta[name][content]', tree)) {
    if (!PUBLISHED_META.has(String(meta.properties.name).toLowerCase())) continue;
    const date = /^(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(String(meta.properties.content).trim());
    if (!date) continue;
    const value = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    notes.push(`网页的发布日期取自 <meta name="${String(meta.properties.name)}">，写作正文前的“发布日期：${value}”。`);
    return [`发布日期：${value}`];
  }
  return [];
}

/** The page's first <h1> (else <h2>) before the article, when the article has no heading of its own. */
function titleAbove(tree: Root, article: Element): Element | undefined {
  if (select('h1, h2', article)) return undefined;
  for (const tag of ['h1', 'h2']) {
    const heading = select(tag, tree);
    if (heading && toText(heading).trim() && comesBefore(tree, heading, article)) return heading;
  }
  return undefined;
}

function comesBefore(tree: Root, first: Element, second: Element): boolean {
  let order = 0;
  let firstAt = -1;
  let secondAt = -1;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      order++;
      if (child === first) firstAt = order;
      if (child === second) secondAt = order;
      visit(child);
    }
  };
  visit(tree);
  return firstAt >= 0 && secondAt >= 0 && firstAt < secondAt;
}
