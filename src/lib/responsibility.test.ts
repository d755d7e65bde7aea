import { describe, expect, it } from 'vitest';
import { dept, unresolved } from './fixtures.ts';
import {
  countRoles,
  departmentView,
  displayName,
  isResolved,
  roleClass,
  roleOf,
  strongestRole,
} from './responsibility.ts';

const link = (id: string) => `/departments/${id}/#p-henan`;

describe('roles', () => {
  it('keeps the lead the lead, else the role the text gives', () => {
    expect(roleOf(dept('qs', true))).toBe('lead');
    // The first-listed department is the lead however its role was read.
    expect(roleOf({ lead: true, role: 'responsible' })).toBe('lead');
    expect(roleOf(dept('edu'))).toBe('responsible');
    expect(roleOf(dept('edu', false, '教育厅', 'cooperating'))).toBe('cooperating');
    expect(roleOf(unresolved('省农机局', true))).toBe('lead');
  });
  it('gives a class to the roles site.css styles, none to 负责', () => {
    expect([roleClass('lead'), roleClass('cooperating'), roleClass('responsible')]).toEqual([
      'lead',
      'cooperating',
      undefined,
    ]);
  });
  it('takes the strongest of several roles and counts by role', () => {
    expect(strongestRole(['cooperating', 'responsible'])).toBe('responsible');
    expect(strongestRole(['cooperating', 'lead'])).toBe('lead');
    expect(strongestRole([])).toBeUndefined();
    expect(countRoles([{ role: 'lead' }, { role: 'cooperating' }, { role: 'cooperating' }])).toEqual({
      total: 3,
      lead: 1,
      responsible: 0,
      cooperating: 2,
    });
  });
});

describe('departmentView', () => {
  it('links a registry department to its page, tagging 牵头 and 配合 but not 负责', () => {
    expect(departmentView(dept('qs', true, '省质监局'), link)).toEqual({
      text: '省质监局',
      role: 'lead',
      path: '/departments/qs/#p-henan',
      tags: [{ kind: 'lead', label: '牵头' }],
    });
    expect(departmentView(dept('edu', false, '教育厅', 'cooperating'), link).tags).toEqual([
      { kind: 'cooperating', label: '配合' },
    ]);
    expect(departmentView(dept('edu', false, '教育厅'), link).tags).toEqual([]);
  });
  it('shows an unresolved name as written, unlinked, tagged 未收录, the lead still the lead', () => {
    const entry = unresolved('省农机局', true);
    expect(isResolved(entry)).toBe(false);
    expect(displayName(entry)).toBe('省农机局');
    expect(departmentView(entry, link)).toEqual({
      text: '省农机局',
      role: 'lead',
      tags: [
        { kind: 'lead', label: '牵头' },
        { kind: 'unresolved', label: '未收录' },
      ],
      title: '未在部门名录中：省农机局',
    });
    expect(departmentView(unresolved('省粮食局'), link).tags).toEqual([{ kind: 'unresolved', label: '未收录' }]);
  });
  it('shows a company or association as written, unlinked, tagged 企业或组织, not 未收录', () => {
    const view = departmentView({ ...unresolved('青岚安达电梯有限公司', true), organisation: true }, link);
    expect(view.path).toBeUndefined();
    expect(view.tags.map((tag) => tag.label)).toEqual(['牵头', '企业或组织']);
    expect(view.title).toBe('企业或社会组织，不是政府部门：青岚安达电梯有限公司');
  });
  it('tags the issuer doing a task it set itself, its name unwritten there, 推定, with why', () => {
    const view = departmentView({ ...dept('market', true, '湖南省市场监督管理局'), implied: true }, link);
    expect(view.tags).toEqual([
      { kind: 'lead', label: '牵头' },
      { kind: 'implied', label: '推定' },
    ]);
    expect(view.path).toBe('/departments/market/#p-henan');
    expect(view.title).toMatch(/未写明/u);
  });
  it('links a division named without its body to the body, and says whose it is', () => {
    const view = departmentView({ ...dept('market', true, '办公室'), name: '市场监督管理局', division: true }, link);
    expect(view.text).toBe('办公室');
    expect(view.path).toBe('/departments/market/#p-henan');
    expect(view.title).toBe('内设机构或下属单位，工作归市场监督管理局');
  });
});
