/**
 * `supersedes` and `amends` read from a list: a 清理 decision sets the documents it repeals and those it
 * amends out in attachments (`附件1 省政府决定废止的规范性文件目录`, one row a document with its 文号;
 * `附件2 省政府决定修改的规范性文件`, one heading a document with its changes under it). Each entry of
 * the list names its document; the documents its row or its changes only mention (a national title
 * inside a row's, a body inside a quoted change) are not repealed.
 */
import type { Citation, Relation, Unit } from '../../../src/model/index.ts';
import { citedRelation } from './citing-sentence.ts';

/** A list's title that repeals what it lists: `决定废止的规范性文件目录`, `废止文件清单`, `予以废止的文件`. */
const REPEALING = /废止(?:的)?[^,，。;；]{0,16}(?:目录|清单|名单|文件|一览表)$|(?:决定|予以)废止/u;
/** A list's title that amends what it lists: `决定修改的规范性文件`, `修改文件目录`. */
const AMENDING = /修改(?:的)?[^,，。;；]{0,16}(?:目录|清单|名单|文件|一览表)$|(?:决定|予以)修改/u;
/** A heading that is a document of the list, its changes under it: one with a 文号 or a 《title》. */
const NAMES_DOCUMENT = /[〔[(（]\d{4}[〕\])）]\d{1,4}号|《/u;

export const LISTED_BASIS = '所列';

/**
 * The list a unit is an entry of, with what it does: the nearest title of its context that repeals or
 * amends (not both: `废止和修改的文件目录` says neither of a row), with no document's heading after it.
 */
function listOf(unit: Unit): { title: string; key: 'supersedes' | 'amends' } | undefined {
  for (let index = unit.context.length - 1; index >= 0; index--) {
    const title = unit.context[index]!;
    const repeals = REPEALING.test(title);
    const amends = AMENDING.test(title);
    if (repeals !== amends) return { title, key: repeals ? 'supersedes' : 'amends' };
    if (NAMES_DOCUMENT.test(title)) return undefined;
  }
  return undefined;
}

/**
 * The document an entry names: the one cited with its 文号 (a row's `…的通知 衡政办发〔2019〕7号`, not the
 * 《办法》 its title holds), else a citation that opens the entry (`1．《…办法》`).
 */
function entryDocument(unit: Unit, citations: readonly Citation[]): Citation | undefined {
  const own = citations.filter((citation) => citation.unit === unit.id);
  const numbered = own.find((citation) => citation.docNumber);
  if (numbered) return numbered;
  const first = own[0];
  if (!first) return undefined;
  const at = unit.text.indexOf(first.raw);
  return at >= 0 && /^[\s\d.．、()（）一二三四五六七八九十]*$/u.test(unit.text.slice(0, at)) ? first : undefined;
}

export function inferListedRepeals(
  units: readonly Unit[],
  citations: readonly Citation[],
): { supersedes: Relation[]; amends: Relation[] } {
  const found = { supersedes: [] as Relation[], amends: [] as Relation[] };
  for (const unit of units) {
    const list = listOf(unit);
    if (!list) continue;
    const citation = entryDocument(unit, citations);
    if (!citation) continue;
    found[list.key].push(citedRelation(citation, `${LISTED_BASIS}“${list.title}”（第${citation.line}行）`));
  }
  return found;
}
