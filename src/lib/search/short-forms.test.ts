// Department short forms as typed in the search box, against the registry (content/registry) as the
// ingest exports it: each reaches its department with the note its full name gets.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { T2S } from '../../model/t2s.ts';
import { ui } from '../../ui-strings.ts';
import { type SearchBundle, buildBundle } from './bundle.ts';
import { Lexicon } from './lexicon.ts';
import { parseQuery } from './query.ts';

const DATA = fileURLToPath(new URL('../../../content/generated/data/', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(DATA + name, 'utf8'));

/** Short form → the full name it stands for → the department, all written by hand. */
const SHORT_FORMS: [string, string, string][] = [
  ['工信', '工业和信息化厅', 'industry-information'],
  ['经信', '经信委', 'industry-information'],
  ['省工信', '工业和信息化厅', 'industry-information'],
  ['食药监', '食品药品监督管理局', 'food-drug'],
  ['河南省食药监局', '食品药品监督管理局', 'food-drug'],
  ['食药', '食品药品监督管理局', 'food-drug'],
  ['发改', '发展改革委', 'development-reform'],
  ['人社', '人力资源社会保障厅', 'human-resources-social-security'],
  ['人保', '人力资源社会保障厅', 'human-resources-social-security'],
  ['住建', '住房城乡建设厅', 'housing-urban-rural'],
  ['城建', '住房城乡建设厅', 'housing-urban-rural'],
  ['卫健', '卫生健康委', 'health-commission'],
  ['卫计', '卫生计生委', 'health'],
  ['生态环境', '生态环境厅', 'ecology-environment'],
  ['应急', '应急管理厅', 'emergency-management'],
  ['应急管理', '应急管理厅', 'emergency-management'],
  ['市监局', '市场监督管理局', 'market-regulation'],
  ['环保', '环境保护厅', 'environmental-protection'],
  ['文旅', '文化和旅游厅', 'culture-tourism'],
  ['科技', '科技厅', 'science-technology'],
  ['国资', '国资委', 'state-assets'],
  ['商检', '出入境检验检疫局', 'entry-exit-inspection'],
  ['技监', '质量技术监督局', 'quality-supervision'],
  ['知产', '知识产权局', 'intellectual-property'],
  ['银保监', '银保监局', 'banking-insurance-regulation'],
  ['網信', '网信办', 'cyberspace-affairs'],
];

describe('department short forms in search', () => {
  let bundle: SearchBundle;
  let lexicon: Lexicon;
  const ids = (list: number[]) => list.map((d) => bundle.departments[d]?.id);
  const notes = (q: string) => lexicon.departmentNotes(parseQuery(q, lexicon.fold).terms).map((n) => n.departments);

  beforeAll(() => {
    if (!existsSync(`${DATA}departments.json`))
      throw new Error(`${DATA}departments.json is missing: run \`npm run ingest\` first`);
    bundle = buildBundle({
      units: read('measures.json'),
      documents: read('documents.json'),
      departments: read('departments.json'),
      themes: read('themes.json'),
      kindLabels: ui.kinds,
      t2s: T2S,
    });
    lexicon = new Lexicon(JSON.parse(JSON.stringify(bundle)));
  });

  it.each(SHORT_FORMS)('%s reaches the department of %s (%s) with the same note', (short, full, id) => {
    const folded = lexicon.fold(short);
    expect(ids(lexicon.departmentsNamed(folded))).toEqual([]);
    expect(ids(lexicon.departmentsAbbreviated(folded))).toEqual([id]);
    expect(ids(lexicon.departmentsNamed(lexicon.fold(full)))).toEqual([id]);
    expect(notes(short)).toEqual(notes(full));
    expect(notes(short)).toHaveLength(1);
  });

  it.each(['质监', '市场监管', '工信厅', '发改委'])('an alias (%s) matches exactly, never as a short form', (alias) => {
    expect(lexicon.departmentsNamed(lexicon.fold(alias))).toHaveLength(1);
    expect(lexicon.departmentsAbbreviated(lexicon.fold(alias))).toEqual([]);
  });

  // The nation's name is the prefix of its bodies' names (国家发展改革委), no department of its own.
  it.each(['农业', '林业', '质量', '食品', '电梯', '标准', '工', '国家', '国家标准'])(
    '%s is no short form: several departments, or none',
    (word) => {
      expect(lexicon.departmentsAbbreviated(lexicon.fold(word))).toEqual([]);
      expect(notes(word)).toEqual([]);
    },
  );
});
