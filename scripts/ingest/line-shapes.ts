/**
 * Line shapes of the policy-document family, matched on the folded text (full-width → half-width,
 * traditional → simplified, same length), so `（一）` and `(一)`, `１．` and `1.` are one shape and every
 * offset found in the folded text is valid in the raw text.
 */
import { chineseNumeralValue } from '../../src/model/ids.ts';
import { CN, matchLabel } from './labels.ts';
import { DEADLINE_LABEL } from './deadline-label.ts';
import { SPACED_HEADER_LABEL } from './header-labels.ts';
import { isOrgList } from './body-lists.ts';
import { findResponsibility } from './responsibility.ts';
import type { LineRole } from './tree.ts';

const CN_DATE =
  '(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日';
/** A date alone on a line, or in brackets under a title: `2015年5月22日`, `（二〇一五年五月二日）`. */
const DATE_ALONE = new RegExp(`^(\\()?${CN_DATE}(?:\\))?$`);
/**
 * A 文号 alone, or in brackets under a title (`晋政办发〔2015〕12号`, `（冀政发[2023]5号）`), or with its
 * 签发人 beside it as a printed head sets them (`湘市监函〔2024〕47号 签发人：刘某`), or each joint issuer's
 * side by side, as two provinces' bodies number one document (`沅财资环〔2024〕19号    岚财资环〔2024〕11号`).
 */
const DOC_NUMBER_ALONE =
  /^\(?[\u4e00-\u9fff]{1,12}\s*[〔[(]\d{4}[〕\])]\s*第?\d+号?\)?(?:\s+签发人\s*:[\u4e00-\u9fff·\s]{2,20}|(?:\s{2,}[\u4e00-\u9fff]{1,12}\s*[〔[(]\d{4}[〕\])]\s*\d+号){1,3})?$/u;
/**
 * Field lines copied from a gazette, a web page or a legal database: `索引号：…`, `颁布时间：2019-05-02
 * 发文单位：…`, a printed head's (`签发人：…`, `紧急程度：特急`, a reply's `办理结果类别：B类`), and a
 * database's labels in brackets (`【发布部门】…`, `【时效性】现行有效`); a page may space a label out to
 * the width of the others (`索 引 号：`, `标  题：`).
 */
const HEADER_FIELD = new RegExp(`^【?(?:${SPACED_HEADER_LABEL})\\s*(?::|】)`);
/**
 * A web page's breadcrumb, copied with the page (`首页 > 政务公开 > 政策解读`, `当前位置：首页 > …`): a
 * field line of the page, as `发布时间：…` is, never the document's title.
 */
const BREADCRUMB =
  /^(?:当前位置|您现在的位置|您的位置|所在位置)\s*:|^(?:网站)?首页\s*[>»›]|^[^\s<>»›]{1,12}(?:\s*[>»›]{1,2}\s*[^\s<>»›]{1,12}){2,}$/u;
/**
 * Endings of a title (folded), optionally followed by one bracket: `（试行）`, `（2021-2025年）`. The
 * ingest and `npm run add` (add/draft/title-lines.ts) read titles by these same words.
 */
const TITLE_END =
  /(?:计划|方案|意见|办法|规定|通知|纲要|规划|决定|细则|措施|要点|工作安排|通告|公告|条例|规则|决议|批复|函|答复|报告|总结|通报|清单|指南|指引|解读|问答|解答|台账|纪要|预案|基准|倡议书|公开信|一封信|责任书|标准|分工表|分解表|任务表|一览表|讲话|致辞|发布会|吹风会|答记者问|备忘录|公示|手册|打算|制度|(?:工作|部门|单位)职责|职责分工|(?<=\p{Script=Han}{2})(?:(?:主要|机构)职责|(?:主要|机构|部门)职能|职能配置|内设机构|机构设置)|(?:起草|编制|修订|制定)说明)(?:\([^()]*\))?$/u;

/** Whether a folded text ends as a document's title does (TITLE_END). */
export const endsLikeTitle = (folded: string): boolean => TITLE_END.test(folded);
/** Punctuation a title does not contain outside brackets (、 and quotes it may). */
const TITLE_PUNCTUATION = /[,。;:!?]/;
const PUNCTUATED = /[,。;:!?、]/;

