/**
 * The structured MDX page of one document (content/generated/documents/<id>.mdx): the document's
 * metadata as YAML frontmatter, then one `<Unit>` element per unit carrying its id, number, kind,
 * title, departments (lead first) and themes, its text one paragraph per source line, department
 * names as `<Department>` links and targets, deadlines and citations as `<Mark>`.
 *
 * Built as an mdast tree and serialised by mdast-util-to-markdown with the MDX and frontmatter
 * extensions, never by joining strings: source text only ever becomes text nodes and attribute
 * values, which the serialiser escapes, so `{`, `<`, `import`, `export` or backticks in a source stay
 * text and can never become code. The marks are placed by the same functions the site's `<UnitText>`
 * uses (src/lib/marks.ts), so the MDX page and the typed data mark the same words.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { DocumentPage, PolicyDocument, Unit } from '../../../src/model/index.ts';
import { departmentIdsLeadFirst, titleOnly } from '../../../src/lib/document-page.ts';
import { formatNumbering } from '../../../src/lib/format.ts';
import { markedLines, placeDepartments, type Piece } from '../../../src/lib/marks.ts';
import { roleOf } from '../../../src/lib/responsibility.ts';

/**
 * The frontmatter: the document's metadata, each field with its inference flag and basis. Written as
 * YAML 1.1, which quotes what a 1.1 reader (Astro's frontmatter) would take for a date or a boolean.
 */
export function documentFrontmatter(document: PolicyDocument): DocumentPage {
  return {
    id: document.id,
    title: document.title,
    issuer: document.issuer,
    province: document.province,
    provinceId: document.provinceId,
    date: document.date,
    ...(document.docNumber ? { docNumber: document.docNumber } : {}),
    type: document.type,
    period: document.period,
    source: document.source,
  };
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

function unitAttributes(unit: Unit): MdxJsxAttribute[] {
  const number = formatNumbering(unit.numbering);
  const departments = departmentIdsLeadFirst(unit);
  return [
    attribute('id', unit.id),
    ...(number ? [attribute('number', number)] : []),
    attribute('kind', unit.kind),
    attribute('title', unit.title),
    ...(departments.length ? [attribute('departments', departments.join(' '))] : []),
    ...(unit.themes.length ? [attribute('themes', unit.themes.join(' '))] : []),
  ];
}

function phrasing(piece: Piece, unit: Unit): PhrasingContent {
  const text = { type: 'text' as const, value: piece.text };
  if (piece.department !== undefined) {
    const entry = unit.departments[piece.department]!;
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Department',
      // A link leads to the department's units in the unit's province. A name the registry does not
      // know has no id: it is kept as written (`name`) and shown unlinked, a company's or association's
      // said to be one (`kind="organisation"`); a division named without its body links to the body and
      // says so (`kind="division"`).
      attributes: entry.id
        ? [
            attribute('ref', entry.id),
            attribute('role', roleOf(entry)),
            attribute('province', unit.provinceId),
            ...(entry.division ? [attribute('kind', 'division')] : []),
          ]
        : [
            attribute('name', entry.raw),
            attribute('role', roleOf(entry)),
            ...(entry.organisation ? [attribute('kind', 'organisation')] : []),
          ],
      children: [text],
    };
    return element;
  }
  if (piece.kind)
    return { type: 'mdxJsxTextElement', name: 'Mark', attributes: [attribute('kind', piece.kind)], children: [text] };
  return text;
}

function unitElement(unit: Unit): MdxJsxFlowElement {
  // A heading's first line is its number and title, which the attributes already carry: only its
  // lead-in, if any, is text (`下一步，我局将…重点抓好以下工作：`).
  const marked = titleOnly(unit)
    ? []
    : markedLines(unit.text, unit.highlights, placeDepartments(unit.text, unit.highlights, unit.departments).marks);
  const lines = unit.kind === 'heading' ? marked.slice(1) : marked;
  const paragraphs: Paragraph[] = lines.map((pieces) => ({
    type: 'paragraph',
    children: pieces.filter((piece) => piece.text).map((piece) => phrasing(piece, unit)),
  }));
  return { type: 'mdxJsxFlowElement', name: 'Unit', attributes: unitAttributes(unit), children: paragraphs };
}

/** The mdast tree of a document's page; `units` in document order. */
export function documentTree(document: PolicyDocument, units: readonly Unit[]): Root {
  const children: RootContent[] = [
    { type: 'yaml', value: stringify(documentFrontmatter(document), { lineWidth: 0, version: '1.1' }).trimEnd() },
    ...units.map(unitElement),
  ];
  return { type: 'root', children };
}

/** The MDX text of a document's page. */
export function documentMdx(document: PolicyDocument, units: readonly Unit[]): string {
  return toMarkdown(documentTree(document, units), {
    extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])],
  });
}

/** Every document's page, by path relative to content/generated. */
export function documentPages(documents: readonly PolicyDocument[], units: readonly Unit[]): Map<string, string> {
  const byDocument = Map.groupBy(units, (unit) => unit.document);
  return new Map(
    documents.map((document) => [
      `documents/${document.id}.mdx`,
      documentMdx(
        document,
        [...(byDocument.get(document.id) ?? [])].sort((a, b) => a.order - b.order),
      ),
    ]),
  );
}
