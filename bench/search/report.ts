/**
 * What bench:search prints of one engine's run: each query's truth, count, results, recall,
 * precision, bytes and time, the figures per query class, the first search's files and the targets
 * (PASS/FAIL, with the failures). Judged against the ground truth, never against an engine's own
 * code.
 */
import process from 'node:process';
import { kib, pct, width } from './format.ts';
import { type Files, sum } from './page-query.ts';
import type { EngineRun } from './run-engine.ts';
import type { Query } from './sample-queries.ts';
import type { Summary } from './summary.ts';

/** What the report judges the runs against. */
export interface ReportContext {
  /** The units matching a query (bench/search/truth.ts). */
  truth: (q: string) => Set<string>;
  units: { id: string }[];
  queries: Query[];
  /** Where the site's data was read, for the heading. */
  dataDir: string;
  /** A row per query even past 100 queries. */
  verbose: boolean;
}

/** Prints the report of one engine's run and returns its summary. */
export function reportEngine(
  engine: string,
  base: string,
  serverUrl: string,
  result: EngineRun,
  context: ReportContext,
): Summary {
  const { truth, units, queries, dataDir, verbose } = context;
  const { rows, first, firstMs, errors } = result;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let approximate = 0;
  const failures: string[] = [];
  /** Per class (query kind): found, shown and not found; the related classes judge the related block. */
  const classes = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (kind: string, tp: number, fp: number, fn: number) => {
    const c = classes.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
    classes.set(kind, { tp: c.tp + tp, fp: c.fp + fp, fn: c.fn + fn });
  };
  // Every engine computes related results by the same rule (README, Search); the expected units
  // were written down for the real corpus, so a corpus without them (synthetic) is not judged.
  const unitIds = new Set(units.map((u) => u.id));
  const judgesRelated = queries.every((q) => (q.related ?? []).every((id) => unitIds.has(id)));
  process.stdout.write(
    `\n== engine: ${engine}   base: ${base}   data: ${dataDir}   units: ${units.length}   queries: ${rows.length}\n`,
  );
  if (verbose || rows.length <= 100) {
    process.stdout.write(
      `${'query'.padEnd(22)}${'kind'.padEnd(13)}${'truth'.padStart(6)}${'count'.padStart(7)}${'shown'.padStart(6)}${'recall'.padStart(8)}${'prec.'.padStart(8)}${'gzip'.padStart(11)}${'served'.padStart(11)}${'ms'.padStart(8)}${'rel. ms'.padStart(9)}${'prose'.padStart(11)}\n`,
    );
  }
  for (const { query, m } of rows) {
    const expected = truth(query.q);
    const shown = new Set(m.ids);
    const hit = [...shown].filter((id) => expected.has(id)).length;
    const about = /约/u.test(m.status);
    const count = /没有找到/u.test(m.status) ? 0 : Number(/([0-9]+) 条/u.exec(m.status)?.[1] ?? NaN);
    // Not all shown (more than --expand): the results not shown count as found when the page's
    // exact count says so (the count is checked against the truth below).
    const capped = m.left > 0 && !about;
    const found = capped ? hit + Math.max(0, Math.min(count, expected.size) - shown.size) : hit;
    const recall = expected.size === 0 ? 1 : found / expected.size;
    const precision = shown.size === 0 ? (expected.size === 0 ? 1 : 0) : hit / shown.size;
    tp += found;
    fp += shown.size - hit;
    fn += expected.size - found;
    if (query.related && judgesRelated) {
      const want = new Set(query.related);
      const got = new Set(m.related);
      const good = [...got].filter((id) => want.has(id)).length;
      tally(query.kind, good, got.size - good, want.size - good);
      if (good !== want.size || good !== got.size)
        failures.push(
          `${query.q}: related block missing ${[...want]
            .filter((id) => !got.has(id))
            .slice(0, 3)
            .join(' ')} extra ${[...got]
            .filter((id) => !want.has(id))
            .slice(0, 3)
            .join(' ')}`,
        );
    } else if (!query.related) tally(query.kind, found, shown.size - hit, expected.size - found);
    if (about) approximate++;
    if (recall < 1 || precision < 1 || shown.size !== m.ids.length) {
      const missing = [...expected].filter((id) => !shown.has(id)).slice(0, 3);
      const extra = [...shown].filter((id) => !expected.has(id)).slice(0, 3);
      failures.push(
        `${query.q}: missing ${missing.join(' ')} extra ${extra.join(' ')}${shown.size !== m.ids.length ? ' (duplicates)' : ''}`,
      );
    }
    if (!about && count !== expected.size)
      failures.push(`${query.q}: the page says ${count}, the truth is ${expected.size} (${m.status})`);
    if (expected.size === 0 && !/没有找到/u.test(m.status))
      failures.push(`${query.q}: no-match message missing (status: ${m.status})`);
    if (verbose || rows.length <= 100) {
      const label = query.q.length > 14 ? `${query.q.slice(0, 13)}…` : query.q;
      process.stdout.write(
        `${label}${' '.repeat(Math.max(1, 22 - width(label)))}${query.kind.padEnd(13)}${String(expected.size).padStart(6)}${`${about ? '~' : ''}${count}`.padStart(7)}${String(shown.size).padStart(6)}${pct(recall).padStart(8)}${pct(precision).padStart(8)}${kib(m.bytes).padStart(11)}${kib(m.plainBytes).padStart(11)}${m.ms.toFixed(1).padStart(8)}${m.relatedMs.toFixed(1).padStart(9)}${kib(m.proseBytes).padStart(11)}\n`,
      );
    }
  }
  process.stdout.write(`${'class'.padEnd(14)}${'queries'.padStart(8)}${'recall'.padStart(8)}${'prec.'.padStart(8)}\n`);
  for (const kind of [...new Set(rows.map((r) => r.query.kind))]) {
    const c = classes.get(kind);
    const n = rows.filter((r) => r.query.kind === kind).length;
    process.stdout.write(
      c
        ? `${kind.padEnd(14)}${String(n).padStart(8)}${pct(c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)).padStart(8)}${pct(c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)).padStart(8)}\n`
        : `${kind.padEnd(14)}${String(n).padStart(8)}  n/a: its expected units are not in this corpus\n`,
    );
  }
  const later = rows.slice(1).map((r) => r.m);
  const maxOf = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const microRecall = tp / (tp + fn || 1);
  const microPrecision = tp / (tp + fp || 1);
  const s: Summary = {
    engine,
    recall: microRecall,
    precision: microPrecision,
    first: first.bytes,
    firstPlain: first.plainBytes,
    laterMax: maxOf(later.map((m) => m.bytes)),
    laterMaxPlain: maxOf(later.map((m) => m.plainBytes)),
    laterMedian: median(later.map((m) => m.bytes)),
    msMedian: median(later.map((m) => m.ms)),
    msMax: maxOf(later.map((m) => m.ms)),
    approximate,
    ok: false,
  };
  process.stdout.write(
    `recall:    ${pct(microRecall)} (${tp}/${tp + fn})   precision: ${pct(microPrecision)} (${tp}/${tp + fp})   counts shown as 约: ${approximate}\n`,
  );
  process.stdout.write(
    `first search (start-up + "${rows[0]!.query.q}"): ${kib(first.bytes)} gzip, ${kib(first.plainBytes)} served, ${first.files.length} requests, ${firstMs.toFixed(0)} ms\n`,
  );
  const listFiles = (files: Files) => {
    for (const [url, b, plain] of [...files].sort((a, b) => b[2] - a[2]))
      process.stdout.write(`    ${kib(b).padStart(10)} ${kib(plain).padStart(10)}  ${url.replace(serverUrl, '')}\n`);
  };
  listFiles(first.files);
  process.stdout.write(
    `prose block (Pagefind, after the exact results) for "${rows[0]!.query.q}": ${kib(sum(first.prose, 1))} gzip, ${kib(sum(first.prose, 2))} served, ${first.prose.length} requests\n`,
  );
  listFiles(first.prose);
  const laterProse = later.map((m) => m.proseBytes);
  process.stdout.write(
    `prose block, later queries: max ${kib(maxOf(laterProse))} gzip, median ${kib(median(laterProse))}\n`,
  );
  process.stdout.write(
    `later queries: max ${kib(s.laterMax)} gzip (${kib(s.laterMaxPlain)} served), median ${kib(s.laterMedian)}; time to the exact results median ${s.msMedian.toFixed(1)} ms, max ${s.msMax.toFixed(1)} ms\n`,
  );
  const relatedMs = later.map((m) => m.relatedMs);
  process.stdout.write(
    `related block (shown after the exact results), time from submit: median ${median(relatedMs).toFixed(1)} ms, max ${maxOf(relatedMs).toFixed(1)} ms\n`,
  );
  if (errors.length) failures.push(...errors.map((e) => `page error: ${e}`));
  const relatedClasses = [...classes].filter(([kind]) => rows.some((r) => r.query.kind === kind && r.query.related));
  const targets: [string, boolean][] = [
    [
      'related classes (short form, lineage, thesaurus): recall and precision 100%',
      relatedClasses.every(([, c]) => c.fn === 0 && c.fp === 0),
    ],
    ['recall 100%', microRecall === 1],
    ['precision 100%', microPrecision === 1],
    ['first search ≤ 150 KiB (gzip)', first.bytes <= 150 * 1024],
    ['later queries ≤ 30 KiB (gzip)', s.laterMax <= 30 * 1024],
    ['later queries: exact results ≤ 100 ms', s.msMax <= 100],
  ];
  process.stdout.write(`${targets.map(([name, ok]) => `${ok ? 'PASS' : 'FAIL'}  ${name}`).join('\n')}\n`);
  if (failures.length)
    process.stdout.write(
      `${failures
        .slice(0, 40)
        .map((f) => `  ✗ ${f}`)
        .join('\n')}${failures.length > 40 ? `\n  … ${failures.length - 40} more` : ''}\n`,
    );
  s.ok = targets.every(([, ok]) => ok) && failures.length === 0;
  return s;
}
