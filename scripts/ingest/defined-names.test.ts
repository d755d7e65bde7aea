// Short names a document defines, against the real registry (content/registry/departments.yml).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from './cli/load.ts';
import { definedNames } from './defined-names.ts';
import { DepartmentIndex } from './department-index.ts';

const repository = new URL('../../', import.meta.url).pathname;
const { registry } = loadRegistry(join(repository, 'content/registry'), repository);
const index = new DepartmentIndex(registry?.departments ?? [], registry?.provinces ?? []);
/** What each name resolves to through the definitions of `text` alone (undefined: not defined). */
const ids = (text: string, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, definedNames(text, index)(name)?.department.id]));

describe('definedNames', () => {
  it('reads a body set up in the clause, in every bracket and quote style', () => {
    expect(
      ids(
        '为深入实施质量强市战略，成立某某市质量强市工作领导小组（以下简称市领导小组），办公室设在市市场监管局。\n' +
          '省食品安全委员会办公室(以下简称“省食安办”)负责统筹。省工业和信息化厅（简称「省工信厅」）',
        ['市领导小组', '省食安办', '省工信厅', '工信厅'],
      ),
    ).toEqual({
      市领导小组: 'quality-leading-group',
      省食安办: 'food-safety-office',
      省工信厅: 'industry-information',
      工信厅: 'industry-information',
    });
  });

  it('reads a bare 领导小组 as the one group the document names in full, and as none when it names several', () => {
    const one = '二、各单位将进展报送质量兴区工作领导小组办公室，由领导小组办公室汇总后报自治区人民政府。';
    expect(ids(one, ['领导小组办公室', '领导小组'])).toEqual({
      领导小组办公室: 'quality-leading-group',
      领导小组: 'quality-leading-group',
    });
    const two = '成立质量强省工作领导小组和省标准化工作领导小组。领导小组办公室负责日常工作。';
    expect(ids(two, ['领导小组办公室'])).toEqual({ 领导小组办公室: undefined });
  });

  it('files a defined group’s office, by an earlier definition or none, with the group', () => {
    const text =
      '成立某某市质量强市工作领导小组（以下简称市领导小组），领导小组办公室（以下简称“市质量办”）设在市市场监管局。';
    expect(ids(text, ['市质量办', '领导小组办公室', '市领导小组办公室', '领导小组'])).toEqual({
      市质量办: 'quality-leading-group',
      领导小组办公室: 'quality-leading-group',
      市领导小组办公室: 'quality-leading-group',
      领导小组: 'quality-leading-group',
    });
  });

  it('reads what a table’s note says its short names stand for', () => {
    const note = '注：3.表中“市监局”指市市场监管局，“消防支队”指市消防救援支队。';
    // The registry knows 消防支队 itself: nothing to define.
    expect(ids(note, ['市监局', '消防支队'])).toEqual({ 市监局: 'market-regulation', 消防支队: undefined });
  });

  it('takes the name back to the start of its line or clause only', () => {
    expect(ids('各地要落实责任。\n领导小组办公室设在省市场监督管理局（以下简称省质量办）', ['省质量办'])).toEqual({
      省质量办: 'market-regulation',
    });
  });

  it('defines nothing for a name the registry does not know, or a law', () => {
    expect(ids('《中华人民共和国产品质量法》（以下简称《产品质量法》）', ['产品质量法', '《产品质量法》'])).toEqual({
      产品质量法: undefined,
      '《产品质量法》': undefined,
    });
    expect(ids('建设某某智慧平台（以下简称平台）', ['平台'])).toEqual({ 平台: undefined });
  });

  it('makes the short name resolve within the document only', () => {
    const within = index.within(definedNames('成立某某市质量强市工作领导小组（以下简称市领导小组）', index));
    expect(within.resolve('市领导小组')?.department.id).toBe('quality-leading-group');
    expect(within.resolve('省财政厅')?.department.id).toBe('finance');
    expect(index.resolve('市领导小组')?.department.id).toBe('leading-groups');
  });
  it('reads 我局 and 本厅 as a department issuer, and as nothing for a government or joint issuers', () => {
    const own = (issuer: string, name: string) => definedNames('', index, undefined, issuer)(name)?.department.id;
    expect(own('湖南省市场监督管理局', '我局')).toBe('market-regulation');
    expect(own('湖南省市场监督管理局', '本厅')).toBe('market-regulation');
    expect(own('湖南省人民政府', '我局')).toBeUndefined();
    expect(own('湖南省市场监督管理局、湖南省教育厅', '我局')).toBeUndefined();
  });
  it('reads a bureau’s level and ending as the bureau, and no other level', () => {
    const own = (issuer: string, name: string) => definedNames('', index, undefined, issuer)(name)?.department.id;
    expect(own('湖南省市场监督管理局', '省局')).toBe('market-regulation');
    expect(own('澄川市市场监督管理局', '市局')).toBe('market-regulation');
    expect(own('桐溪县教育局', '县局')).toBe('education');
    expect(own('湖南省市场监督管理局', '市局')).toBeUndefined();
    expect(own('湖南省人民政府', '省局')).toBeUndefined();
  });
});
