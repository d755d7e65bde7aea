/**
 * extract-departments: read each unit's responsible departments and the role the text gives each.
 *
 * Sources (responsibility.ts): a closing clause in brackets (`（省质监局、省工商局等按职责分工负责）`,
 * `〔责任单位：…〕`, `【牵头单位：…；配合单位：…】`, `（A牵头，B、C配合）`), labels after the task
 * (`…。牵头单位：A；配合单位：B。`), a line of its own (`责任单位：…`, `…负责落实。`), or, for duty
 * paragraphs, the subject before 要/应 or a colon (`--宣传部门、政府新闻办、广电部门要…`, `省市场监管局：负责…`). Names are split on 、 ，
 * and ；. The lead is the one labelled 牵头, else the first named. A name the registry does not know is
 * kept as written, unresolved, and reported.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { isDeadlineField } from './line-shapes.ts';
import { report, spanInLine } from './messages.ts';
import {
  dutySubjectLength,
  findResponsibility,
  innerResponsibilities,
  isOrgList,
  splitNames,
  TRAILING_ETC,
  withSharedEnding,
} from './responsibility.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import type { LineNode, PolicyRoot, UnitNode } from './tree.ts';
import { lineOffsets } from './tree.ts';

export interface ExtractDepartmentsOptions {
  index: DepartmentIndex;
  /** The document's issuer (`广东省市场监督管理局`), whose own divisions a text may name (`质量发展处`). */
  issuer?: string;
}

/** Wording that says a text assigns tasks to departments, for the whole-document check. */
const RESPONSIBILITY_WORDING = /(?:牵头|责任|配合)(?:单位|部门)\s*:|负责落实|按职责分工负责|牵头负责/u;

export const extractDepartments: Plugin<[ExtractDepartmentsOptions], PolicyRoot> = function (options) {
  return (tree, file) => {
    const units = tree.children as UnitNode[];
    /** Units whose departments come from their sentences' subjects, not from a clause. */
    const bySubject = new Set<UnitNode>();
    for (const unit of units) {
      const closing =
        closingList(unit) ?? (unit.kind === 'duty' && unit.children[0]!.label ? dutySubject(unit) : undefined);
      // The parts of a task that name their own departments come first, in the order they are written.
      let lists = [...innerLists(unit, closing), ...(closing ? [closing] : [])];
      if (lists.length === 0 && unit.children[0]!.label && SUBJECT_KINDS.has(unit.kind)) {
        lists = sentenceSubjects(unit, options.index);
        if (lists.length) bySubject.add(unit);
      }
      if (lists.length === 0) continue;
      const offsets = lineOffsets(unit);
      unit.data.departments = resolveSegments(lists, { ...options, file });
      unit.data.highlights = [
        ...(unit.data.highlights ?? []),
        ...lists.flatMap((found) => {
          const offset = offsets[unit.children.indexOf(found.line)]!;
          return found.segments.map((segment) => ({
            start: offset + segment.start,
            end: offset + segment.end,
            kind: 'departments' as const,
          }));
        }),
      ];
    }
    reportMissing(units, bySubject, file);
  };
};

interface FoundList {
  line: LineNode;
  segments: ResponsibilitySegment[];
  /** Where its clause starts in the line, when it is a clause. */
  start?: number;
}

/** Bracketed clauses that end a part of a task (`一是…（A负责）；二是…`), before the unit's closing clause. */
function innerLists(unit: UnitNode, closing: FoundList | undefined): FoundList[] {
  return unit.children.flatMap((line) => {
    const folded = fold(line.value);
    const end = line === closing?.line ? (closing.start ?? folded.length) : folded.length;
    return innerResponsibilities(folded, end).map((clause) => ({
      line,
      segments: clause.segments,
      start: clause.start,
    }));
  });
}

/** The responsibility clause of the unit's last line (or the line before a deadline-only line). */
function closingList(unit: UnitNode): FoundList | undefined {
  for (const line of unit.children.slice(-2).reverse()) {
    const clause = findResponsibility(fold(line.value));
    if (clause) return { line, segments: clause.segments, start: clause.start };
    if (!isDeadlineField(fold(line.value))) return undefined;
  }
  return undefined;
}

/** The subject of a duty paragraph, as its responsible departments (responsibility.ts dutySubjectLength). */
function dutySubject(unit: UnitNode): FoundList | undefined {
  const line = unit.children[0]!;
  const start = line.labelEnd ?? 0;
  const length = dutySubjectLength(fold(line.value.slice(start)));
  return length ? { line, segments: [{ start, end: start + length, role: 'responsible' }] } : undefined;
}

/** Numbered units whose sentences may assign themselves to a department by naming it as subject. */
const SUBJECT_KINDS = new Set<UnitNode['kind']>(['measure', 'requirement', 'project']);
/**
 * Where a clause starts, after the unit's label: the text's start, or after a full stop, `；` or a
 * comma (`…，省财政厅要统筹安排资金`); a 由 before the subject is no part of it (`，由省财政厅负责…`).
 */
