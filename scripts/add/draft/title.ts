/**
 * The title of the document, and of its notice wrapper when it has one.
 *
 * Titles are sought in the frame: from the top down to the first numbered line, and again right
 * after a signature date (the plan that follows a notice). The first title found — or a `标题：`
 * header field — is the document's, unless it is a notice wrapper (`X关于印发《Y》的通知`): then
 * the title is Y, read from the plan's own title line after the signature when there is one, else
 * from the wrapper. A notice that issues several documents, forwards another body's (关于转发) or
 * publishes no policy (a list of names) keeps its own title. Without any title
 * line, a 《Y》 that the notice says it issues (`现将《Y》印发给你们`) is the title. The issuing body
 * written before 关于 is returned too.
 */
import { fold } from '../../../src/model/fold.ts';
import { endsLikeTitle, isPublishingOrder, isSignatureNames, sendsDocument } from '../../ingest/line-shapes.ts';
import { dateAlone } from './date.ts';
import { isMasthead, type HeaderField } from './header.ts';
import type { Found, TextLine } from './lines.ts';
import { titleAt } from './title-lines.ts';
import { isFullJointTitle } from '../../ingest/joint-title.ts';
import { typeOfTitle } from './type.ts';

export interface TitleReading {
  /** The document's own title (the plan's, for a notice wrapper). */
  title?: Found;
  /** The notice wrapper's title, when there is one. */
  wrapper?: Found;
  /** The issuing body written before 关于 in the first title. */
  issuer?: Found;
}

const WRAPPER = /^(.*?)关于(?:印发|转发|颁发|下发|发布|公布)(.+)的通知$/u;
/**
 * A notice that issues several documents (`…行动方案等文件`, `《A》和《B》`): no one of them is the
 * document, the notice is, under its own title.
 */
const SEVERAL =
  /等(?:[一二三四五六七八九十\d]+(?:个|份|项))?(?:文件|方案|制度|规定|办法|细则|政策)$|》\s*[和、及与]\s*《/u;
/** A chapter or item label (`一、`, `（一）`, `第一章`): the body has begun. */
const CHAPTER = /^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章条部])/u;
const BODY = /(?:政府|办公厅|办公室|委员会|公署|厅|局|委|院|部|会|署|办)$/u;
/** The body a statement of duties is of, before what it states (`…局主要职责`, `…局机构职能`, `…局职责`). */
const OWN_DUTIES = /^(\p{Script=Han}{2,30}?)(?:主要|工作|部门|机构)?(?:职责|职能|内设机构|机构设置)/u;
/** How many lines the frame search looks at. */
const SCAN = 150;

type Title = Found & { folded: string };

export function readTitle(lines: TextLine[], header: HeaderField | undefined): TitleReading {
  const titles = titlesInFrame(lines);
  const given: Title | undefined = header ? { ...header, folded: fold(header.value) } : titles[0];
  // A page's short title for a joint document (`岚州省市场监管局等八部门关于…的通知`) gives way to the
  // document's own, which names every issuer (`岚州省市场监督管理局 岚州省发展和改革委员会 …关于…的通知`).
  const first = (given && titles.find((title) => isFullJointTitle(given.folded, title.folded))) ?? given;
  if (!first) {
    const issued = issuedInProse(lines);
    return issued ? { title: issued } : {};
  }
  // A standing committee's 公告 or a government's 令 publishes the law or rule whose title follows it.
  const published = isPublishingOrder(first.folded) ? titles.find((title) => title !== first) : undefined;
  if (published)
    return {
      title: { value: published.value, lines: published.lines },
      wrapper: { value: first.value, lines: first.lines },
    };
  // A paper's masthead (`省人民政府专题会议纪要` / `〔2025〕23号` / its issuer and date): the title under it is the paper's.
  const paper = header ? undefined : titleUnderMasthead(lines, titles, first);
  if (paper) return { title: { value: paper.value, lines: paper.lines } };
  const wrapper = WRAPPER.exec(first.folded);
  // The body before 关于, or before the year a plan is for (`浙江省市场监督管理局2025年工作要点`).
  const prefix = wrapper
    ? wrapper[1]!
    : (/^(.*?)关于/u.exec(first.folded)?.[1] ??
      /^(\D*?)\d{4}\s*年/u.exec(first.folded)?.[1] ??
      // A body's statement of its duties is its own (`桐溪市应急管理局主要职责及内设机构`).
      (typeOfTitle(first.folded) === '职责' ? OWN_DUTIES.exec(first.folded)?.[1] : undefined) ??
      '');
  // Else a body's name alone on the line above the title (`湖南省市场监督管理局` / `食品生产许可办事指南`).
  const above = prefix ? undefined : lines.slice(0, first.lines[0]! - 1).findLast((line) => line.text);
  // A prefix inside a cited title is that title's issuer (`一问一答：《省人民政府办公厅关于…》政策解读`).
  const issuer =
    prefix.length >= 2 && BODY.test(prefix) && !/[《〈]/u.test(prefix)
      ? { value: first.value.slice(0, prefix.length), lines: first.lines }
      : above && BODY.test(above.text) && isSignatureNames(above.text)
        ? { value: above.raw.trim(), lines: [above.number] }
        : undefined;
  // A notice titled by its subject (`…关于落实…任务分工的通知`) that sends a plan (`现将…分工方案印发给
  // 你们`): the plan's title after its signature is the document's.
  const sent = wrapper ? undefined : sentPlan(lines, titles, first);
  if (sent) return { title: sent, wrapper: { value: first.value, lines: first.lines }, issuer };
  // What the notice issues must be a policy document of its own issuer: a notice that publishes a
  // list of names (`关于公布…质量标杆企业名单的通知`) or forwards another body's document (`关于转发
  // 《沂北市…实施方案》的通知`, with its own requirements, 文号 and date) is itself the document.
  const issued = wrapper?.[2]!.replace(/^《|》$/gu, '');
  if (!wrapper || SEVERAL.test(wrapper[2]!) || !typeOfTitle(issued!) || /关于转发/u.test(first.folded))
    return { title: { value: first.value, lines: first.lines }, issuer };
  let start = first.folded.length - '的通知'.length - wrapper[2]!.length;
  let inner = wrapper[2]!;
  const quoted = /^《([^《》]+)》$/u.exec(inner);
  if (quoted) {
    start += 1;
    inner = quoted[1]!;
  }
  const plain = (text: string) => text.replace(/\s/gu, '');
  // The plan's own title line is the same, or names the place the notice's title leaves to its
  // issuer (`…关于印发自治区推动…实施方案的通知` / `内蒙古自治区推动…实施方案`).
  const sameTitle = (title: Title) =>
    plain(title.folded) === plain(inner) ||
    (plain(title.folded).endsWith(plain(inner)) &&
      /^\p{Script=Han}{2,6}$/u.test(plain(title.folded).slice(0, -plain(inner).length)) &&
      /^(?:省|市|自治区|自治州|县|区)/u.test(plain(inner)));
  const plan = titles.find((title) => title !== first && sameTitle(title));
  const title = plan
    ? { value: plan.value, lines: plan.lines }
    : { value: first.value.slice(start, start + inner.length), lines: first.lines };
  return { title, wrapper: { value: first.value, lines: first.lines }, issuer };
}