/**
 * The 版记 at the foot of a printed document: who it is copied to (`抄送：省委各部门，…`), and who
 * printed it when (`河南省人民政府办公厅 2022年5月17日印发`).
 */
const DISTRIBUTION = new RegExp(`^(?:(?:抄送|抄报|分送)\\s*:|[\\u4e00-\\u9fff]{2,30}\\s*${CN_DATE}\\s*印发$)`);
/**
 * The imprint at the foot of a web page the text was copied from, its 版记: who runs the site
 * (`主办单位：江西省林业局 承办单位：…信息中心`), its links and its registration (`网站标识码：… 赣ICP备…`).
 * Not the document's: the bodies it names do no task.
 */
const WEB_IMPRINT =
  /^(?:主办单位|承办单位|主办|承办|技术支持|运维单位|网站标识码|相关链接|友情链接)\s*:|ICP备\s*\d|公网安备\s*\d/u;
/**
 * A rule drawn with dashes or box lines (`————————`), as a printed document rules off its 版记: part
 * of the 版记, never a bullet or a paragraph of the text above it.
 */
const RULE_LINE = /^[-—–―─━_=＿﹣\s]{6,}$/u;

/** The role of a line judged by its own shape (structure refines issuer/title with context). */
export function shapeOf(folded: string): LineRole {
  if (DATE_ALONE.test(folded)) return 'date';
  if (DOC_NUMBER_ALONE.test(folded)) return 'doc-number';
  if (HEADER_FIELD.test(folded) || BREADCRUMB.test(folded)) return 'header';
  if (DISTRIBUTION.test(folded) || WEB_IMPRINT.test(folded) || RULE_LINE.test(folded)) return 'distribution';
  const label = matchLabel(folded);
  if (label) return label.role;
  if (findResponsibility(folded)?.wholeLine) return 'responsibility';
  return 'body';
}

/** A bracketed 文号 or date line (`（冀政发〔2023〕5号）`), which belongs to the title above it. */
export function isBracketedMeta(folded: string): boolean {
  return /^\(.*\)$/.test(folded) && (DATE_ALONE.test(folded) || DOC_NUMBER_ALONE.test(folded));
}

/**
 * The note under a title that says who issued it when, in place of a signature, folded:
 * `（峤委办发〔2019〕17号 2019年2月26日中共峤南省委办公厅、峤南省人民政府办公厅印发）`.
 */
export const isIssueNote = (folded: string): boolean =>
  /^\((?:[^()]{0,30}\s*)?\d{4}年\d{1,2}月\d{1,2}日[^()]{2,80}(?:印发|发布|下发)\)$/u.test(folded.trim());

/**
 * A party where an agreement is signed, folded, alone on its line or side by side with the other:
 * `甲方：某市人民政府（盖章）`, `甲方（盖章）：某县人民政府    乙方（盖章）：某镇人民政府`.
 */
const PARTY =
  /(?:^|\s)([甲乙丙])\s*方\s*(?:\((?:盖章|签章)\))?\s*:\s*([^\s:()]{2,38}?)\s*(?:\((?:盖章|签章|公章)\))?(?=\s|$)/gmu;

/** The parties a folded text signs as (`甲方`, `乙方`), each with the body named for it, in order. */
export const signingParties = (folded: string): Array<{ party: string; name: string }> =>
  [...folded.matchAll(PARTY)].map((match) => ({ party: `${match[1]}方`, name: match[2]! }));

/** A speech's speaker under its title: the post, a space, the name (`副省长 沈立桥`, the space often a full-width one). */
export const isSpeakerLine = (folded: string): boolean =>
  /^\p{Script=Han}{0,12}(?:长|主任|书记|主席|委员|专员|巡视员|总监)\s+\p{Script=Han}{2,4}$/u.test(folded.trim());

/**
 * A line of a standard's cover under its title, folded: the title in English, the dates it is
 * published and takes effect (`2025-08-20发布 2025-09-20实施`), the body that publishes it
 * (`浙江省市场监督管理局 发布`).
 */
export const isStandardCoverLine = (folded: string): boolean =>
  /^[\x20-\x7e]*[A-Za-z]{3}[\x20-\x7e]*$/u.test(folded) ||
  /^(?:\d{4}-\d{1,2}-\d{1,2}\s*(?:发布|实施)\s*){1,2}$/u.test(folded) ||
  /^[\p{Script=Han}()]{4,40}\s+(?:联合)?发\s*布$/u.test(folded);

