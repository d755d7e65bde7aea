/**
 * The dates of time and lineage where the text states them: `发布日期：…`, `施行日期：…` or
 * `自2016年1月1日起施行`, `本方案自印发之日起施行` (the date of issue, inferred), `有效期至2025年12月31日`,
 * and `有效期5年` / `有效期为五年` (counted from the effective date, inferred); the status a page's field
 * states (`有效性：有效`).
 */
import { chineseNumeralValue } from '../../../src/model/ids.ts';
import { findDate } from './date.ts';
import type { TextLine } from './lines.ts';
import type { StandardCover } from './standard-cover.ts';
import { lineRef } from './lines.ts';
import type { Drafted } from './yaml.ts';

export interface DraftedValidity {
  published?: Drafted;
  effective?: Drafted;
  validTo?: Drafted;
  status?: Drafted;
}

/**
 * A page's field of the document's validity, among the other fields of its line (`有 效 性：	有效	公开方式：
 * 主动公开`), and the status each value states: the issuer says so where it publishes the document.
 */
const VALIDITY_FIELD = /(?:^|\s)有\s*效\s*性\s*[:：]\s*(现行有效|有效|已失效|失效|已废止|废止)(?=\s|$)/u;
const STATUS_OF: Record<string, string> = {
  现行有效: '现行有效',
  有效: '现行有效',
  已失效: '已失效',
  失效: '已失效',
  已废止: '已废止',
  废止: '已废止',
};

const stated = (value: string, line: TextLine): Drafted => ({ value, stated: true, lines: [line.number] });
const dateAfter = (text: string, at: number) => findDate(text.slice(at));

/** `2016-03-05` + 5 years → `2021-03-04` (the day before the anniversary). */
export function addYears(iso: string, years: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const end = new Date(Date.UTC(Number(match[1]) + years, Number(match[2]) - 1, Number(match[3]) - 1));
  return end.toISOString().slice(0, 10);
}

/**
 * The date a `自…起施行` of the line's own gives (`本办法自2016年5月1日起施行`), not another document's
 * (`《特种设备安全法》自2014年1月1日起施行`, its clause citing it by its name) nor a note's (`注1：…`).
 */
function ownEffectiveFrom(text: string): string | undefined {
  if (/^\s*注\s*\d*\s*[:：]/u.test(text)) return undefined;
  for (const match of text.matchAll(/自(.{6,16}?)起(?:施行|实施|执行|生效)/gu)) {
    // The clause right before it (`…，现予公布，自2018年5月1日起施行`: the order's own, after its commas).
    const clause =
      text
        .slice(0, match.index)
        .split(/[。；;,，]/u)
        .at(-1) ?? '';
    // A long name is a cited law's (`《特种设备安全法》`); a short one the document's own (`《基准》`, `《办法》`).
    if (/《[^》]{5,}》/u.test(clause)) continue;
    const found = findDate(match[1]!);
    if (found) return found.iso;
  }
  return undefined;
}

export function readValidity(lines: TextLine[], date: Drafted, cover?: StandardCover): DraftedValidity {
  const result: DraftedValidity = {};
  // A standard's cover dates it twice: published (its date) and in effect (`2025-09-20实施`).
  if (cover?.effective) result.effective = { value: cover.effective.value, stated: true, lines: cover.effective.lines };
  let years: { count: number; line: TextLine } | undefined;
  // A page's or database's field (`施行日期：`, `【实施日期】`) gives way to the document's own words
  // (`自2018年5月1日起施行`): a database dates a rule amended since by its last amendment.
  let fieldEffective: Drafted | undefined;
  for (const line of lines) {
    const { text } = line;
    const published = /^发布(?:日期|时间)[:：]/u.exec(text);
    if (published && !result.published) {
      const found = dateAfter(text, published[0].length);
      if (found) result.published = stated(found.iso, line);
    }
    const effectiveField = /^【?(?:施行|实施|生效)(?:日期|时间)(?:[:：]|】)/u.exec(text);
    const effectiveFrom = ownEffectiveFrom(text);
    if (!fieldEffective && effectiveField) {
      const found = dateAfter(text, effectiveField[0].length);
      if (found) fieldEffective = stated(found.iso, line);
    } else if (!result.effective && effectiveFrom) result.effective = stated(effectiveFrom, line);
    if (!result.effective && /自(?:印发|发布|公布|下发)之日起(?:施行|实施|执行|生效)/u.test(text))
      result.effective = {
        value: date.value,
        stated: false,
        basis: `${lineRef([line.number])}：自印发之日起施行，即发文日期`,
      };
    const validity = VALIDITY_FIELD.exec(text);
    // A repeal or an expiry stays so; in force is said as of the page's copy, evidence the ingest weighs.
    const status = validity ? STATUS_OF[validity[1]!]! : undefined;
    if (status && !result.status)
      result.status =
        status === '现行有效'
          ? { value: status, stated: false, basis: `${lineRef([line.number])}：网页“有效性”字段称有效` }
          : stated(status, line);
    const until = /有效期(?:至|到|截至)/u.exec(text);
    if (until && !result.validTo && ofDocument(text, until.index)) {
      const found = dateAfter(text, until.index + until[0].length);
      if (found) result.validTo = stated(found.iso, line);
    }
    const span = /有效期(?:为)?([0-9]+|[一二三四五六七八九十]+)年/u.exec(text);
    if (span && !years && ofDocument(text, span.index)) {
      const count = /^\d+$/.test(span[1]!) ? Number(span[1]) : chineseNumeralValue(span[1]!);
      if (count) years = { count, line };
    }
  }
  result.effective ??= fieldEffective;
  if (years && !result.validTo) {
    const from = result.effective?.value ?? date.value;
    const end = addYears(from, years.count);
    if (end)
      result.validTo = {
        value: end,
        stated: false,
        basis: `${lineRef([years.line.number])}：有效期${years.count}年，自${from}起算`,
      };
  }
  return result;
}

/** Whether `at` is inside a quotation (`“…”`, `"…"`) of the line. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (
    (before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0) ||
    (before.match(/"/gu)?.length ?? 0) % 2 === 1
  );
}

/**
 * Whether the 有效期 at `at` is the document's: said in a sentence about the document itself (`本办法…`,
 * `…起施行，有效期5年`), not of what it governs (`质量标杆企业实行动态管理，有效期3年`), nor in a change
 * it quotes for another.
 */
function ofDocument(text: string, at: number): boolean {
  // A change quoted for another document (`将“本办法有效期5年”修改为“本办法有效期至2029年12月31日”`) is its.
  if (insideQuotes(text, at)) return false;
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
  const end = text.slice(at).search(/[。；]/u);
  const sentence = text.slice(start, end < 0 ? text.length : at + end);
  return /本(?:办法|方案|意见|规定|细则|措施|计划|通知|规划|决定|条例|规则|实施)|施行|生效|起实施|起执行/u.test(
    sentence,
  );
}
