/**
 * extract-targets: quantitative targets, one per value stated as a goal (see targets/clause.ts for
 * what a clause states). Background and review units (`context`), metadata (`header`), the entries
 * of a list of names (`（一）企业（14个）`) and past figures state no goal.
 * The year of a target: a year given to its value by a list, else the last year written in its
 * sentence, else the last goal year (`到2015年`) earlier in the unit, else the year of the unit's
 * deadline (`（省市场监管局负责，2025年底前完成）`, `完成时限：2024年12月底前`: extract-deadlines runs
 * first) when it has one, else the last goal year of an enclosing unit, else the end year of the
 * document's period.
 */
import type { Plugin } from 'unified';
import { fold } from '../../src/model/fold.ts';
import { DEADLINE_LABEL } from './deadline-label.ts';
import { isDeadlineField } from './line-shapes.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets, readUnits, unitText } from './tree.ts';
import { EVERY, recurrenceOf } from './recurrence.ts';
import { readClause } from './targets/clause.ts';
import { arabicShares, markThousands } from './targets/value.ts';
import { SIGNATURE_TITLE } from './unit-title.ts';
import { isFinding, isRemedy } from './part-kinds.ts';
import { arabicYears } from '../../src/model/written-date.ts';
import { isPast, lastYear, lastYearSaid, parsePeriod, spokenYear, withoutBaselines } from './targets/year.ts';
import type { Period } from './targets/year.ts';

export interface ExtractTargetsOptions {
  /** The document's period as written in its head (`2015`, `2021-2025`). */
  period?: string;
  /**
   * The document reports on a year before its own (a 通报, a 总结): its figures are results, and a
   * value is a target only in a sentence that sets one (GOAL_WORDS).
   */
  reviewing?: boolean;
  /**
   * The document is a standing rule (a 办法, a 条例, a 预案: src/model/document.ts standingTypes): a
   * figure it sets is a standard (`营业面积一般不少于1500平方米`, `应答时间不超过5分钟`, a scoring rule's
   * `合格率达到98%以上得满分`), a target only with the year it is to be reached by (`到2027年，…达到…`)
   * or as a yearly quota (`每年…不少于1次`).
   */
  standing?: boolean;
  /**
   * The document explains another (a 解读): its account of that document's goals (`《方案》明确，到2027年
   * …`) states them, as a sentence quoting another document's goals in a plan does not (QUOTES_ANOTHER).
   */
  interpreting?: boolean;
  /** The year the document was issued, which `今年`, `年内` and `明年` in its sentences count from. */
  issued?: number;
}

/**
 * A definition before the figures of its sentence: `…所称X，是指…`, `X是指…`; not the 是 of a list's
 * `二是` before a verb (`二是指导企业…`).
 */
const DEFINES = /(?<![一二三四五六七八九十])是指(?![导定出挥派示令向标])|所称[^,，。;；]{1,20}[,，]?\s*(?:是|指)/u;
/**
 * What sets a goal in a report's sentence: a goal year or a date to meet it by (`2025年底前`), a floor or
 * a cap, a recurring quota, 力争/确保.
 */
const GOAL_WORDS = new RegExp(
  `到\\d{4}年|\\d{4}年(?:\\d{1,2}月)?(?:底|末)?前|力争|确保|争取|目标|每年|${EVERY.source}|不少于|不低于|不超过`,
  'u',
);
/**
 * The title of a review's part on what comes next: `2024年工作思路`, `下一步工作打算`, `明年工作计划`, and
 * what a 通报 asks (`三、整改要求`, `下一步工作要求`).
 */
const PLANS_AHEAD = /下一步|(?:工作)?(?:思路|打算|计划|安排|要点)$|要求$/u;

const CLAUSES = /[^,。;:!?]+/gu;
/** A field's label that carries its column's note (`抽查比例（不低于5%）`, before its colon); group 1 its name. */
const FIELD_WITH_NOTE = /^(\p{Script=Han}{1,12})\([^()]*\)\s*$/u;
/** A report's sentence that proposes (`建议将…调整为…`, `鉴于…，建议…`), before the figure. */
const PROPOSES = /(?:^|[,;])\s*(?:[一二三四五六七八九十]是|\(?[一二三四五六七八九十\d]{1,2}[)、.]?)?\s*建议/u;
/**
 * A sentence that reports what another document sets, as its subject (`国家《纲要》提出，到2027年全国…
 * 达到6000亿元`, `《质量强国建设纲要》明确…`): its figures are that document's goals, quoted; the goals a
 * text sets after it are its own (`对标国家要求，到2027年，全省…`, `按照《纲要》要求，…`).
 */