const CLAUSE_START = /(?:^|[。;；!?！？,，])\s*(?:由(?=[省市县区州盟自各]))?/gu;
/** A government body by the shape of its name, known to the registry or not (`省大数据局`, `省…领导小组`). */
const GOVERNMENT_BODY =
  /^(?:省|市|自治区|区|州|盟|县)(?:(?!联合|配合|协同)[^、,;]){1,20}(?:厅|局|委|委员会|办|办公室|署|总队|领导小组)$/u;

/**
 * A numbered task with no responsibility clause, whose sentences or clauses say who acts by their
 * subject: `（三）强化督导考核。省市场监管局要会同有关部门…`, `第五条 省市场监督管理局负责全省…`,
 * `…，省财政厅要给予补助`. Only a subject of government bodies counts (each a department of the
 * registry, the local governments, or shaped like a department: 省…厅/局/委/办), so that the parties
 * a text regulates (`电梯使用单位应当…`, `企业要…`) and the collectives it exhorts (`各地各部门要…`,
 * `有关部门要…`) are not read as responsible. The verb 牵头 makes a lead;
 * bodies named after 会同 cooperate (`A会同B负责…`, `A牵头，会同B、C，…`).
 */
function sentenceSubjects(unit: UnitNode, index: DepartmentIndex): FoundList[] {
  return unit.children.flatMap((line, position) => {
    const folded = fold(line.value);
    const from = position === 0 ? (line.labelEnd ?? 0) : 0;
    const found: FoundList[] = [];
    for (const match of folded.slice(from).matchAll(CLAUSE_START)) {
      const start = from + match.index + match[0].length;
      const length = dutySubjectLength(folded.slice(start));
      if (!length) continue;
      // `省发展改革委会同省财政厅负责…`: the body before 会同 acts, the ones after it cooperate.
      const together = folded.slice(start, start + length).indexOf('会同');
      const split = together > 0 ? start + together : start + length;
      const names = withSharedEnding(
        folded
          .slice(start, start + length)
          .split('会同')
          .flatMap((part) => splitNames(part).map((name) => name.text)),
      );
      if (!names.every((name) => isGovernmental(name.replace(TRAILING_ETC, ''), index))) continue;
      const role = folded.startsWith('牵头', start + length) ? 'lead' : 'responsible';
      const segments: ResponsibilitySegment[] = [{ start, end: split, role }];
      if (split < start + length) segments.push({ start: split + 2, end: start + length, role: 'cooperating' });
      // `省市场监管局牵头，会同省住房城乡建设厅、省公安厅，建立…`, `省财政厅要会同省发展改革委研究…`
      const joined = /^(?:要|应当|应|牵头[,，]?\s*)会同/u.exec(folded.slice(start + length));
      const after = start + length + (joined?.[0].length ?? 0);
      const bodies = joined ? leadingBodies(folded.slice(after), index) : 0;
      if (bodies) segments.push({ start: after, end: after + bodies, role: 'cooperating' });
      found.push({ line, segments });
    }
    return found;
  });
}

/**
 * The length of the list of government bodies the text starts with, and no verb runs on: the
 * longest list of names the registry knows (`省发展改革委研究…`), or of names shaped like bodies that
 * a comma or stop ends (`省公安厅、省大数据局，建立…`), so that `研究…办法` is never read as a `…办`.
 */
function leadingBodies(folded: string, index: DepartmentIndex): number {
  for (let end = Math.min(folded.length, 80); end > 1; end--) {
    const list = folded.slice(0, end);
    if (!isOrgList(list)) continue;
    const names = withSharedEnding(splitNames(list).map((name) => name.text.trim())).map(
      (name) => name.replace(TRAILING_ETC, '') || name,
    );
    if (!names.every((name) => isGovernmental(name, index))) continue;
    if (end === folded.length || /^[,，;；。]/u.test(folded.slice(end)) || names.every((name) => index.resolve(name)))
      return end;
  }
  return 0;
}

/**
 * A department of the registry, the local governments as a whole written as governments
 * (`各县（市、区）人民政府`, `县级以上人民政府`, `乡镇人民政府、街道办事处`; not `各地` nor `有关部门`),
 * or a name shaped like a government body's.
 */
function isGovernmental(name: string, index: DepartmentIndex): boolean {
  const written = name.trim();
  const known = index.resolve(written);
  if (!known) return GOVERNMENT_BODY.test(written);
  return known.department.kind === 'department' || /(?:政府|街道办事处)$/u.test(written);
}

/** A role written after a name in brackets, as tables and lists mark it: `省市场监管局（牵头）`, `〔配合〕`. */
const ROLE_MARK = /\s*[(（〔【[]\s*(牵头|主责|配合|参与|协办)\s*[)）〕】\]]$/u;

/** The role a name's mark gives it, and where the mark starts; undefined without one. */
function markedRole(folded: string): { role: Responsibility['role']; at: number } | undefined {
  const mark = ROLE_MARK.exec(folded);
  return mark ? { role: /牵头|主责/u.test(mark[1]!) ? 'lead' : 'cooperating', at: mark.index } : undefined;
}

