/**
 * A task table copied a cell a line (a PDF reader's copy, a web page's), read by cellLinesTableAt:
 * cells wrapped in their narrow columns are one cell again.
 */
import { describe, expect, it } from 'vitest';
import { cellLinesTableAt } from './cell-lines-table.ts';

describe('cellLinesTableAt', () => {
  it('joins a list of bodies wrapped in its column, its last name cut or its 等 on a line of its own', () => {
    const lines = [
      '序号',
      '重点任务',
      '牵头单位',
      '配合单位',
      '1',
      '第三章第一节　完善农业标准体系',
      '省农委',
      '省林业厅、省畜牧水产局、省质',
      '监局',
      '2',
      '第三章第四节　完善社会管理和公',
      '共服务标准体系',
      '省质监局',
      '省民政厅、省公安厅、省环保厅',
      '等省直有关部门',
      '注：各市州人民政府负责本地区相关任务的组织实施。',
    ];
    expect(cellLinesTableAt(lines, 0)).toEqual({
      rows: [
        ['序号', '重点任务', '牵头单位', '配合单位'],
        ['1', '第三章第一节　完善农业标准体系', '省农委', '省林业厅、省畜牧水产局、省质监局'],
        ['2', '第三章第四节　完善社会管理和公共服务标准体系', '省质监局', '省民政厅、省公安厅、省环保厅等省直有关部门'],
      ],
      next: 15,
    });
  });

  it('joins a level after a name’s 各, and a branch named under its parent, cut by the column', () => {
    const lines = [
      '序号',
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '开展放心消费创建',
      '市消委会',
      '市市场监管局，各',
      '县（市、区）人民',
      '政府',
      '2023年12月',
      '底前',
      '2',
      '归集失信信息并实施信用约束',
      '市发展改革委',
      '市市场监管局、市',
      '商务局、人民银行',
      '澧阳市中心支行',
      '长期坚持',
    ];
    expect(cellLinesTableAt(lines, 0)?.rows.slice(1)).toEqual([
      ['1', '开展放心消费创建', '市消委会', '市市场监管局，各县（市、区）人民政府', '2023年12月底前'],
      ['2', '归集失信信息并实施信用约束', '市发展改革委', '市市场监管局、市商务局、人民银行澧阳市中心支行', '长期坚持'],
    ]);
  });
});
