/**
 * A value given on the command line: stated when the text contains it (with the lines where),
 * else inferred with the basis `添加时人工指定`.
 */
import { fold } from '../../../src/model/fold.ts';
import type { TextLine } from './lines.ts';
import type { Drafted } from './yaml.ts';

export const MANUAL_BASIS = '添加时人工指定';

export function manual(value: string, lines: TextLine[], foundAt?: number[]): Drafted {
  const at = foundAt ?? linesContaining(value, lines);
  return at.length ? { value, stated: true, lines: at.slice(0, 1) } : { value, stated: false, basis: MANUAL_BASIS };
}

export function linesContaining(value: string, lines: TextLine[]): number[] {
  const needle = fold(value).replace(/\s/gu, '');
  if (!needle) return [];
  return lines.filter((line) => line.text.replace(/\s/gu, '').includes(needle)).map((line) => line.number);
}
