/**
 * The period a document plans for: a range in its title (`（2021—2025年）` → 2021-2025), else a year
 * in its title (`2015年行动计划` → 2015), never an edition's nor a meeting's; the drafter falls back to the year of the date.
 */
import { fold } from '../../../src/model/fold.ts';
import { arabicYears } from '../../../src/model/written-date.ts';

export function periodOfTitle(title: string): string | undefined {
  // A period that belongs to a document the title names (`贯彻质量发展纲要（2011—2020年）的实施意见`)
  // is that document's, not this one's.
  // Nor is the year of an edition (`（2024年版）`, `（2024年本）`, `（2019年修订）`) a period: a list or
  // catalogue of that year stands until the next edition replaces it.
  const text = fold(title)
    .replace(/\([^()]*\)(?=的)/gu, '')
    .replace(/\(\s*\d{4}\s*年?\s*(?:(?:修订|修正|修改)版?|版|本)\s*\)/gu, '')
    // Nor is the year of a meeting or an issue counted in it (`2024年第二次全体会议纪要`, `2024年第3期`).
    .replace(/\d{4}\s*年(?:度)?\s*第\s*(?:[一二三四五六七八九十]+|\d+)\s*(?:次|期|季度)/gu, '');
  const range = /(\d{4})\s*(?:年\s*)?[-—–~至－到]\s*(\d{4})\s*年?/u.exec(text);
  if (range && Number(range[2]) > Number(range[1])) return `${range[1]}-${range[2]}`;
  // A five-year plan named by its plan (`…“十四五”规划`) runs those five years, whatever it looks
  // ahead to (`展望2035年`).
  const fiveYear = FIVE_YEAR_PLAN.exec(text);
  if (fiveYear && !/\d{4}\s*年/u.test(text)) {
    const start = fiveYearStart(fiveYear[1]!);
    return `${start}-${start + 4}`;
  }
  const years = [...text.matchAll(/(\d{4})\s*年/gu)].map((match) => match[1]!);
  // A review of one year with the plan for the next (`2023年工作总结和2024年工作要点`): the plan's year.
  if (years.length > 1 && /总结|回顾/u.test(text)) return years.at(-1);
  return years[0];
}

/**
 * A national five-year plan's number in a title (`“十四五”`, `十三五时期`, `“十五五”`), before what
 * is planned for it: from the third (三五, 1966–1970) on they follow each other every five years.
 */
const FIVE_YEAR_PLAN = /[“"]?(十[一二三四五六]?|[三四五六七八九])五[”"]?[^()]{0,30}(?:规划|计划|纲要|方案)/u;
const DIGITS = '一二三四五六七八九';

function fiveYearStart(number: string): number {
  const value = number.startsWith('十')
    ? 10 + (number.length > 1 ? DIGITS.indexOf(number[1]!) + 1 : 0)
    : DIGITS.indexOf(number) + 1;
  return 1966 + 5 * (value - 3);
}

/** A period as given by a person: `2015`, `2021-2025` (any dash). */
export function normalizePeriodFlag(value: string): string | undefined {
  const match = /^(\d{4})(?:\s*[-—–~至－]\s*(\d{4}))?$/u.exec(fold(value).trim());
  if (!match) return undefined;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/**
 * A title that sets up or changes a standing body (`关于调整省食品安全委员会组成人员的通知`, `关于成立…工作专班的
 * 通知`, `关于建立…联席会议制度的通知`): the body stands until changed again, whatever years its members'
 * duties look ahead to, so its notice has no term of years.
 */
export const SETS_UP_BODY =
  /(?:调整|成立|设立|建立|组建|撤销|更名)[^，。；]{0,40}(?:组成人员|成员单位|成员|领导小组|委员会|联席会议|工作专班|专班|指挥部|工作组)/u;

/**
 * A title of a paper for one year's work (`政府工作报告`, `2026年工作要点`, `年度工作计划`): its period is
 * its year, whatever later year one of its goals looks ahead to (`到2028年…覆盖率达到90%`).
 */
export const ONE_YEARS_WORK = /(?:政府工作报告|工作要点|工作安排|年度工作计划|年度重点工作(?:任务)?(?:清单)?)$/u;

/**
 * The last year the body sets goals for: `到2020年`, `至2025年`, `2023年底前`, `2025年前`; not in words it
 * quotes (`修改为“本意见有效期至2030年12月31日”`: another document's).
 */
export function lastGoalYear(body: string): number | undefined {
  const years = [
    ...arabicYears(fold(body))
      .replace(/“[^“”]*”/gu, '')
      .matchAll(/(?:到|至)\s*(\d{4})\s*年|(\d{4})\s*年(?:底|末)?前/gu),
  ].map((match) => Number(match[1] ?? match[2]));
  return years.length ? Math.max(...years) : undefined;
}
