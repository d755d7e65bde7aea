/** The report printed after a run: per document, units, departments, targets, citations; and time. */
import type { RunResult } from './run.ts';

export function summarize(result: RunResult, milliseconds: number, action: string): string {
  const rows = result.models.map(({ document, units, citations }) => {
    const departments = new Set(units.flatMap((unit) => unit.departments.map((entry) => entry.id)));
    return [
      document.id,
      String(units.length),
      String(units.filter((unit) => unit.kind === 'measure').length),
      String(departments.size),
      String(units.reduce((sum, unit) => sum + unit.targets.length, 0)),
      String(units.reduce((sum, unit) => sum + unit.deadlines.length, 0)),
      `${citations.filter((citation) => citation.document).length}/${citations.length}`,
    ];
  });
  const header = ['document', 'units', 'measures', 'departments', 'targets', 'deadlines', 'citations resolved'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  const totalDepartments = result.exports?.departments.filter((entry) => entry.measures.length).length ?? 0;
  return [
    line(header),
    ...rows.map(line),
    `${result.models.length} documents, ${result.exports?.measures.length ?? 0} units, ${totalDepartments} departments named, ` +
      `${result.exports?.targets.length ?? 0} targets; parsed ${result.parsed}, from cache ${result.cached}; ${action} in ${Math.round(milliseconds)} ms.`,
  ].join('\n');
}
