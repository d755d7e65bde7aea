// The 状态 filter: status labels, the bundle's document statuses, the exact engine's filter and counts.
import { describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { buildBundle } from './bundle.ts';
import type { BundleInput, ExportUnit } from './bundle-input.ts';
import { SearchEngine } from './engine.ts';
import { STATUS_IDS, isStatus, statusLabels } from './status.ts';
import { bundleView } from './view.ts';

const unit = (document: string, n: number, text: string): ExportUnit => ({
  id: `${document}/${n}`,
  document,
  province: '河南省',
  provinceId: 'henan',
  numbering: [],
  kind: 'measure',
  title: text.slice(0, 4),
  text,
  departments: [],
  themes: [],
});
const doc = (id: string, status?: string) => ({
  id,
  title: id,
  date: '2015-07-15',
  province: '河南省',
  provinceId: 'henan',
  ...(status ? { lineage: { status: { value: status }, asOf: '2018-01-01' } } : {}),
});

const input: BundleInput = {
  units: [
    unit('old', 1, '加强电梯安全监管'),
    unit('old', 2, '电梯维保'),
    unit('new', 1, '电梯应急处置'),
    unit('gone', 1, '电梯检验'),
    unit('none', 1, '电梯'),
  ],
  documents: [doc('old', '已失效'), doc('new', '现行有效'), doc('gone', '已废止'), doc('none')],
  departments: [],
  themes: [],
  kindLabels: { measure: '措施' },
  t2s: T2S,
};

describe('status labels', () => {
  it('lists the statuses present, 现行有效 first, each with a URL-safe id', () => {
    expect(statusLabels(['已失效', '现行有效', '已失效', ''])).toEqual([
      { id: 'in-force', name: '现行有效' },
      { id: 'expired', name: '已失效' },
    ]);
    for (const id of Object.values(STATUS_IDS)) expect(id).toMatch(/^[a-z-]+$/);
    expect(new Set(Object.values(STATUS_IDS)).size).toBe(5);
    expect(isStatus('已修订')).toBe(true);
    expect(isStatus('有效')).toBe(false);
  });
});

describe('the status filter', () => {
  const bundle = buildBundle(input);
  const engine = new SearchEngine(JSON.parse(JSON.stringify(bundle)));
  const ids = (q: string, status?: string[]) =>
    engine.search(q, status ? { status } : {}).hits.map((h) => bundle.units[h.unit]!.id);

  it('carries each document status and the date it is as of', () => {
    expect(bundle.statuses.map((s) => s.name)).toEqual(['现行有效', '已失效', '已废止']);
    expect(bundle.documents.map((d) => bundle.statuses[d.status]?.name)).toEqual([
      '已失效',
      '现行有效',
      '已废止',
      undefined,
    ]);
    expect(bundle.asOf).toBe('2018-01-01');
  });

  it('keeps the units of the documents with a chosen status (OR within the group)', () => {
    expect(ids('电梯', ['in-force'])).toEqual(['new/1']);
    expect(ids('电梯', ['expired', 'repealed']).sort()).toEqual(['gone/1', 'old/1', 'old/2']);
    // Default: every status, and the units of a document without one.
    expect(ids('电梯')).toHaveLength(5);
    // An unknown id is no filter.
    expect(ids('电梯', ['no-such-status'])).toHaveLength(5);
  });

  it('counts units per status under the other groups, 现行有效 first', () => {
    const counts = (selection = {}) => engine.search('电梯', selection).facets.status.map((f) => [f.id, f.count]);
    expect(counts()).toEqual([
      ['in-force', 1],
      ['expired', 2],
      ['repealed', 1],
    ]);
    // Its own selection does not change its counts; another group's does.
    expect(counts({ status: ['in-force'] })).toEqual(counts());
    expect(counts({ doc: ['old'] })).toEqual([
      ['in-force', 0],
      ['expired', 2],
      ['repealed', 0],
    ]);
  });

  it('gives every result its document status', async () => {
    const page = await bundleView(engine, '电梯', {}).next(10);
    expect(Object.fromEntries(page.map((hit) => [hit.id, hit.status]))).toEqual({
      'old/1': '已失效',
      'old/2': '已失效',
      'new/1': '现行有效',
      'gone/1': '已废止',
      'none/1': '',
    });
  });
});
