// The Markdown of a document in the stock-Starlight baseline: the plain text of its source, lines
// starting with 一、 (a chapter) as `##`, （一） as `###`, every other line a paragraph; nothing
// more, as a site that adds no markup of its own would have it. Each heading section keeps the
// source lines it covers, so that a search result pointing at a section can be judged by our units.

export interface Section {
  /** Heading text ("" for the part of the page before the first heading). */
  title: string;
  firstLine: number;
  lastLine: number;
}

export interface StarlightDoc {
  id: string;
  title: string;
  markdown: string;
  sections: Section[];
}

const CHAPTER = /^[一二三四五六七八九十百]+、/u;
const ITEM = /^[（(][一二三四五六七八九十百]+[）)]/u;

/** Markdown text of one line, as a paragraph: escape what Markdown would otherwise read as syntax. */
function paragraph(line: string): string {
  return line
    .replace(/[\\`*_[\]<>{}|]/gu, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/u, '$1\\$2')
    .replace(/^([#>+=-])/u, '\\$1');
}

/** The Markdown page of one source text, and its heading sections by source line. */
export function toMarkdown(id: string, title: string, text: string): StarlightDoc {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const out: string[] = [];
  const sections: Section[] = [{ title: '', firstLine: 1, lastLine: lines.length }];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const lineNo = index + 1;
    const level = CHAPTER.test(line) ? 2 : ITEM.test(line) ? 3 : 0;
    if (level > 0) {
      sections.at(-1)!.lastLine = lineNo - 1;
      sections.push({ title: line, firstLine: lineNo, lastLine: lines.length });
      out.push(`${'#'.repeat(level)} ${paragraph(line)}`, '');
    } else {
      out.push(paragraph(line), '');
    }
  });
  const frontmatter = `---\ntitle: ${JSON.stringify(title)}\n---\n\n`;
  return { id, title, markdown: frontmatter + out.join('\n'), sections };
}
