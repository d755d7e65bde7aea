/**
 * The text as numbered lines for the drafting readers: each line raw and folded (full-width →
 * half-width, traditional → simplified, same length, see src/model/fold.ts), trimmed of its
 * indentation. Readers match on `text` and slice `raw` at the same offsets, so every value they
 * return is exactly as written.
 */
import { splitLines } from '../../ingest/decode.ts';
import { fold } from '../../../src/model/fold.ts';

export interface TextLine {
  /** 1-based line number, as an editor shows it. */
  number: number;
  /** The line as written, without its indentation and trailing spaces. */
  raw: string;
  /** `raw` folded: same length, so offsets are shared. */
  text: string;
}

/** A value read from the text, with the lines it was read from. */
export interface Found {
  value: string;
  lines: number[];
}

export function readLines(source: string): TextLine[] {
  return splitLines(source).map((line, index) => {
    const folded = fold(line);
    const start = folded.length - folded.trimStart().length;
    const end = folded.trimEnd().length;
    return {
      number: index + 1,
      raw: line.slice(start, Math.max(start, end)),
      text: folded.slice(start, Math.max(start, end)),
    };
  });
}

/** `line 3`, `lines 1–2` for the YAML comment of a stated value. */
export function lineComment(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 1) return `line ${sorted[0]}`;
  const contiguous = sorted.every((line, index) => index === 0 || line === sorted[index - 1]! + 1);
  return contiguous ? `lines ${sorted[0]}–${sorted.at(-1)}` : `lines ${sorted.join(', ')}`;
}

/** `第3行`, `第1–2行` for a Chinese basis. */
export function lineRef(lines: number[]): string {
  return `第${lineComment(lines).replace(/^lines? /u, '')}行`;
}

/** Strips one pair of enclosing brackets (folded: `(…)`, `〔…〕`, `【…】`, `[…]`). */
export function unbracket(text: string): { inner: string; offset: number } | undefined {
  const match = /^[([〔【](.*)[)\]〕】]$/u.exec(text);
  return match ? { inner: match[1]!, offset: 1 } : undefined;
}
