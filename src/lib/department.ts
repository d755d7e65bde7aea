/** Department page helpers: the responsibility list (责任清单) of one department across provinces. */
import type { Unit } from '../model/index.ts';
import { ui } from '../ui-strings.ts';
import { groupBy, type Corpus } from './corpus.ts';
import { countRoles, isResolved, roleOf, strongestRole, type Role, type RoleCounts } from './responsibility.ts';
import { paths } from './url.ts';
import { readConfig } from '../config.ts';
import { writtenNames, type WrittenNames } from '../model/written-names.ts';

export interface Responsible {
  unit: Unit;
  /** What the department does in this unit: leads (牵头), is responsible, or cooperates (配合). */
  role: Role;
  /** The name as written in this unit, or where the text gives it to the unit (`implied`). */
  raw: string;
  /** The unit does not write the name: the issuer's own work, or bodies named once for every task. */
  implied?: true;
}

export interface ProvinceGroup {
  provinceId: string;
  province: string;
  documents: Array<{ documentId: string; title: string; items: Responsible[] }>;
  count: number;
}

export interface ThemeGroup {
  themeId: string;
  name: string;
  items: Responsible[];
}

/** The units naming a department, counted by role (`total`, `lead`, `responsible`, `cooperating`). */
export interface ResponsibilityList extends RoleCounts {
  items: Responsible[];
  byProvince: ProvinceGroup[];
  /** Grouped by theme (primary or secondary), in theme order. */
  byTheme: ThemeGroup[];
}

/**
 * Above this many units a department page shows counts and links, and its units are listed on one
 * page per province (/departments/<id>/<province>/): at thousands of documents a single list would
 * be megabytes of HTML. At or below it, everything is on the department page and there are no
 * per-province pages. Set DEPARTMENT_LIST_LIMIT at build time to change it (npm test builds the
 * sub-path site with a low limit, so both layouts are tested).
 */
export function fullListLimit(): number {
  return (limitOfBuild ??= readConfig().departmentListLimit);
}
let limitOfBuild: number | undefined;

/** True when the department's units are listed per province rather than on its own page. */
export const listedPerProvince = (list: Pick<ResponsibilityList, 'total'>, limit: number = fullListLimit()): boolean =>
  list.total > limit;

/**
 * Where a department's units in one province are listed: its per-province page when it has one,
 * else the province's section of the department page.
 */
export function departmentInProvince(
  corpus: Corpus,
  departmentId: string,
  provinceId: string,
  limit: number = fullListLimit(),
): string {
  return listedPerProvince({ total: unitsNaming(corpus, departmentId).length }, limit)
    ? paths.departmentProvince(departmentId, provinceId)
    : paths.department(departmentId, `p-${provinceId}`);
}

/** Units naming each department, in corpus order: built once per corpus. */
const namingIndex = new WeakMap<Corpus, Map<string, Responsible[]>>();

function unitsNaming(corpus: Corpus, departmentId: string): Responsible[] {
  let index = namingIndex.get(corpus);
  if (!index) {
    index = new Map();
    for (const unit of corpus.namingUnits) {
      // Unresolved names have no department page: /departments/unresolved/ lists them (unresolved.ts).
      for (const entry of unit.departments.filter(isResolved)) {
        const list = index.get(entry.id) ?? [];
        const role = roleOf(entry);
        // A department named twice in one unit counts once, with its first spelling and strongest role.
        const last = list.at(-1);
        if (last?.unit !== unit) list.push({ unit, role, raw: entry.raw, ...(entry.implied ? { implied: true } : {}) });
        else last.role = strongestRole([last.role, role])!;
        index.set(entry.id, list);
      }
    }
    namingIndex.set(corpus, index);
  }
  return index.get(departmentId) ?? [];
}

/**
 * Every unit naming the department (duty paragraphs included), in corpus order, grouped by province
 * and document, and by theme (a unit with two themes is in both groups, like the matrices count it).
 * With `provinceId`, only that province's units.
 */
