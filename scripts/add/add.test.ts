/**
 * The whole `add` in a temporary corpus (a copy of content/sources and content/registry): a saved
 * web page, a .docx and a .pdf generated at run time are added; the original is kept byte for byte,
 * the text and the drafted sidecar are written, and the ingest runs over the corpus with the new
 * document. Also: a dry run writes nothing, a taken id is refused unless forced, and the CLI's
 * exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sidecarSchema } from '../../src/model/index.ts';
import { addDocument } from './add-document.ts';
import type { AddOptions } from './add-document.ts';
import { extractText } from './extract.ts';
import { makeDocx } from './testing/make-docx.ts';
import { makePdf } from './testing/make-pdf.ts';
import { repository } from './testing/provinces.ts';
import { AddError } from './write.ts';

const work = mkdtempSync(join(tmpdir(), 'policy-kb-add-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(repository, 'content/sources'), join(work, 'sources'), { recursive: true });
cpSync(join(repository, 'content/registry'), join(work, 'registry'), { recursive: true });
const received = join(work, 'received');
cpSync(join(repository, 'scripts/add/fixtures'), received, { recursive: true });

const options = (file: string, extra: Partial<AddOptions> = {}): AddOptions => ({
  file: join(received, file),
  sources: join(work, 'sources'),
  originals: join(work, 'originals'),
  registry: join(work, 'registry'),
  out: join(work, 'generated'),
  cache: join(work, 'cache'),
  cwd: work,
  ...extra,
});

async function added(file: string, extra: Partial<AddOptions> = {}) {
  const result = await addDocument(options(file, extra));
  const { id } = result.draft;
  const bytes = readFileSync(join(received, file));
  expect(readFileSync(result.placed!.original)).toEqual(bytes);
  expect(result.placed!.original).toBe(join(work, 'originals', `${id}${file.slice(file.lastIndexOf('.'))}`));
  const text = readFileSync(join(work, 'sources', `${id}.txt`), 'utf8');
  expect(text).toBe((await extractText(new Uint8Array(bytes), file)).text);
  const yaml = readFileSync(join(work, 'sources', `${id}.yml`), 'utf8');
  expect(yaml).toBe(result.draft.yaml);
  expect(sidecarSchema.parse(parse(yaml))).toEqual(result.draft.sidecar);
  // The ingest ran over the corpus and made the document (its page exists once the site is built).
  expect(result.ingest!.documented).toBe(true);
  expect(result.ingest!.page).toBe(`/documents/${id}/`);
  expect(result.ingest!.messages).toContain(`sources/${id}.txt`);
  expect(result.ingest!.summary).toMatch(
    /^\d+ units, \d+ measures, \d+ departments resolved, \d+ unresolved, \d+ targets$/u,
  );
  return { result, text, yaml };
}

describe('addDocument', { timeout: 60_000 }, () => {
  it('adds a saved web page', async () => {
    const { result, text, yaml } = await added('saved-page.html');
    expect(result.draft.id).toBe('hebei-2023-scheme');
    expect(text.split('\n')[12]).toBe(
      '1. 加强标准体系建设，推动企业对标达标。（牵头单位：省市场监管局；责任单位：省发展改革委、省工业和信息化厅；完成时限：2024年底前）',
    );
    expect(result.draft.sidecar).toMatchObject({
      title: '河北省质量提升行动方案',
      issuer: '河北省人民政府办公厅',
      province: 'hebei',
      date: '2023-04-10',
      docNumber: '冀政办字〔2023〕15号',
      type: '行动方案',
      period: { value: '2023-2025', inferred: true },
    });
    expect(yaml).toContain('title: 河北省质量提升行动方案 # line 8\n');
    expect(result.ingest!.errors).toBe(0);
    expect(result.ingest!.generated).toBe(true);
    const documents = JSON.parse(readFileSync(join(work, 'generated/data/documents.json'), 'utf8')) as { id: string }[];
    expect(documents.map((document) => document.id)).toContain('hebei-2023-scheme');
  });

  it('adds a .docx with a task table', async () => {
    writeFileSync(
      join(received, 'notice.docx'),
      await makeDocx([
        '陕西省人民政府办公厅关于印发',
        '陕西省质量强省建设2024年工作要点的通知',
        '陕政办函〔2024〕3号',
        '各设区市人民政府，省人民政府各工作部门：',
        '　　《陕西省质量强省建设2024年工作要点》已经省政府同意，现印发给你们，请认真贯彻执行。',
        '陕西省人民政府办公厅',
        '2024年1月5日',
        '陕西省质量强省建设2024年工作要点',
        '　　一、重点任务',
        {
          table: [
            ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
            ['1', '完善质量政策体系。', '省市场监管局', '省发展改革委\n省财政厅', '2024年6月底前'],
            ['2', '实施品牌建设工程，到2024年底培育陕西品牌50个。', '省商务厅', '省工业和信息化厅', '2024年12月底前'],
          ],
        },
      ]),
    );
    const { result, text } = await added('notice.docx');
    expect(result.draft.id).toBe('shaanxi-2024-priorities');
    expect(text.split('\n').slice(9, 11)).toEqual([
      '1. 完善质量政策体系。（牵头单位：省市场监管局；责任单位：省发展改革委、省财政厅；完成时限：2024年6月底前）',
      '2. 实施品牌建设工程，到2024年底培育陕西品牌50个。（牵头单位：省商务厅；责任单位：省工业和信息化厅；完成时限：2024年12月底前）',
    ]);
    expect(result.draft.sidecar).toMatchObject({
      title: '陕西省质量强省建设2024年工作要点',
      issuer: '陕西省人民政府办公厅',
      province: 'shaanxi',
      date: '2024-01-05',
      docNumber: '陕政办函〔2024〕3号',
      type: '工作要点',
      period: '2024',
    });
    expect(result.draft.yaml).toContain('title: 陕西省质量强省建设2024年工作要点 # line 8\n');
  });

  it('adds a .pdf', async () => {
    writeFileSync(
      join(received, 'plan.pdf'),
      makePdf([
        [
          '安徽省质量发展规划',
          '（2021—2025年）',
          '（皖政〔2021〕18号）',
          '一、发展基础',
          { text: '— 1 —', bottom: true },
        ],
        ['二、主要目标', '到2025年，产品质量合格率达到95%以上。', { text: '— 2 —', bottom: true }],
        ['安徽省人民政府', '2021年9月30日', { text: '— 3 —', bottom: true }],
      ]),
    );
    const { result, text } = await added('plan.pdf');
    expect(text).toBe(
      '安徽省质量发展规划\n（2021—2025年）\n（皖政〔2021〕18号）\n一、发展基础\n二、主要目标\n到2025年，产品质量合格率达到95%以上。\n安徽省人民政府\n2021年9月30日\n',
    );
    expect(result.draft.id).toBe('anhui-2021-planning');
    expect(result.draft.sidecar).toEqual({
      title: '安徽省质量发展规划（2021—2025年）',
      issuer: '安徽省人民政府',
      province: 'anhui',
      date: '2021-09-30',
      docNumber: '皖政〔2021〕18号',
      type: '规划',
      period: '2021-2025',
      note: 'Added with `npm run add` from `plan.pdf` (pdf); the file as received is kept in content/originals/.',
      acknowledge: [],
    });
  });

  it('writes nothing on a dry run, and refuses a taken id unless forced', async () => {
    const before = readdirSync(join(work, 'sources')).sort();
    const dry = await addDocument(options('saved-page.html', { dryRun: true }));
    expect(dry.draft.id).toBe('hebei-2023-scheme-2');
    expect(dry.placed).toBeUndefined();
    expect(readdirSync(join(work, 'sources')).sort()).toEqual(before);

    await expect(addDocument(options('saved-page.html', { overrides: { id: 'hebei-2023-scheme' } }))).rejects.toThrow(
      AddError,
    );
    const forced = await addDocument(
      options('saved-page.html', { overrides: { id: 'hebei-2023-scheme' }, force: true }),
    );
    expect(forced.placed!.text).toBe(join(work, 'sources/hebei-2023-scheme.txt'));
    expect(readdirSync(join(work, 'originals')).filter((name) => name.startsWith('hebei-2023-scheme'))).toEqual([
      'hebei-2023-scheme.html',
    ]);
  });
});

describe('scripts/add.ts', { timeout: 60_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        join(repository, 'scripts/add.ts'),
        ...args,
        '--sources',
        'sources',
        '--originals',
        'originals',
        '--registry',
        'registry',
        '--out',
        'generated',
        '--cache',
        'cache',
      ],
      { cwd: work, encoding: 'utf8' },
    );

  it('prints the draft on a dry run and exits 0', () => {
    const run = cli('received/saved-page.html', '--dry-run', '--period', '2023-2025');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Proposed id: hebei-2023-scheme-2');
    expect(run.stdout).toContain("period:\n  value: '2023-2025'\n  inferred: true\n  basis: >-\n    添加时人工指定");
    expect(run.stdout).toContain('Dry run: nothing written.');
    expect(existsSync(join(work, 'sources/hebei-2023-scheme-2.txt'))).toBe(false);
  });

  it('exits 1 with what to pass when a required value is missing, and on a file it cannot take', () => {
    writeFileSync(join(received, 'body.txt'), '　　一、提升产品质量。\n　　二、加强标准建设。\n');
    const missing = cli('received/body.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('未找到标题：');
    expect(missing.stderr).toContain('Pass --title X --issuer X --date X --province X');
    writeFileSync(join(received, 'old.doc'), 'x');
    const refused = cli('received/old.doc');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('add: old.doc is an old Word .doc: open it in Word or WPS and save it as .docx');
  });
});
