import { describe, expect, it } from 'vitest';
import { departmentOnPage, titleOnly, unitOnPage } from './document-page.ts';
import { sampleCorpus } from './fixtures.ts';

const corpus = sampleCorpus();

describe('unitOnPage', () => {
  const attributes = {
    id: 'shanxi-plan/1-1',
    number: '一（一）',
    kind: 'measure',
    title: '1-1 标题',
    departments: 'qs edu',
    themes: 'brand',
  };

  it('finds the unit, its document and its heading level below the page headings', () => {
    const found = unitOnPage(corpus, attributes);
    expect(found.unit.id).toBe('shanxi-plan/1-1');
    expect(found.document.id).toBe('shanxi-plan');
    expect(found.level).toBe(4);
    expect(unitOnPage(corpus, { id: 'shanxi-plan/1', number: '一', kind: 'heading', title: '第一章' }).level).toBe(3);
  });

  it('fails on an element that disagrees with the data or names no unit', () => {
    expect(() => unitOnPage(corpus, { ...attributes, title: '旧标题' })).toThrow(/title="旧标题", the data "1-1 标题"/);
    expect(() => unitOnPage(corpus, { ...attributes, departments: 'edu qs' })).toThrow(/departments/);
    expect(() => unitOnPage(corpus, { ...attributes, themes: undefined })).toThrow(/themes/);
    expect(() => unitOnPage(corpus, { ...attributes, id: 'shanxi-plan/9' })).toThrow(/no such unit/);
  });
});

describe('departmentOnPage', () => {
  it('links a registry department to its units in the province, tagged by role', () => {
    const view = departmentOnPage(corpus, { ref: 'qs', province: 'shanxi', role: 'lead' });
    expect(view.path).toMatch(/^\/departments\/qs\/(?:#p-shanxi|shanxi\/)$/);
    expect(view.tags.map((tag) => tag.label)).toEqual(['牵头']);
  });

  it("links a division to its body's units, saying whose it is", () => {
    const view = departmentOnPage(corpus, { ref: 'qs', province: 'shanxi', role: 'lead', kind: 'division' });
    expect(view.path).toMatch(/^\/departments\/qs\//);
    expect(view.title).toMatch(/^内设机构或下属单位，工作归/u);
  });

  it('keeps a name the registry does not know unlinked, tagged 未收录', () => {
    const view = departmentOnPage(corpus, { name: '省农机局', role: 'responsible' });
    expect(view.path).toBeUndefined();
    expect(view.title).toContain('省农机局');
    expect(view.tags.map((tag) => tag.kind)).toEqual(['unresolved']);
  });

  it('keeps a company or association unlinked, tagged 企业或组织', () => {
    const view = departmentOnPage(corpus, { name: '青岚安达电梯有限公司', role: 'lead', kind: 'organisation' });
    expect(view.path).toBeUndefined();
    expect(view.tags.map((tag) => tag.kind)).toEqual(['lead', 'organisation']);
  });

  it('fails on an unknown department or province', () => {
    expect(() => departmentOnPage(corpus, { ref: 'nope', province: 'shanxi', role: 'lead' })).toThrow(/nope/);
    expect(() => departmentOnPage(corpus, { ref: 'qs', province: 'atlantis', role: 'lead' })).toThrow(/atlantis/);
  });
});

describe('titleOnly', () => {
  it('is a heading of its number and title alone; one with a lead-in under it shows its text', () => {
    expect(titleOnly({ kind: 'heading', text: '四、下一步工作' })).toBe(true);
    expect(titleOnly({ kind: 'heading', text: '四、下一步工作\n下一步，我局将重点抓好以下工作：' })).toBe(false);
    expect(titleOnly({ kind: 'measure', text: '（一）加强监管。' })).toBe(false);
  });
});
