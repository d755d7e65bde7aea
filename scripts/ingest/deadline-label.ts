/**
 * The labels a task's deadline is written under, as 任务分工 lines and tables write them
 * (`完成时限：`, `时间节点：`, `进度安排：`, `办结时限：`, an inspection's `整改时限：` and `抽查时间：` (its window, due
 * at its end), a bare `时间：` or `期限：`), on folded text, the
 * longest first so that `办结时限` is never read as `办结` and `时限`. A bare 时间 or 期限 is never
 * the end of a longer label (`实施时间：` says when work starts, not when it ends). One source for
 * the responsibility clauses (responsibility.ts), the deadline lines (line-shapes.ts) and the
 * deadlines (extract-deadlines.ts).
 */
export const DEADLINE_LABEL = String.raw`(?:完成时限|完成时间|完成期限|完成节点|办结时限|办结时间|整改时限|整改期限|整改时间|时间节点|时间进度|时间安排|进度安排|(?:抽查|检查|督查|排查)时间|时限|(?<!\p{Script=Han})(?:时间|期限))`;