/** The title after a notice's signature, when the notice says it sends a document. */
function sentPlan(lines: TextLine[], titles: Title[], notice: Title): Found | undefined {
  if (!notice.folded.endsWith('通知')) return undefined;
  const last = notice.lines.at(-1)!;
  const plan = titles.find((title) => title.lines[0]! > last);
  if (!plan) return undefined;
  const body = lines.filter((line) => line.number > last && line.number < plan.lines[0]!);
  return body.some((line) => sendsDocument(line.text)) ? { value: plan.value, lines: plan.lines } : undefined;
}

/** Title runs before the first numbered line, and after each signature date. */
function titlesInFrame(lines: TextLine[]): Title[] {
  const titles: Title[] = [];
  let open = true;
  for (let index = 0; index < Math.min(lines.length, SCAN); index++) {
    const line = lines[index]!;
    if (!line.text) continue;
    const date = dateAlone(line);
    if (date) {
      if (!date.bracketed) open = true;
      continue;
    }
    if (CHAPTER.test(line.text)) open = false;
    if (!open) continue;
    const found = titleAt(lines, index);
    if (found) {
      titles.push(found);
      index = found.end;
    }
  }
  return titles;
}

/**
 * `现将《Y》印发给你们`, `制定了《Y》，经省政府同意，现印发给你们`: the Y of a notice without title lines —
 * the last title-like 《》 before the words that issue it, not a `（以下简称《Y》）`.
 */
function issuedInProse(lines: TextLine[]): Found | undefined {
  for (const line of lines.slice(0, 40)) {
    const issues = /印发给|现予印发|印发你们|现予发布|予以印发/u.exec(line.text);
    if (!issues) continue;
    const quoted = [...line.text.slice(0, issues.index).matchAll(/《([^《》]+)》/gu)].filter(
      (match) => endsLikeTitle(match[1]!) && !line.text.slice(0, match.index).endsWith('简称'),
    );
    const last = quoted.at(-1);
    if (!last) continue;
    const start = last.index + 1;
    return { value: line.raw.slice(start, start + last[1]!.length), lines: [line.number] };
  }
  return undefined;
}

/** The kind of paper a masthead names: `会议纪要`, `专题会议纪要`, `工作简报`, `专报`. */
const PAPER = /(?:纪要|简报|专报)$/u;

/**
 * Under a paper's masthead that names its kind (`省人民政府专题会议纪要`), after the line of its issuer
 * and date (`湖南省人民政府办公厅      2025年4月21日`), the paper's own title
 * (`关于研究推进低空经济高质量发展有关工作的会议纪要`); undefined when there is none.
 */
function titleUnderMasthead(lines: TextLine[], titles: Title[], first: Title): Title | undefined {
  if (!PAPER.test(first.folded.replace(/\s/gu, ''))) return undefined;
  const end = first.lines.at(-1)!;
  return titles.find(
    (title) => title.lines[0]! > end && lines.slice(end, title.lines[0]! - 1).some((line) => isMasthead(line)),
  );
}
