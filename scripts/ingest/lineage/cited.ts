/**
 * Documents outside the corpus that the corpus cites or implements, known by their 文号: one entry
 * each (data/cited.json, a page each), with every citing unit and whether its document implements it.
 */
import type { CitedDocument, Lineage } from '../../../src/model/index.ts';
import { citedId, citedPath, issuerOfDocNumber } from '../../../src/model/index.ts';
import type { PolicyModel } from '../to-model.ts';

export function buildCited(models: PolicyModel[], lineages: Map<string, Lineage>): CitedDocument[] {
  const inCorpus = new Set(models.flatMap(({ document }) => (document.docNumber ? [document.docNumber.value] : [])));
  const cited = new Map<string, CitedDocument & { counts: Map<string, number> }>();
  const entryOf = (docNumber: string) => {
    let entry = cited.get(docNumber);
    if (!entry) {
      const id = citedId(docNumber);
      const issuer = issuerOfDocNumber(docNumber);
      entry = {
        id,
        url: citedPath(id),
        docNumber,
        titles: [],
        ...(issuer ? { issuer } : {}),
        citedBy: [],
        counts: new Map(),
      };
      cited.set(docNumber, entry);
    }
    return entry;
  };
  for (const { document, citations } of models) {
    const implemented = new Set(
      (lineages.get(document.id)?.implements ?? []).flatMap((relation) =>
        relation.docNumber && !relation.document ? [relation.docNumber] : [],
      ),
    );
    for (const citation of citations) {
      if (!citation.docNumber || citation.document || inCorpus.has(citation.docNumber)) continue;
      const entry = entryOf(citation.docNumber);
      if (citation.title) entry.counts.set(citation.title, (entry.counts.get(citation.title) ?? 0) + 1);
      if (entry.citedBy.some((other) => other.unit === citation.unit)) continue;
      entry.citedBy.push({
        document: document.id,
        unit: citation.unit,
        provinceId: document.provinceId,
        province: document.province,
        implements: implemented.has(citation.docNumber),
      });
    }
    // A document the sidecar says it implements, without citing it in the text, is listed too.
    for (const docNumber of implemented) {
      const entry = entryOf(docNumber);
      if (entry.citedBy.some((other) => other.document === document.id)) continue;
      entry.citedBy.push({
        document: document.id,
        provinceId: document.provinceId,
        province: document.province,
        implements: true,
      });
    }
  }
  return [...cited.values()]
    .map(({ counts, ...entry }) => ({
      ...entry,
      titles: [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([title]) => title),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
