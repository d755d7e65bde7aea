/**
 * `node scripts/quality/check-links.ts [--dist dist] [--base /]`: every `href` and `src` (and
 * `srcset`, `action`) in the built HTML resolves to a file of dist/ — pages, anchors (`#id` must
 * exist in the target page), assets and data files. Links that leave the site are reported too: the
 * site must work on an intranet. Exit 1 with a list of broken links.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(href|src|action|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CANONICAL = /<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

export function htmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split('\\').join('/'));
}

/** The dist file a site path points to, or undefined. */
function fileFor(dist: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const relative = decodeURIComponent(path.slice(base.length));
  const candidate = join(dist, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function checkLinks(dist: string, base: string): { checked: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => match[1] ?? match[2]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of htmlFiles(dist)) {
    // A canonical URL names the page's public address (SITE_URL), so it is absolute by design; it is
    // metadata, never fetched by the browser. Its path must still be a page of this build.
    const html = readFileSync(join(dist, page), 'utf8').replace(CANONICAL, (tag) =>
      tag.replace(/(\shref\s*=\s*["'])[a-z]+:\/\/[^/"']+/i, '$1'),
    );
    const pagePath = `${base}${page.replace(/index\.html$/, '')}`;
    for (const match of html.matchAll(ATTRIBUTE)) {
      const values =
        match[1]!.toLowerCase() === 'srcset'
          ? (match[2] ?? match[3]!).split(',').map((part) => part.trim().split(/\s+/)[0]!)
          : [match[2] ?? match[3]!];
      for (const raw of values) {
        const link = raw.replaceAll('&amp;', '&');
        if (!link || link.startsWith('data:') || link.startsWith('mailto:') || link.startsWith('javascript:')) continue;
        checked += 1;
        if (/^[a-z]+:\/\//i.test(link) || link.startsWith('//')) {
          broken.push({ page, link, reason: 'leaves the site' });
          continue;
        }
        const [pathPart, hash] = link.split('#') as [string, string | undefined];
        const withoutQuery = pathPart.split('?')[0]!;
        const absolute =
          withoutQuery === ''
            ? pagePath
            : withoutQuery.startsWith('/')
              ? withoutQuery
              : posix.join(posix.dirname(`${pagePath}x`), withoutQuery) + (withoutQuery.endsWith('/') ? '/' : '');
        const target = fileFor(dist, base, absolute);
        if (!target) {
          broken.push({
            page,
            link,
            reason: absolute.startsWith(base) ? 'no such file in dist' : `outside the base ${base}`,
          });
        } else if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
          broken.push({ page, link, reason: `no element with id "${decodeURIComponent(hash)}"` });
        }
      }
    }
  }
  return { checked, broken };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const { checked, broken } = checkLinks(values.dist, base);
  for (const entry of broken.slice(0, 50)) console.error(`${entry.page}: ${entry.link} — ${entry.reason}`);
  console.log(
    `links: ${checked} checked in ${htmlFiles(values.dist).length} pages under ${base}, ${broken.length} broken`,
  );
  process.exit(broken.length ? 1 : 0);
}
