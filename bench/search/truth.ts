// The search ground truth of the benchmarks (bench-search, and bench-pages' Starlight comparison):
// a unit matches a query when every term (space-separated; "…"/“…”/「…」 phrases kept whole)
// occurs in fold(text) (case-insensitive), or names a department (canonical name, alias or local
// name, optionally after 省/自治区/市) responsible for the unit, or occurs in the name as written of a
// body the unit names that the registry does not know (a company a 督办 notice tasks).

import { fold, normalizeQuery } from '../../src/model/fold.ts';

/** What the ground truth reads of a unit. */
export interface MatchableUnit {
  id: string;
  text: string;
  /** `id` absent: a body the registry does not know, `raw` its name as written. */
  departments: { id?: string; raw?: string }[];
}

/** A unit as the Starlight comparison reads it: also where it is. */
export interface TruthUnit extends MatchableUnit {
  document: string;
  source: { startLine: number; endLine: number };
}
export interface TruthDepartment {
  id: string;
  name: string;
  aliases: string[];
  localNames?: Record<string, string[]>;
}

const norm = (s: string): string => normalizeQuery(s).toLowerCase();

export function termsOf(q: string): string[] {
  const terms: string[] = [];
  const rest = q.replace(/"([^"]*)"?|“([^”]*)”?|「([^」]*)」?/gu, (_, a, b, c) => {
    terms.push(norm(a ?? b ?? c ?? ''));
    return ' ';
  });
  terms.push(...norm(rest).split(' '));
  return [...new Set(terms.filter((t) => t !== ''))];
}

export function groundTruth(units: MatchableUnit[], departments: TruthDepartment[]): (q: string) => Set<string> {
  const folded = new Map(units.map((u) => [u.id, fold(u.text).toLowerCase()]));
  const aliasDepts = new Map<string, Set<string>>();
  for (const d of departments) {
    for (const name of [d.name, ...d.aliases, ...Object.values(d.localNames ?? {}).flat()]) {
      const key = norm(name);
      if (!aliasDepts.has(key)) aliasDepts.set(key, new Set());
      aliasDepts.get(key)!.add(d.id);
    }
  }
  const deptsNamed = (term: string): Set<string> =>
    aliasDepts.get(term) ?? aliasDepts.get(term.replace(/^(?:自治区|省|市)/u, '')) ?? new Set();
  return (q) => {
    const terms = termsOf(q);
    return new Set(
      units
        .filter((u) =>
          terms.every(
            (t) =>
              folded.get(u.id)!.includes(t) ||
              u.departments.some((d) =>
                d.id === undefined
                  ? fold(d.raw ?? '')
                      .toLowerCase()
                      .includes(t)
                  : deptsNamed(t).has(d.id),
              ),
          ),
        )
        .map((u) => u.id),
    );
  };
}
