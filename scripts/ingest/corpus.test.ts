/**
 * The first corpus, end to end: each document of content/sources against its reviewed description
 * in corpus-expected/<id>.txt (same format as the fixtures; only `UPDATE_FIXTURES=1` writes them).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from './cli/run.ts';
import { describeRun } from './fixture-format.ts';

const repository = new URL('../../', import.meta.url).pathname;
const expectedDirectory = new URL('./corpus-expected/', import.meta.url).pathname;
const result = runIngest({
  sources: join(repository, 'content/sources'),
  registry: join(repository, 'content/registry'),
  cwd: repository,
  // A fixed as-of date: the reviewed statuses must not depend on the environment.
  asOf: '2026-01-01',
});

describe('the first corpus', () => {
  it('ingests without errors or warnings', () => {
    const problems = result.files.flatMap((file) =>
      file.messages.filter((message) => message.fatal !== undefined).map((message) => `${file.path}: ${message}`),
    );
    expect(problems).toEqual([]);
  });

  for (const model of result.models) {
    it(`${model.document.id} matches its reviewed description`, () => {
      const actual = describeRun({ ...result, models: [model], files: [] });
      const path = join(expectedDirectory, `${model.document.id}.txt`);
      if (process.env.UPDATE_FIXTURES) {
        mkdirSync(expectedDirectory, { recursive: true });
        writeFileSync(path, actual);
      }
      expect(existsSync(path), `${path} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('resolves the citation of 晋政发〔2013〕21号 to shanxi-2013-opinions, which lists it as cited by', () => {
    const cited = result.exports!.documents.find((document) => document.id === 'shanxi-2013-opinions')!;
    expect(cited.citedBy).toEqual(['shanxi-2015-plan']);
    const citing = result.exports!.measures.find((unit) => unit.cites.includes('shanxi-2013-opinions'))!;
    expect(citing.id).toBe('shanxi-2015-plan/3-14');
  });

  it('gives equivalent measures of the four 2015 plans the same primary theme', () => {
    const primary = (id: string) => result.exports!.measures.find((unit) => unit.id === id)!.themes[0];
    // 继续清理行政审批事项, 推动落实企业质量安全主体责任, 促进大气环境质量改善 in each plan
    expect(new Set(['shanxi-2015-plan/1-1', 'henan-2015-plan/2-1', 'neimenggu-2015-plan/1-1'].map(primary)).size).toBe(
      1,
    );
    expect(
      new Set(
        ['shanxi-2015-plan/1-6', 'henan-2015-plan/2-6', 'neimenggu-2015-plan/1-6', 'jilin-2015-plan/2'].map(primary),
      ).size,
    ).toBe(1);
    expect(
      new Set(
        ['shanxi-2015-plan/2-11', 'henan-2015-plan/2-11', 'neimenggu-2015-plan/2-5', 'jilin-2015-plan/9'].map(primary),
      ).size,
    ).toBe(1);
  });

  it('covers every character of every source exactly once', () => {
    for (const model of result.models) {
      const source = readFileSync(join(repository, model.document.source), 'utf8');
      const unitChars = model.units
        .map((unit) => unit.text)
        .join('')
        .replace(/\s/gu, '');
      expect(unitChars).toBe(source.replace(/\s/gu, ''));
    }
  });
});
