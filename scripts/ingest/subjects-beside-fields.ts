/**
 * The subjects of a task's sentences beside the fields that name its bodies (extract-departments.ts):
 * an earlier sentence of the paragraph names its own (`省工业和信息化厅、省商务厅负责推动…。推广…。
 * （省交通运输厅、省邮政管理局按职责分工负责）`), the sentence a field closes does not (`…，各级政府要…
 * （责任单位：省财政厅）`: the field says who), nor a body the fields name by another name.
 */
import { fold } from '../../src/model/fold.ts';
import type { DepartmentIndex } from './department-index.ts';
import { splitNames } from './name-lists.ts';
import type { FoundList } from './resolve-departments.ts';

/** After bodies, that each leads its own part: `分别牵头`, `要分别牵头`. */
const EACH_LEADS = /^\s*(?:要|应|将)?分别牵头/u;

/**
 * The field lists `lists` with the subjects found that name bodies of their own, in the order they
 * are written. Bodies that each lead their own part (`区人民医院、区中医医院分别牵头组建医共体`) do not
 * lead the task the fields name bodies for: they are responsible for it, after the fields' bodies.
 */
export function withSubjectsBesideFields(
  lists: readonly FoundList[],
  subjects: readonly FoundList[],
  index: DepartmentIndex,
): FoundList[] {
  const listed = namesOf(lists, index);
  const kept = subjects.filter(
    (found) =>
      !lists.some((own) => own.line === found.line && sameSentence(own, found)) && !namedAgain(found, listed, index),
  );
  const eachLeads = (found: FoundList) =>
    found.segments.some(
      (segment) => segment.role === 'lead' && EACH_LEADS.test(fold(found.line.value).slice(segment.end)),
    );
  const responsible = (found: FoundList): FoundList => ({
    ...found,
    segments: found.segments.map((segment) =>
      segment.role === 'lead' ? { ...segment, role: 'responsible' as const } : segment,
    ),
  });
  return [...kept.filter((found) => !eachLeads(found)), ...lists, ...kept.filter(eachLeads).map(responsible)];
}

/**
 * Whether a field closes the sentence of the subject found before it in its line: no full stop or `；`
 * parts them but the one that ends the sentence before the field's bracket (`…。（责任单位：…）`).
 */
function sameSentence(list: FoundList, subject: FoundList): boolean {
  const folded = fold(list.line.value);
  const [from, to] = [subject.segments[0]?.start ?? 0, list.segments[0]?.start ?? 0];
  if (to < from) return true;
  const open = Math.max(folded.lastIndexOf('(', to), folded.lastIndexOf('〔', to));
  const between = folded.slice(from, open > from ? open : to).replace(/[。;；!?！？]\s*$/u, '');
  return !/[。;；!?！？]/u.test(between);
}

/** The names of lists as written, each with the registry's department it stands for, if any. */
function namesOf(lists: readonly FoundList[], index: DepartmentIndex): Array<{ name: string; id?: string }> {
  return lists.flatMap((found) =>
    found.segments.flatMap((segment) =>
      splitNames(fold(found.line.value).slice(segment.start, segment.end)).map((part) => {
        const name = part.text.trim();
        return { name, id: index.resolve(name)?.department.id };
      }),
    ),
  );
}

/**
 * Whether a subject only names again, by other names, the departments `listed` (`各乡镇` beside a
 * field's `各乡镇人民政府`, a station beside the short name the text defines for it); one named as
 * written there is merged with it, keeping the stronger role (resolve-departments.ts).
 */
function namedAgain(
  found: FoundList,
  listed: ReadonlyArray<{ name: string; id?: string }>,
  index: DepartmentIndex,
): boolean {
  const names = namesOf([found], index);
  return (
    names.length > 0 &&
    names.every(({ id }) => id && listed.some((other) => other.id === id)) &&
    !names.some(({ name }) => listed.some((other) => other.name === name))
  );
}
