import { describe, expect, it } from 'vitest';
import {
  departmentCounts,
  departmentInProvince,
  dutyParagraphs,
  listedPerProvince,
  localNames,
  measuresByDepartment,
} from './department.ts';
import { createCorpus } from './corpus.ts';
import { dept, department, PROVINCES, doc, sampleCorpus, unit } from './fixtures.ts';

const corpus = sampleCorpus();

describe('measuresByDepartment', () => {
  const list = measuresByDepartment(corpus, 'qs');
  it('lists every unit naming the department with its role, counted by role', () => {
    expect(list.items.map((i) => [i.unit.id, i.role])).toEqual([
      ['jilin-plan/1', 'lead'],
      ['jilin-plan/2', 'responsible'],
      ['shanxi-opinions/6-b1', 'lead'],
      ['shanxi-plan/1-1', 'lead'],
    ]);
    expect(list).toMatchObject({ total: 4, lead: 3, responsible: 1, cooperating: 0 });
    const edu = measuresByDepartment(corpus, 'edu');
    expect(edu.items.map((i) => [i.unit.id, i.role])).toEqual([
      ['henan-plan/2-1', 'lead'],
      ['shanxi-plan/1-1', 'cooperating'],
      ['shanxi-plan/1-2', 'lead'],
    ]);
    expect(edu).toMatchObject({ total: 3, lead: 2, responsible: 0, cooperating: 1 });
  });
  it('counts a department named twice in a unit once, with its first spelling and strongest role', () => {
    const twice = createCorpus({
      documents: [doc('jilin-plan', 'jilin')],
      units: [
        unit('jilin-plan/1', {
          departments: [dept('qs', false, '质监局', 'cooperating'), dept('qs', true, '省质监局')],
        }),
      ],
      departments: corpus.departments,
      themes: [],
      provinces: PROVINCES,
    });
    expect(measuresByDepartment(twice, 'qs').items.map((i) => [i.raw, i.role])).toEqual([['质监局', 'lead']]);
  });
  it('says which units do not write the name, given to them elsewhere in their text', () => {
    const given = createCorpus({
      documents: [doc('jilin-plan', 'jilin')],
      units: [
        unit('jilin-plan/1', { departments: [dept('qs', true, '省质监局')] }),
        unit('jilin-plan/2', { departments: [{ ...dept('qs', false, '省质监局', 'responsible'), implied: true }] }),
      ],
      departments: corpus.departments,
      themes: [],
      provinces: PROVINCES,
    });
    expect(measuresByDepartment(given, 'qs').items.map((i) => [i.unit.id, i.implied])).toEqual([
      ['jilin-plan/1', undefined],
      ['jilin-plan/2', true],
    ]);
  });
  it('groups by province (registry order) and document', () => {
    expect(list.byProvince.map((g) => [g.provinceId, g.count])).toEqual([
      ['shanxi', 2],
      ['jilin', 2],
    ]);
    expect(list.byProvince[0]?.documents.map((d) => d.documentId)).toEqual(['shanxi-opinions', 'shanxi-plan']);
    expect(list.byProvince[0]?.documents[1]).toMatchObject({ documentId: 'shanxi-plan', title: 'shanxi-plan 标题' });
  });
  it('groups by every theme in theme order', () => {
    expect(list.byTheme.map((g) => [g.themeId, g.items.length])).toEqual([
      ['brand', 2],
      ['safety', 1],
      ['duties', 1],
    ]);
    const edu = measuresByDepartment(corpus, 'edu');
    expect(edu.byTheme.map((g) => [g.themeId, g.items.map((i) => i.unit.id)])).toEqual([
      ['brand', ['shanxi-plan/1-1', 'shanxi-plan/1-2']],
      ['safety', ['henan-plan/2-1', 'shanxi-plan/1-2']],
    ]);
  });
  it('narrows to one province for the per-province pages', () => {
    const jilin = measuresByDepartment(corpus, 'qs', 'jilin');
    expect(jilin.items.map((i) => i.unit.id)).toEqual(['jilin-plan/1', 'jilin-plan/2']);
    expect(jilin.byProvince.map((g) => g.provinceId)).toEqual(['jilin']);
    expect(dutyParagraphs(corpus, 'qs', 'jilin')).toEqual([]);
    expect(dutyParagraphs(corpus, 'qs', 'shanxi').map((u) => u.id)).toEqual(['shanxi-opinions/6-b1']);
  });
  it('is empty for an unused department', () => {
    expect(measuresByDepartment(corpus, 'unused')).toMatchObject({ total: 0, byProvince: [], byTheme: [] });
  });
});