/** A short line without sentence punctuation: a piece of a title broken over lines. */
export function looksLikeTitlePiece(folded: string): boolean {
  return (
    folded.length <= 60 &&
    // A line of signs alone (`▼▼▼` above a WeChat article's document) is none.
    /\p{Script=Han}/u.test(folded) &&
    !TITLE_PUNCTUATION.test(folded.replace(/\([^()]*\)/g, '')) &&
    !/^各/.test(folded)
  );
}

/** A short unpunctuated line ending like a document title (行动计划, 实施意见…). */
export function looksLikeTitle(folded: string): boolean {
  return folded.length <= 100 && looksLikeTitlePiece(folded.slice(0, 60)) && TITLE_END.test(folded);
}

/**
 * The title of what publishes a law or a rule under its own title below: a standing committee's
 * 公告 (`山东省人民代表大会常务委员会公告`, over `（第58号）`) or a government's order (`…人民政府令`).
 */
export function isPublishingOrder(folded: string): boolean {
  return /(?:常务委员会|常委会)公告$|人民政府令$/u.test(folded);
}

/**
 * The title of a call for comments on a draft (`关于公开征求《X（征求意见稿）》意见的公告`, `…征求意见的通知`):
 * it wraps the draft as a forwarding notice wraps its plan.
 */
export function isCallForComments(folded: string): boolean {
  return /征求[^。]*意见(?:建议)?的(?:公告|通告|通知|函)$/u.test(folded);
}

/** The title of a notice that forwards another document: `…关于印发《X》的通知`. */
export function isForwardingNotice(folded: string): boolean {
  return /(?:印发|转发|下发|发布)/.test(folded) && /通知$/.test(folded);
}

/**
 * A notice's sentence that sends the document under it: `现将重点工作任务分工方案印发给你们`. Not one
 * that forwards another body's (`转发给你们`): that notice is a document of its own.
 */
export function sendsDocument(folded: string): boolean {
  return /现将[^。]{0,60}?(?<!转)(?:印发|下发|发)给你们/u.test(folded);
}

/**
 * The masthead of a printed document (GB/T 9704 版头, `河南省人民政府文件`) over its 文号: the issuer's
 * name and 文件, nothing else; its letter spacing may come out of a PDF as spaces (`河 南 省 … 文 件`).
 * An issuer's name has no 的 and is no kind of document: a list's title (`省政府决定修改的规范性文件`,
 * `有关文件`) is none.
 */
export const isMasthead = (folded: string): boolean =>
  /^(?!.*的)[\u4e00-\u9fff]{2,30}(?<!规范性|有关|相关|上述|下列|以下|其他)文件$/u.test(folded.replace(/\s/gu, ''));

/**
 * A letter's letterhead: the issuing body's name alone at the top (`湖南省市场监督管理局`), as a 函 is
 * printed, over its 文号. Only read as one with the 文号 under it.
 */
export const isLetterhead = (folded: string): boolean => isSignatureNames(folded.replace(/\s/gu, ''));

/**
 * A joint title's line that 关于 opens, or the last of its bodies' names before it (`安全监管总局
 * 国家标准委关于加强` under `质检总局 住房城乡建设部 工商总局`), folded.
 */
export function opensJointTitle(folded: string): boolean {
  const before = folded.split('关于')[0]!;
  // A portal sets them all on the title's one line, apart by spaces (eight bodies: longer than a letterhead).
  const names = before.trim().split(/\s+/u);
  const spaced = names.length >= 2 && names.length <= 12 && names.every((name) => name.length >= 3 && isOrgList(name));
  return folded.includes('关于') && (before.trim() === '' || isLetterhead(before) || spaced);
}

/** A short unpunctuated line: a signature line (issuer) when a date follows. */
export function looksLikeSignature(folded: string): boolean {
  return folded.length <= 40 && !PUNCTUATED.test(folded) && !/[。.]$/.test(folded);
}

/**
 * A line of a joint signature above the last one: the names of bodies only, apart by spaces
 * (`浙江省市场监督管理局  浙江省发展和改革委员会`).
 */
export function isSignatureNames(folded: string): boolean {
  const names = folded.trim().split(/\s+/u);
  return looksLikeSignature(folded) && names.every((name) => name.length >= 3 && isOrgList(name));
}

