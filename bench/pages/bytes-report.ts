// Bytes per page, the part of bench:pages that needs no more than the pages: the table of what each
// page transfers by kind, where a document page's HTML goes, and the targets on bytes (no JavaScript
// but on search, the whole site's CSS, a document page's HTML against its plain text, the 003 page in
// all), checked against budgets that say what a reader pays for a page.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzip9, brotli11 } from './compression.ts';
import { htmlBreakdown } from './html-breakdown.ts';
import { KINDS, type PageMeasure, siteCss } from './measure.ts';
import { DOC_000, DOC_003 } from './page-list.ts';
import { kib, out, table } from './print.ts';
import type { Check } from './targets.ts';

const HTML_FACTOR = 1.6;
const DOC_003_TOTAL = 35 * 1024;
const CSS_BUDGET = 10 * 1024;

/** The gzip -9 size of a document's plain text, what its page's HTML is judged against. */
function plainGzip(root: string, id: string): number {
  return gzip9(readFileSync(path.join(root, 'content/sources', `${id}.txt`))).length;
}

/**
 * Prints the bytes of `measures` (one per page of page-list.ts, in its order: search last) and
 * returns the checks of the targets on bytes; `root` is the project, `dist` the site measured.
 */
export function reportBytes(measures: PageMeasure[], root: string, dist: string): Check[] {
  const checks: Check[] = [];
  out('\nTransferred per page, KiB (raw / gzip -9; text is served gzip, as real hosts do):\n');
  out(
    table(
      ['page', ...KINDS.map((k) => (k === 'font' ? 'fonts' : k.toUpperCase())), 'total', 'requests'],
      measures.map((m) => [
        m.spec.label,
        ...KINDS.map((k) => (m.totals[k].raw === 0 ? '–' : `${kib(m.totals[k].raw)} / ${kib(m.totals[k].gzip)}`)),
        `${kib(m.totals.all.raw)} / **${kib(m.totals.all.gzip)}**`,
        String(m.resources.length),
      ]),
    ),
  );
  for (const m of measures) if (m.errors.length) out(`  page errors on ${m.spec.label}: ${m.errors.join('; ')}`);

  // The targets on bytes.
  for (const m of measures.filter((m) => m.spec.path !== measures.at(-1)!.spec.path)) {
    const js = m.resources.filter((r) => r.kind === 'js');
    checks.push([
      `no JS on ${m.spec.label}`,
      js.length === 0,
      js.length ? `${js.length} scripts, ${kib(m.totals.js.gzip)} KiB gzip` : '0 scripts',
    ]);
  }
  const css = siteCss(dist);
  checks.push([
    `whole-site CSS ≤ 10 KiB gzip`,
    css.gzip <= CSS_BUDGET,
    `${css.files} files, ${kib(css.raw)} KiB raw, ${kib(css.gzip)} KiB gzip (${kib(CSS_BUDGET - css.gzip)} KiB margin)`,
  ]);
  for (const id of [DOC_003, DOC_000]) {
    const m = measures.find((x) => x.spec.path === `documents/${id}/`)!;
    const text = plainGzip(root, id);
    const budget = HTML_FACTOR * text;
    const html = m.totals.html.gzip;
    const brotli = brotli11(readFileSync(path.join(dist, 'documents', id, 'index.html')));
    checks.push([
      `${id} HTML gzip ≤ 1.6 × plain-text gzip`,
      html <= budget,
      `${kib(html)} KiB vs 1.6 × ${kib(text)} = ${kib(budget)} KiB (${(html / text).toFixed(2)} ×; margin ${kib(budget - html)} KiB); ` +
        `with brotli -11 (a host that serves it) ${kib(brotli)} KiB, ${(brotli / text).toFixed(2)} ×`,
    ]);
  }
  for (const id of [DOC_003, DOC_000]) {
    const b = htmlBreakdown(readFileSync(path.join(dist, 'documents', id, 'index.html'), 'utf8'));
    out(
      `\nWhere the HTML of documents/${id}/ goes: ${kib(b.total)} KiB gzip in all; its visible text alone ${kib(b.text)} KiB gzip, the source .txt ${kib(plainGzip(root, id))} KiB gzip\n`,
    );
    out(
      table(
        ['part', 'count', 'raw KiB', 'gzip cost KiB'],
        b.parts.map((p) => [p.part, String(p.count), kib(p.raw), kib(p.gzipCost)]),
      ),
    );
  }
  const m003 = measures[1]!;
  checks.push([
    `${DOC_003} page ≤ 35 KiB in all (gzip)`,
    m003.totals.all.gzip <= DOC_003_TOTAL,
    `${kib(m003.totals.all.gzip)} KiB (margin ${kib(DOC_003_TOTAL - m003.totals.all.gzip)} KiB; on the wire with headers ${kib(m003.totals.all.wire)} KiB)`,
  ]);
  return checks;
}
