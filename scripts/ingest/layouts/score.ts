/**
 * Scores one pipeline result against a hand-written expectation of a layout fixture. Each score is
 * a share in [0, 1]; 1 everywhere means the pipeline cut, classified and read the document exactly as
 * the expectation says.
 */
import type { PolicyModel } from '../to-model.ts';
import type { Expected, ExpectedTarget, ExpectedUnit, HeaderField } from './expected-format.ts';
import { headerFields } from './expected-format.ts';

export interface Score {
  /** Expected units found with exactly the same line range, over expected + unexpected units. */
  units: number;
  /** Matched units with the expected kind. */
  kinds: number;
  /** Matched units whose numbering is as expected (units given without numbering are not counted). */
  numbering: number;
  /** Expected units whose ordered department list (raw names and lead) is exactly as expected. */
  departments: number;
  /** Expected department names read with the expected resolution (known / `=?`). */
  resolution: number;
  /** Targets found that are expected, by (metric, value, year). */
  targetPrecision: number;
  /** Expected targets found, by (metric, value, year). */
  targetRecall: number;
  /** Matched targets with the expected comparator. */
  comparators: number;
  /** Header fields (title, issuer, date, docNumber, province, period) as expected. */
  header: number;
}

export interface DocumentScore {
  id: string;
  score: Score;
  /** One line per difference, for the failure report. */
  problems: string[];
}

type ModelUnit = PolicyModel['units'][number];
type ModelDepartment = ModelUnit['departments'][number];

const share = (good: number, total: number) => (total === 0 ? 1 : good / total);
const range = (start: number, end: number) => `L${start}-${end}`;

/** A name the registry did not resolve: kept as written, without an id. */
export function isUnresolved(department: ModelDepartment): boolean {
  return department.id === undefined;
}

const showDepartments = (list: ReadonlyArray<{ raw: string; lead: boolean }>) =>
  list.map((entry) => `${entry.raw}${entry.lead ? '*' : ''}`).join(' ') || '(none)';

const targetKey = (target: { metric: string; value: string; year?: number }) =>
  `${target.metric} | ${target.value} | ${target.year ?? '?'}`;

export function scoreDocument(id: string, expected: Expected, model: PolicyModel | undefined): DocumentScore {
  const problems: string[] = [];
  if (!model) {
    problems.push('no model: the pipeline produced no document');
    const zero = { units: 0, kinds: 0, numbering: 0, departments: 0, resolution: 0 };
    return {
      id,
      score: { ...zero, targetPrecision: 0, targetRecall: 0, comparators: 0, header: 0 },
      problems,
    };
  }
  const byRange = new Map(model.units.map((unit) => [range(unit.source.startLine, unit.source.endLine), unit]));
  const expectedRanges = new Set(expected.units.map((unit) => range(unit.startLine, unit.endLine)));
  const pairs: Array<[ExpectedUnit, ModelUnit]> = [];
  for (const unit of expected.units) {
    const found = byRange.get(range(unit.startLine, unit.endLine));
    if (found) pairs.push([unit, found]);
    else problems.push(`unit ${range(unit.startLine, unit.endLine)} ${unit.kind}: not found`);
  }
  const extra = model.units.filter((unit) => !expectedRanges.has(range(unit.source.startLine, unit.source.endLine)));
  for (const unit of extra)
    problems.push(`unit ${range(unit.source.startLine, unit.source.endLine)} ${unit.kind}: not expected`);

  let kinds = 0;
  let numbered = 0;
  let numbering = 0;
  for (const [want, got] of pairs) {
    const where = `unit ${range(want.startLine, want.endLine)}`;
    if (want.kind === got.kind) kinds++;
    else problems.push(`${where}: kind ${got.kind}, expected ${want.kind}`);
    if (want.numbering) {
      numbered++;
      if (want.numbering.join('|') === got.numbering.join('|')) numbering++;
      else problems.push(`${where}: numbering ${got.numbering.join('|')}, expected ${want.numbering.join('|')}`);
    }
  }

  const found = new Map(pairs.map(([want, got]) => [want, got]));
  let departments = 0;
  let names = 0;
  let resolved = 0;
  for (const want of expected.units) {
    const got = found.get(want)?.departments ?? [];
    const where = `unit ${range(want.startLine, want.endLine)}`;
    if (showDepartments(want.departments) === showDepartments(got)) departments++;
    else problems.push(`${where}: departments ${showDepartments(got)}, expected ${showDepartments(want.departments)}`);
    for (const name of want.departments) {
      names++;
      const entry = got.find((department) => department.raw === name.raw);
      if (entry && isUnresolved(entry) === !name.known) resolved++;
      else if (entry)
        problems.push(`${where}: ${name.raw} ${name.known ? 'should resolve' : 'should stay unresolved (=?)'}`);
      else problems.push(`${where}: ${name.raw} not read, so its resolution cannot be checked`);
    }
  }

  const targets = scoreTargets(
    expected.units.flatMap((unit) => unit.targets),
    model.units.flatMap((unit) => unit.targets),
    problems,
  );
  return {
    id,
    score: {
      units: share(pairs.length, expected.units.length + extra.length),
      kinds: share(kinds, pairs.length),
      numbering: share(numbering, numbered),
      departments: share(departments, expected.units.length),
      resolution: share(resolved, names),
      ...targets,
      header: scoreHeader(expected, model, problems),
    },
    problems,
  };
}

function scoreTargets(
  wanted: ExpectedTarget[],
  got: ReadonlyArray<{ metric: string; value: string; comparator: string; year?: number }>,
  problems: string[],
): Pick<Score, 'targetPrecision' | 'targetRecall' | 'comparators'> {
  const left = [...got];
  let matched = 0;
  let comparators = 0;
  for (const want of wanted) {
    const index = left.findIndex((target) => targetKey(target) === targetKey(want));
    if (index < 0) {
      problems.push(`target ${targetKey(want)}: not found`);
      continue;
    }
    const [hit] = left.splice(index, 1);
    matched++;
    if (hit!.comparator === want.comparator) comparators++;
    else problems.push(`target ${targetKey(want)}: comparator ${hit!.comparator}, expected ${want.comparator}`);
  }
  for (const target of left) problems.push(`target ${targetKey(target)}: not expected`);
  return {
    targetPrecision: share(matched, got.length),
    targetRecall: share(matched, wanted.length),
    comparators: share(comparators, matched),
  };
}

function scoreHeader(expected: Expected, model: PolicyModel, problems: string[]): number {
  const { document } = model;
  const actual: Record<HeaderField, string | undefined> = {
    title: document.title.value,
    issuer: document.issuer.value,
    date: document.date.value,
    docNumber: document.docNumber?.value,
    province: document.provinceId,
    period: document.period.value,
  };
  let good = 0;
  for (const field of headerFields) {
    if (actual[field] === expected.header[field]) good++;
    else problems.push(`${field}: ${actual[field] ?? '(none)'}, expected ${expected.header[field] ?? '(none)'}`);
  }
  return good / headerFields.length;
}
