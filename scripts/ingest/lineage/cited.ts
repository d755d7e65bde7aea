/**
 * Documents outside the corpus that the corpus cites or implements, known by their 文号: one entry
 * each (data/cited.json, a page each), with every citing unit and whether its document implements it.
 */
import { createHash } from 'node:crypto';
import type { CitedDocument, Lineage } from '../../../src/model/index.ts';
import type { PolicyModel } from '../to-model.ts';

/** 文号 prefixes whose issuer the prefix itself says, with the ASCII word used in the page's id. */
export const DOC_NUMBER_ISSUERS: Record<string, { issuer: string; slug: string }> = {
  国发: { issuer: '国务院', slug: 'guofa' },
  国函: { issuer: '国务院', slug: 'guohan' },
  国办发: { issuer: '国务院办公厅', slug: 'guobanfa' },
  国办函: { issuer: '国务院办公厅', slug: 'guobanhan' },
  国办发明电: { issuer: '国务院办公厅', slug: 'guobanfamingdian' },
};

const parts = (docNumber: string) => /^(.*)〔(\d{4})〕(\d+)号$/u.exec(docNumber);

/** `国办发〔2015〕19号` → `guobanfa-2015-19`; a prefix without an ASCII word gets a short hash of it. */
export function citedId(docNumber: string): string {
  const match = parts(docNumber);
  if (!match) return `cited-${createHash('sha256').update(docNumber).digest('hex').slice(0, 10)}`;
  const [, prefix = '', year, number] = match;
  const word = DOC_NUMBER_ISSUERS[prefix]?.slug ?? `x${createHash('sha256').update(prefix).digest('hex').slice(0, 8)}`;
  return `${word}-${year}-${number}`;
}

export const citedPath = (id: string) => `/cited/${id}/`;

export function buildCited(models: PolicyModel[], lineages: Map<string, Lineage>): CitedDocument[] {
  const inCorpus = new Set(models.flatMap(({ document }) => (document.docNumber ? [document.docNumber.value] : [])));
  const cited = new Map<string, CitedDocument & { counts: Map<string, number> }>();
  const entryOf = (docNumber: string) => {
    let entry = cited.get(docNumber);
    if (!entry) {
      const id = citedId(docNumber);
      const issuer = DOC_NUMBER_ISSUERS[parts(docNumber)?.[1] ?? '']?.issuer;
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
        unit: document.units[0] ?? document.id,
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