/** An addressee line: `各市人民政府，省政府各厅委办：` (ends with a colon, no full stop). */
export function looksLikeAddressee(folded: string): boolean {
  return folded.length <= 160 && /:$/.test(folded) && !folded.includes('。');
}

const DEADLINE_FIELD = new RegExp(String.raw`^\(?${DEADLINE_LABEL}\s*:`, 'u');

/**
 * The persons a rectification names for a task, on a line of their own after it (`责任领导：县委常委、副县长
 * 陈立群`, `责任人：县市场监管局局长 王建国`): a field of the task, no body and no paragraph.
 */
const PERSONS_LABEL = '(?:责任领导|分管领导|牵头领导|包保领导|督办领导|责任人|具体责任人)';
const PERSONS_FIELD = new RegExp(`^${PERSONS_LABEL}\\s*:`, 'u');
const PERSONS_HEADER = new RegExp(`^${PERSONS_LABEL}$`, 'u');

/**
 * A body's members on a line of their own (`成员单位：…`, `成 员：…` with its ideographic space): a field of what the body is,
 * not of a task, wherever it stands in its unit.
 */
export const isMembersField = (folded: string): boolean => /^\s*(?:成员单位|成\s*员)\s*:/u.test(folded);

/** A field of a task on a line of its own: its persons (`责任人：…`). */
export const isPersonsField = (folded: string): boolean => PERSONS_FIELD.test(folded);

/** A table's column of those persons (`责任领导`, `责任人`), by its header (plain, table-headers.ts). */
export const isPersonsHeader = (plain: string): boolean => PERSONS_HEADER.test(plain);

/**
 * A working group's or task's duties as a field of its own line, after its bodies' fields
 * (`（一）综合协调组` / `组长单位：…` / `成员单位：…` / `职责：负责…`): the group's, no paragraph.
 */
export const isDutiesField = (folded: string): boolean => /^(?:主要|工作|具体)?(?:职责|任务)\s*:/u.test(folded);

/** A task's deadline as a field of its own line: `完成时限：2025年底前`, `（时间进度：长期坚持）`. */
export function isDeadlineField(folded: string): boolean {
  return DEADLINE_FIELD.test(folded);
}

/**
 * The dots that lead a table of contents' entry to its page number (`1.1 编制依据……………1`), on
 * folded text or as written (`．`).
 */
export const CONTENTS_LEADER = /(?:[.．…·・‧_-]\s*){3,}\d{0,3}\s*$/u;

/**
 * An attachment's label, folded: `附件`, `附件2`, `附件二`, `附表1`, a standard's appendix (`附录A`, `附 录 B`, spaced),
 * and `附` before its colon (`附：投诉举报电话`).
 */
const ATTACHMENT_LABEL = String.raw`附(?:(?:件|表)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?|\s*录\s*(?:[A-Z]|\d{1,2})?|(?=\s*:))`;
const ATTACHMENT_ALONE = new RegExp(`^(${ATTACHMENT_LABEL})\\s*:?$`, 'u');
const ATTACHMENT_TITLED = new RegExp(`^(${ATTACHMENT_LABEL})\\s*:\\s*(.+)$`, 'u');

const ATTACHMENT_LIST = new RegExp(`^${ATTACHMENT_LABEL}\\s*:\\s*(\\d+)\\s*[.、]`, 'u');

/** The first number of a list of attachments (`附件：1．…方案`), folded; undefined for any other line. */
export function attachmentListStart(folded: string): number | undefined {
  const match = ATTACHMENT_LIST.exec(folded.trim());
  return match ? Number(match[1]) : undefined;
}

/** A line that is only an attachment's label (`附件`, `附件2：`, `附表一`), folded. */
export const isAttachmentLabel = (folded: string): boolean => ATTACHMENT_ALONE.test(folded.trim());

/**
 * An attachment line with its title (`附件：重点任务分工表`, `附件2：…清单`), or alone with its title on
 * the next line (`附件`, `附件二`, `附表1`), folded: the label as written without spaces and the title
 * (empty when on the next line); a list of attachments (`附件：1. …`) is not one.
 */
