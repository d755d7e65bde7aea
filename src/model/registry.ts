/**
 * Hand-kept registries (content/registry/*.yml): the vocabulary every document is resolved against.
 * Pure zod + types: shared by scripts/ (ingest) and src/ (site); no Astro runtime here.
 */
import { z } from 'zod';
import { slugSchema } from './id-schemas.ts';
import { shortFormProblems } from './department-names.ts';
import { historyProblems } from './succession.ts';

/** A department that took over (part of) another one's duties. */
export const successionSchema = z.object({
  /** Id of the successor department, e.g. `market-regulation`. */
  id: slugSchema,
  /** Year of the handover, e.g. `2018`. */
  year: z.number().int().min(1949).max(2100),
  /** Which part of the duties went there, when the duties were split, e.g. `药品监管`. */
  note: z.string().min(1).optional(),
});
export type Succession = z.infer<typeof successionSchema>;

/** A name a body had before it was renamed. */
export const formerNameSchema = z.object({
  /** The former name, without level prefix or province name, e.g. `经济和信息化委员会`. */
  name: z.string().min(1),
  /** Last year the name was in use, e.g. `2018`. */
  until: z.number().int().min(1949).max(2100),
});
export type FormerName = z.infer<typeof formerNameSchema>;

/** One canonical department (or collective body) and every way documents write it. */
export const departmentSchema = z.object({
  /** Stable URL-safe id, e.g. `quality-supervision`. Never reused for another body. */
  id: slugSchema,
  /** Canonical Chinese label shown on chips and pages, e.g. `质量技术监督局`. */
  name: z.string().min(1),
  /**
   * `department`: a government department or agency with its own duties.
   * `collective`: a group named as a whole (…领导组成员单位, …联席会议成员单位, 各相关部门).
   */
  kind: z.enum(['department', 'collective']),
  /**
   * Names as written, after the level prefix (省/自治区/市/省政府…) and the province name are stripped,
   * e.g. `质监局`, `质量技术监督局`, `质监部门`. Matching is width- and script-tolerant.
   */
  aliases: z.array(z.string().min(1)).min(1),
  /**
   * Short forms officials type or say for the department, e.g. `工信` for 工业和信息化厅, `食药监` for
   * 食品药品监督管理局, matched as a whole search term (after its level prefix and province name are
   * stripped, src/model/department-names.ts). Search also derives short forms on its own (an
   * abbreviation of one of the names: the characters in order, the first first, at least two, of one
   * department only); register one here when it is not such an abbreviation, or when it is one of
   * several departments' and officials mean this one. A short form reaches the department in search
   * (its units are shown as related results), it never resolves a name in a document: documents use
   * aliases. Absent: none.
   */
  shortForms: z.array(z.string().min(1)).optional(),
  /**
   * Names the body's local offices are written by after a province's short name alone, with no level
   * (`浙江金融监管局`, a 国家金融监督管理总局 branch), which after a level mean another body
   * (`省金融监管局`, the 地方金融监督管理局, whose alias the same words are). Absent: none.
   */
  branchAliases: z.array(z.string().min(1)).optional(),
  /** Known misspellings seen in sources (kept apart from aliases so they can be reported). */
  misspellings: z.array(z.string().min(1)).default([]),
  /**
   * Regular expressions (anchored, matched against the stripped name) for families of local names,
   * e.g. `人(?:民银)?行.+(?:中心)?支行` for every 人民银行 branch.
   */
  patterns: z.array(z.string().min(1)).default([]),
  /** Optional one-line description of the department's remit. */
  description: z.string().optional(),
  /**
   * Year the body was set up under this remit, e.g. `2018` for the 市场监督管理局 of the 2018
   * reorganisation. Provinces reorganised over a year or two; this is the year of the national reform.
   * Absent: not recorded (most such departments existed before 2008, where the registry's period starts).
   */
  established: z.number().int().min(1949).max(2100).optional(),
  // The history fields below are optional rather than defaulted, so that departments built in code
  // without them (test fixtures, older callers) keep type-checking.
  /** Year the body ceased to exist as such (merged, split or abolished). Absent: still exists. */
  dissolved: z.number().int().min(1949).max(2100).optional(),
  /**
   * The department(s) that took over its duties, with the year, e.g. `quality-supervision` →
   * `market-regulation` (2018). Several entries when the duties were split. Every id must exist and the
   * successions must not form a cycle (checked when departments.yml is loaded, see succession.ts). Absent: none.
   */
  succeededBy: z.array(successionSchema).optional(),
  /**
   * Names the same body had before a rename, each with the last year it was used, e.g.
   * `{ name: 经济和信息化委员会, until: 2018 }` for a 工业和信息化厅. Written like aliases (no level prefix
   * or province name). They are matched as aliases: each must also be listed in `aliases`. Absent: none.
   */
  formerNames: z.array(formerNameSchema).optional(),
});
export type Department = z.infer<typeof departmentSchema>;
/** departments.yml: the departments, whose successions, former names (succession.ts) and short forms (department-names.ts) must be consistent. */
export const departmentsFileSchema = z.array(departmentSchema).superRefine((departments, context) => {
  for (const problem of [...historyProblems(departments), ...shortFormProblems(departments)])
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: departments });
});

