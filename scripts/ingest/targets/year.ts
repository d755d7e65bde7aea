/**
 * Time in target clauses (folded text): the year a target is for, lists of years that pair with
 * lists of values, and whether a figure is a past result (a review) rather than a goal.
 */
import { DEADLINE_LABEL } from '../deadline-label.ts';

export interface Period {
  start: number;
  end: number;
}

/** `2021-2025` → 2021–2025; `2015` → 2015–2015; anything else → undefined. */
export function parsePeriod(value: string | undefined): Period | undefined {
  const years = [...(value ?? '').matchAll(/\d{4}/gu)].map((match) => Number(match[0]));
  if (years.length === 0) return undefined;
  return { start: years[0]!, end: years.at(-1)! };
}

const FIVE_YEAR_PLANS: Record<string, number> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};

/**
 * After a year, what makes it describe the things a clause counts, not when: `2000年底前建成的城镇老旧小区`,
 * `2010年以前出生的`, `2015年后注册的`.
 */
export const DESCRIBES_THINGS = String.raw`(?:底|末)?(?:以)?[前后]?(?:建成|建设|竣工|投用|投入使用|出生|登记|注册|成立|设立|建造|修建|开工|出厂|生产|购置|取得)的`;
/**
 * After a year, the year's work an assessment or an award is of (`组织开展2024年度市州政府质量工作考核`): what
 * is assessed, not when the clause's goals are for.
 */
const ASSESSED = String.raw`度[^,，。;；]{0,16}?(?:考核|评估|评价|考评|评比|表彰|评审|审计|决算)`;
/** A year written as a goal year: `到2025年`, `至2025年`, `2025年底前`, `2025年前`, `2025年底`, `到“十四五”末`. */
const FRAMED = new RegExp(
  String.raw`(?:到|至)(\d{4})年|(\d{4})年(?!${DESCRIBES_THINGS})(?:底|末)?前|(\d{4})年(?:底|末)(?!${DESCRIBES_THINGS})|(?:到|至)?[“"]?(十[一二三四五]五)[”"]?(?:期末|末)`,
  'gu',
);
/**
 * Any year mention that anchors a clause in time. Baselines (`比2020年`, `较2015年`, `2020年基础上`,
 * `与2020年相比`, `由2015年的90.6%提高到93%`) are not anchors; a range of years is, by its end
 * (`2024—2025年新建…120处以上`: by 2025).
 */
const ANY = new RegExp(
  String.raw`(?<![较与同由\d\-—~～]|(?<!占)比)(\d{4})年(?!\s*的?基础|相比|同期|水平|${DESCRIBES_THINGS}|${ASSESSED})|` +
    String.raw`[“"]?(十[一二三四五]五)[”"]?(期间|时期|以来|期末|末)?|` +
    String.raw`(?<![较与同由\d]|(?<!占)比)\d{4}年?[-—–~～至到](\d{4})年(?!的?基础|相比|同期|水平|平均)`,
  'gu',
);
/** Words of a review or a current state (`现有`, `同比`): figures that are not goals. */
const PAST_IN_CLAUSE = /(?<![为除])了(?!解)|已(?:经)?|累计完成|累计建成|现有|共有|目前|同比/u;
const PAST_ANCHOR = /以来|近年来|过去|五年来|去年|上年度/u;

/**
 * A year said relative to the document's own (`今年全省计划举办…2000场以上`, `力争年内建成`, `明年`): the
 * year of issue, or the one after it. Not `今年以来`, which looks back, nor a span (`一年内`, `三年内`).
 */
const SPOKEN = /(今年|本年度?|(?<![一二两三四五\d])年内|明年)(?!以来)/gu;

const yearOf = (match: RegExpMatchArray): number | undefined => {
  const plan = match.slice(1).find((group) => group !== undefined && group in FIVE_YEAR_PLANS);
  if (plan) return FIVE_YEAR_PLANS[plan];
  const digits = match.slice(1).find((group) => group !== undefined && /^\d{4}$/u.test(group));
  return digits ? Number(digits) : undefined;
};

/** A year anchor that looks back: followed by `以来` (`2016年以来`, `“十三五”以来`), or the day things stood on (`截至2025年11月底`). */
const looksBack = (text: string, match: RegExpMatchArray): boolean =>
  match[3] === '以来' ||
  text.startsWith('以来', match.index! + match[0].length) ||
  // `截至2025年11月底，全市累计发展…6318家`: where things stood on a day, a report.
  /(?:截至|截止(?:到|至)?)\s*$/u.test(text.slice(0, match.index));

/** The last goal year written in `text` (`到2025年`…), or the last year mention when `bare`. */
export function lastYear(text: string, bare: boolean): number | undefined {
  return lastMention(text, bare)?.year;
}

/** The last year mention lastYear reads, and where it stands in `text`. */
function lastMention(text: string, bare: boolean): { year: number; index: number } | undefined {
  let last: { year: number; index: number } | undefined;
  for (const match of text.matchAll(bare ? ANY : FRAMED)) {
    if (bare && looksBack(text, match)) continue;
    const year = yearOf(match);
    if (year !== undefined) last = { year, index: match.index };
  }
  return last;
}

