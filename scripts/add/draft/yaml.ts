/**
 * Writes the drafted sidecar with the yaml Document API: a stated value is a plain scalar with a
 * `# line N` comment, an inferred one is `{ value, inferred: true, basis }`; what was not found is
 * listed in the comment at the top, so it stays in front of whoever checks the file.
 */
import { Document, Scalar, YAMLMap } from 'yaml';
import type { Node } from 'yaml';
import { lineComment } from './lines.ts';

export type Drafted =
  { value: string; stated: true; lines: number[]; comment?: string } | { value: string; stated: false; basis: string };

export interface DraftedFields {
  title: Drafted;
  issuer: Drafted;
  province: Drafted;
  date: Drafted;
  docNumber?: Drafted;
  type: { value: string; lines?: number[]; comment?: string };
  period: Drafted;
  /** 发布日期, 施行日期 and the end of the 有效期, where the text states them (draft/validity.ts). */
  published?: Drafted;
  effective?: Drafted;
  validTo?: Drafted;
  /** The status a page's field states (`有效性：有效` → 现行有效; draft/validity.ts). */
  status?: Drafted;
  note?: string;
}

/** Values YAML would read as numbers or dates unless quoted. */
const QUOTED = new Set(['date', 'period', 'published', 'effective', 'validTo']);

export function sidecarYaml(fields: DraftedFields, missing: string[]): string {
  const document = new Document({});
  document.commentBefore = [
    ' Drafted by `npm run add`: check every value against the text before publishing.',
    ' A plain value is stated in the text (`# line N` says where); `inferred: true` says why it is believed.',
    ...missing.map((entry) => ` ${entry}`),
  ].join('\n');
  const add = (key: string, node: Node) => document.set(key, node);
  for (const key of [
    'title',
    'issuer',
    'province',
    'date',
    'docNumber',
    'type',
    'period',
    'published',
    'effective',
    'validTo',
    'status',
  ] as const) {
    const field = fields[key];
    if (!field) continue;
    if (key === 'type') {
      const type = fields.type;
      add(key, scalar(type.value, type.lines ? commentOf(type.lines, type.comment) : type.comment));
      continue;
    }
    const drafted = field as Drafted;
    if (drafted.stated) {
      const node = scalar(drafted.value, commentOf(drafted.lines, drafted.comment));
      if (QUOTED.has(key)) node.type = Scalar.QUOTE_SINGLE;
      add(key, node);
    } else {
      const value = scalar(drafted.value);
      if (QUOTED.has(key)) value.type = Scalar.QUOTE_SINGLE;
      const basis = scalar(drafted.basis);
      basis.type = Scalar.BLOCK_FOLDED;
      const map = new YAMLMap<string, unknown>();
      map.set('value', value);
      map.set('inferred', true);
      map.set('basis', basis);
      add(key, map);
    }
  }
  if (fields.note) {
    const note = scalar(fields.note);
    note.type = Scalar.BLOCK_FOLDED;
    add('note', note);
  }
  return document.toString({ lineWidth: 0 });
}

function scalar(value: string, comment?: string): Scalar {
  const node = new Scalar(value);
  if (comment) node.comment = ` ${comment}`;
  return node;
}

const commentOf = (lines: number[], extra?: string) => (extra ? `${lineComment(lines)}: ${extra}` : lineComment(lines));
