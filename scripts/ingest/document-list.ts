/**
 * An item that names a document and nothing else (`1．《桐溪市城市供水管理办法》（桐府发〔2015〕9号）`),
 * as a 决定 lists the documents it repeals or amends, and a 清理结果 those it keeps: an entry of a
 * list, never a task. What follows it under the item (`将第五条中的“市建设局”修改为…`) amends that
 * document: its names, figures and dates are the document's, not tasks of this one.
 */
import { fold } from '../../src/model/fold.ts';
import type { UnitNode } from './tree.ts';

/** One or more 《titles》, each with its 文号 or （试行） in brackets, and a closing stop at most. */
const DOCUMENT_ONLY = /^(?:《[^《》]{2,120}》(?:\([^()]{1,40}\))*[、,，]?)+[。;；]?$/u;

/** The unit is an item of a list of documents: its own line is only a document's title. */
export function namesDocumentOnly(unit: UnitNode): boolean {
  const first = unit.children[0]!;
  if (!first.label) return false;
  return DOCUMENT_ONLY.test(fold(first.value.slice(first.labelEnd ?? 0)).trim());
}
