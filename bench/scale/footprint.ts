/**
 * What a built site costs a static host: files and bytes in all and per kind of file, the largest
 * file, and which common hosts take it unchanged. bench:scale prints it for each corpus size.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Tally {
  files: number;
  bytes: number;
}

export interface Footprint extends Tally {
  /** Per kind of file (kindOf), in the order of KINDS. */
  kinds: Map<string, Tally>;
  largest: { path: string; bytes: number };
}

/** Kinds of file, each with the paths it takes; the first that matches names a file's kind. */
const KINDS: Array<[string, (path: string) => boolean]> = [
  ['document pages', (path) => /^documents\/[^/]+\/index\.html$/u.test(path)],
  ['source views', (path) => /^documents\/[^/]+\/source\/index\.html$/u.test(path)],
  ['raw sources', (path) => path.startsWith('sources/')],
  ['department pages', (path) => path.startsWith('departments/') && path.endsWith('.html')],
  ['department CSVs', (path) => path.startsWith('departments/') && path.endsWith('.csv')],
  ['theme pages', (path) => path.startsWith('themes/')],
  ['cited pages', (path) => path.startsWith('cited/')],
  ['open data', (path) => path.startsWith('data/')],
  ['search index', (path) => path.startsWith('search/') || path.startsWith('pagefind/')],
  ['assets', (path) => path.startsWith('_astro/')],
  ['other pages', (path) => path.endsWith('.html')],
  ['other files', () => true],
];

export function kindOf(path: string): string {
  return KINDS.find(([, test]) => test(path))![0];
}

export function footprint(dist: string): Footprint {
  const kinds = new Map<string, Tally>(KINDS.map(([name]) => [name, { files: 0, bytes: 0 }]));
  const result: Footprint = { files: 0, bytes: 0, kinds, largest: { path: '', bytes: 0 } };
  for (const name of (readdirSync(dist, { recursive: true }) as string[]).sort()) {
    const stat = statSync(join(dist, name));
    if (!stat.isFile()) continue;
    const path = name.split('\\').join('/');
    const tally = kinds.get(kindOf(path))!;
    tally.files += 1;
    tally.bytes += stat.size;
    result.files += 1;
    result.bytes += stat.size;
    if (stat.size > result.largest.bytes) result.largest = { path, bytes: stat.size };
  }
  for (const [name, tally] of kinds) if (tally.files === 0) kinds.delete(name);
  return result;
}

export interface Host {
  name: string;
  /** Most files a site may have, if the host limits them. */
  maxFiles?: number;
  /** Most bytes a site may have, if limited. */
  maxBytes?: number;
  /** Largest file, if limited. */
  maxFileBytes?: number;
}

const MB = 1_000_000;
const MiB = 1_048_576;

/** The published limits of the hosts officials' IT departments use (docs/deployment.md cites them). */
export const HOSTS: Host[] = [
  { name: 'Cloudflare Pages (free)', maxFiles: 20_000, maxFileBytes: 25 * MiB },
  { name: 'Cloudflare Pages (paid)', maxFiles: 100_000, maxFileBytes: 25 * MiB },
  { name: 'GitHub Pages', maxBytes: 1_000 * MB },
  { name: 'GitLab Pages', maxFiles: 200_000, maxBytes: 1_000 * MB },
];

/** The hosts a build of 1,000 documents must fit; bench:scale fails when it does not. */
export const REQUIRED_AT_1000 = ['Cloudflare Pages (free)', 'GitHub Pages'];

/** The project's own budget per corpus size (files, bytes), stricter than any host. */
export const BUDGETS = new Map<number, { files: number; bytes: number }>([
  [1_000, { files: 20_000, bytes: 400 * MB }],
  [10_000, { files: 100_000, bytes: 4_000 * MB }],
]);

/** What the build of a corpus size may take on the bench machine (2 cores, 24 GB): wall time, and memory of all its processes at once. */
export const BUILD_BUDGETS = new Map<number, { seconds: number; bytes: number }>([
  [10_000, { seconds: 30 * 60, bytes: 8_000 * MB }],
]);

/** Why a site does not fit a host's limits (empty when it does). */
export function misfits(site: Pick<Footprint, 'files' | 'bytes' | 'largest'>, host: Host): string[] {
  const problems: string[] = [];
  if (host.maxFiles !== undefined && site.files > host.maxFiles)
    problems.push(`${site.files} files > ${host.maxFiles}`);
  if (host.maxBytes !== undefined && site.bytes > host.maxBytes)
    problems.push(`${formatBytes(site.bytes)} > ${formatBytes(host.maxBytes)}`);
  if (host.maxFileBytes !== undefined && site.largest.bytes > host.maxFileBytes)
    problems.push(`${site.largest.path} ${formatBytes(site.largest.bytes)} > ${formatBytes(host.maxFileBytes)}`);
  return problems;
}

/** Decimal units, as hosts state their limits: `412.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000 * MB) return `${(bytes / (1_000 * MB)).toFixed(2)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / 1_000).toFixed(1)} kB`;
}
