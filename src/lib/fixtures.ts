/**
 * Small in-test fixtures: a four-province corpus in miniature, with the cases pages must handle: a
 * cooperating department, a name the registry does not know (unresolved, once as lead), a
 * background (context) unit, a task without a theme and an acknowledged defect. Used by *.test.ts only.
 */
import type { Department, PolicyDocument, Province, Responsibility, Theme, Unit } from '../model/index.ts';
import { createCorpus } from './corpus.ts';
import { unitPath } from '../model/ids.ts';

const field = (value: string, basis?: string) =>
  basis ? { value, inferred: true, basis } : { value, inferred: false };

export function doc(id: string, provinceId: string, extra: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    id,
    url: `/documents/${id}/`,
    title: field(`${id} 标题`),
    issuer: field('人民政府'),
    provinceId,
    province: PROVINCES.find((p) => p.id === provinceId)?.name ?? provinceId,
    date: field('2015'),
    type: '行动计划',
    period: field('2015'),
    source: `content/sources/${id}.txt`,
    lines: 40,
    units: [],
    cites: [],
    citedBy: [],
    acknowledged: [],
    lineage: {
      validTo: { value: '2015-12-31', inferred: true, basis: '规划期 2015' },
      status: { value: '已失效', inferred: true, basis: '有效期至2015-12-31（据规划期 2015），早于2026-01-01' },
      asOf: '2026-01-01',
      supersedes: [],
      supersededBy: [],
      amends: [],
      amendedBy: [],
      implements: [],
      implementedBy: [],
    },
    ...extra,
  };
}

/** A registry department named by a unit; the role follows `lead` unless given. */
export const dept = (
  id: string,
  lead = false,
  raw = id,
  role: Responsibility['role'] = lead ? 'lead' : 'responsible',
): Responsibility => ({ raw, id, name: `${id}名`, lead, role });

/** A name the registry does not know: kept as written, without id and name. */
export const unresolved = (
  raw: string,
  lead = false,
  role: Responsibility['role'] = lead ? 'lead' : 'responsible',
): Responsibility => ({ raw, lead, role });

export function unit(id: string, extra: Partial<Unit> = {}): Unit {
  const [document = '', local = ''] = id.split('/');
  const provinceId = document.split('-')[0] ?? '';
  return {
    id,
    url: unitPath(id),
    document,
    province: PROVINCES.find((p) => p.id === provinceId)?.name ?? provinceId,
    provinceId,
    order: 0,
    numbering: [local],
    kind: 'measure',
    title: `${local} 标题`,
    context: [],
    text: `${local} 正文`,
    departments: [],
    themes: [],
    targets: [],
    deadlines: [],
    cites: [],
    highlights: [],
    source: { file: `content/sources/${document}.txt`, startLine: 1, endLine: 1 },
    ...extra,
  };
}