const QUOTES_ANOTHER = /^\s*(?:国家|中央|国务院|党中央)?《[^《》]{2,60}》(?:中)?(?:提出|明确|确定|设定|要求)/u;
/**
 * A change to another document's wording (`将《若干措施》第五条中的“每人1000元”调整为“每人1500元”`, `删去
 * “…”`): its figures are that document's, quoted.
 */
const CHANGES_WORDING =
  /将[^。]*?“[^”]*”[^。]*?(?:修改为|调整为|改为|替换为)|将第[^。]{1,20}?(?:修改为|调整为)[:“]|删去[^。]{0,20}?“/u;
/** A list of the problems an inspection found (`督查发现问题清单`): its figures describe them, and set no goal. */
const FINDINGS_LIST = /问题(?:清单|台账|汇总表?|整改清单)$/u;
/**
 * What a campaign or a rule covers (`整治范围`, `适用范围`, `排查范围和重点`): its figures draw the line
 * (`从业人员10人以下的小企业`), and set no goal.
 */
const SCOPE = /(?:整治|适用|排查|检查|实施|治理|抽查)范围/u;
/** A threshold to meet, not a goal: `应在2000万元以上`, `须在…以下`, `从业人员应在20人以上`. */
const THRESHOLD = /(?:应|须|需|必须)(?:当)?在[^,，。;；]{0,30}\d[^,，。;；]*(?:以上|以下|以内|之间)/u;

/** A year that opens a sentence as its time (`2024年，…`, `2026年全县…`), not a date or a time since (`2024年底前`, `2024年以来`). */
const OPENING_YEAR = /^\s*(\d{4})年(?:[,，]|(?![底末前内初中\d月]|度?以来|起|至|—|-))/u;

/** A year's whole, written without its number (`全年引进…`): in a plan of one year that year, else each. */
const WHOLE_YEAR = /全年(?!度)/u;
const SENTENCE_END = /[。;!?\n]/u;
/** The end of a whole sentence, its clauses after `；` included. */
const FULL_STOP = /[。!?\n]/u;