/** The last year said relative to the year of issue `issued` in `text` (`今年`, `年内`, `明年`). */
export function spokenYear(text: string, issued: number | undefined): number | undefined {
  const last = issued === undefined ? undefined : [...text.matchAll(SPOKEN)].at(-1);
  if (!last) return undefined;
  return last[1] === '明年' ? issued! + 1 : issued;
}

/**
 * The year of the last time anchor in `text`: a year mention (lastYear, bare) or a year said relative
 * to the year of issue `issued` (`在2025年改造1050个的基础上，今年改造…1200个`: 今年, after it).
 */
export function lastYearSaid(text: string, issued: number | undefined): number | undefined {
  const written = lastMention(text, true);
  const spoken = [...text.matchAll(SPOKEN)].at(-1);
  return spoken && spoken.index > (written?.index ?? -1)
    ? (spokenYear(spoken[0], issued) ?? written?.year)
    : written?.year;
}

/** Years listed together before a value list: `2023年、2024年、2025年分别`, `到2023年、2025年`. */
export function yearList(text: string): number[] {
  const lists = [...text.matchAll(/(?:(?:到|至)?\d{4}年(?:底)?前?\s*[、和及]\s*)+(?:到|至)?\d{4}年(?:底)?前?/gu)];
  const last = lists.at(-1);
  return last ? [...last[0].matchAll(/\d{4}/gu)].map((match) => Number(match[0])) : [];
}

/**
 * Whether a clause reports a past figure: a past-tense word in the clause (`增长了`, `已建成`,
 * `累计完成` or `同比` without a goal year in its sentence), or the nearest time anchor before it in the sentence looks back
 * (`2016年以来`, `近年来`) or is a year before the document's period (`十二五期间`, `2020年全省…达到`
 * in a 2021–2025 plan).
 */
export function isPast(clause: string, sentenceBefore: string, period: Period | undefined): boolean {
  const past = PAST_IN_CLAUSE.exec(clause);
  const text = sentenceBefore + clause;
  // `到2025年，累计完成…3000台`: a total to reach by a goal year of its sentence, and so is a change on
  // the year before (`到2024年11月底，…火灾事故起数同比下降20%以上`).
  if (past && !(/^(?:累计|同比)/u.test(past[0]) && lastYear(text, false) !== undefined)) return true;
  let anchor: { index: number; past: boolean } | undefined;
  for (const match of text.matchAll(ANY)) {
    const year = yearOf(match);
    const before = period !== undefined && year !== undefined && year < period.start;
    anchor = { index: match.index, past: looksBack(text, match) || before };
  }
  // `今年以来，…已举办800场。今年计划举办…`: the year of issue, said so, is the nearer anchor.
  const spoken = [...text.matchAll(SPOKEN)].at(-1);
  if (spoken && (!anchor || spoken.index > anchor.index)) anchor = { index: spoken.index, past: false };
  const word = [...text.matchAll(new RegExp(PAST_ANCHOR, 'gu'))].at(-1);
  if (word && (!anchor || word.index > anchor.index)) return true;
  return anchor?.past ?? false;
}

/**
 * A baseline in brackets after a value (`达到96%以上（2023年为93.4%）`, `（基期值：85%）`, `（现状
 * 92%）`, the base year's value, `在2024年（52.6%）基础上`): where the figure stands now, no target, and no
 * time anchor for the clauses after it. Not a date in brackets (`（2024年底前完成）`, `（2024年12月底前）`).
 */
const BASELINE_NOTE =
  /\((?:\d{4}年(?:底|末|度)?|基期值?|现状值?|基数)(?:基数|基期值?)?(?:为|是|:|达到|约)?\s*\d[\d.]*(?![\d.月日号])[^()]{0,20}\)|(?<=\d{4}年(?:底|末)?)\(\s*\d[\d.]*\s*(?:%|‰)?\s*\)(?=\s*的?基础上)/gu;

/**
 * A task row's field of what was found (`（责任单位：…；问题：…仅为62毫克/升…）`, from a 整改清单's 问题 column):
 * its figures are the problem, not the goal, and its years no time for the goal's clauses.
 */
const FINDINGS_FIELD = /(?<=[(;；])(?:存在|主要|突出|反馈)?问题(?:描述|表现|清单)?[:：](?:[^;；()]|\([^()]*\))*/gu;

/**
 * A task row's deadline field that says how often, not by when (`（…；完成时限：每季度开展1次）`): its count is
 * the field's rhythm, no goal.
 */
const RHYTHM_FIELD = new RegExp(String.raw`(?<=[(;；])${DEADLINE_LABEL}[:：]\s*(?:每|长期|常态)[^;；()]*`, 'gu');

/**
 * Folded text with its bracketed baselines, a row's findings and its deadline field's rhythm blanked
 * (spaces: offsets and length are kept).
 */
export const withoutBaselines = (folded: string): string =>
  folded
    .replace(BASELINE_NOTE, (note) => ' '.repeat(note.length))
    .replace(FINDINGS_FIELD, (note) => ' '.repeat(note.length))
    .replace(RHYTHM_FIELD, (note) => ' '.repeat(note.length));
