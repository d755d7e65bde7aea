/**
 * extract-departments: read each unit's responsible departments.
 *
 * Sources: the closing parenthetical `（省质监局、省工商局等按职责分工负责）` (before or after the final
 * 。), a line of its own (`责任单位：…`, `…负责落实。`), or, for duty paragraphs, the subject before
 * 要/应 (`--宣传部门、政府新闻办、广电部门要…`). Names are split on 、 and ，; the first is the lead.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { report, spanInLine } from './messages.ts';
import { responsibilityList } from './shapes.ts';
import type { LineNode, PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets } from './tree.ts';

export interface ExtractDepartmentsOptions {
  index: DepartmentIndex;
}

const SEPARATORS = /[、,]/g;
const DUTY_SUBJECT = /^(.{1,60}?)(?:要|应当|应|负责)/u;

export const extractDepartments: Plugin<[ExtractDepartmentsOptions], PolicyRoot> = function (options) {
  return (tree, file) => {
    const units = tree.children as UnitNode[];
    for (const unit of units) {
      const found = unit.kind === 'duty' && unit.children[0]!.label ? dutySubject(unit) : closingList(unit);
      if (!found) continue;
      unit.data.departments = resolveList(found, options.index, file);
      const offset = lineOffsets(unit)[unit.children.indexOf(found.line)]!;
      unit.data.highlights = [
        ...(unit.data.highlights ?? []),
        { start: offset + found.start, end: offset + found.end, kind: 'departments' },
      ];
    }
    reportMissing(units, file);
  };
};

interface FoundList {
  line: LineNode;
  start: number;
  end: number;
}

function closingList(unit: UnitNode): FoundList | undefined {
  const line = unit.children.at(-1)!;
  const span = responsibilityList(fold(line.value), line.role);
  return span ? { line, start: span[0], end: span[1] } : undefined;
}

function dutySubject(unit: UnitNode): FoundList | undefined {
  const line = unit.children[0]!;
  const start = line.labelEnd ?? 0;
  const match = DUTY_SUBJECT.exec(fold(line.value.slice(start)));
  return match ? { line, start, end: start + match[1]!.length } : undefined;
}

function resolveList(found: FoundList, index: DepartmentIndex, file: VFile): Responsibility[] {
  const list = found.line.value.slice(found.start, found.end);
  const folded = fold(list);
  const result: Responsibility[] = [];
  let cursor = 0;
  for (const part of [...folded.split(SEPARATORS)]) {
    const partStart = cursor;
    cursor += part.length + 1;
    const raw = list.slice(partStart, partStart + part.length).trim();
    if (!raw) continue;
    const written = raw.replace(/等(?:相关|有关)?(?:部门|单位)?$/u, '') || raw;
    const place = spanInLine(found.line, found.start + partStart, found.start + partStart + part.length);
    const resolution = index.resolve(written);
    if (!resolution) {
      const suggestion = index.suggest(written);
      report(
        file,
        'extract-departments:unknown',
        `Unexpected department \`${written}\`, expected an alias in registry/departments.yml${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
        place,
      );
      continue;
    }
    if (resolution.via === 'misspelling') {
      report(
        file,
        'extract-departments:misspelling',
        `Unexpected misspelling \`${written}\`, expected \`${resolution.department.aliases[0]}\` (resolved to ${resolution.department.name})`,
        place,
      );
    }
    if (result.some((entry) => entry.id === resolution.department.id && entry.raw === written)) continue;
    result.push({
      raw: written,
      id: resolution.department.id,
      name: resolution.department.name,
      lead: result.length === 0,
      role: result.length === 0 ? 'lead' : 'responsible',
    });
  }
  return result;
}

/** Measures without departments, where most measures of the document have them. */
function reportMissing(units: UnitNode[], file: VFile): void {
  const measures = units.filter((unit) => unit.kind === 'measure');
  const withDepartments = measures.filter((unit) => unit.data.departments?.length);
  if (withDepartments.length * 2 < measures.length) return;
  for (const unit of measures) {
    if (unit.data.departments?.length) continue;
    const last = unit.children.at(-1)!;
    report(
      file,
      'extract-departments:missing',
      `Unexpected measure \`${unit.numbering.join('')}\` without responsible departments, expected \`（…负责）\` as its siblings have`,
      last.position,
    );
  }
}
