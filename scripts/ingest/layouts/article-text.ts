/**
 * Minimal stand-in for the add step's text extraction of a saved web page: the article div
 * (`id="zoom"` or a class containing `article-content`), one line per block element, tags stripped,
 * common entities decoded, blank lines dropped.
 */
const opening = /<div\b[^>]*(?:id="zoom"|class="[^"]*\barticle-content\b[^"]*")[^>]*>/iu;

const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  middot: '·',
  emsp: '\u3000',
};

export function articleText(html: string): string {
  const start = opening.exec(html);
  if (!start) throw new Error('Unexpected page without an article div, expected id="zoom" or class="article-content"');
  let depth = 1;
  let end = html.length;
  const tags = /<(\/?)div\b[^>]*>/giu;
  tags.lastIndex = start.index + start[0].length;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      end = tag.index;
      break;
    }
  }
  const inner = html.slice(start.index + start[0].length, end);
  return (
    inner
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, '')
      .replace(/<br\s*\/?>|<\/?(?:p|h[1-6]|li|div|tr|ul|ol|table)\b[^>]*>/giu, '\n')
      .replace(/<[^>]+>/gu, '')
      .replace(/&(#\d+|[a-z]+);/giu, (whole, name: string) =>
        name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name.toLowerCase()] ?? whole),
      )
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}
