/**
 * `npm run bench:scale -- --docs 5,100,1000 [--keep] [--no-search]`: for each corpus size, builds a
 * deterministic synthetic corpus (bench/scale/scale-run.ts) and prints per stage its wall time, CPU
 * time, load, peak memory (its largest process, and all its processes at once), output and files; the
 * HTML page sizes per page type; the site's files and
 * bytes per kind of file with the largest file, and which static hosts take it (bench/scale/footprint.ts);
 * then bench:search on it. Exits 1 when the site of 1,000 documents does not fit Cloudflare Pages' free
 * plan or GitHub Pages, or when a size with a budget (1,000 and 10,000 documents: files and bytes;
 * 10,000: the build's time and memory) is over it.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, BUILD_BUDGETS, HOSTS, REQUIRED_AT_1000, footprint, formatBytes, misfits } from './scale/footprint.ts';
import { ROOT, loadTemplates, runScale } from './scale/scale-run.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const counts = values.docs.split(',').map((part) => Number(part.trim()));
if (counts.some((count) => !Number.isInteger(count) || count < 1)) {
  console.error(`Unexpected --docs \`${values.docs}\`, expected document counts such as 5,100,1000`);
  process.exit(2);
}

function print(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log('');
}

const templates = loadTemplates();
const failures: string[] = [];
const summary: string[][] = [];
for (const count of counts) {
  const run = await runScale(count, templates);
  const dist = join(run.work, 'dist');
  console.log(
    `\nbench:scale — ${count} documents, ${run.units} units, on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  print(
    ['stage', 'wall', 'CPU', 'load', 'peak memory', 'all processes', 'output', 'files'],
    run.stages.map((stage) => [
      stage.name,
      `${stage.wallSeconds.toFixed(1)} s`,
      `${stage.cpuSeconds.toFixed(1)} s`,
      stage.load.toFixed(1),
      `${(stage.peakBytes / 1048576).toFixed(0)} MiB`,
      stage.treePeakBytes > 0 ? `${(stage.treePeakBytes / 1048576).toFixed(0)} MiB` : 'unknown (no /proc)',
      `${(stage.bytes / 1048576).toFixed(1)} MiB`,
      String(stage.files),
    ]),
  );

  // Page sizes per page type (first path segment): a type whose largest page grows with N lists the corpus.
  const pageSizes = new Map<string, number[]>();
  for (const name of readdirSync(dist, { recursive: true }) as string[]) {
    if (!name.endsWith('.html')) continue;
    const type = name.includes('/') ? name.split('/')[0]! : '(top)';
    pageSizes.set(type, [...(pageSizes.get(type) ?? []), statSync(join(dist, name)).size]);
  }
  print(
    ['pages', 'count', 'mean HTML', 'largest HTML'],
    [...pageSizes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, sizes]) => [
        type,
        String(sizes.length),
        `${(sizes.reduce((sum, size) => sum + size, 0) / sizes.length / 1024).toFixed(1)} KiB`,
        `${(Math.max(...sizes) / 1024).toFixed(1)} KiB`,
      ]),
  );

  const site = footprint(dist);
  print(
    ['files by kind', 'files', 'bytes'],
    [
      ...[...site.kinds].map(([kind, tally]) => [kind, String(tally.files), formatBytes(tally.bytes)]),
      ['all', String(site.files), formatBytes(site.bytes)],
    ],
  );
  console.log(`largest file: ${site.largest.path} (${formatBytes(site.largest.bytes)})\n`);
  print(
    ['host', 'fits', 'why not'],
    HOSTS.map((host) => {
      const problems = misfits(site, host);
      if (count === 1_000 && REQUIRED_AT_1000.includes(host.name) && problems.length > 0)
        failures.push(`1000 documents do not fit ${host.name}: ${problems.join('; ')}`);
      return [host.name, problems.length === 0 ? 'yes' : 'no', problems.join('; ')];
    }),
  );
  const budget = BUDGETS.get(count);
  if (budget) {
    const over = misfits(site, { name: 'budget', maxFiles: budget.files, maxBytes: budget.bytes });
    console.log(
      `budget at ${count} documents: ≤ ${budget.files} files, ≤ ${formatBytes(budget.bytes)}: ${over.length ? `over (${over.join('; ')})` : 'within'}\n`,
    );
    if (over.length) failures.push(`${count} documents are over budget: ${over.join('; ')}`);
  }
  const buildBudget = BUILD_BUDGETS.get(count);
  if (buildBudget) {
    const seconds = run.stages.reduce((sum, stage) => sum + stage.wallSeconds, 0);
    const bytes = Math.max(...run.stages.map((stage) => stage.treePeakBytes));
    const over = [
      ...(seconds > buildBudget.seconds ? [`${seconds.toFixed(0)} s > ${buildBudget.seconds} s`] : []),
      ...(bytes > buildBudget.bytes ? [`${formatBytes(bytes)} of memory > ${formatBytes(buildBudget.bytes)}`] : []),
    ];
    console.log(
      `build budget at ${count} documents: < ${buildBudget.seconds / 60} min, < ${formatBytes(buildBudget.bytes)} of memory at once: ${over.length ? `over (${over.join('; ')})` : 'within'}\n`,
    );
    if (over.length) failures.push(`the build of ${count} documents is over budget: ${over.join('; ')}`);
  }
  summary.push([
    String(count),
    String(run.units),
    String(site.files),
    formatBytes(site.bytes),
    (site.files / count).toFixed(1),
    formatBytes(site.bytes / count),
    `${run.stages.reduce((sum, stage) => sum + stage.wallSeconds, 0).toFixed(0)} s`,
    `${(Math.max(...run.stages.map((stage) => stage.treePeakBytes)) / 1048576).toFixed(0)} MiB`,
  ]);

  if (!values['no-search']) {
    const search = spawnSync(process.execPath, [join(ROOT, 'bench/search.ts'), '--dist', dist], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (search.status !== 0) failures.push(`bench:search exited ${search.status} at ${count} documents`);
  }
  if (values.keep) console.log(`kept ${run.work}`);
  else rmSync(run.work, { recursive: true, force: true });
}

if (counts.length > 1) {
  console.log('\nbench:scale — by corpus size');
  print(['documents', 'units', 'files', 'bytes', 'files/doc', 'bytes/doc', 'build', 'memory at once'], summary);
}
for (const failure of failures) console.error(`bench:scale: ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