describe('dutyParagraphs', () => {
  it('finds duty units naming the department', () => {
    expect(dutyParagraphs(corpus, 'qs').map((u) => u.id)).toEqual(['shanxi-opinions/6-b1']);
    expect(dutyParagraphs(corpus, 'edu')).toEqual([]);
  });
});

describe('localNames', () => {
  it('collects names as written per province', () => {
    expect(localNames(corpus, 'qs')).toEqual([
      { province: '吉林省', names: ['省质监局', '质监局'], divisions: [] },
      { province: '山西省', names: ['qs', '质监部门'], divisions: [] },
    ]);
  });
});

describe('departmentCounts', () => {
  it('ranks registry departments by how often they are named, by role; unresolved names are not counted', () => {
    expect(
      departmentCounts(corpus).map((c) => [c.department.id, c.total, c.lead, c.responsible, c.cooperating]),
    ).toEqual([
      ['qs', 4, 3, 1, 0],
      ['edu', 3, 2, 0, 1],
      ['commerce', 2, 0, 0, 2],
    ]);
    // henan-plan/2-2 is led by 省农机局, which the registry does not know: only 商务厅 (commerce) counts.
    expect(departmentCounts(corpus, corpus.unitsOf('henan-plan')).map((c) => [c.department.id, c.total])).toEqual([
      ['edu', 1],
      ['commerce', 1],
    ]);
  });
});

describe("a task its plan's task table assigns", () => {
  it('counts once: the row that gives the body task its departments is that task', () => {
    const departments = [dept('qs', true), dept('edu', false, 'edu', 'cooperating')];
    const tabled = createCorpus({
      documents: [doc('shanxi-plan', 'shanxi')],
      units: [
        unit('shanxi-plan/1-1', { departments, assignedBy: 'shanxi-plan/p2-1' }),
        unit('shanxi-plan/p2-1', { order: 1, departments, assigns: 'shanxi-plan/1-1' }),
        unit('shanxi-plan/p2-2', { order: 2, departments: [dept('qs', true)] }),
      ],
      departments: [department('qs'), department('edu')],
      themes: [],
      provinces: PROVINCES,
    });
    expect(measuresByDepartment(tabled, 'qs').items.map((item) => item.unit.id)).toEqual([
      'shanxi-plan/1-1',
      'shanxi-plan/p2-2',
    ]);
    expect(departmentCounts(tabled).map((c) => [c.department.id, c.total])).toEqual([
      ['qs', 2],
      ['edu', 1],
    ]);
  });
});

describe('responsibilityRows', () => {
  it('writes one row per unit with role and link', async () => {
    const { responsibilityRows, RESPONSIBILITY_HEADER } = await import('./department.ts');
    const rows = responsibilityRows(corpus, measuresByDepartment(corpus, 'qs'), (p) => `/kb${p}`);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveLength(RESPONSIBILITY_HEADER.length);
    expect(rows[0]?.slice(0, 6)).toEqual(['吉林省', 'jilin-plan 标题', ['一'], '1 标题', '牵头', '省质监局']);
    expect(rows[1]?.[4]).toBe('负责');
    // Every department of the unit as written, the unresolved one too.
    expect(rows[1]?.[6]).toEqual(['质监局', '省农机局']);
    expect(rows[2]?.[5]).toBe('质监部门');
    const edu = responsibilityRows(corpus, measuresByDepartment(corpus, 'edu'), (p) => p);
    expect(edu.map((row) => row[4])).toEqual(['牵头', '配合', '牵头']);
    expect(rows[0]?.at(-1)).toBe('/kb/documents/jilin-plan/#1');
  });
});

describe('listedPerProvince', () => {
  it('lists a department per province only above the limit', () => {
    expect(listedPerProvince({ total: 300 }, 300)).toBe(false);
    expect(listedPerProvince({ total: 301 }, 300)).toBe(true);
    expect(listedPerProvince(measuresByDepartment(corpus, 'qs'), 3)).toBe(true);
  });
  it('links a province to the section of a department page listing everything', () => {
    expect(departmentInProvince(corpus, 'qs', 'jilin')).toBe('/departments/qs/#p-jilin');
    expect(departmentInProvince(corpus, 'qs', 'jilin', 3)).toBe('/departments/qs/jilin/');
  });
});
