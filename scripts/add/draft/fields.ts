/**
 * One decision per sidecar field: the value a flag gives, else the value read from the text
 * (stated, with its lines), else an inference with an honest basis, else a plain note of what is
 * missing (`未找到文号：…`) and, for a required field, the flag to pass.
 */
import { type Adoption, type OrderMasthead, adoptingBody, orderNumber } from './adoption.ts';
import { FlagError } from './errors.ts';
import { findDate, normalizeDateFlag, readDate } from './date.ts';
import { docNumberYear, readDocNumber } from './doc-number.ts';
import { fold } from '../../../src/model/fold.ts';
import type { Province } from '../../../src/model/index.ts';
import type { readHeader } from './header.ts';
import { issuerOfDocNumber, readIssuer } from './issuer.ts';
import type { Found, TextLine } from './lines.ts';
import { lineRef } from './lines.ts';
import { MANUAL_BASIS, manual } from './manual.ts';
import { lastGoalYear, normalizePeriodFlag, ONE_YEARS_WORK, periodOfTitle, SETS_UP_BODY } from './period.ts';
import type { IssueNote } from './issue-note.ts';
import type { StandardCover } from './standard-cover.ts';
import type { TitleReading } from './title.ts';
import type { Drafted } from './yaml.ts';

export interface FieldContext {
  lines: TextLine[];
  provinces: Province[];
  header: ReturnType<typeof readHeader>;
  titles: TitleReading;
  /** A regulation's note under its title: who adopted it, when, and the order that published it. */
  adoption: Adoption | undefined;
  /** A 政府规章 published as its order (`河南省人民政府令` / `第二百三十一号`): the order's issuer and number. */
  order: OrderMasthead | undefined;
  /** A local standard's cover: its code, title, dates and the body that publishes it. */
  cover: StandardCover | undefined;
  /** The note under a title that says who issued it when, with its 文号 (`（…〔2019〕17号 2019年2月26日…印发）`). */
  issueNote: IssueNote | undefined;
  overrides: Partial<Record<string, string>>;
  /** Plain notes of what was not found. */
  missing: string[];
  /** Flags the person must pass because a required value was not found. */
  needed: string[];
}

const stated = (found: Found): Drafted => ({ value: found.value, stated: true, lines: found.lines });

export function draftTitle(context: FieldContext): Drafted | undefined {
  const { overrides, titles, lines } = context;
  if (overrides.title) {
    const same = titles.title && titles.title.value.replace(/\s/gu, '') === overrides.title.replace(/\s/gu, '');
    return manual(overrides.title, lines, same ? titles.title!.lines : undefined);
  }
  // A standard's cover names its kind (`浙江省地方标准`) above its code, and its title under it.
  if (context.cover?.title) return stated(context.cover.title);
  if (titles.title) return stated(titles.title);
  context.missing.push('未找到标题：文中没有标题行（1–3 行、以“方案”“意见”“通知”等结尾），也无“标题：”字段。');
  context.needed.push('--title');
  return undefined;
}

export function draftIssuer(context: FieldContext, docNumber: Drafted | undefined): Drafted | undefined {
  const { overrides, lines, header, titles } = context;
  if (overrides.issuer) return manual(overrides.issuer, lines);
  // An order is signed by the head of government (`省长 王某某`), in the government's name.
  if (!header.issuer && context.order) return stated(context.order.issuer);
  if (context.cover?.issuer) return stated(context.cover.issuer);
  // A note under the title that says who issued it is the signature such a copy has.
  if (!header.issuer && context.issueNote) return stated(context.issueNote.issuer);
  const found = readIssuer(lines, header.issuer, titles.issuer);
  // A province's own office signs without the province's name (`省人民政府办公厅`): its 文号 names it.
  const whole = found?.value.replace(/^(省|自治区)政府/u, '$1人民政府');
  const named =
    docNumber && whole && /^(?:省|自治区)/u.test(whole) && issuerOfDocNumber(docNumber.value, context.provinces);
  if (found && named && named !== whole && named.endsWith(whole!))
    return {
      value: named,
      stated: false,
      basis: `落款“${found.value}”（${lineRef(found.lines)}）未写省名；据文号“${docNumber.value}”的发文字号前缀补全`,
    };
  if (found) return stated(found);
  const { adoption } = context;
  if (adoption)
    return {
      value: adoptingBody(adoption, titles.title?.value, context.provinces),
      stated: false,
      basis: `文中无落款；据标题下说明通过机关和日期的题注（${lineRef([adoption.line])}）推定`,
    };
  // A page posted without a signature names who posted it (`来源：市发展改革委`).
  const publisher = header.publisher;
  if (publisher)
    return {
      value: publisher.value,
      stated: false,
      basis: `文中无落款，标题未写发文机关；据网页“${publisher.label}”字段推定（${lineRef(publisher.lines)}）`,
    };
  const office = docNumber && issuerOfDocNumber(docNumber.value, context.provinces);
  if (office) {
    context.missing.push(`未找到发文机关：文中没有落款，标题中也没有“××关于……”；已按文号推定为 ${office}。`);
    return {
      value: office,
      stated: false,
      basis: `文中无落款，标题未写发文机关；据文号“${docNumber.value}”的发文字号前缀推定${docNumber.stated ? `（${lineRef(docNumber.lines)}）` : ''}`,
    };
  }
  context.missing.push(
    '未找到发文机关：文中没有落款（日期上一行的发文机关），标题中也没有“××关于……”，也无“发文机关：”字段。',
  );
  context.needed.push('--issuer');
  return undefined;
}