export const extractTargets: Plugin<[ExtractTargetsOptions?], PolicyRoot> = function (options = {}) {
  const period = parsePeriod(options.period);
  return (tree) => {
    const units = readUnits(tree);
    const byId = new Map(units.map((unit) => [unit.localId, unit]));
    // Closing text under the text's signature (the 版记, a contact, a WeChat article's 往期推荐) sets no goal.
    let signed = false;
    for (const unit of units) {
      signed ||= unit.kind === 'closing' && unit.title === SIGNATURE_TITLE;
      // A heading counts what is under it (`一、持续扩大有效需求（5项）`, `实施5个方面16项重点任务`): no goal.
      if (unit.kind === 'context' || unit.kind === 'header' || unit.kind === 'entry' || unit.kind === 'heading')
        continue;
      if (signed && unit.kind === 'closing') continue;
      if (unit.context.some((title) => FINDINGS_LIST.test(title))) continue;
      if (SCOPE.test(unit.title) && unit.kind === 'principle') continue;
      // A review's part on the year ahead (`三、2024年工作思路`, `下一步工作打算`), its text too, sets goals, however worded.
      const reviewing = options.reviewing && ![...unit.context, unit.title].some((title) => PLANS_AHEAD.test(title));
      const offsets = lineOffsets(unit);
      const foldedUnit = markThousands(
        unitText(unit),
        withoutBaselines(arabicShares(arabicYears(fold(unitText(unit))))),
      );
      // The last target's metric and the start of its sentence up to a full stop, for the clauses after
      // it, after a `；` too (`到2024年底，…覆盖率达到60%；到2025年底，达到75%`: ClauseContext.carried).
      let carried: { sentence: number; metric: string } | undefined;
      // A finding with its remedy in its text (`问题：…一年内接受同类检查达5次以上` / `整改措施：…`) states
      // its figures as found: the goals are the remedy's.
      const first = unit.children[0]!;
      const remedy = isFinding(fold(first.value.slice(first.labelEnd ?? 0)))
        ? unit.children.findIndex((line) => isRemedy(fold(line.value)))
        : -1;
      unit.children.forEach((line, lineIndex) => {
        if (lineIndex < remedy) return;
        const lineStart = offsets[lineIndex]!;
        // The unit's number (`8. `, `（2）`) is no part of a target's text: read as blank.
        const label = lineIndex === 0 ? (line.labelEnd ?? 0) : 0;
        const folded = ' '.repeat(label) + foldedUnit.slice(lineStart + label, lineStart + line.value.length);
        for (const match of folded.matchAll(CLAUSES)) {
          const lead = match[0].length - match[0].trimStart().length;
          const clause = beforeOpenBracket(match[0].slice(lead));
          const at = match.index + lead;
          if (!clause) continue;
          const start = lineStart + at;
          const end = start + clause.length;
          const sentence = sentenceStart(foldedUnit, start);
          const sentenceBefore = foldedUnit.slice(sentence, start);
          // A year that opens the whole sentence governs its clauses after a `；` too (`2023年，…新增经营
          // 主体41.2万户；完成…抽检11.3万批次`): a review of that year, in a plan of a later one.
          const fullStart = sentenceStart(foldedUnit, start, FULL_STOP);
          const fullBefore = foldedUnit.slice(fullStart, start);
          // The sentence before it, whose years a list of values may follow (`到2024年底…；到2025年底…；
          // 到2026年底…。关键工序数控化率分别达到62%、66%、70%`).
          const sentenceEarlier =
            fullStart > 0 ? foldedUnit.slice(sentenceStart(foldedUnit, fullStart - 1, FULL_STOP), fullStart) : '';
          // So does a year that opens the paragraph, for its sentences that name none (`2016年，…取得新进展。
          // 全年完成食品安全监督抽检2.86万批次…`, in a plan for 2017).
          const paragraphBefore = foldedUnit.slice(lineStart, start);
          if (
            isPast(clause, sentenceBefore, period) ||
            isPast(clause, fullBefore, period) ||
            isPast(clause, paragraphBefore, period)
          )
            continue;
          if (reviewing && !GOAL_WORDS.test(sentenceBefore + clause)) continue;
          // What a report proposes (`建议将…目标值由≥95%调整为≥96.5%`), in its next steps too, is not yet a goal.
          if (options.reviewing && PROPOSES.test(fullBefore + clause)) continue;
          // A column's note in a row's field label (`抽查比例（不低于5%）：不低于10%`) is the table's default:
          // the row's own value follows it, and the label is its metric.
          const field = FIELD_WITH_NOTE.exec(clause);
          if (field && foldedUnit[end] === ':') {
            carried = { sentence: fullStart, metric: line.value.slice(at, at + field[1]!.length) };
            continue;
          }
          // A condition (`…一年内被有效投诉超过10次…的，由…撤销其命名`) says when a rule applies: no goal;
          // nor does a threshold one must meet to apply (`项目设备投资额应在2000万元以上`).
          if (/的\s*$/u.test(clause) || THRESHOLD.test(clause)) continue;
          // A definition's figures say what a word covers (`本办法所称农贸市场，是指…有3个以上销售者…的场所`).
          if (DEFINES.test(fullBefore)) continue;
          if (!options.interpreting && QUOTES_ANOTHER.test(fullBefore)) continue;
          // A change to another document's wording: the clause that makes it, or one inside the words it quotes.
          const said = fullBefore + clause;
          const quoting = (said.match(/“/gu)?.length ?? 0) > (said.match(/”/gu)?.length ?? 0);
          if (CHANGES_WORDING.test(clause) || (quoting && CHANGES_WORDING.test(said))) continue;
          const raw = line.value.slice(at, at + clause.length);
          const metric = carried?.sentence === fullStart ? carried.metric : undefined;
          const found = readClause(
            { folded: clause, raw },
            {
              sentenceBefore,
              sentenceEarlier,
              period,
              ...(metric ? { carried: { folded: fold(metric), raw: metric } } : {}),
            },
          );
          if (found.length === 0) continue;
          // A year that opens the whole sentence dates its clauses after a `；` (`2024年，全区开工改造…28个；
          // 完成…更新改造46公里`, `2026年全县稻谷种植面积稳定在42万亩以上…；稻谷总产量达到…`), in a standing rule too.
          const opening = OPENING_YEAR.exec(fullBefore)?.[1];
          // A standing rule's recurring quota (`每年…不少于1次`, `每季度…`) is dated by its recurrence.
          const every = recurrenceOf(clause);
          const dated =
            lastYear(sentenceBefore + clause, true) !== undefined ||
            found.some((target) => target.year) ||
            every ||
            opening !== undefined;
          if (options.standing && !dated) continue;
          carried = { sentence: fullStart, metric: found.at(-1)!.metric };
          const own =
            lastYearSaid(sentenceBefore + clause, options.issued) ??
            (opening ? Number(opening) : spokenYear(fullBefore + clause, options.issued));
          const area = areaFor(unit, byId);
          // `全年…20名以上` in a plan of several years is a quota for each of them, as `每年` is.
          const annual =
            period !== undefined && period.end > period.start && WHOLE_YEAR.test(clause) && own === undefined;
          const recurring = found.some((target) => target.year !== undefined)
            ? undefined
            : (every ?? (annual ? ('yearly' as const) : undefined));
          // A quota that comes back runs to the period's end unless its own sentence or its task's deadline
          // field dates it: not to a goal year or a deadline of an earlier sentence of its paragraph
          // (`到2027年6月底前…。每年培训…2000人次以上`).
          const untilEnd = recurring && period && !unit.children.some((other) => isDeadlineField(fold(other.value)));
          const year = own ?? (untilEnd ? period.end : inherited(unit, byId, foldedUnit, start, end, period));
          for (const target of found) {
            (unit.data.targets ??= []).push({
              ...target,
              year: target.year ?? year,
              ...(recurring ? { recurring } : {}),
              ...(area ? { area } : {}),
              text: raw.trim(),
              line: line.position.start.line,
            });
          }
          (unit.data.highlights ??= []).push({ start, end, kind: 'target' });
        }
      });
    }
  };
};

