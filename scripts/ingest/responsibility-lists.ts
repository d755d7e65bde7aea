/**
 * The inside of a responsibility clause (responsibility.ts finds where it is): labelled fields
 * (`牵头单位：A；配合单位：B、C；完成时限：…`), lists ended by a verb that gives their role (`A牵头，B、C
 * 配合`, `A、B按职责分工负责`), or bodies named without one (`（省市场监管局、省商务厅，2023年底前）`).
 * Each list comes back as a span of the folded line with its role.
 */
import type { Responsibility } from '../../src/model/index.ts';
import { isNameList, splitNames } from './name-lists.ts';
import { isOrgList } from './body-lists.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import {
  CO_VERB,
  GROUP_BY,
  LABEL,
  LABEL_ROLE,
  LEAD_VERB,
  TAIL_AT_END,
  TIME_AFTER,
  TIME_CLAUSE,
} from './responsibility-words.ts';

/** The inside of a bracket: labelled segments, or lists with 负责/牵头/配合 verbs. */
export function readClause(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  const inside = folded.slice(start, end);
  const first = new RegExp(LABEL.source, 'u').exec(inside);
  if (first && first.index === inside.length - inside.trimStart().length) return readLabelled(folded, start, end);
  const segments = readVerbs(folded, start, end);
  if (!segments) return bareList(folded, start, end);
  const shaped = segments.map((segment) => isOrgList(folded.slice(segment.start, segment.end)));
  // A name no body's ending shows (`省科协`, `市残疾人联合`), beside lists that are bodies', is kept to be
  // resolved or reported unknown: the clause is not lost for it.
  const kept = segments.every(
    (segment, index) =>
      shaped[index] || (shaped.some(Boolean) && areBareNames(folded.slice(segment.start, segment.end))),
  );
  return kept ? segments : undefined;
}

/**
 * Names of a few characters each (`省科协、省残联`), perhaps beside names shaped as bodies' (`各县（市、区）
 * 人民政府，泉州开发区、…管委会`): a list, though not all of it shaped as bodies'.
 */
const areBareNames = (list: string): boolean =>
  splitNames(list).every((name) => /^\p{Script=Han}{2,12}$/u.test(name.text.trim()) || isOrgList(name.text.trim()));

/**
 * Bodies named without a verb, perhaps with their time: `（省市场监管局、省商务厅，2023年底前）`. A
 * single name without a time is one only in a bracket of its own after a sentence (`…完成建设。
 * （市市场监管局）`): inside one it is another name of what it follows (`报送省发展改革委（省能源局）`,
 * `大型服务企业（集团）`).
 */
function bareList(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  // The time may follow the names after a comma, a slash or a space: `（县市场监管局/2024年底前）`.
  const time = TIME_AFTER.exec(folded.slice(start, end));
  const namesEnd = time ? start + time.index : end;
  const [first = '', ...others] = folded.slice(start, namesEnd).split(/[,;，；]/u);
  const head = trimSpan(folded, start, start + first.length);
  if (!head || !isOrgList(folded.slice(head[0], head[1]))) return undefined;
  // Names may be parted by commas too: `（特种设备安全监察处，各县区局）`.
  let named = 0;
  while (named < others.length && isOrgList(others[named]!.trim())) named += 1;
  if (named < others.length) return undefined;
  const span = trimSpan(folded, start, namesEnd)!;
  const alone = /[。;!?]$/u.test(folded.slice(0, Math.max(0, start - 1)).trimEnd());
  if (!time && !alone && splitNames(folded.slice(span[0], span[1])).length < 2) return undefined;
  return [{ start: span[0], end: span[1], role: 'responsible' }];
}

/**
 * A field of a table's row with a label of its own after the bodies (folded): `；分值：6`, one whose
 * label carries its column's note (`；抽查时间（2025年3月—11月）：…`) or is a year (`；2017年：≥96%`), and
 * a group's next field on its line after a space (`成员单位：A、B 职责：负责…`).
 */
const OTHER_FIELD = /(?:;|\s)\s*[\p{Script=Han}\d]{1,8}(?:\([^()]*\))?\s*:.*$/u;

