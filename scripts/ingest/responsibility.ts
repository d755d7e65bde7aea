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
import { CLOSERS, DEFINES_SHORT_NAME, OPENERS } from './name-lists.ts';
import { isOrgList } from './body-lists.ts';
import { readClause, readLabelled, readVerbs } from './responsibility-lists.ts';
import { GROUP_BY, LABEL } from './responsibility-words.ts';
import { FIRST_LEADS } from './lead-convention.ts';
import { blanketRemarkStart } from './blanket-bodies.ts';

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
  // A line that only states how the lists are read (`（…排在第一位的为牵头单位，其余为配合单位）`) names none.
  if (FIRST_LEADS.test(folded)) {
    const whole = closingBracket(folded, folded.replace(/[\s。.;,]+$/u, '').length);
    if (whole?.start === 0) return undefined;
  }
  const clause = lineClause(folded);
  const by = clause && GROUP_BY.exec(folded.slice(clause.start));
  return by ? { ...clause, group: by[1] ? 'respectively' : 'together' } : clause;
}

function lineClause(folded: string): ResponsibilityClause | undefined {
  const end = folded.replace(/[\s。.;,]+$/u, '').length;
  const closing = closingBracket(folded, end);
  // A short name defined for the body before it (`…办公室（设在省市场监管局，以下简称省质量强省办）`) is
  // no clause, but the list it ends may be one (`责任单位：厅公路局、厅交通运输综合行政执法总队（以下简称厅执法总队）`).
  const bracketed = closing && DEFINES_SHORT_NAME.test(folded.slice(0, closing.end)) ? undefined : closing;
  if (bracketed) {
    // A remark that names bodies for every later task (`，以下均需…落实，不再列出`) is no part of it,
    // and a bracket of nothing else is no clause (blanket-bodies.ts reads it).
    const end = blanketRemarkStart(folded, bracketed.start + 1, bracketed.end - 1) ?? bracketed.end - 1;
    if (end === bracketed.start + 1) return undefined;
    const clause = readClause(folded, bracketed.start + 1, end);
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
  // Labels without brackets: from the first label after a sentence end, or a space as a group's
  // fields on one line are parted (`（三）管网改造组 组长单位：… 成员单位：…`), or at the line's start.
  // A label after a bracket's other clause (`（督办领导：…；责任单位：…）`) ends at the bracket.
  for (const match of folded.slice(0, end).matchAll(LABEL)) {
    const before = folded.slice(0, match.index);
    if (before.trim() && !/(?:[。.;!?]|\s)\s*$/u.test(before)) continue;
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
    else if (CLOSERS.has(char) && open.length) {
      const start = open.pop()!;
      if (open.length || OPENERS[folded[start]!] !== char) continue;
      // It ends a clause: punctuation follows, or it follows a sentence's end (`…服务业。（A牵头）加快…`).
      // A bracket that ends the line is the closing clause's (findResponsibility).
      const after = folded.slice(index + 1, end + 1);
      const closesClause = /^\s*[;,。.]/u.test(after);
      const opensNext = /[。;]\s*$/u.test(folded.slice(0, start)) && /[^\s;,。.]/u.test(after);
      if (!closesClause && !opensNext) continue;
      if (DEFINES_SHORT_NAME.test(folded.slice(0, index + 1))) continue;
      const segments = readClause(folded, start + 1, index);
      if (segments) found.push({ start, segments, wholeLine: false });
    }
  }
  return found;
}

/** The bracket group that ends at `end` (exclusive), balanced, if any. */
function closingBracket(folded: string, end: number): { start: number; end: number } | undefined {
  const closer = folded[end - 1];
  if (!closer || !CLOSERS.has(closer)) return undefined;
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
    else if (CLOSERS.has(char)) stack.pop();
  }
  return stack.at(-1);
}
