/**
 * Notes are checked against the knowledge base: every unknown reference is an error at its line and
 * column with the nearest valid id, in the frontmatter and in the components; a valid note yields
 * what it cites.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkNote, type KnownIds } from './check-note.ts';

const known: KnownIds = {
  documents: new Set(['shanxi-2015-plan', 'jilin-2015-plan']),
  units: new Set(['shanxi-2015-plan/2-8', 'shanxi-2015-plan/2-9', 'jilin-2015-plan/6']),
  departments: new Set(['quality-supervision', 'industry-commerce']),
  themes: new Set(['brand-building', 'key-area-supervision']),
  provinces: new Set(['shanxi', 'jilin']),
  metrics: new Set(['产品质量监督抽查合格率']),
};

const HEAD = '---\ntitle: 标题\nauthor: 编辑部\ndate: 2026-12-01\nsummary: 摘要。\n';

function check(text: string) {
  const file = new VFile({ path: 'content/notes/a-note.mdx', value: text });
  const note = checkNote(file, known);
  const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
  return { note, messages };
}

describe('checkNote', () => {
  it('records what a valid note cites, in the frontmatter and through its components', () => {
    const { note, messages } = check(
      `${HEAD}themes: [brand-building]\n---\n\n<Measure ref="shanxi-2015-plan#2-8" />\n\n<Responsibilities department="industry-commerce" provinces="jilin" />\n\n<TargetTable metric="产品质量监督抽查合格率" />\n`,
    );
    expect(messages).toEqual([]);
    expect(note).toEqual({
      id: 'a-note',
      title: '标题',
      author: '编辑部',
      date: '2026-12-01',
      summary: '摘要。',
      documents: ['shanxi-2015-plan'],
      measures: ['shanxi-2015-plan/2-8'],
      departments: ['industry-commerce'],
      themes: ['brand-building'],
    });
  });

  it('reports unknown references at their position with the nearest valid id', () => {
    const { messages } = check(
      `${HEAD}documents: [shanxi-2051-plan]\ndepartments:\n  - quality-supervison\n---\n\nx <Measure ref="jilin-2015-plan#7" /> <ThemeComparison theme="brand-bulding" provinces="jilin shanxl" />\n`,
    );
    expect(messages).toEqual([
      '6:13 notes:unknown-reference Unexpected document (content/sources) `shanxi-2051-plan`, expected a known one: did you mean `shanxi-2015-plan`?',
      '8:5 notes:unknown-reference Unexpected department (registry/departments.yml) `quality-supervison`, expected a known one: did you mean `quality-supervision`?',
      '11:12 notes:unknown-reference Unexpected unit `7` of `jilin-2015-plan`, expected one of its units: did you mean `jilin-2015-plan#6`?',
      '11:56 notes:unknown-reference Unexpected theme (registry/themes.yml) `brand-bulding`, expected a known one: did you mean `brand-building`?',
      '11:78 notes:unknown-reference Unexpected province with documents (registry/provinces.yml) `shanxl`, expected a known one: did you mean `shanxi`?',
    ]);
  });

  it('reports unknown components and attributes, computed values, code and a bad frontmatter', () => {
    expect(check(`${HEAD}---\n\n<Measures ref="shanxi-2015-plan#2-8" />\n`).messages).toEqual([
      '8:1 notes:unknown-component Unexpected component `<Measures>`, expected one of the note components: did you mean `<Measure>`?',
    ]);
    const rest = check(`${HEAD}---\n\nimport X from 'y'\n\n<Measure id="a" ref={x} />\n\n{alert(1)}\n`).messages;
    expect(rest.map((m) => m.split(' Unexpected')[0])).toEqual([
      '8:1 notes:unknown-component',
      '10:10 notes:unknown-component',
      '10:17 notes:unknown-component',
      '10:1 notes:unknown-component',
      '12:1 notes:unknown-component',
    ]);
    expect(check('---\ntitle: 标题\ndate: 12/01\n---\n').messages).toEqual([
      '1:1 notes:invalid-frontmatter `author`: Invalid input: expected string, received undefined',
      '3:7 notes:invalid-frontmatter `date`: expected a date `YYYY-MM-DD`',
      '1:1 notes:invalid-frontmatter `summary`: Invalid input: expected string, received undefined',
    ]);
    expect(check('no frontmatter\n').messages[0]).toMatch(/^1:1 notes:invalid-frontmatter/);
    expect(check(`${HEAD}---\n\n<Measure ref="a#b">\n`).messages[0]).toMatch(/^\d+:\d+ notes:syntax/);
  });
});