/** `牵头单位：A；配合单位：B、C；完成时限：…` from `start` to `end`. */
export function readLabelled(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  const text = folded.slice(start, end);
  const labels = [...text.matchAll(LABEL)];
  const segments: ResponsibilitySegment[] = [];
  labels.forEach((label, index) => {
    const role = LABEL_ROLE.find(([pattern]) => pattern.test(label[0].replace(/^【/u, '')))?.[1];
    const from = label.index + label[0].length;
    const to = index + 1 < labels.length ? labels[index + 1]!.index : text.length;
    if (role === undefined || role === 'other') return;
    // Verbs after the label's names say each body's role (`责任单位：A牵头，B、C配合`) or no more than
    // the label does (`责任单位：A、B按职责分工负责`); either way they are no part of a name.
    // A field no label here knows ends the list: `（责任单位：市食安办；分值：6）`.
    // So does a note after the names' sentence (`…，各市人民政府。列第一位者为牵头单位，下同`).
    const list = text
      .slice(from, to)
      .replace(OTHER_FIELD, '')
      .replace(/。.*$/u, '')
      .replace(/[\s。.;,]+$/u, '');
    const listEnd = from + (TIME_AFTER.exec(list)?.index ?? list.length);
    const verbs = readVerbs(folded, start + from, start + listEnd);
    if (verbs) {
      for (const segment of verbs) {
        // `责任单位：A，B配合`: the bodies before the partners' comma are the label's, not partners too.
        const comma = folded.slice(segment.start, segment.end).lastIndexOf(',');
        if (segment.role === 'cooperating' && comma > 0) {
          segments.push({ start: segment.start, end: segment.start + comma, role });
          segments.push({ start: segment.start + comma + 1, end: segment.end, role: 'cooperating' });
        } else segments.push({ ...segment, role: segment.role === 'responsible' ? role : segment.role });
      }
      return;
    }
    // `责任单位：执法稽查局、特殊食品处，会同省公安厅`: the bodies after 会同 work with the label's.
    const together = /[,;]\s*会同/u.exec(text.slice(from, listEnd));
    const namesEnd = together ? from + together.index : listEnd;
    const span = trimSpan(text, from, namesEnd);
    if (span) segments.push({ start: start + span[0], end: start + span[1], role });
    const partners = together && trimSpan(text, namesEnd + together[0].length, listEnd);
    if (partners) segments.push({ start: start + partners[0], end: start + partners[1], role: 'cooperating' });
  });
  if (segments.length === 0) return undefined;
  return segments.every((segment) => isNameList(folded.slice(segment.start, segment.end))) ? segments : undefined;
}

/**
 * `A牵头，B、C配合`, `A、B按职责分工负责`, `A负责，B配合`, `A会同B负责` from `start` to `end`. A comma may also
 * separate names of one list (`…食品药品监管局，人民银行…中心支行按各自职责分工负责`): a clause without
 * a verb runs on into the next.
 */
