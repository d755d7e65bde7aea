/**
 * Document page helpers: table of contents, heading levels, neighbours, citations, metadata rows,
 * acknowledged defects of the published text.
 */
import type { Citation, CitedDocument, MetaField, PolicyDocument, Unit } from '../model/index.ts';
import { citedId } from '../model/index.ts';
import type { Corpus } from './corpus.ts';
import { formatDate, formatPeriod, unitLabel } from './format.ts';
import { localId } from '../model/ids.ts';

/**
 * Heading level (2…5) of each unit on the document page: deeper numbering goes one level down, but
 * never more than one below the previous unit, so headings stay in order.
 */
export function headingLevels(units: Array<Pick<Unit, 'numbering'>>): number[] {
  let previous = 1;
  return units.map((unit) => {
    const wanted = Math.min(5, 2 + Math.max(0, unit.numbering.length - 1));
    const level = Math.min(wanted, previous + 1);
    previous = level;
    return level;
  });
}

export interface TocEntry {
  anchor: string;
  label: string;
  /** 1 = chapter, 2 = group heading inside a chapter. */
  depth: number;
}

/**
 * Chapters (units numbered at the top level) and heading units, in document order. A unit repeating
 * an earlier entry's numbering (an unnumbered paragraph closing chapter 四 is numbered 四 too) is not
 * a new entry.
 */
export function tableOfContents(units: Unit[]): TocEntry[] {
  const seen = new Set<string>();
  return units
    .filter((unit) => unit.kind === 'heading' || unit.numbering.length === 1)
    .filter((unit) => {
      // A forwarding notice's items (`一、明确工作责任`) are numbered apart from the text's chapters.
      const key = [unit.kind === 'notice-item' ? 'notice' : 'text', ...unit.numbering].join('\u0000');
      if (unit.numbering.length && seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((unit) => ({
      anchor: localId(unit.id),
      label: unitLabel(unit),
      depth: Math.min(2, Math.max(1, unit.numbering.length)),
    }));
}

/** The units before and after `unitId` in its document. */
export function prevNext(units: Unit[], unitId: string): { previous?: Unit; next?: Unit } {
  const index = units.findIndex((unit) => unit.id === unitId);
  if (index < 0) return {};
  return { previous: units[index - 1], next: units[index + 1] };
}

export interface ResolvedCitation extends Citation {
  /** The cited corpus document, when the citation resolves to one. */
  target?: PolicyDocument;
  /** The page of the cited document outside the corpus, when it has a 文号. */
  cited?: CitedDocument;
}

/** Citations made by one unit (or the whole document), each with its corpus target when known. */
export function citationsOf(corpus: Corpus, document: PolicyDocument, unitId?: string): ResolvedCitation[] {
  return document.cites
    .filter((citation) => unitId === undefined || citation.unit === unitId)
    .map((citation) => ({
      ...citation,
      target: citation.document ? corpus.document(citation.document) : undefined,
      cited: !citation.document && citation.docNumber ? corpus.citedDocument(citedId(citation.docNumber)) : undefined,
    }));
}

/** Documents citing this one. */
export function citedBy(corpus: Corpus, document: PolicyDocument): PolicyDocument[] {
  return document.citedBy.flatMap((id) => corpus.document(id) ?? []);
}

export interface MetaRow {
  label: string;
  value: string;
  inferred: boolean;
  basis?: string;
}

const row = (label: string, field: MetaField | undefined, show: (value: string) => string = (v) => v): MetaRow[] =>
  field ? [{ label, value: show(field.value), inferred: field.inferred, basis: field.basis }] : [];

/** The metadata panel: issuer, date, 文号, province, type, period, with inference flags. */
export function metadataRows(
  document: PolicyDocument,
  labels: Record<'issuer' | 'date' | 'docNumber' | 'province' | 'type' | 'period', string>,
): MetaRow[] {
  return [
    ...row(labels.issuer, document.issuer),
    ...row(labels.date, document.date, formatDate),
    ...row(labels.docNumber, document.docNumber),
    { label: labels.province, value: document.province, inferred: false },
    { label: labels.type, value: document.type, inferred: false },
    ...row(labels.period, document.period, formatPeriod),
  ];
}

/** Enclosing units (chapter, group…) of a unit, outermost first: units whose numbering is a prefix of its own. */
export function ancestors(units: Unit[], unit: Unit): Unit[] {
  const isPrefix = (outer: string[]) =>
    outer.length > 0 && outer.length < unit.numbering.length && outer.every((label, i) => unit.numbering[i] === label);
  const found = new Map<number, Unit>();
  for (const other of units) {
    if (other.order >= unit.order) break;
    if (isPrefix(other.numbering) && other.numbering.at(-1) !== '--') found.set(other.numbering.length, other);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, u]) => u);
}

/** An acknowledged defect of the published text (原文如此), placed on the document page. */
export type AcknowledgedEntry = PolicyDocument['acknowledged'][number] & {
  /** Anchor of its entry in the document page's 原文如此 section. */
  anchor: string;
  /** The unit whose source lines hold the line, when one does (blank lines belong to none). */
  unit?: Unit;
};

/** The document's acknowledgments in source-line order, each with its anchor and the unit holding its line. */
export function acknowledgedIn(document: PolicyDocument, units: Unit[]): AcknowledgedEntry[] {
  return [...document.acknowledged]
    .sort((a, b) => a.line - b.line)
    .map((entry, index) => {
      const unit = units.find((u) => u.source.startLine <= entry.line && entry.line <= u.source.endLine);
      return { ...entry, anchor: `ack-${index + 1}`, ...(unit ? { unit } : {}) };
    });
}
