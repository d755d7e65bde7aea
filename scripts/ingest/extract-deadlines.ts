/**
 * extract-deadlines: the deadlines each unit's lines write (deadline-phrases.ts), dated. One without
 * a year takes the document's, given as an option, or the next when its month had passed when it was
 * issued (`2月底前` in a notice of December); one that comes back (`每年11月底前`, `每月5日前`) is kept
 * with how often, its date the first after the document was issued, and `每周五前` by its first such
 * day after the issue; a festival is due on its day (festivals.ts); a year long past names what it
 * covers, no time to meet. A deadline field after a group's last task is its siblings' too
 * (field-deadlines.ts), and a row's that gives a task its departments is the task's (row-deadlines.ts).
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import type { PolicyRoot } from './tree.ts';
import { readUnits, lineOffsets } from './tree.ts';
import { arabicYears } from '../../src/model/written-date.ts';
import { firstDue, firstWeekday, issuedYear, monthPassed, PAST_YEARS } from './deadline-dates.ts';
import { festivalDue } from './festivals.ts';
import { giveRowDeadlines } from './row-deadlines.ts';
import { deadlinesIn } from './deadline-phrases.ts';
import { shareFieldDeadlines } from './field-deadlines.ts';

export interface ExtractDeadlinesOptions {
  /** Year of the document, for deadlines written without one. */
  year?: number;
  /** The date it was issued (`2024-12-10`): a month before it in its year is the next year's. */
  issued?: string;
}

export const extractDeadlines: Plugin<[ExtractDeadlinesOptions?], PolicyRoot> = function (options = {}) {
  return (tree) => {
    for (const unit of readUnits(tree)) {
      // A review's dates are past (`2023年6月底前全部完成`), a header's and a list's are no one's to meet.
      if (unit.kind === 'context' || unit.kind === 'header' || unit.kind === 'entry') continue;
      const offsets = lineOffsets(unit);
      unit.children.forEach((line, lineIndex) => {
        for (const {
          start,
          end,
          year,
          month,
          day,
          part,
          recurring,
          weekday,
          ownYear,
          nextYear,
          festival,
        } of deadlinesIn(arabicYears(fold(line.value)))) {
          const push = (date: string) => {
            (unit.data.deadlines ??= []).push({
              text: line.value.slice(start, end),
              date,
              ...(recurring ? { recurring } : {}),
            });
            (unit.data.highlights ??= []).push({
              start: offsets[lineIndex]! + start,
              end: offsets[lineIndex]! + end,
              kind: 'deadline',
            });
          };
          if (festival) {
            const due = festivalDue(festival, year ? Number(year) : undefined, options.year, options.issued);
            if (due && !(year && issuedYear(options.issued) - Number(year) > PAST_YEARS)) push(due);
            continue;
          }
          // A weekly one is first due on its weekday after the document was issued.
          if (weekday) {
            const issued = options.issued ?? (options.year ? String(options.year) : undefined);
            if (issued) push(firstWeekday(weekday, issued));
            continue;
          }
          if (!year && !month && !ownYear) continue;
          let fullYear = year ? Number(year) : options.year && (nextYear ? options.year + 1 : options.year);
          if (!fullYear) continue;
          // A month already past when the document was issued (`2月底前` in a notice of December,
          // after its `2025年1月15日前`) is the next year's.
          if (!year && month && !recurring && !nextYear && monthPassed(fullYear, Number(month), options.issued))
            fullYear += 1;
          // One that comes back is first due after the document was issued (`每年1月底前` in a reply of
          // June: next January; `每月25日前` in a notice of March 10: March 25).
          let dueMonth = month;
          if (!year && month && recurring && recurring !== 'weekly')
            [fullYear, dueMonth] = firstDue(fullYear, Number(month), day, recurring, options.issued);
          // A year long past when the document was issued names what it covers (`2000年底前建成的小区`),
          // no time to meet.
          if (year && issuedYear(options.issued) - fullYear > PAST_YEARS) continue;
          const pad = (value: string) => value.padStart(2, '0');
          let date = String(fullYear);
          if (dueMonth) date += `-${pad(dueMonth)}${day ? `-${pad(day)}` : ''}`;
          else if (part === '底' || part === '末' || part === '内') date += '-12';
          else if (part === '上半年') date += '-06';
          else if (part === '下半年') date += '-12';
          push(date);
        }
      });
    }
    shareFieldDeadlines(readUnits(tree));
    giveRowDeadlines(readUnits(tree));
  };
};
