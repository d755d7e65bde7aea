/**
 * The site's configuration: every setting a build takes from the environment, read and checked in
 * one place (astro.config.mjs, the ingest, the search index and the pages all ask readConfig). A
 * value that cannot be right stops the build with the variable's name, what was found and what was
 * expected, rather than building a site with a silently wrong setting.
 *
 *   BASE_PATH=/policy-kb/ SITE_URL=https://policy.example.gov.cn npm run build
 */
import { z } from 'zod';
import { normaliseBase } from './lib/url.ts';

/** The environment variables readConfig reads, by setting. */
export const CONFIG_VARIABLES = {
  basePath: 'BASE_PATH',
  siteUrl: 'SITE_URL',
  departmentListLimit: 'DEPARTMENT_LIST_LIMIT',
  prosePartPages: 'PROSE_PART_PAGES',
  searchEngine: 'SEARCH_ENGINE',
  sourceDateEpoch: 'SOURCE_DATE_EPOCH',
  ingestFrail: 'INGEST_FRAIL',
} as const;

export const configSchema = z.object({
  /** The sub-path the site is served under, `/policy-kb/`; `/` when unset. Every link follows it. */
  basePath: z
    .string()
    .regex(/^[\w./-]*$/u, 'expected a path such as /policy-kb/')
    .default('/')
    .transform(normaliseBase),
  /**
   * The site's public origin, `https://policy.example.gov.cn`. Only with it are canonical links, the
   * sitemap and robots.txt's `Sitemap:` line written: they need absolute URLs, and a made-up origin
   * would be wrong on every host.
   */
  siteUrl: z.url({ message: 'expected an absolute URL such as https://policy.example.gov.cn' }).optional(),
  /**
   * Above this many units a department's list moves to one page per province (npm test builds the
   * sub-path site with a low limit, so both layouts are tested).
   */
  departmentListLimit: z.coerce
    .number({ message: 'expected a whole number of units' })
    .int('expected a whole number of units')
    .positive('expected a whole number of units')
    .default(300),
  /**
   * Pages in one part of the prose index (scripts/search-index/prose.ts); more pages are indexed in
   * parts. Pagefind needs about 1.4 MB a page while it writes an index, so a part of 1,250 pages
   * stays under 2 GB beside the build, and a site of 1,000 documents and its notes is one index.
   * npm test builds the sub-path site with parts of 3 pages, so the parted index is tested too.
   */
  prosePartPages: z.coerce
    .number({ message: 'expected a whole number of pages' })
    .int('expected a whole number of pages')
    .positive('expected a whole number of pages')
    .default(1250),
  /** `shards`: the index's sharded layout whatever the corpus size (scripts/search-index.ts; tests, benchmarks). */
  searchEngine: z.enum(['shards'], { message: 'expected shards' }).optional(),
  /**
   * Seconds since 1970 (the reproducible-builds convention): the date every document's status is
   * computed for (scripts/ingest/cli/as-of.ts), so a rebuild is byte-identical.
   */
  sourceDateEpoch: z
    .string()
    .regex(/^\d+$/u, 'expected whole seconds since 1970-01-01, such as 1735689600')
    .transform(Number)
    .optional(),
  /**
   * `1`: warnings leave a document out too, as errors do (the ingest's `--frail`; `npm run build`
   * sets it, so CI fails on warnings). Read by the ingest the content loader runs (scripts/astro/).
   */
  ingestFrail: z
    .enum(['0', '1'], { message: 'expected 1 (warnings fail) or 0' })
    .transform((value) => value === '1')
    .optional(),
});
export type SiteConfig = z.infer<typeof configSchema>;

/** A setting of the environment that cannot be right; its message names the variable and the value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The configuration of this build, from `environment` (process.env by default); throws on a bad value. */
export function readConfig(environment: Record<string, string | undefined> = process.env): SiteConfig {
  const input = Object.fromEntries(
    Object.entries(CONFIG_VARIABLES).flatMap(([key, variable]) => {
      const value = environment[variable]?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path[0] as keyof typeof CONFIG_VARIABLES;
    return `${CONFIG_VARIABLES[key]}: Unexpected \`${String(input[key])}\`, ${issue.message}`;
  });
  throw new ConfigError(`Invalid site configuration:\n  ${problems.join('\n  ')}`);
}
