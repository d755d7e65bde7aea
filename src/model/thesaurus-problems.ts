/**
 * Consistency of the thesaurus across concepts, which the schema of one concept (thesaurus.ts) cannot
 * see; the ingest reports each problem at its place in thesaurus.yml.
 */
import type { Concept } from './thesaurus.ts';

/** One problem, at the path of the offending value in the concepts list. */
export interface ThesaurusProblem {
  path: Array<string | number>;
  /** `reference`: an id that does not exist; `label`: a label that is not one concept's only. */
  kind: 'reference' | 'label';
  message: string;
}

/**
 * What the schema of one concept cannot see: references to concepts and themes that do not exist,
 * a concept broader than itself (directly or through others), a concept both broader and related,
 * a label of two concepts (or twice in one), an `everyday` entry that is not one of its labels.
 */
export function thesaurusProblems(concepts: readonly Concept[], themeIds: ReadonlySet<string>): ThesaurusProblem[] {
  const problems: ThesaurusProblem[] = [];
  const ids = new Set(concepts.map((c) => c.id));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const owner = new Map<string, string>();
  concepts.forEach((concept, index) => {
    for (const field of ['broader', 'narrower', 'related'] as const)
      concept[field].forEach((id, position) => {
        if (!ids.has(id))
          problems.push({
            path: [index, field, position],
            kind: 'reference',
            message: `Unexpected concept \`${id}\` in ${field}, expected an id of thesaurus.yml`,
          });
      });
    concept.themes.forEach((id, position) => {
      if (!themeIds.has(id))
        problems.push({
          path: [index, 'themes', position],
          kind: 'reference',
          message: `Unexpected theme \`${id}\`, expected an id of themes.yml`,
        });
    });
    concept.related.forEach((id, position) => {
      const other = byId.get(id);
      if (
        concept.broader.includes(id) ||
        concept.narrower.includes(id) ||
        other?.broader.includes(concept.id) ||
        other?.narrower.includes(concept.id)
      )
        problems.push({
          path: [index, 'related', position],
          kind: 'reference',
          message: `Unexpected related \`${id}\`, expected a concept that is not also broader or narrower`,
        });
    });
    if (reachesItself(concept.id, byId))
      problems.push({
        path: [index, 'broader'],
        kind: 'reference',
        message: `Unexpected broader chain back to \`${concept.id}\`, expected no cycle`,
      });
    const labels = [concept.prefLabel, ...concept.altLabels];
    labels.forEach((label, position) => {
      const path = position === 0 ? [index, 'prefLabel'] : [index, 'altLabels', position - 1];
      const first = owner.get(label);
      if (first !== undefined)
        problems.push({
          path,
          kind: 'label',
          message: `Unexpected label \`${label}\` again (first in \`${first}\`), expected each label once`,
        });
      else owner.set(label, concept.id);
    });
    concept.everyday.forEach((label, position) => {
      if (!labels.includes(label))
        problems.push({
          path: [index, 'everyday', position],
          kind: 'label',
          message: `Unexpected everyday word \`${label}\`, expected one of the concept's labels`,
        });
    });
  });
  return problems;
}

/** Whether following `broader` from a concept leads back to it. */
function reachesItself(id: string, byId: ReadonlyMap<string, Concept>): boolean {
  const seen = new Set<string>();
  const stack = [...(byId.get(id)?.broader ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(byId.get(next)?.broader ?? []));
  }
  return false;
}
