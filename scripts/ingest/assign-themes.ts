/**
 * assign-themes: give every unit a primary theme and optional secondary ones from the taxonomy
 * (content/registry/themes.yml).
 *
 * Score = 3 per distinct title keyword in the unit's title (or, for a unit without a heading of its
 * own, its enclosing titles) + 1 per distinct keyword in its text. The best task theme is primary;
 * themes scoring at least half of it (and ≥ 3) are secondary. Themes reserved for kinds (goal,
 * principle…) only compete for units of those kinds, and are their fallback when no task theme scores.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import type { Theme } from '../../src/model/index.ts';
import type { PolicyRoot } from './tree.ts';
import { readUnits, unitText } from './tree.ts';

export interface AssignThemesOptions {
  themes: Theme[];
}

interface Scored {
  theme: Theme;
  score: number;
}

const MIN_SECONDARY = 3;
/**
 * A primary theme needs a title keyword or two text keywords: one common word in a long text (质量,
 * 监管) says too little, and a unit left unclassified is listed for curators rather than misfiled.
 */
const MIN_PRIMARY = 2;

export const assignThemes: Plugin<[AssignThemesOptions], PolicyRoot> = function ({ themes }) {
  const prepared = themes.map((theme) => ({
    theme,
    titleKeywords: theme.titleKeywords.map(fold),
    keywords: theme.keywords.map(fold),
  }));
  return (tree) => {
    for (const unit of readUnits(tree)) {
      if (unit.kind === 'title') continue; // a document's title is not a task
      const title = fold(unit.numbering.length ? unit.title : [...unit.context, unit.title].join(' '));
      const text = fold(unitText(unit));
      const scored: Scored[] = [];
      for (const { theme, titleKeywords, keywords } of prepared) {
        if (theme.kinds.length && !theme.kinds.includes(unit.kind)) continue;
        const score =
          3 * titleKeywords.filter((word) => title.includes(word)).length +
          keywords.filter((word) => text.includes(word)).length;
        if (score > 0) scored.push({ theme, score });
      }
      scored.sort((a, b) => b.score - a.score || a.theme.order - b.theme.order);
      const reserved = themes.find((theme) => theme.kinds.includes(unit.kind));
      const best = scored[0] && scored[0].score >= MIN_PRIMARY ? scored[0] : undefined;
      if (!best) {
        unit.data.themes = reserved ? [reserved.id] : [];
        continue;
      }
      const secondary = scored
        .slice(1)
        .filter(({ score }) => score >= MIN_SECONDARY && score * 2 >= best.score)
        .map(({ theme }) => theme.id);
      unit.data.themes = [best.theme.id, ...secondary];
      if (reserved && !unit.data.themes.includes(reserved.id) && reserved.id !== best.theme.id) {
        // A goal about brands is a brand-building unit first, and still a goal.
        unit.data.themes.push(reserved.id);
      }
    }
  };
};
