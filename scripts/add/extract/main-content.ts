/**
 * The article of a saved web page, without the site around it.
 *
 * First everything that is never the article is removed: scripts and styles, <nav>, <aside>,
 * forms, the page's own <header>/<footer> (those outside <article>/<main>), and elements whose
 * class or id names a share bar, breadcrumb, footer, menu, sidebar, pager, related links…
 * Then the article is, in this order: the smallest <article>/<main>/[role=main] holding at least
 * 40% of the page's Chinese text; else the smallest element with a usual content class or id
 * (#zoom, .TRS_Editor, .article-content, .content…) holding that much; else the element whose own
 * paragraphs hold the most Chinese text.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

const NOISE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'svg']);
/** Parts of a class or id that name page furniture (anywhere in the name). */
const NOISE_PART =
  /share|crumb|copyright|fenxiang|qrcode|sidebar|side-bar|toolbar|tool-bar|pagination|pager|related|recommend|comment|footer|navbar|topbar|bdshare|jiathis/iu;
/** Whole class or id names of page furniture (outside <article>/<main>, where `header` may hold the title). */
const NOISE_NAME =
  /^(?:nav|navs|menu|menus|foot|bottom|header|top|position|location|weizhi|dqwz|tools?|print|share|links?)$/iu;
const SEMANTIC = 'article, main, [role=main]';
const CONTENT =
  '#zoom, #content, #article, #UCAP-CONTENT, #zw, .TRS_Editor, .article-content, .article_content, .articleContent, .content, .article, .main-content, .detail, .details, .text, .zw, .pages_content, .view, .con';
const PARAGRAPH_TAGS = new Set([
  'p',
  'span',
  'font',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'center',
]);

export const cjkCount = (text: string) => (text.match(/[\u3400-\u9fff]/gu) ?? []).length;

/** Removes page furniture in place (see above); returns how many elements were removed. */
export function removeNoise(tree: Root): number {
  let removed = 0;
  const visit = (parent: Root | Element, inArticle: boolean) => {
    parent.children = parent.children.filter((child) => {
      if (child.type === 'comment') return false;
      if (child.type !== 'element') return true;
      if (isNoise(child, inArticle)) {
        removed++;
        return false;
      }
      visit(child, inArticle || child.tagName === 'article' || child.tagName === 'main');
      return true;
    });
  };
  visit(tree, false);
  return removed;
}

function isNoise(element: Element, inArticle: boolean): boolean {
  if (NOISE_TAGS.has(element.tagName)) return true;
  if (!inArticle && (element.tagName === 'header' || element.tagName === 'footer')) return true;
  const names = [...asList(element.properties.className), ...asList(element.properties.id)];
  return names.some((name) => NOISE_PART.test(name) || (!inArticle && NOISE_NAME.test(name)));
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : [];

export function mainContent(tree: Root): { element: Element | Root; how: string } {
  const total = cjkCount(toText(tree));
  const pick = (selector: string) => {
    const fitting = selectAll(selector, tree)
      .map((element) => ({ element, count: cjkCount(toText(element)) }))
      .filter(({ count }) => count > 0 && count >= total * 0.4)
      .sort((a, b) => a.count - b.count);
    return fitting[0]?.element;
  };
  const semantic = pick(SEMANTIC);
  if (semantic) return { element: semantic, how: `<${semantic.tagName}>` };
  const named = pick(CONTENT);
  if (named) return { element: named, how: `<${named.tagName}${describe(named)}>` };
  const dense = densest(tree);
  return dense
    ? { element: dense, how: `<${dense.tagName}${describe(dense)}>（正文最多的元素）` }
    : { element: tree, how: '整个页面' };
}

/** The element whose own paragraphs (and text) hold the most Chinese text. */
function densest(tree: Root): Element | undefined {
  let best: { element: Element; score: number } | undefined;
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const score = child.children.reduce(
        (sum, grandchild) =>
          sum +
          (grandchild.type === 'text'
            ? cjkCount(grandchild.value)
            : grandchild.type === 'element' && PARAGRAPH_TAGS.has(grandchild.tagName)
              ? cjkCount(toText(grandchild))
              : 0),
        0,
      );
      if (score > 0 && (!best || score > best.score)) best = { element: child, score };
      visit(child);
    }
  };
  visit(tree);
  return best?.element;
}

function describe(element: Element): string {
  const id = asList(element.properties.id)[0];
  const classes = asList(element.properties.className);
  return `${id ? ` id="${id}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}`;
}