export function draftDocNumber(context: FieldContext): Drafted | undefined {
  const { overrides, lines, header } = context;
  if (overrides.docNumber) return manual(overrides.docNumber, lines);
  const found = readDocNumber(lines, header.docNumber);
  // An order's number at the head is its 文号, before any below it (the next document's in a gazette).
  const { order } = context;
  if (order && (!found || order.number.lines[0]! < found.lines[0]!)) return stated(order.number);
  if (found) return stated(found);
  if (context.issueNote?.docNumber) return stated(context.issueNote.docNumber);
  // A standard's code is its number.
  if (context.cover) return stated(context.cover.code);
  // A 政府规章's 文号 is the order that published it, named in the note under its title.
  const { adoption } = context;
  const adopted = adoption && orderNumber(adoption, context.titles.title?.value, context.provinces);
  if (adoption?.order && adopted) {
    if (adopted === adoption.order.number) return stated({ value: adopted, lines: [adoption.line] });
    return {
      value: adopted,
      stated: false,
      basis: `据标题下题注“${adoption.order.number}公布”（${lineRef([adoption.line])}）；省名取自标题`,
    };
  }
  context.missing.push(
    '未找到文号：文中没有单独成行的文号（如“冀政发〔2023〕5号”或其带括号的写法），也无“文号：”字段；已省略，如有请用 --doc-number 指定。',
  );
  return undefined;
}

export function draftDate(context: FieldContext, docNumber: Drafted | undefined, title: Drafted | undefined) {
  const { overrides, lines, header } = context;
  if (overrides.date) {
    const value = normalizeDateFlag(overrides.date);
    if (!value)
      throw new FlagError(`--date \`${overrides.date}\`: expected YYYY, YYYY-MM or YYYY-MM-DD (or 2015年5月2日)`);
    const at = lines.filter((line) => findDate(line.text)?.iso === value).map((line) => line.number);
    return manual(value, lines, at);
  }
  const { adoption } = context;
  // The date a note under the title says it was issued on comes before a page's date of posting.
  const found =
    context.cover?.published ??
    context.issueNote?.date ??
    readDate(lines, header.date) ??
    adoption?.order?.date ??
    adoption?.date;
  if (found) return stated(found);
  const fromNumber = docNumber && docNumberYear(docNumber.value);
  if (fromNumber) {
    context.missing.push(`未找到发文日期：文中没有落款日期或“成文日期：”字段；已按文号年份推定为 ${fromNumber}。`);
    return {
      value: fromNumber,
      stated: false,
      basis: `文中未载明发文日期，取自文号${docNumber.value}的年份`,
    } as Drafted;
  }
  // A plan for a range of years (`（2019—2021年）`) is issued in its first year, not its last.
  const range = title && periodOfTitle(title.value)?.split('-');
  const fromTitle = range && range.length > 1 ? range[0] : title && /(\d{4})\s*年/u.exec(fold(title.value))?.[1];
  if (title && fromTitle) {
    const where = title.stated ? `（${lineRef(title.lines)}）` : '（添加时人工指定）';
    const which = range && range.length > 1 ? '标题中规划期的起始年份' : '标题中的年份';
    context.missing.push(`未找到发文日期：文中没有落款日期或“成文日期：”字段；已按${which}推定为 ${fromTitle}。`);
    return { value: fromTitle, stated: false, basis: `文中未载明发文日期，取自${which}${where}` } as Drafted;
  }
  context.missing.push('未找到发文日期：文中没有落款日期、“成文日期：”字段、文号年份或标题年份。');
  context.needed.push('--date');
  return undefined;
}

export function draftPeriod(context: FieldContext, title: Drafted, date: Drafted): Drafted {
  const { overrides } = context;
  const fromTitle = periodOfTitle(title.value);
  if (overrides.period) {
    const value = normalizePeriodFlag(overrides.period);
    if (!value) throw new FlagError(`--period \`${overrides.period}\`: expected YYYY or YYYY-YYYY`);
    const at = value === fromTitle && title.stated ? title.lines : [];
    return at.length ? { value, stated: true, lines: at } : { value, stated: false, basis: MANUAL_BASIS };
  }
  if (title && fromTitle) {
    if (title.stated) return { value: fromTitle, stated: true, lines: title.lines, comment: 'in the title' };
    return { value: fromTitle, stated: false, basis: '取自添加时人工指定的标题中的年份' };
  }
  const year = date.value.slice(0, 4);
  // A standing body has no term of years; a paper for one year's work is of its year.
  const yearOnly = title !== undefined && [SETS_UP_BODY, ONE_YEARS_WORK].some((kind) => kind.test(fold(title.value)));
  const until = yearOnly ? undefined : lastGoalYear(context.lines.map((line) => line.text).join('\n'));
  const dated = date.stated ? `发文日期所在年份（${lineRef(date.lines)}）` : '发文日期（推定）所在年份';
  if (until && until > Number(year) && until - Number(year) <= 15)
    return {
      value: `${year}-${until}`,
      stated: false,
      basis: `文中未载明，起于${dated}，止于正文目标的最晚年份（到${until}年）`,
    };
  return { value: year, stated: false, basis: `文中未载明，取自${dated}` };
}
