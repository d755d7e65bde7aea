/**
 * The departments of the lists found in a unit (extract-departments.ts), resolved through the
 * registry: each name with its role (牵头 lead, responsible, cooperating), a role marked after a
 * name (`省市场监管局（牵头）`), a sector looked up with its list's ending (`发展改革、财政等部门`), a
 * division of the issuing department (`质量发展处`) or a township's office (`经发办`) filed under the issuer
 * (issuer-units.ts); a company, association or institution
 * (`…有限公司`) kept as written as no department; an unknown name kept as written, unresolved, and reported.
 */
import type { VFile } from 'vfile';
import { fold } from '../../src/model/fold.ts';
import type { Responsibility } from '../../src/model/index.ts';
import type { DepartmentIndex } from './department-index.ts';
import { report, spanInLine } from './messages.ts';
import { ROLE_MARK, splitNames, TRAILING_ETC } from './name-lists.ts';
import { withSharedEnding } from './body-lists.ts';
import type { ResponsibilitySegment } from './responsibility.ts';
import type { LineNode } from './tree.ts';
import { issuersUnit } from './issuer-units.ts';
import { isOrganisation } from './unregistered-names.ts';

/** A list of departments in one line of a unit, with the role the text gives each part. */
export interface FoundList {
  line: LineNode;
  segments: ResponsibilitySegment[];
  /** Where its clause starts in the line, when it is a clause. */
  start?: number;
}

/** The role a name's mark gives it, and where the mark starts; undefined without one. */
function markedRole(folded: string): { role: Responsibility['role']; at: number } | undefined {
  const mark = ROLE_MARK.exec(folded);
  if (!mark) return undefined;
  const role = /牵头|主责/u.test(mark[1]!) ? 'lead' : /负责/u.test(mark[1]!) ? 'responsible' : 'cooperating';
  return { role, at: mark.index };
}

/**
 * The role each name of a list is marked with: its own mark, or the mark of the names it is joined to
 * by 、 (`省公安厅、省市场监管局（牵头），省农业农村厅`: both lead). The mark's offset is where the name ends.
 */
function markedRoles(list: string, parts: Array<{ start: number; text: string }>) {
  const marks = parts.map(({ text }) => markedRole(fold(text.trim())));
  for (let position = parts.length - 2; position >= 0; position--) {
    const part = parts[position]!;
    const joiner = list.slice(part.start + part.text.length, parts[position + 1]!.start).trim();
    const next = marks[position + 1];
    if (!marks[position] && next && joiner === '、') marks[position] = { role: next.role, at: part.text.trim().length };
  }
  return marks;
}

export interface Resolving {
  index: DepartmentIndex;
  /** The document's issuer (`广东省市场监督管理局`), whose own divisions a text may name (`质量发展处`). */
  issuer?: string;
  /**
   * The body whose divisions a part lists, named by its lead-in (a 三定规定's `第四条 市市场监督管理局设下列
   * 内设机构：` / `办公室。负责…`): its divisions are its, as the issuer's are in its own document.
   */
  owner?: string;
  /** The file the unknown names are reported on. */
  file: VFile;
  /**
   * The year the document was issued: a short name of a body dissolved before it means the body that
   * took its duties over (DepartmentIndex.laterBody).
   */
  year?: number;
}

/** How much a role says a body does, for a body a task names twice. */
const RANK: Record<Responsibility['role'], number> = { lead: 3, responsible: 2, cooperating: 1 };