/**
 * A folded clause up to a bracket it opens and does not close (`建成计量测试中心10个(责任单位`): the
 * bracket's text runs on past the colon as a clause of its own, no part of the target.
 */
function beforeOpenBracket(clause: string): string {
  let depth = 0;
  let opened = 0;
  for (let index = 0; index < clause.length; index++) {
    if (clause[index] === '(') {
      if (depth === 0) opened = index;
      depth++;
    } else if (clause[index] === ')' && depth > 0) depth--;
  }
  return depth > 0 ? clause.slice(0, opened).trimEnd() : clause;
}

function sentenceStart(text: string, before: number, end = SENTENCE_END): number {
  for (let index = before - 1; index >= 0; index--) if (end.test(text[index]!)) return index + 1;
  return 0;
}

/**
 * The year of a target whose clause (`start`–`end` in the unit's folded text) gives none: the last
 * goal year earlier in the unit (not one beyond the year of a one-year paper), else the year of the unit's deadline (one year only), else the last
 * goal year of an enclosing unit, else the period's end. A deadline written in a later clause of
 * the text, neither in brackets nor under a label (`…1200公里，2024年底前完成…500公里`), is that
 * clause's own, not the task's.
 */
function inherited(
  unit: UnitNode,
  byId: Map<string, UnitNode>,
  folded: string,
  start: number,
  end: number,
  period: Period | undefined,
): number | undefined {
  const own = lastYear(folded.slice(0, end), false);
  // In a paper of one year's work, a later year one sentence looks ahead to (`启动…三年行动，到2028年…覆盖率
  // 达到90%`) is that sentence's: the goals after it are of the paper's year.
  const beyond = period !== undefined && period.start === period.end && own !== undefined && own > period.end;
  if (own !== undefined && !beyond) return own;
  // extract-deadlines marks each deadline where it stands, in the order it stores them.
  const places = (unit.data.highlights ?? []).filter((mark) => mark.kind === 'deadline');
  const deadlines = (unit.data.deadlines ?? []).filter(
    (_, index) => !places[index] || places[index].start < start || isTaskField(folded, places[index].start),
  );
  const deadlineYears = new Set(deadlines.map((deadline) => Number(deadline.date.slice(0, 4))));
  if (deadlineYears.size === 1) return [...deadlineYears][0];
  for (let parent = byId.get(unit.parentId ?? ''); parent; parent = byId.get(parent.parentId ?? '')) {
    const found = lastYear(arabicYears(fold(unitText(parent))), false);
    if (found !== undefined) return found;
  }
  return period?.end;
}

const LABELLED_AT_END = new RegExp(`${DEADLINE_LABEL}\\s*:\\s*$`, 'u');

/**
 * Whether a deadline at `at` is the task's: in brackets, under a deadline label, or opening a
 * sentence of its own (`…。2025年底前全部完成。`).
 */
function isTaskField(folded: string, at: number): boolean {
  const before = folded.slice(sentenceStart(folded, at), at);
  const open = [...before].filter((char) => char === '(').length - [...before].filter((char) => char === ')').length;
  return open > 0 || LABELLED_AT_END.test(before) || before.trim() === '';
}

/** The field a goal's target belongs to: the nearest short goal title (`建筑工程`, `产品质量`). */
function areaFor(unit: UnitNode, byId: Map<string, UnitNode>): string | undefined {
  for (let node: UnitNode | undefined = unit; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
    if (node.kind !== 'goal' && node.kind !== 'project') return undefined;
    if (node.title.length <= 8 && node.numbering.length > 0 && node.children.length > 0 && node.parentId)
      return node.title;
  }
  return undefined;
}
