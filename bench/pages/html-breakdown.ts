// Where a page's compressed HTML goes: for each part (found by the site's own class names), its
// count, raw bytes, and its gzip cost = gzip(page) − gzip(page without that part). Parts overlap
// (a chip's title attribute is inside the chips), so the costs do not add up to the total.
// Parts whose markup is not found are left out (the markup may have changed since).

import { gzip9 } from './compression.ts';

const PARTS: [string, RegExp][] = [
  ['`<head>`', /<head>[\s\S]*?<\/head>/gu],
  ['site header and nav', /<header class="site-header">[\s\S]*?<\/header>/gu],
  ['breadcrumbs', /<nav class="crumbs"[\s\S]*?<\/nav>/gu],
  ['table of contents', /<nav class="toc"[\s\S]*?<\/nav>/gu],
  ['document metadata panel', /<aside class="meta-panel"[\s\S]*?<\/aside>/gu],
  ['lineage panel (时效与沿革)', /<section class="meta-panel lineage-panel"[\s\S]*?<\/section>/gu],
  ['notes citing the document (相关解读)', /<section class="notes-citing"[\s\S]*?<\/section>/gu],
  [
    'unit titles (numbering + link)',
    /<(h[2-6])>(?:<span class="num">[^<]*<\/span>)?<a href="#[^"]*">[^<]*<\/a><\/\1>/gu,
  ],
  ['unit chips (themes; departments the text does not name)', /<ul class="chips"[\s\S]*?<\/ul>/gu],
  [
    'department links inside the text (markup only)',
    /<a class="dept[^"]*" href="[^"]*"[^>]*>|(?<=<a class="dept[^>]*>[^<]*)<\/a>/gu,
  ],
  ['unit text', /<div class="text">[\s\S]*?<\/div>/gu],
  ['unit citations', /<div class="citations">[\s\S]*?<\/div>/gu],
  ['unit footers (kind + source line link)', /<footer>[\s\S]*?<\/footer>/gu],
  ['site footer', /<footer class="site-footer">[\s\S]*?<\/footer>/gu],
];

export interface HtmlPart {
  part: string;
  count: number;
  raw: number;
  gzipCost: number;
}

export function htmlBreakdown(html: string): { total: number; text: number; parts: HtmlPart[] } {
  const size = (s: string): number => gzip9(Buffer.from(s)).length;
  const total = size(html);
  const parts: HtmlPart[] = [];
  for (const [part, re] of PARTS) {
    const found = html.match(re) ?? [];
    if (found.length === 0) continue;
    parts.push({
      part,
      count: found.length,
      raw: Buffer.byteLength(found.join('')),
      gzipCost: total - size(html.replace(re, '')),
    });
  }
  // The characters a reader sees, without any markup.
  const text = size(html.replace(/<head>[\s\S]*?<\/head>/u, '').replace(/<[^>]*>/gu, ''));
  return { total, text, parts };
}
