/**
 * The `Range` request header, as static hosts answer it (RFC 9110 §14): one byte range of a file
 * gives 206 with those bytes, a range past the end 416; several ranges, or a header that is not a
 * byte range, are ignored (the whole file, 200), which the RFC allows and many hosts do.
 */

/** What to send for a `Range` header on a file of `size` bytes. */
export type RangeAnswer = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

export function answerRange(header: string | undefined, size: number): RangeAnswer {
  const m = /^bytes=(\d*)-(\d*)$/u.exec(header?.trim() ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' };
  if (m[1] === '') {
    // `bytes=-n`: the last n bytes.
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return { kind: 'unsatisfiable' };
  if (end < start) return { kind: 'whole' };
  return { kind: 'part', start, end };
}
