/**
 * The seam between a received document and the ingest: `prepare(folder)` gives the text to ingest
 * and its sidecar. For now the sidecar is built from the expectation's header fields and a saved web
 * page is reduced to its article by `articleText`; the add step (extractText in scripts/add/extract.ts,
 * draftSidecar in scripts/add/draft.ts) is meant to replace both, behind this one function.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../../src/model/fold.ts';
import type { Expected } from './expected-format.ts';
import { parseExpected } from './expected-format.ts';
import { articleText } from './article-text.ts';

export interface Prepared {
  /** Bytes to write as `<id>.txt`: the received bytes for text (any encoding), UTF-8 for a web page. */
  text: Buffer;
  /** YAML of the sidecar `<id>.yml`. */
  sidecar: string;
  expected: Expected;
}

/** Document type by the end of the title (a trailing bracketed period removed), most specific first. */
const typesBySuffix: Array<[RegExp, string]> = [
  [/行动计划$/u, '行动计划'],
  [/实施方案$/u, '实施方案'],
  [/实施意见$/u, '实施意见'],
  [/规划$/u, '规划'],
  [/(?:办法|细则)$/u, '办法'],
  [/意见$/u, '意见'],
  [/方案$/u, '实施方案'],
  [/计划$/u, '行动计划'],
];

export function prepare(folder: string): Prepared {
  const expected = parseExpected(readFileSync(join(folder, 'expected.txt'), 'utf8'), join(folder, 'expected.txt'));
  const html = join(folder, 'received.html');
  const text = existsSync(html)
    ? Buffer.from(articleText(readFileSync(html, 'utf8')), 'utf8')
    : readFileSync(join(folder, 'received.txt'));
  return { text, sidecar: sidecarOf(expected), expected };
}

function sidecarOf({ header }: Expected): string {
  const title = header.title ?? '';
  // Folded, so a traditional or full-width title (行動計劃) finds its type too.
  const type = typesBySuffix.find(([pattern]) => pattern.test(fold(title).replace(/\([^()]*\)$/u, '')))?.[1] ?? '通知';
  // JSON strings are valid YAML scalars, so no value needs YAML escaping rules of its own.
  const fields: Array<[string, string | undefined]> = [
    ['title', header.title],
    ['issuer', header.issuer],
    ['province', header.province],
    ['date', header.date],
    ['docNumber', header.docNumber],
    ['type', type],
    ['period', header.period],
  ];
  return fields
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
}