/** One task theme of the taxonomy: equivalent measures of different provinces share it. */
export const themeSchema = z.object({
  /** Stable URL-safe id, e.g. `brand-building`. */
  id: slugSchema,
  /** Chinese label, e.g. `品牌建设`. */
  name: z.string().min(1),
  /** What the theme covers, shown on the theme page. */
  description: z.string().default(''),
  /** Order of the theme in lists (the national plan's order where one exists). */
  order: z.number().int(),
  /**
   * Unit kinds this theme is reserved for (e.g. `goal`): units of these kinds get it as primary theme
   * when nothing more specific matches. Empty: any kind.
   */
  kinds: z.array(z.string()).default([]),
  /** Words whose presence in a unit's title strongly suggests the theme (weight 3 each). */
  titleKeywords: z.array(z.string().min(1)).default([]),
  /** Words whose presence in a unit's text suggests the theme (weight 1 per distinct word). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type Theme = z.infer<typeof themeSchema>;
export const themesFileSchema = z.array(themeSchema);

/**
 * One province-level division, or the nation: the jurisdiction a document is filed under. The central
 * documents provinces receive and carry out (国务院's, its ministries') are filed under the nation, so
 * that a province's plan stands beside the national one it implements.
 */
export const provinceSchema = z.object({
  /** Stable URL-safe id, e.g. `shanxi`, `neimenggu`, `national`. */
  id: slugSchema,
  /** Full name, e.g. `山西省`, `内蒙古自治区`, `国家`. */
  name: z.string().min(1),
  /**
   * `national` for the central government's jurisdiction: its names (国家, 国务院, 中央) are in many a
   * province's text and titles (`国家标准`, `国务院关于…`), so they are no evidence of where a text is
   * from, and a central text names every province (`各省、自治区、直辖市`). Absent: a province.
   */
  level: z.enum(['province', 'national']).default('province'),
  /** The body its 文号 without 办 stands for: absent, the full name with 人民政府 (`河北省人民政府`). */
  government: z.string().min(1).optional(),
  /** Short names the texts use as a prefix, e.g. `山西`, `内蒙古`, `晋`. */
  shortNames: z.array(z.string().min(1)).min(1),
  /**
   * Place and institution names that point to this province when found in a text
   * (capital, cities, landmarks: 太原, 呼和浩特, 长白山). Used to infer the province.
   */
  markers: z.array(z.string().min(1)).default([]),
  /** Prefix of its 文号 (晋政发, 吉政办发, 豫政, 内政发…), also evidence for the province. */
  docNumberPrefixes: z.array(z.string().min(1)).default([]),
  /**
   * Its county-level places (县, 旗, 县级市, 区) whose full name no other province has and no common
   * phrase forms (`舒城县`, `岳池县`, `武进区`): evidence for the province as markers are, for a county's
   * document that names none.
   */
  counties: z.array(z.string().min(3)).default([]),
});
export type Province = z.infer<typeof provinceSchema>;
/** Whether an entry is the nation's (`level: national`), not a province's. */
export const isNational = (province: Pick<Province, 'level'>): boolean => province.level === 'national';
/** The provinces alone, without the nation: where a text's own places and names can point. */
export const provincesOnly = <T extends Pick<Province, 'level'>>(provinces: readonly T[]): T[] =>
  provinces.filter((province) => !isNational(province));
export const provincesFileSchema = z.array(provinceSchema);

/** All registries together, as the ingest and the site load them. */
export interface Registry {
  departments: Department[];
  themes: Theme[];
  provinces: Province[];
}