export const PROVINCES: Province[] = [
  {
    id: 'shanxi',
    name: '山西省',
    level: 'province',
    shortNames: ['山西'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
  {
    id: 'jilin',
    name: '吉林省',
    level: 'province',
    shortNames: ['吉林'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
  {
    id: 'henan',
    name: '河南省',
    level: 'province',
    shortNames: ['河南'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
  {
    id: 'hebei',
    name: '河北省',
    level: 'province',
    shortNames: ['河北'],
    markers: [],
    docNumberPrefixes: [],
    counties: [],
  },
];

/** A registry department (its page and counts), `kind` a body or a collective. */
export const department = (id: string, kind: Department['kind'] = 'department'): Department => ({
  id,
  name: `${id}名`,
  kind,
  aliases: [id],
  misspellings: [],
  patterns: [],
});
export const theme = (id: string, order: number): Theme => ({
  id,
  name: `${id}名`,
  description: '',
  order,
  kinds: [],
  titleKeywords: [],
  keywords: [],
});

/**
 * shanxi has two documents (2015 plan citing 2013 opinions), jilin and henan one each; hebei none.
 * edu cooperates in shanxi-plan/1-1; 省农机局 is unresolved (jilin-plan/2, and lead of henan-plan/2-2,
 * which has no theme); henan-plan/1 is background (context); henan-plan acknowledges lines 5 and 9.
 */
export function sampleCorpus() {
  const units: Unit[] = [
    unit('shanxi-plan/1', { order: 0, kind: 'heading', numbering: ['一'], title: '第一章' }),
    unit('shanxi-plan/1-1', {
      order: 1,
      numbering: ['一', '（一）'],
      themes: ['brand'],
      departments: [dept('qs', true), dept('edu', false, 'edu', 'cooperating')],
    }),
    unit('shanxi-plan/1-2', {
      order: 2,
      numbering: ['一', '（二）'],
      themes: ['safety', 'brand'],
      departments: [dept('edu', true)],
      cites: ['shanxi-opinions'],
      targets: [{ metric: '合格率', value: '98%', number: 98, comparator: '达到', year: 2015, text: '合格率达到98%' }],
    }),
    unit('shanxi-opinions/6-b1', {
      order: 0,
      kind: 'duty',
      numbering: ['六', '--'],
      themes: ['duties'],
      departments: [dept('qs', true, '质监部门')],
    }),
    unit('jilin-plan/1', {
      order: 0,
      numbering: ['一'],
      themes: ['brand'],
      departments: [dept('qs', true, '省质监局'), dept('commerce', false, 'commerce', 'cooperating')],
    }),
    unit('jilin-plan/2', {
      order: 1,
      numbering: ['二'],
      themes: ['safety'],
      departments: [dept('qs', false, '质监局'), unresolved('省农机局')],
    }),
    unit('henan-plan/1', {
      order: 0,
      kind: 'context',
      numbering: ['一'],
      title: '发展基础',
      source: { file: 'content/sources/henan-plan.txt', startLine: 2, endLine: 3 },
    }),
    unit('henan-plan/2-1', {
      order: 1,
      numbering: ['二', '（一）'],
      themes: ['safety'],
      departments: [dept('edu', true, '教育厅')],
      source: { file: 'content/sources/henan-plan.txt', startLine: 4, endLine: 6 },
    }),
    unit('henan-plan/2-2', {
      order: 2,
      numbering: ['二', '（二）'],
      departments: [unresolved('省农机局', true), dept('commerce', false, '商务厅', 'cooperating')],
      source: { file: 'content/sources/henan-plan.txt', startLine: 7, endLine: 7 },
    }),
  ];
  const documents = [
    doc('shanxi-plan', 'shanxi', {
      units: units.filter((u) => u.document === 'shanxi-plan').map((u) => u.id),
      cites: [
        {
          raw: '《意见》（晋政发〔2013〕21号）',
          title: '意见',
          docNumber: '晋政发〔2013〕21号',
          document: 'shanxi-opinions',
          unit: 'shanxi-plan/1-2',
          line: 3,
        },
        { raw: '《国家计划》', title: '国家计划', unit: 'shanxi-plan/1-2', line: 3 },
      ],
    }),
    doc('shanxi-opinions', 'shanxi', {
      units: ['shanxi-opinions/6-b1'],
      citedBy: ['shanxi-plan'],
      docNumber: field('晋政发〔2013〕21号', '被引用'),
    }),
    doc('jilin-plan', 'jilin', { units: ['jilin-plan/1', 'jilin-plan/2'] }),
    doc('henan-plan', 'henan', {
      units: ['henan-plan/1', 'henan-plan/2-1', 'henan-plan/2-2'],
      acknowledged: [
        {
          rule: 'extract-departments:none',
          line: 9,
          reason: '原文如此：结语未点名部门',
          message: 'Unexpected measure without departments, expected a responsibility clause',
        },
        {
          rule: 'parse-text:unbalanced-bracket',
          line: 5,
          reason: '原文如此：括号未闭合',
          message: 'Unexpected end of line with `（` still open, expected a closing `）`',
        },
      ],
    }),
  ];
  return createCorpus({
    documents,
    units,
    provinces: PROVINCES,
    departments: [
      department('qs'),
      department('edu'),
      department('commerce'),
      department('unused'),
      department('all', 'collective'),
    ],
    themes: [theme('safety', 2), theme('brand', 1), theme('duties', 3), theme('empty', 4)],
  });
}