export function readVerbs(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  const text = folded.slice(start, end);
  const segments: ResponsibilitySegment[] = [];
  let from = 0;
  // A 、 or a space (full-width too) after a role's verb parts clauses: `（A牵头、B配合）`, `（A牵头 B配合）`,
  // and so does nothing at all before the helpers' list and its verb (`A牵头B、C配合`, as a table's cell
  // wraps after 牵头).
  for (const separator of text.matchAll(
    /[,;，；]|(?<=牵头|配合|参与|协助|负责)(?:、|\s+(?=\S))|(?<=牵头)(?=[^,;，；\s牵]{2,}?(?:配合|参与|协助)(?:[,;，；\s]|$))|$/gu,
  )) {
    const clause = text.slice(0, separator.index).trimEnd();
    const verb = LEAD_VERB.exec(clause) ?? CO_VERB.exec(clause) ?? TAIL_AT_END.exec(clause);
    const next = separator.index + separator[0].length;
    // A `；` ends a clause firmly: bodies before it without a verb are responsible (`责任单位：各区局；
    // 市局…科按职责指导`), not the next clause's partners.
    if ((!verb || verb.index < from) && /^[;；]$/u.test(separator[0]) && from < separator.index) {
      const alone = trimSpan(text, from, separator.index);
      if (alone && isNameList(text.slice(alone[0], alone[1]))) {
        segments.push({ start: start + alone[0], end: start + alone[1], role: 'responsible' });
        from = next;
      }
      continue;
    }
    if (!verb || verb.index < from) continue;
    // Bodies sharing the work by their duties after the one that leads it help it: `A牵头，B、C按职责分工负责`.
    const shares =
      /按(?:各自|其)?职责(?:分工)?负责$/u.test(clause) && segments.some((segment) => segment.role === 'lead');
    const role: Responsibility['role'] = LEAD_VERB.test(clause)
      ? 'lead'
      : CO_VERB.test(clause) || shares
        ? 'cooperating'
        : 'responsible';
    // `（由省市场监管局负责）`, `以上任务由省市场监管局牵头`: 由 says who, and is no part of the name; so
    // does a request's 请 (`请城关镇人民政府负责做好…`), but not 请示.
    const by =
      (from === 0 ? GROUP_BY.exec(text) : undefined)?.[0].length ??
      (/^(?:由|请(?![示求假]))/u.test(text.slice(from)) ? 1 : 0);
    const span = trimSpan(text, from + by, verb.index);
    if (!span) return undefined;
    // `（A牵头，B配合；驰名商标认定申报工作由省工商局负责）`: a part of the work, then who does it, in a
    // clause after the first.
    const topic = from > 0 ? /^[^,;:，；：、。()由]{2,20}由(?=[^由]+$)/u.exec(text.slice(span[0], span[1])) : null;
    if (topic && !isOrgList(topic[0].slice(0, -1)) && isOrgList(text.slice(span[0] + topic[0].length, span[1])))
      span[0] += topic[0].length;
    // `（A会同B、C负责）`: A acts, and B and C with it.
    const together = text.slice(span[0], span[1]).indexOf('会同');
    if (together > 0) {
      segments.push({
        start: start + span[0],
        end: start + span[0] + together,
        role: role === 'responsible' ? 'lead' : role,
      });
      segments.push({ start: start + span[0] + together + 2, end: start + span[1], role: 'cooperating' });
    } else segments.push({ start: start + span[0], end: start + span[1], role });
    from = next;
  }
  // After the last verb a list on its own after a `；` is responsible, as one before it is
  // (`（A牵头，B配合；各市州人民政府）`).
  const last = trimSpan(text, from, text.length);
  if (segments.length && last && /[;；]\s*$/u.test(text.slice(0, from)) && isOrgList(text.slice(last[0], last[1])))
    return [...segments, { start: start + last[0], end: start + last[1], role: 'responsible' }];
  // Else only a time may follow (`（A、B负责，2024年底前完成）`, `（A负责/2024年底前）`), or a body doing
  // a part of the work, responsible for it (`（A牵头，B配合；成都市人民政府先行开展试点）`).
  const acting: ResponsibilitySegment[] = [];
  for (const clause of text.slice(from).matchAll(/[^,;，；/]+/gu)) {
    const part = trimSpan(text, from + clause.index, from + clause.index + clause[0].length);
    if (!part || TIME_CLAUSE.test(text.slice(part[0], part[1]))) continue;
    const subject = segments.length ? actingBody(text.slice(part[0], part[1])) : undefined;
    if (!subject) return undefined;
    acting.push({ start: start + part[0], end: start + part[0] + subject, role: 'responsible' });
  }
  return segments.length ? [...segments, ...acting] : undefined;
}

/** The longest clause read as a body doing a part of the task (`成都市人民政府先行开展试点`). */
const ACTING_CLAUSE = 24;

/**
 * The length of the body's name a short clause starts with, when it does a part of the work; or of
 * the whole clause, when it only names bodies (`（执法稽查局牵头，各业务处室按职责分工负责，各市州局）`),
 * not the first level of a name (`各市`|`州局`).
 */
function actingBody(clause: string): number | undefined {
  if (clause.length > ACTING_CLAUSE || /[,;，；]/u.test(clause)) return undefined;
  if (isOrgList(clause)) return clause.length;
  for (let end = clause.length - 2; end >= 2; end--)
    if (/\p{Script=Han}/u.test(clause[end]!) && isOrgList(clause.slice(0, end))) return end;
  return undefined;
}

function trimSpan(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  let end = to;
  while (start < end && /[\s:;,。.、]/u.test(text[start]!)) start += 1;
  while (end > start && /[\s:;,。.、]/u.test(text[end - 1]!)) end -= 1;
  return end > start ? [start, end] : undefined;
}