interface Resolving extends ExtractDepartmentsOptions {
  file: VFile;
}

function resolveSegments(lists: FoundList[], resolving: Resolving): Responsibility[] {
  const result: Responsibility[] = [];
  const labelledLead = lists.some((found) =>
    found.segments.some(
      (segment) =>
        segment.role === 'lead' ||
        splitNames(fold(found.line.value.slice(segment.start, segment.end))).some(
          (name) => markedRole(name.text.trim())?.role === 'lead',
        ),
    ),
  );
  for (const found of lists)
    for (const segment of found.segments) {
      const list = found.line.value.slice(segment.start, segment.end);
      const parts = splitNames(fold(list));
      // `发展改革、财政等部门`: each sector is looked up with the ending the list shares.
      const lookups = withSharedEnding(parts.map((part) => part.text.trim()));
      for (const [position, { start: partStart, text: part }] of parts.entries()) {
        const raw = list.slice(partStart, partStart + part.length).trim();
        if (!raw) continue;
        const mark = markedRole(fold(raw));
        const name = mark ? raw.slice(0, mark.at) : raw;
        const written = name.replace(TRAILING_ETC, '') || name;
        const place = spanInLine(found.line, segment.start + partStart, segment.start + partStart + part.length);
        const role: Responsibility['role'] =
          mark?.role ??
          (segment.role === 'lead' || (!labelledLead && segment.role === 'responsible' && result.length === 0)
            ? 'lead'
            : segment.role);
        const lookup = lookups[position] !== part.trim() ? lookups[position]!.replace(TRAILING_ETC, '') : undefined;
        const entry = resolveName(written, role, resolving, place, lookup);
        if (result.some((other) => other.raw === entry.raw && other.id === entry.id)) continue;
        result.push(entry);
      }
    }
  return result;
}

/**
 * A division inside a body, named without its body (`质量发展处`, `省局标准化处`, `综合科`): not a
 * body of its own level (`省大数据发展办公室`, `市政府办公室`).
 */
const DIVISION = /^(?:省局|市局|本局|本厅)?(?![省市县区州盟各国])\p{Script=Han}{2,12}(?:处|处室|科|(?<!办公)室)$/u;

function resolveName(
  written: string,
  role: Responsibility['role'],
  { index, file, issuer }: Resolving,
  place: ReturnType<typeof spanInLine>,
  /** The name to look up when it differs from the written one (a sector with its list's ending). */
  lookup = written,
): Responsibility {
  const resolution = index.resolve(lookup);
  // A department's own document names its divisions: they act for it (`质量发展处牵头`).
  const body = !resolution && issuer && DIVISION.test(fold(written)) ? index.resolve(fold(issuer)) : undefined;
  if (body?.department.kind === 'department') {
    report(
      file,
      'extract-departments:division',
      `Unexpected division \`${written}\` named without its body, expected a department; read as a division of the issuer ${issuer} (${body.department.name})`,
      place,
    );
    return { raw: written, id: body.department.id, name: body.department.name, lead: role === 'lead', role };
  }
  if (!resolution) {
    const suggestion = index.suggest(written);
    report(
      file,
      'extract-departments:unknown',
      `Unexpected department \`${written}\`, expected an alias in registry/departments.yml${suggestion ? ` (did you mean ${suggestion}?)` : ''}; kept as written, unresolved`,
      place,
    );
    return { raw: written, lead: role === 'lead', role };
  }
  if (resolution.via === 'misspelling') {
    report(
      file,
      'extract-departments:misspelling',
      `Unexpected misspelling \`${written}\`, expected \`${resolution.department.aliases[0]}\` (resolved to ${resolution.department.name})`,
      place,
    );
  }
  return {
    raw: written,
    id: resolution.department.id,
    name: resolution.department.name,
    lead: role === 'lead',
    role,
  };
}

/**
 * Measures without departments, where most measures of the document end with a clause naming
 * them, or where none has although the text uses the wording of responsibilities. Departments read
 * from a sentence's subject (`bySubject`) are no such clause: a 办法 assigns some articles to
 * departments that way and leaves others (its purpose, what a regulated party must do) to nobody.
 */
function reportMissing(units: UnitNode[], bySubject: ReadonlySet<UnitNode>, file: VFile): void {
  const measures = units.filter((unit) => unit.kind === 'measure' && unit.children[0]!.label);
  const withDepartments = measures.filter((unit) => unit.data.departments?.length && !bySubject.has(unit));
  if (withDepartments.length === 0 && measures.length > 0) {
    const wording = units
      .flatMap((unit) => unit.children)
      .find((line) => RESPONSIBILITY_WORDING.test(fold(line.value)));
    if (wording) {
      report(
        file,
        'extract-departments:missing',
        `Unexpected document without any responsible department, expected the responsibility wording on line ${wording.position.start.line} to name departments at the end of its measures`,
        wording.position,
      );
    }
    return;
  }
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