export function measuresByDepartment(corpus: Corpus, departmentId: string, provinceId?: string): ResponsibilityList {
  const all = unitsNaming(corpus, departmentId);
  const items = provinceId ? all.filter((item) => item.unit.provinceId === provinceId) : all;
  const perProvince = groupBy(items, (item) => item.unit.provinceId);
  const byProvince = corpus.activeProvinces.flatMap((province): ProvinceGroup[] => {
    const inProvince = perProvince.get(province.id) ?? [];
    if (!inProvince.length) return [];
    const documents = [...groupBy(inProvince, (item) => item.unit.document)].map(([documentId, list]) => ({
      documentId,
      title: corpus.document(documentId)?.title.value ?? documentId,
      items: list,
    }));
    return [{ provinceId: province.id, province: province.name, documents, count: inProvince.length }];
  });
  const perTheme = new Map<string, Responsible[]>();
  for (const item of items)
    for (const themeId of new Set(item.unit.themes)) {
      const list = perTheme.get(themeId);
      if (list) list.push(item);
      else perTheme.set(themeId, [item]);
    }
  const byTheme = corpus.activeThemes.flatMap((theme): ThemeGroup[] => {
    const list = perTheme.get(theme.id) ?? [];
    return list.length ? [{ themeId: theme.id, name: theme.name, items: list }] : [];
  });
  return { items, ...countRoles(items), byProvince, byTheme };
}

/** Duty paragraphs (units of kind `duty`) naming the department, e.g. shanxi-2013-opinions 六、职责分解. */
export function dutyParagraphs(corpus: Corpus, departmentId: string, provinceId?: string): Unit[] {
  return unitsNaming(corpus, departmentId)
    .map((item) => item.unit)
    .filter((unit) => unit.kind === 'duty' && (!provinceId || unit.provinceId === provinceId));
}

/** The names the department goes by in each province, as written, and its parts named without it. */
export function localNames(corpus: Corpus, departmentId: string): WrittenNames[] {
  return writtenNames(
    unitsNaming(corpus, departmentId).map((item) => item.unit),
    departmentId,
  );
}

/**
 * Registry departments with their counts by role, most often named first (for index pages and
 * summaries). Unresolved names are not departments: they are counted on /departments/unresolved/.
 */
export function departmentCounts(corpus: Corpus, units: Unit[] = corpus.namingUnits) {
  const counts = new Map<string, RoleCounts>();
  for (const unit of units) {
    for (const entry of unit.departments.filter(isResolved)) {
      const c = counts.get(entry.id) ?? { total: 0, lead: 0, responsible: 0, cooperating: 0 };
      c.total += 1;
      c[roleOf(entry)] += 1;
      counts.set(entry.id, c);
    }
  }
  return corpus.departments
    .flatMap((department) => {
      const c = counts.get(department.id);
      return c ? [{ department, ...c }] : [];
    })
    .sort((a, b) => b.total - a.total || b.lead - a.lead);
}

/** The responsibility list as CSV rows (one per unit), for `/departments/<id>.csv`. */
export function responsibilityRows(corpus: Corpus, list: ResponsibilityList, siteUrl: (path: string) => string) {
  return list.items.map(({ unit, role, raw }) => [
    unit.province,
    corpus.document(unit.document)?.title.value ?? unit.document,
    unit.numbering,
    unit.title,
    ui.roles[role],
    raw,
    unit.departments.map((d) => d.raw),
    unit.themes.map((id) => corpus.theme(id)?.name ?? id),
    unit.text,
    `${unit.source.startLine}-${unit.source.endLine}`,
    siteUrl(unit.url),
  ]);
}

export const RESPONSIBILITY_HEADER = [
  '省份',
  '文件',
  '编号',
  '标题',
  '角色',
  '原文写法',
  '全部责任部门',
  '主题',
  '原文',
  '原文行',
  '链接',
];
