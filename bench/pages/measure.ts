// Loads pages in Chromium (Playwright, Debian's chromium) with an empty cache and records every
// response: its type, raw (decoded) bytes, gzip -9 bytes and bytes on the wire (body + headers).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { isCompressible } from '../../scripts/serve/content-types.ts';
import { gzip9 } from './compression.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'other'];

export interface Resource {
  url: string;
  kind: Kind;
  /** Decoded body. */
  raw: number;
  /** gzip -9 of the body for text types; the body as is for binary ones (already compressed). */
  gzip: number;
  /** Body as sent (compressed by the server) + response headers, as Chromium counted them. */
  wire: number;
}

export interface PageSpec {
  /** Row label, e.g. `document 003`. */
  label: string;
  /** Path under the site root, e.g. `documents/shanxi-2013-opinions/`. */
  path: string;
  /** A selector to wait for after load (e.g. the search page's ready flag). */
  waitFor?: string;
}

export interface PageMeasure {
  spec: PageSpec;
  resources: Resource[];
  totals: Record<Kind, { raw: number; gzip: number }> & { all: { raw: number; gzip: number; wire: number } };
  errors: string[];
}

export function kindOf(contentType: string, url: string): Kind {
  const type = contentType.toLowerCase();
  if (type.includes('text/html')) return 'html';
  if (type.includes('text/css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.startsWith('font/') || /\.(?:woff2?|ttf|otf)(?:\?|$)/u.test(url)) return 'font';
  return 'other';
}

export function summarise(resources: Resource[]): PageMeasure['totals'] {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as PageMeasure['totals'];
  totals.all = { raw: 0, gzip: 0, wire: 0 };
  for (const r of resources) {
    totals[r.kind].raw += r.raw;
    totals[r.kind].gzip += r.gzip;
    totals.all.raw += r.raw;
    totals.all.gzip += r.gzip;
    totals.all.wire += r.wire;
  }
  return totals;
}

export async function measurePage(browser: Browser, siteUrl: string, spec: PageSpec): Promise<PageMeasure> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const pending: Promise<Resource | undefined>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        const type = response.headers()['content-type'] ?? '';
        return {
          url: request.url(),
          kind: kindOf(type, request.url()),
          raw: body.length,
          gzip: isCompressible(type) ? gzip9(body).length : body.length,
          wire: sizes.responseBodySize + sizes.responseHeadersSize,
        };
      })().catch((error: unknown) => {
        errors.push(`${request.url()}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }),
    );
  });
  await page.goto(new URL(spec.path, siteUrl).href, { waitUntil: 'networkidle' });
  if (spec.waitFor) await page.waitForSelector(spec.waitFor, { timeout: 20_000, state: 'attached' });
  await page.waitForLoadState('networkidle');
  // Wait until no response is still being read (one may finish while we wait for the others).
  let settled = 0;
  while (settled < pending.length) {
    settled = pending.length;
    await Promise.all(pending);
  }
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
  await context.close();
  return { spec, resources, totals: summarise(resources), errors };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every stylesheet the build wrote, raw and gzip -9. */
export function siteCss(dist: string): { files: number; raw: number; gzip: number } {
  const files = walk(dist).filter((f) => f.endsWith('.css'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(file);
    raw += body.length;
    gzip += gzip9(body).length;
  }
  return { files: files.length, raw, gzip };
}
