/**
 * Occurrences and excerpts: where the terms occur in a text, and a short excerpt of the original
 * text with every matched character marked (all occurrences of all terms in the window, merged).
 */

export interface Range {
  start: number;
  end: number;
}

/** Every occurrence of `needle` in `haystack` (overlapping ones too: 质质 in 质质质 twice). */
export function occurrences(haystack: string, needle: string): Range[] {
  const found: Range[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

/** Sorted, with overlapping or touching ranges merged. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Characters of text in the excerpt (default 110). */
  length?: number;
  /** Characters shown before the first match (default 28). */
  before?: number;
  /** Shown where the excerpt cuts the text (default `…`). */
  ellipsis?: string;
}

/**
 * An excerpt of `text` around the first range, with every range inside it marked. Line breaks
 * become spaces. Without ranges, the beginning of the text.
 */
export function excerpt(text: string, ranges: readonly Range[], options: ExcerptOptions = {}): Segment[] {
  const length = options.length ?? 110;
  const before = options.before ?? 28;
  const ellipsis = options.ellipsis ?? '…';
  const merged = mergeRanges(ranges);
  const first = merged[0];
  let start = first ? Math.max(0, first.start - before) : 0;
  // Start at a sentence or clause boundary when one is close before the first match.
  if (first && start > 0) {
    for (let at = first.start - 5; at >= start; at--) {
      if ('。；！？\n'.includes(text[at] as string)) {
        start = at + 1;
        break;
      }
    }
  }
  let end = Math.min(text.length, start + length);
  if (first && first.end > end) end = Math.min(text.length, first.end + 10);
  // Do not cut a surrogate pair.
  if (start > 0 && /[\udc00-\udfff]/u.test(text[start] ?? '')) start--;
  if (end < text.length && /[\udc00-\udfff]/u.test(text[end] ?? '')) end++;

  const segments: Segment[] = [];
  const push = (from: number, to: number, mark: boolean): void => {
    if (to <= from) return;
    const piece = text.slice(from, to).replace(/\s*\n\s*/gu, ' ');
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else segments.push({ text: piece, mark });
  };
  if (start > 0) segments.push({ text: ellipsis, mark: false });
  let at = start;
  for (const range of merged) {
    if (range.end <= start || range.start >= end) continue;
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, end);
    push(at, from, false);
    push(from, to, true);
    at = to;
  }
  push(at, end, false);
  if (end < text.length) {
    const last = segments.at(-1);
    if (last && !last.mark) last.text += ellipsis;
    else segments.push({ text: ellipsis, mark: false });
  }
  if (segments[0]?.text.startsWith(' ')) segments[0].text = segments[0].text.trimStart();
  return segments;
}
