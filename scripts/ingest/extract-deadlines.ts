/**
 * extract-deadlines: `2015年12月15日前`, `2015年底前`, `12月底前` (month-only deadlines take the
 * document's year, given as an option).
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets } from './tree.ts';

export interface ExtractDeadlinesOptions {
  /** Year of the document, for deadlines written without one. */
  year?: number;
}

const DEADLINE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(底|末|上半年|下半年)?(?:之前|以前|前)/gu;

export const extractDeadlines: Plugin<[ExtractDeadlinesOptions?], PolicyRoot> = function (options = {}) {
  return (tree) => {
    for (const unit of tree.children as UnitNode[]) {
      const offsets = lineOffsets(unit);
      unit.children.forEach((line, lineIndex) => {
        for (const match of fold(line.value).matchAll(DEADLINE)) {
          const [, year, month, day, end] = match;
          if (!year && !month) continue;
          const fullYear = year ? Number(year) : options.year;
          if (!fullYear) continue;
          const pad = (value: string) => value.padStart(2, '0');
          let date = String(fullYear);
          if (month) date += `-${pad(month)}${day ? `-${pad(day)}` : ''}`;
          else if (end === '底' || end === '末') date += '-12';
          else if (end === '上半年') date += '-06';
          else if (end === '下半年') date += '-12';
          const text = line.value.slice(match.index, match.index + match[0].length);
          (unit.data.deadlines ??= []).push({ text, date });
          (unit.data.highlights ??= []).push({
            start: offsets[lineIndex]! + match.index,
            end: offsets[lineIndex]! + match.index + match[0].length,
            kind: 'deadline',
          });
        }
      });
    }
  };
};
