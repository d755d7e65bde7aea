import { describe, expect, it } from 'vitest';
import {
  acknowledgedIn,
  citationsOf,
  citedBy,
  headingLevels,
  metadataRows,
  prevNext,
  tableOfContents,
} from './document.ts';
import { sampleCorpus } from './fixtures.ts';

const corpus = sampleCorpus();
const plan = corpus.document('shanxi-plan')!;
const opinions = corpus.document('shanxi-opinions')!;

describe('headingLevels', () => {
  it('goes one level down per numbering depth without skipping', () => {
    const n = (...numbering: string[]) => ({ numbering });
    expect(headingLevels([n(), n('一'), n('一', '（一）'), n('一', '（一）', '--'), n('二')])).toEqual([2, 2, 3, 4, 2]);
    expect(headingLevels([n('三', '（一）', '--'), n('三', '（一）', '--')])).toEqual([2, 3]);
    expect(headingLevels([n('a', 'b', 'c', 'd', 'e', 'f', 'g')]).every((level) => level <= 5)).toBe(true);
  });
});

describe('tableOfContents', () => {
  it('lists chapters and headings with their anchors', () => {
    expect(tableOfContents(corpus.unitsOf('shanxi-plan'))).toEqual([{ anchor: '1', label: '一 第一章', depth: 1 }]);
    expect(tableOfContents(corpus.unitsOf('jilin-plan')).map((e) => e.anchor)).toEqual(['1', '2']);
  });
  it('does not repeat a chapter for a closing paragraph numbered like it', async () => {
    const { unit } = await import('./fixtures.ts');
    const units = [
      unit('d/4', { numbering: ['四'], kind: 'heading' }),
      unit('d/4-1', { numbering: ['四', '（一）'] }),
      unit('d/4-p1', { numbering: ['四'], kind: 'closing' }),
    ];
    expect(tableOfContents(units).map((e) => e.anchor)).toEqual(['4']);
  });
  it('lists a forwarding notice’s items and the chapters of the text it sends, numbered alike', async () => {
    const { unit } = await import('./fixtures.ts');
    const units = [
      unit('d/notice-1', { numbering: ['一'], kind: 'notice-item' }),
      unit('d/1', { numbering: ['一'], kind: 'heading' }),
      unit('d/1-1', { numbering: ['一', '1.'] }),
    ];
    expect(tableOfContents(units).map((e) => e.anchor)).toEqual(['notice-1', '1']);
  });
});

describe('prevNext', () => {
  const units = corpus.unitsOf('shanxi-plan');
  it('finds neighbours within the document', () => {
    expect(prevNext(units, 'shanxi-plan/1-1')).toMatchObject({
      previous: { id: 'shanxi-plan/1' },
      next: { id: 'shanxi-plan/1-2' },
    });
    expect(prevNext(units, 'shanxi-plan/1').previous).toBeUndefined();
    expect(prevNext(units, 'shanxi-plan/1-2').next).toBeUndefined();
    expect(prevNext(units, 'missing')).toEqual({});
  });
});

describe('citations', () => {
  it('resolves citations to corpus documents, per unit', () => {
    const all = citationsOf(corpus, plan);
    expect(all).toHaveLength(2);
    expect(all[0]?.target?.id).toBe('shanxi-opinions');
    expect(all[1]?.target).toBeUndefined();
    expect(citationsOf(corpus, plan, 'shanxi-plan/1-1')).toEqual([]);
  });
  it('lists the documents citing a document', () => {
    expect(citedBy(corpus, opinions).map((d) => d.id)).toEqual(['shanxi-plan']);
    expect(citedBy(corpus, plan)).toEqual([]);
  });
});

describe('metadataRows', () => {
  const labels = {
    issuer: '发文机关',
    date: '日期',
    docNumber: '文号',
    province: '省份',
    type: '类型',
    period: '期间',
  };
  it('keeps inference flags and skips unknown 文号', () => {
    expect(metadataRows(plan, labels).map((r) => r.label)).toEqual(['发文机关', '日期', '省份', '类型', '期间']);
    const number = metadataRows(opinions, labels).find((r) => r.label === '文号');
    expect(number).toEqual({ label: '文号', value: '晋政发〔2013〕21号', inferred: true, basis: '被引用' });
    expect(metadataRows(plan, labels).find((r) => r.label === '日期')?.value).toBe('2015年');
  });
});

describe('ancestors', () => {
  it('finds the enclosing chapter and groups, nearest of each depth', async () => {
    const { ancestors } = await import('./document.ts');
    const { unit } = await import('./fixtures.ts');
    const units = [
      unit('d/1', { order: 0, numbering: ['一'] }),
      unit('d/1-1', { order: 1, numbering: ['一', '（一）'] }),
      unit('d/2', { order: 2, numbering: ['二'] }),
      unit('d/2-1', { order: 3, numbering: ['二', '（一）'] }),
      unit('d/2-1-b1', { order: 4, numbering: ['二', '（一）', '--'] }),
      unit('d/2-1-b2', { order: 5, numbering: ['二', '（一）', '--'] }),
    ];
    expect(ancestors(units, units[5]!).map((u) => u.id)).toEqual(['d/2', 'd/2-1']);
    expect(ancestors(units, units[0]!)).toEqual([]);
  });
});

describe('acknowledgedIn', () => {
  it('orders acknowledgments by line, anchors them and finds the unit holding each line', () => {
    const henan = corpus.document('henan-plan')!;
    const entries = acknowledgedIn(henan, corpus.unitsOf('henan-plan'));
    expect(entries.map((e) => [e.anchor, e.line, e.rule, e.unit?.id])).toEqual([
      ['ack-1', 5, 'parse-text:unbalanced-bracket', 'henan-plan/2-1'],
      // Line 9 is after the last unit (henan-plan/2-2 ends on line 7): listed, held by no unit.
      ['ack-2', 9, 'extract-departments:none', undefined],
    ]);
    expect(entries[0]).toMatchObject({
      reason: '原文如此：括号未闭合',
      message: expect.stringContaining('still open'),
    });
    expect(acknowledgedIn(plan, corpus.unitsOf('shanxi-plan'))).toEqual([]);
  });
});
