/**
 * Hostile and large input, generated in a temporary folder: a 10,000-measure document with a very
 * long line ingests completely (every character in one unit, ids unique) in reasonable time; a
 * document above the unit limit is reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, onTestFinished } from 'vitest';
import { runIngest } from './cli/run.ts';

const repository = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('ingests a 10,000-measure document with a 200,000-character line', () => {
  const lines = ['　　山西省质量工作大型测试方案', ''];
  let number = 0;
  for (let chapter = 1; chapter <= 100; chapter++) {
    lines.push(`第${chapter}部分 测试章节`, '');
    for (let item = 1; item <= 100; item++) {
      number += 1;
      lines.push(
        `　　${item}.加强第${number}项工作，推进<script>alert(${number})</script>{x}。（省质监局、省工商局按职责分工负责）`,
        '',
      );
    }
  }
  lines.push(`　　${'很长的一行没有换行'.repeat(25_000)}`);
  writeFileSync(join(work, 'big-doc.txt'), lines.join('\n'));
  writeFileSync(
    join(work, 'big-doc.yml'),
    "title: 山西省质量工作大型测试方案\nissuer: { value: x, inferred: true, basis: test }\nprovince: shanxi\ndate: { value: '2015', inferred: true, basis: test }\ntype: 行动计划\nperiod: '2015'\n",
  );
  const result = runIngest({ sources: work, registry: join(repository, 'content/registry'), cwd: work });
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([]);
  const units = result.exports!.measures;
  expect(units.filter((unit) => unit.kind === 'measure')).toHaveLength(10_000);
  expect(new Set(units.map((unit) => unit.id)).size).toBe(units.length);
  expect(units.at(-1)!.text).toHaveLength(225_000);
  expect(units[5]!.departments.map((entry) => entry.id)).toEqual(['quality-supervision', 'industry-commerce']);
}, 60_000);

it('reports a document above the unit limit the site can build, as an error on that document', () => {
  // Its own folder: the first test reads every file of `work` as a source.
  const folder = mkdtempSync(join(tmpdir(), 'ingest-units-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const lines = ['　　山西省质量工作超大测试方案', ''];
  for (let chapter = 1; chapter <= 121; chapter++) {
    lines.push(`第${chapter}部分 测试章节`, '');
    for (let item = 1; item <= 100; item++) lines.push(`　　${item}.加强工作。`, '');
  }
  writeFileSync(join(folder, 'many-doc.txt'), lines.join('\n'));
  writeFileSync(
    join(folder, 'many-doc.yml'),
    "title: 山西省质量工作超大测试方案\nissuer: { value: x, inferred: true, basis: test }\nprovince: shanxi\ndate: { value: '2015', inferred: true, basis: test }\ntype: 行动计划\nperiod: '2015'\n",
  );
  const result = runIngest({ sources: folder, registry: join(repository, 'content/registry'), cwd: folder });
  const errors = result.files.flatMap((file) =>
    file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line} ${message.ruleId}`),
  );
  expect(errors).toEqual(['many-doc.txt:1 ingest:too-large']);
  // The document is left out; the rest of a corpus would still be written.
  expect(result.excluded).toEqual(['many-doc']);
  expect(result.models).toEqual([]);
}, 60_000);
