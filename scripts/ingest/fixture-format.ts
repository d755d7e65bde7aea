/**
 * A readable, line-per-fact description of an ingest run, used by the fixture tests: one line per
 * unit with its kind, numbering, title, lines, departments (`=?` unresolved, `=organisation` a company, association or institution, `=id/division` a part of that department named without it, `*` lead, `~` cooperating, `(…)` implied, not written in the unit),
 * themes, targets, deadlines and citations; the documents left out; then every message with its position
 * and rule.
 */
import type { Lineage, Relation } from '../../src/model/index.ts';
import type { RunResult } from './cli/run.ts';

const RELATIONS = ['supersedes', 'supersededBy', 'amends', 'amendedBy', 'implements', 'implementedBy'] as const;
const relation = (entry: Relation) =>
  `${entry.document ?? [entry.docNumber, entry.title && `《${entry.title}》`].filter(Boolean).join(' ')}${entry.inferred ? ` (inferred: ${entry.basis})` : ''}`;

/** Lineage lines of a document that has relations or states a status; none otherwise (most fixtures). */
function describeLineage(lineage: Lineage): string[] {
  const related = RELATIONS.filter((key) => lineage[key].length);
  if (!related.length && lineage.status.inferred) return [];
  const status = `status ${lineage.status.value} as of ${lineage.asOf}${lineage.status.inferred ? ` (inferred: ${lineage.status.basis})` : ''}`;
  const validity = `valid ${lineage.validFrom?.value ?? '?'}..${lineage.validTo?.value ?? '?'}`;
  return [
    `lineage: ${status}; ${validity}`,
    ...related.map((key) => `lineage: ${key} ${lineage[key].map(relation).join(', ')}`),
  ];
}

export function describeRun(result: RunResult): string {
  const out: string[] = [];
  for (const { document, units } of result.models) {
    out.push(`# ${document.id}: ${document.title.value} (${document.province}, ${units.length} units)`);
    for (const unit of units) {
      const parts = [
        `${unit.id.split('/')[1]} ${unit.kind} [${unit.numbering.join('|')}] ${unit.title} L${unit.source.startLine}-${unit.source.endLine}`,
      ];
      if (unit.departments.length)
        parts.push(
          `depts ${unit.departments.map((entry) => `${entry.implied ? '(' : ''}${entry.raw}${entry.implied ? ')' : ''}=${entry.id ?? (entry.organisation ? 'organisation' : '?')}${entry.division ? '/division' : ''}${entry.lead ? '*' : entry.role === 'cooperating' ? '~' : ''}`).join(', ')}`,
        );
      if (unit.assignedBy) parts.push(`assigned by ${unit.assignedBy.split('/')[1]}`);
      if (unit.assigns) parts.push(`assigns ${unit.assigns.split('/')[1]}`);
      if (unit.themes.length) parts.push(`themes ${unit.themes.join(', ')}`);
      for (const target of unit.targets)
        parts.push(
          `target ${target.metric} ${target.comparator} ${target.value}${target.year ? ` (${target.recurring ? `${target.recurring} to ` : ''}${target.year})` : ''}${target.area ? ` [${target.area}]` : ''}`,
        );
      for (const deadline of unit.deadlines)
        parts.push(`deadline ${deadline.text}=${deadline.date}${deadline.recurring ? ` (${deadline.recurring})` : ''}`);
      if (unit.cites.length) parts.push(`cites ${unit.cites.join(', ')}`);
      out.push(parts.join(' | '));
    }
    const cites = document.cites.map(
      (citation) =>
        `${citation.raw}${citation.title && !citation.raw.includes(citation.title) ? ` = 《${citation.title}》` : ''}${citation.document ? ` → ${citation.document}` : ''}`,
    );
    if (cites.length) out.push(`citations: ${cites.join('; ')}`);
    const lineage = result.exports?.documents.find((entry) => entry.id === document.id)?.lineage;
    if (lineage) out.push(...describeLineage(lineage));
  }
  if (result.excluded.length) out.push(`# left out: ${result.excluded.join(', ')}`);
  out.push('# messages');
  for (const file of result.files) {
    for (const message of file.messages) {
      const place =
        message.place && 'start' in message.place
          ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}`
          : `${message.line ?? 1}:${message.column ?? 1}`;
      out.push(
        `${file.path}:${place} ${message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'} ${message.ruleId} ${message.reason}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