export function resolveSegments(lists: FoundList[], resolving: Resolving): Responsibility[] {
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
      // A bracket of its own after a later sentence of the task (`…。（A、B按职责分工负责）鼓励…。（C、D按职责
      // 分工负责）`) names that part's doers: the first of its list leads them, as the first bracket's does
      // (a bracket of one body, `（B负责）`, names who does that part, no lead).
      const ownBracket =
        result.length > 0 &&
        found.segments[0] === segment &&
        // its label too (`…。（责任单位：C、D）`)
        /[(（]\s*(?:[^()（）:：，。；]{1,8}[:：]\s*)?$/u.test(found.line.value.slice(0, segment.start));
      // So does a later sentence's subject that acts with partners of its own (`A要…。B要会同C…`): B leads C.
      const ownSentence =
        result.length > 0 &&
        found.segments[0] === segment &&
        found.segments.some((other) => other.role === 'cooperating') &&
        /[。;；]\s*$/u.test(found.line.value.slice(0, segment.start));
      const parts = splitNames(fold(list));
      // `发展改革、财政等部门`: each sector is looked up with the ending the list shares.
      const lookups = withSharedEnding(parts.map((part) => part.text.trim()));
      const marks = markedRoles(fold(list), parts);
      for (const [position, { start: partStart, text: part }] of parts.entries()) {
        const raw = list.slice(partStart, partStart + part.length).trim();
        // An empty table cell's mark (`配合单位：—`, `／`, `无`) names no one.
        if (!raw || /^(?:[—–\-/／]+|无)$/u.test(raw)) continue;
        const mark = marks[position];
        const name = mark ? raw.slice(0, mark.at) : raw;
        const written = name.replace(TRAILING_ETC, '') || name;
        const place = spanInLine(found.line, segment.start + partStart, segment.start + partStart + part.length);
        // A mark of 负责 says no more than an unmarked name's list does: the first of it leads.
        const role: Responsibility['role'] =
          (mark?.role === 'responsible' ? undefined : mark?.role) ??
          (segment.role === 'lead' ||
          (!labelledLead &&
            segment.role === 'responsible' &&
            (result.length === 0 || (position === 0 && ((ownBracket && parts.length > 1) || ownSentence))))
            ? 'lead'
            : segment.role);
        const lookup = lookups[position] !== part.trim() ? lookups[position]!.replace(TRAILING_ETC, '') : undefined;
        const entry = resolveName(written, role, resolving, place, lookup);
        // Named again in another clause of the task (`一是…（A负责）；三是…（A牵头，B配合）`): the
        // strongest role it is given.
        const again = result.findIndex((other) => other.raw === entry.raw && other.id === entry.id);
        if (again < 0) result.push(entry);
        else if (RANK[entry.role] > RANK[result[again]!.role])
          result[again] = { ...result[again]!, role: entry.role, lead: entry.lead };
      }
    }
  return result;
}

/**
 * A city, prefecture, county or township named bare where the text says who acts (`责任单位：安澜市`, `石门乡`):
 * its government, as the registry reads `安澜市人民政府`. Not a province (`岚州省`), nor `各市`, `全县`.
 */
const BARE_PLACE = /^(?:(?!省|各|全|本|该)\p{Script=Han}){2,4}(?:市|州|盟|县|区|旗|乡|镇)$/u;

function resolveName(
  written: string,
  role: Responsibility['role'],
  { index, file, issuer, owner, year }: Resolving,
  place: ReturnType<typeof spanInLine>,
  /** The name to look up when it differs from the written one (a sector with its list's ending). */
  lookup = written,
): Responsibility {
  const found =
    index.resolve(lookup) ?? (BARE_PLACE.test(fold(lookup)) ? index.resolve(`${fold(lookup)}人民政府`) : undefined);
  const later = found && year !== undefined ? index.laterBody(found, year) : undefined;
  // A short name the later body goes by too (`省林业局` in 2025) is no old name: nothing to tell.
  if (found && later && !index.isShortNameOf(later.key, later.department))
    report(
      file,
      'extract-departments:later-body',
      `Unexpected \`${written}\` of ${found.department.name}, dissolved in ${found.department.dissolved}, in a document of ${year}; read as ${later.department.name}, which took its duties over`,
      place,
    );
  const resolution = later ?? found;
  // The issuer's own units, named without it (`质量发展处牵头`, a township's `经发办`): they act for it.
  const unit = resolution
    ? undefined
    : owner
      ? issuersUnit(written, owner, index, 'lister')
      : issuersUnit(written, issuer, index);
  if (unit) {
    report(file, 'extract-departments:division', unit.message, place);
    const { department } = unit.body;
    return { raw: written, id: department.id, name: department.name, lead: role === 'lead', role, division: true };
  }
  if (!resolution && isOrganisation(fold(written))) {
    report(
      file,
      'extract-departments:organisation',
      `Unexpected company, association or institution \`${written}\` among the departments, expected a government body; kept as written, no department`,
      place,
    );
    return { raw: written, lead: role === 'lead', role, organisation: true };
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
