/**
 * The information table a government portal sets above its article (政府信息公开: `索引号 | … | 文号 |
 * 桐政办发〔2026〕9号`, `<dt>成文日期</dt><dd>2026-03-20</dd>`, `<li>发布机构：县政府办公室</li>`), outside the
 * article the text is taken from (main-content.ts): the fields the draft reads from it (the 文号, the
 * date it was written, the issuer, who posted it: `<span>来源：梧川市商务局</span>`) become field lines of their own before the text, as a copy of the
 * page keeps them. A field the article states itself is not repeated.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { HEADER_LABELS } from '../../ingest/header-labels.ts';

/** The labels of the fields taken: the 文号, the issuer, the dates of the document and who posted it. */
const LABELS: ReadonlySet<string> = new Set([
  ...HEADER_LABELS.docNumber,
  ...HEADER_LABELS.issuer,
  ...HEADER_LABELS.date,
  ...HEADER_LABELS.publisher,
]);
/** Every label of an information table, to know one (`索引号`, `主题分类`) from a list of other things. */
const ANY_LABEL: ReadonlySet<string> = new Set(Object.values(HEADER_LABELS).flat());

/** A cell's or an item's text, its runs of spaces one. */
const text = (element: Element) => toText(element).replace(/\s+/gu, ' ').trim();
/** A cell's text as a label, without spaces or colon (`文  号：` with wide spaces is `文号`). */
const label = (element: Element) => text(element).replace(/[\s:：]/gu, '');

/** Whether `node` is `ancestor` or inside it. */
function within(node: Element, ancestor: Element | Root, parents: Map<Element, Element | Root>): boolean {
  for (let at: Element | Root | undefined = node; at; at = at.type === 'element' ? parents.get(at) : undefined)
    if (at === ancestor) return true;
  return false;
}

/** The labels of the date a page was published. */
const PUBLISHED = ['发布日期', '发布时间'];

/** A field written in one item (`<li>文号：桐政办发〔2026〕9号</li>`): its label and value. */
const FIELD = /^([^:：]{2,8})\s*[:：]\s*(\S.*)$/u;

/**
 * The field lines of the page's information table, for the fields `lines` lacks: from the table rows
 * (`tr`, `dl`) and the items of a box that holds two fields or more, above the article; a sidebar's
 * list of other documents, with their dates, is none.
 */
export function infoFieldLines(tree: Root, article: Element | Root, lines: readonly string[]): string[] {
  if (article === tree) return [];
  const order = new Map<Element, number>();
  const parents = new Map<Element, Element | Root>();
  const visit = (node: Element | Root) => {
    for (const child of node.children)
      if (child.type === 'element') {
        order.set(child, order.size);
        parents.set(child, node);
        visit(child);
      }
  };
  visit(tree);
  const above = (element: Element) => (order.get(element) ?? Infinity) < (order.get(article as Element) ?? -1);
  // The date of publication goes by two labels: one of them stated is both.
  const names = (name: string) => (PUBLISHED.includes(name) ? PUBLISHED.join('|') : name);
  const stated = (name: string) =>
    lines.some((line) => new RegExp(`^\\s*【?(?:${names(name)})\\s*[:：】]`, 'u').test(line));
  const found = new Map<string, string>();
  const take = (name: string, value: string) => {
    if (LABELS.has(name) && value && !found.has(name) && !stated(name)) found.set(name, value);
  };
  for (const row of selectAll('tr, dl', tree)) {
    if (!above(row) || within(row, article, parents)) continue;
    const cells = selectAll(row.tagName === 'tr' ? 'td, th' : 'dt, dd', row);
    for (let index = 0; index + 1 < cells.length; index++) take(label(cells[index]!), text(cells[index + 1]!));
  }
  const fields = selectAll('li, p, span, div', tree).flatMap((item) => {
    // An item holding other items is their box, not a field; hast-util-select counts the item itself among them.
    const box = selectAll('li, p, div, tr', item).some((inner) => inner !== item);
    if (!above(item) || within(item, article, parents) || box) return [];
    const field = FIELD.exec(text(item));
    const name = field?.[1]!.replace(/\s/gu, '');
    return field && name && ANY_LABEL.has(name) ? [{ item, name, value: field[2]!.trim() }] : [];
  });
  // A box of fields: two or more under one parent.
  for (const { item, name, value } of fields)
    if (fields.filter((other) => parents.get(other.item) === parents.get(item)).length >= 2) take(name, value);
  return [...found].map(([name, value]) => `${name}：${value}`);
}
