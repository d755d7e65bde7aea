/**
 * Where a line names the departments responsible for its unit, and in which role. Matched on the
 * folded line (same length as the raw one), so every span is valid in the raw text.
 *
 * The family writes responsibilities in these ways (at the end of a task or of a part of it, or on a
 * line of its own):
 *   （省质监局、省工商局等按职责分工负责）          a list with a 负责 tail, in brackets
 *   （省市场监管局牵头，省发展改革委、省财政厅配合）   lists with 牵头 / 配合 verbs (after a comma or a 、)
 *   〔责任单位：省教育厅、省人社厅〕  【牵头单位：…；配合单位：…】  （牵头单位：…；完成时限：…）
 *   …。牵头单位：省商务厅；配合单位：省公安厅等。   labels without brackets after the task
 *   …。【牵头单位】省市场监管局【配合单位】省科技厅     labels in brackets of their own
 *   责任单位：省住房城乡建设厅牵头，省财政厅配合       roles by verb inside a label's list
 *   责任单位：…   省质监局、省工商局负责落实。        a line of its own
 */
import type { Responsibility } from '../../src/model/index.ts';
import { isNameList, isOrgList, OPENERS, splitNames } from './name-lists.ts';
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

/** One list of departments in a line: `[start, end)` in the line and the role the text gives it. */
export interface ResponsibilitySegment {
  start: number;
  end: number;
  role: Responsibility['role'];
}

export interface ResponsibilityClause {
  /** Where the clause starts in the line (its bracket or first label). */
  start: number;
  segments: ResponsibilitySegment[];
  /** True when the clause is the whole line (a responsibility line of its own). */
  wholeLine: boolean;
  /**
   * When the clause speaks for the tasks before it (`（以上任务由A牵头，B配合）`, `本部分任务由A负责。`):
   * all of them, or each in turn (`以上任务分别由A、B、C牵头`).
   */
  group?: 'together' | 'respectively';
}

/** The responsibility clause of a folded line, if it ends with one (or is one), and whose tasks it names. */
export function findResponsibility(folded: string): ResponsibilityClause | undefined {
  const clause = lineClause(folded);
  const by = clause && GROUP_BY.exec(folded.slice(clause.start));
  return by ? { ...clause, group: by[1] ? 'respectively' : 'together' } : clause;
}

function lineClause(folded: string): ResponsibilityClause | undefined {
  const end = folded.replace(/[\s。.;,]+$/u, '').length;
  const bracketed = closingBracket(folded, end);
  if (bracketed) {
    const clause = readClause(folded, bracketed.start + 1, bracketed.end - 1);
    if (clause) {
      const before = folded.slice(0, bracketed.start).trim();
      return { start: bracketed.start, segments: clause, wholeLine: before === '' };
    }
  }
  // A bracket the published text never closed: `…（省质监局按职责分工负责`.
  const open = unclosedBracket(folded, end);
  if (open !== undefined) {
    const clause = readClause(folded, open + 1, end);
    if (clause) return { start: open, segments: clause, wholeLine: folded.slice(0, open).trim() === '' };
  }
  // Labels without brackets: from the first label after a sentence end (or at the line's start).
  // A label after a bracket's other clause (`（督办领导：…；责任单位：…）`) ends at the bracket.
  for (const match of folded.slice(0, end).matchAll(LABEL)) {
    const before = folded.slice(0, match.index);
    if (before.trim() && !/[。.;!?]\s*$/u.test(before)) continue;
    const segments = readLabelled(
      folded,
      match.index,
      bracketed && bracketed.start < match.index ? bracketed.end - 1 : end,
    );
    if (segments) return { start: match.index, segments, wholeLine: before.trim() === '' };
    break;
  }
  // A line of its own: `省质监局、省工商局负责落实。`
  const segments = readVerbs(folded, 0, end);
  if (segments && segments.every((segment) => isOrgList(folded.slice(segment.start, segment.end))))
    return { start: 0, segments, wholeLine: true };
  return undefined;
}

/**
 * Responsibility clauses inside a line, before `end`: a bracket group that reads as one and ends a
 * clause of the sentence (`一是…（省市场监管局负责）；二是…（省工业和信息化厅负责）。`) or follows
 * one (`…服务业。（省发展改革委牵头）加快…`), where a task names the department of each of its parts. The clause at the end of the line is findResponsibility's.
 */
