/**
 * to-model: compile the unit tree into the typed model (src/model): the document and its units.
 * Also enforces the coverage invariant: every non-blank line of the source is in exactly one unit,
 * so no text is lost or duplicated.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Citation, PolicyDocument, Unit } from '../../src/model/index.ts';
import { documentPath, unitPath } from '../../src/model/ids.ts';
import { report } from './messages.ts';
import type { PolicyRoot, UnitNode } from './tree.ts';
import { unitText } from './tree.ts';

/** What to-model needs to know besides the tree: the normalised sidecar and where the source is. */
export type DocumentHead = Omit<PolicyDocument, 'url' | 'units' | 'cites' | 'citedBy' | 'lines' | 'lineage'>;

/** A document as one source compiles to: its lineage needs the whole corpus (lineage/link.ts). */
export type ModelDocument = Omit<PolicyDocument, 'lineage'>;

export interface PolicyModel {
  document: ModelDocument;
  units: Unit[];
  citations: Citation[];
}

declare module 'unified' {
  interface CompileResultMap {
    /** to-model compiles to the typed model instead of a string. */
    PolicyModel: PolicyModel;
  }
}

export interface ToModelOptions {
  head: DocumentHead;
}

export const toModel: Plugin<[ToModelOptions], PolicyRoot, PolicyModel> = function ({ head }) {
  this.compiler = (tree, file) => {
    const nodes = (tree as PolicyRoot).children as UnitNode[];
    checkCoverage(nodes, String(file.value), file);
    const units = nodes.map((node, order) => toUnit(node, order, head));
    const citations: Citation[] = nodes.flatMap((node) =>
      (node.data.citations ?? []).map((citation) => ({ ...citation, unit: `${head.id}/${node.localId}` })),
    );
    const document: ModelDocument = {
      ...head,
      url: documentPath(head.id),
      lines: String(file.value).split(/\r\n|\r|\n/).length,
      units: units.map((unit) => unit.id),
      cites: citations,
      citedBy: [],
    };
    return { document, units, citations };
  };
};

function toUnit(node: UnitNode, order: number, head: DocumentHead): Unit {
  const id = `${head.id}/${node.localId}`;
  const first = node.children[0]!;
  const last = node.children.at(-1)!;
  return {
    id,
    url: unitPath(id),
    document: head.id,
    province: head.province,
    provinceId: head.provinceId,
    order,
    numbering: node.numbering,
    kind: node.kind,
    title: node.title,
    context: node.context,
    text: unitText(node),
    departments: node.data.departments ?? [],
    themes: node.data.themes ?? [],
    targets: (node.data.targets ?? []).map(({ line: _line, ...target }) => target),
    deadlines: node.data.deadlines ?? [],
    cites: [
      ...new Set((node.data.citations ?? []).flatMap((citation) => (citation.document ? [citation.document] : []))),
    ],
    highlights: [...(node.data.highlights ?? [])].sort((a, b) => a.start - b.start || b.end - a.end),
    ...(node.data.assignedBy ? { assignedBy: `${head.id}/${node.data.assignedBy}` } : {}),
    ...(node.data.assigns ? { assigns: `${head.id}/${node.data.assigns}` } : {}),
    source: { file: head.source, startLine: first.position.start.line, endLine: last.position.end.line },
  };
}

/**
 * Every non-whitespace character of the source must be in exactly one unit. Units hold lines, or
 * the parts of a line that holds two items (split-inline-items.ts): each character is counted where
 * its line node's position says it is, and every line must hold each of its characters once; then
 * the characters must add up.
 */
export function checkCoverage(units: UnitNode[], source: string, file: VFile): boolean {
  const held = new Uint8Array(source.length);
  for (const unit of units)
    for (const line of unit.children) {
      const { start, end } = line.position;
      for (let at = start.offset ?? 0; at < (end.offset ?? 0); at++) held[at] = Math.min(held[at]! + 1, 255);
    }
  let ok = true;
  let offset = 0;
  for (const [index, text] of source.split(/(?<=\r\n|\r(?!\n)|\n)/u).entries()) {
    const row = index + 1;
    let count: number | undefined;
    for (let at = 0; at < text.length && count === undefined; at++)
      if (!/\s/u.test(text[at]!) && held[offset + at] !== 1) count = held[offset + at];
    offset += text.length;
    if (count === undefined) continue;
    ok = false;
    report(
      file,
      'to-model:coverage',
      count === 0
        ? `Unexpected text outside every unit, expected line ${row} to belong to one unit`
        : `Unexpected line ${row} in ${count} units, expected it in exactly one`,
      { start: { line: row, column: 1 }, end: { line: row, column: text.replace(/[\r\n]+$/u, '').length + 1 } },
    );
  }
  const sourceChars = source.replace(/\s/gu, '').length;
  const unitChars = units.reduce((sum, unit) => sum + unitText(unit).replace(/\s/gu, '').length, 0);
  if (ok && sourceChars !== unitChars) {
    ok = false;
    report(
      file,
      'to-model:coverage',
      `Unexpected ${unitChars} characters in units, expected the source’s ${sourceChars}`,
      { line: 1, column: 1 },
    );
  }
  return ok;
}
