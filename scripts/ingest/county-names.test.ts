import { describe, expect, it } from 'vitest';
import type { Province } from '../../src/model/index.ts';
import { inferProvince } from './check-metadata.ts';
import { countiesNamed } from './county-names.ts';

const province = (id: string, name: string, counties: string[]): Province => ({
  id,
  level: 'province',
  name,
  shortNames: [],
  markers: [],
  docNumberPrefixes: [],
  counties,
});
const provinces = [province('anhui', '安徽省', ['舒城县', '巢湖市']), province('sichuan', '四川省', ['岳池县'])];

describe('countiesNamed: the county-level places a text names', () => {
  it('counts each county where it is a place, by province', () => {
    const text = '舒城县人民政府办公室关于建立舒城县联席会议制度的通知。巢湖市政府、岳池县委参加。';
    expect(countiesNamed(text, provinces)).toEqual(
      new Map([
        [
          'anhui',
          new Map([
            ['舒城县', 2],
            ['巢湖市', 1],
          ]),
        ],
        ['sichuan', new Map([['岳池县', 1]])],
      ]),
    );
  });

  it('not where its last character starts another word (县域, 市场)', () => {
    expect(countiesNamed('推动舒城县域经济发展，规范巢湖市场秩序。', provinces)).toEqual(new Map());
  });

  it('gives a county’s document the province of its county', () => {
    const text = '舒城县人民政府办公室关于印发舒城县农村供水保障方案的通知\n各乡镇人民政府，县政府各部门：';
    expect(inferProvince(text, provinces)).toMatchObject({ id: 'anhui', evidence: ['舒城县×2'], markersOnly: true });
  });
});