export function innerResponsibilities(folded: string, end: number): ResponsibilityClause[] {
  const found: ResponsibilityClause[] = [];
  const open: number[] = [];
  for (let index = 0; index < end; index++) {
    const char = folded[index]!;
    if (char in OPENERS) open.push(index);
    else if (Object.values(OPENERS).includes(char) && open.length) {
      const start = open.pop()!;
      if (open.length || OPENERS[folded[start]!] !== char) continue;
      // It ends a clause: punctuation follows, or it follows a sentence's end (`…服务业。（A牵头）加快…`).
      // A bracket that ends the line is the closing clause's (findResponsibility).
      const after = folded.slice(index + 1, end + 1);
      const closesClause = /^\s*[;,。.]/u.test(after);
      const opensNext = /[。;]\s*$/u.test(folded.slice(0, start)) && /[^\s;,。.]/u.test(after);
      if (!closesClause && !opensNext) continue;
      const segments = readClause(folded, start + 1, index);
      if (segments) found.push({ start, segments, wholeLine: false });
    }
  }
  return found;
}

/** The bracket group that ends at `end` (exclusive), balanced, if any. */
function closingBracket(folded: string, end: number): { start: number; end: number } | undefined {
  const closer = folded[end - 1];
  if (!closer || !Object.values(OPENERS).includes(closer)) return undefined;
  let depth = 0;
  for (let index = end - 1; index >= 0; index--) {
    const char = folded[index]!;
    if (char === closer) depth += 1;
    else if (OPENERS[char] === closer) {
      depth -= 1;
      if (depth === 0) return { start: index, end };
    }
  }
  return undefined;
}

/** The last opening bracket with no closer after it, if any. */
function unclosedBracket(folded: string, end: number): number | undefined {
  const stack: number[] = [];
  for (let index = 0; index < end; index++) {
    const char = folded[index]!;
    if (char in OPENERS) stack.push(index);
    else if (Object.values(OPENERS).includes(char)) stack.pop();
  }
  return stack.at(-1);
}

/** The inside of a bracket: labelled segments, or lists with 负责/牵头/配合 verbs. */
function readClause(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  const inside = folded.slice(start, end);
  const first = new RegExp(LABEL.source, 'u').exec(inside);
  if (first && first.index === inside.length - inside.trimStart().length) return readLabelled(folded, start, end);
  const segments = readVerbs(folded, start, end);
  if (segments)
    return segments.every((segment) => isOrgList(folded.slice(segment.start, segment.end))) ? segments : undefined;
  return bareList(folded, start, end);
}

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

/** A field of a table's row with a label of its own after the bodies (folded): `；分值：6`. */
const OTHER_FIELD = /;\s*\p{Script=Han}{1,8}\s*:.*$/u;

/** `牵头单位：A；配合单位：B、C；完成时限：…` from `start` to `end`. */
function readLabelled(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
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
    const list = text
      .slice(from, to)
      .replace(OTHER_FIELD, '')
      .replace(/[\s。.;,]+$/u, '');
    const listEnd = from + (TIME_AFTER.exec(list)?.index ?? list.length);
    const verbs = readVerbs(folded, start + from, start + listEnd);
    if (verbs) {
      for (const segment of verbs)
        segments.push({ ...segment, role: segment.role === 'responsible' ? role : segment.role });
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
function readVerbs(folded: string, start: number, end: number): ResponsibilitySegment[] | undefined {
  const text = folded.slice(start, end);
  const segments: ResponsibilitySegment[] = [];
  let from = 0;
  // A 、 or a space (full-width too) after a role's verb parts clauses: `（A牵头、B配合）`, `（A牵头 B配合）`.
  for (const separator of text.matchAll(/[,;，；]|(?<=牵头|配合|参与|协助|负责)(?:、|\s+(?=\S))|$/gu)) {
    const clause = text.slice(0, separator.index).trimEnd();
    const verb = LEAD_VERB.exec(clause) ?? CO_VERB.exec(clause) ?? TAIL_AT_END.exec(clause);
    const next = separator.index + separator[0].length;
    if (!verb || verb.index < from) continue;
    const role: Responsibility['role'] = LEAD_VERB.test(clause)
      ? 'lead'
      : CO_VERB.test(clause)
        ? 'cooperating'
        : 'responsible';
    // `（由省市场监管局负责）`, `以上任务由省市场监管局牵头`: 由 says who, and is no part of the name; so
    // does a request's 请 (`请城关镇人民政府负责做好…`), but not 请示.
    const by =
      (from === 0 ? GROUP_BY.exec(text) : undefined)?.[0].length ??
      (/^(?:由|请(?![示求假]))/u.test(text.slice(from)) ? 1 : 0);
    const span = trimSpan(text, from + by, verb.index);
    if (!span) return undefined;
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
  // After the last verb only a time may follow: `（A、B负责，2024年底前完成）`, `（A负责/2024年底前）`.
  const rest = text.slice(from).split(/[,;，；/]/u);
  if (rest.some((clause) => clause.trim() && !TIME_CLAUSE.test(clause.trim()))) return undefined;
  return segments.length ? segments : undefined;
}

function trimSpan(text: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  let end = to;
  while (start < end && /[\s:;,。.、]/u.test(text[start]!)) start += 1;
  while (end > start && /[\s:;,。.、]/u.test(text[end - 1]!)) end -= 1;
  return end > start ? [start, end] : undefined;
}