export function attachmentLine(folded: string): { label: string; title: string } | undefined {
  const alone = ATTACHMENT_ALONE.exec(folded.trim());
  if (alone) return { label: alone[1]!.replace(/\s/gu, ''), title: '' };
  const match = ATTACHMENT_TITLED.exec(folded.trim());
  // `附件：1．…` lists attachments; a title may start with its year (`附件：2024年度…名单`).
  if (!match || match[2]!.length > 60 || /^\d{1,2}\s*[.、]/u.test(match[2]!) || /[。;!?]/u.test(match[2]!))
    return undefined;
  return { label: match[1]!.replace(/\s/gu, ''), title: match[2]!.trim() };
}

/**
 * The title of a drafting explanation set after the text it explains (`关于《…办法（征求意见稿）》的起草
 * 说明`, `起草说明`): a part of its own, as an attachment is, labelled 起草说明.
 */
export function explanationLine(folded: string): { label: string; title: string } | undefined {
  const text = folded.trim();
  if (
    text.length > 80 ||
    !/^(?:关于)?《[^《》]{2,70}》(?:的)?(?:起草|编制|修订|制定)?说明$|^(?:起草|编制|修订)说明$/u.test(text)
  )
    return undefined;
  return { label: '起草说明', title: text };
}

/**
 * A box (专栏) set beside the tasks, folded: `专栏1 质量提升重点工程`, `专栏一：重大工程`, `【专栏2】…`, `专栏3` (its
 * title on the next line); or a table set in the text under its caption, numbered
 * (`表1 主要指标`, `附表2：重点项目`); or the notes under a table (`注：`). Its label as written without
 * spaces (`专栏1`, `表1`, `注`), its number if it has one, and its title (empty when on the next line).
 */
export function boxLine(folded: string): { label: string; number?: number; title: string } | undefined {
  // The notes under a table (`注：` alone, then `1.第6项…`) are a part of their own.
  if (/^(?:注|备注)\s*:$/u.test(folded.trim())) return { label: '注', title: '注' };
  // Web pages set the label in lenticular brackets (`【专栏1】居家社区养老设施建设重点工程`).
  const match = new RegExp(
    `^(?:【(专栏|附?表)\\s*(\\d{1,3}|${CN})?】|(专栏|附?表)(?:\\s*(\\d{1,3}|${CN}))?)\\s*([:、.]?)\\s*(.*)$`,
    'u',
  ).exec(folded.trim());
  if (!match) return undefined;
  const [, bracketedKind, bracketedDigits, bareKind, bareDigits, bareSeparator, rest] = match;
  const kind = bracketedKind ?? bareKind!;
  const digits = bracketedDigits ?? bareDigits;
  // The closing bracket parts the label from its title as a colon does.
  const separator = bracketedKind ? '】' : bareSeparator;
  // A table is one by its number (`表彰…` is a word); a box's bare title needs a space (`专栏 重大工程`).
  if (kind !== '专栏' && (digits === undefined || !/^\d/u.test(digits))) return undefined;
  if (!digits && !separator && !/^\s/u.test(folded.trim().slice(2)) && rest) return undefined;
  const title = rest!.trim();
  if (title.length > 40 || /[。;!?]/u.test(title)) return undefined;
  const number = digits === undefined ? undefined : /^\d/u.test(digits) ? Number(digits) : chineseNumeralValue(digits);
  return { label: `${kind}${digits ?? ''}`, ...(number !== undefined ? { number } : {}), title };
}

/** A line that names a task and then who does it (`开展…（牵头单位：县市场监管局；…）`, `…（省质监局负责）`). */
export function isTaskRow(folded: string): boolean {
  const clause = findResponsibility(folded);
  return clause !== undefined && !clause.wholeLine;
}

/** A line that ends its unit: it ends with (or is) a responsibility clause. */
export function endsWithResponsibility(folded: string): boolean {
  return findResponsibility(folded) !== undefined;
}

/** A question's label, in questions and answers (`问：`, `问1：`, `Q：`). */
export const QUESTION = /^\s*(?:问|Q)\s*\d{0,2}\s*[:：]\s*/u;

/**
 * A paragraph that opens with a division's name and a full stop, as a 三定规定 lists a body's divisions
 * (`综合规划科（法规科）。拟订…`): group 1 its indentation, group 2 the name.
 */
export const DIVISION_TITLE = /^(\s*)([^,，。;；:：]{2,40})。/u;
