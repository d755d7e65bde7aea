/**
 * A source that holds a second document after the first one's signature, as a page listing several
 * is copied (`…关于同意…的批复` / `桐政复〔2025〕15号` / `双柳镇人民政府：` …): one source is one
 * document, so it is reported where the second one's title stands. The text stays, read as the
 * first document's closing text; a document forwarded by a 转发 notice is that notice's own part.
 */
import type { VFile } from 'vfile';
import { isBracketedMeta } from './line-shapes.ts';
import { titledHead } from './line-roles.ts';
import { report } from './messages.ts';
import type { LineNode } from './tree.ts';

export function reportSecondDocument(lines: LineNode[], folded: string[], title: string, file: VFile): void {
  if (/转发/u.test(title)) return;
  const signed = lines.findIndex((line, index) => line.role === 'date' && !isBracketedMeta(folded[index]!));
  if (signed < 0) return;
  for (let index = signed + 1; index < lines.length; index++) {
    const number = titledHead(lines, folded, index);
    if (!number) continue;
    const line = lines[index]!;
    report(
      file,
      'structure:second-document',
      `Unexpected second document \`${line.value}\` (\`${number.value}\`) after the signature on line ${lines[signed]!.position.start.line}, expected one document per source: add it as a file of its own`,
      line,
    );
    return;
  }
}
