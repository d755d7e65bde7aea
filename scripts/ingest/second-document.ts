/**
 * A source that holds a second document after the first one's signature, as a page listing several
 * is copied (`…关于同意…的批复` / `桐政复〔2025〕15号` / `双柳镇人民政府：` …): one source is one
 * document, so it is reported where the second one's title stands. The text stays, from that title
 * on, as one unit of its own (`appended`) that the extractors do not read: its tasks, bodies, dates
 * and citations are not this document's. A document forwarded by a 转发 notice is that notice's own part.
 */
import type { VFile } from 'vfile';
import { titledHead } from './line-roles.ts';
import { isBracketedMeta, looksLikeTitle, looksLikeTitlePiece } from './line-shapes.ts';
import { report } from './messages.ts';
import type { LineNode } from './tree.ts';

/** The index of the line where a second document starts, reported; undefined when the source holds one. */
export function findSecondDocument(
  lines: LineNode[],
  folded: string[],
  title: string,
  file: VFile,
): number | undefined {
  if (/转发/u.test(title)) return undefined;
  const signed = lines.findIndex((line, index) => line.role === 'date' && !isBracketedMeta(folded[index]!));
  if (signed < 0) return undefined;
  for (let index = signed + 1; index < lines.length; index++) {
    const number = titledHead(lines, folded, index);
    if (!number) continue;
    // A title wrapped where its second line reads as a title alone (`…关于公布2024年度市级重点` /
    // `建设项目计划的通知`) starts on the line above.
    const start = wrappedTitleAbove(lines, folded, index, signed) ? index - 1 : index;
    const line = lines[start]!;
    const written = lines
      .slice(start, index + 1)
      .map((piece) => piece.value.trim())
      .join('');
    report(
      file,
      'structure:second-document',
      `Unexpected second document \`${written}\` (\`${number.value}\`) after the signature on line ${lines[signed]!.position.start.line}, expected one document per source: add it as a file of its own`,
      line,
    );
    return start;
  }
  return undefined;
}

/** The line above `index`, after the signature, is the first line of a title that `index` ends. */
function wrappedTitleAbove(lines: LineNode[], folded: string[], index: number, signed: number): boolean {
  const above = folded[index - 1] ?? '';
  return (
    index - 1 > signed &&
    lines[index - 1]!.role === 'body' &&
    /关于/u.test(above) &&
    !/关于/u.test(folded[index]!) &&
    looksLikeTitlePiece(above) &&
    looksLikeTitle(above + folded[index]!)
  );
}
