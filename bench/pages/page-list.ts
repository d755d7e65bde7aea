// The pages bench:pages measures, one of each type: home, the two document pages with a plain-text
// budget, the department and the theme with the most units (the longest lists), and search with a
// query; all but document 000 are also scored by Lighthouse.

import type { PageSpec } from './measure.ts';

/** Document pages with a plain-text budget: the longest seed (003) and seed 000. */
export const DOC_003 = 'shanxi-2013-opinions';
export const DOC_000 = 'shanxi-2015-plan';

export type ListedPage = PageSpec & { type: string; lighthouse: boolean };

interface Listing {
  id: string;
  measures: string[];
}

export function pageList(departments: Listing[], themes: Listing[]): ListedPage[] {
  const biggest = (list: Listing[]): Listing => [...list].sort((a, b) => b.measures.length - a.measures.length)[0]!;
  const dept = biggest(departments);
  const theme = biggest(themes);

  return [
    { type: 'home', label: 'home', path: '', lighthouse: true },
    { type: 'document', label: `document 003 (${DOC_003})`, path: `documents/${DOC_003}/`, lighthouse: true },
    { type: 'document', label: `document 000 (${DOC_000})`, path: `documents/${DOC_000}/`, lighthouse: false },
    {
      type: 'department',
      label: `department (${dept.id}, ${dept.measures.length} units)`,
      path: `departments/${dept.id}/`,
      lighthouse: true,
    },
    {
      type: 'theme',
      label: `theme (${theme.id}, ${theme.measures.length} units)`,
      path: `themes/${theme.id}/`,
      lighthouse: true,
    },
    {
      type: 'search',
      label: 'search (?q=电梯)',
      path: `search/?q=${encodeURIComponent('电梯')}`,
      waitFor: '[data-search][data-ready]',
      lighthouse: true,
    },
  ];
}
