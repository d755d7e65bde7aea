// The stock-Starlight baseline of `npm run bench:pages -- --starlight`: the same five documents in a
// Starlight site built in a temporary folder (never committed), from the npm registry only.
//
// - `npm init -y` + `npm install --save-exact astro@<ours> @astrojs/starlight@<STARLIGHT_VERSION>`;
//   the project's Node (process.execPath) runs the build.
// - The site: one Markdown page per document (starlight-markdown.ts) and a configuration that sets
//   nothing but the title and the locale (starlight-site.ts).
// - Measures: build time; the bytes of a document page (same accounting as ours); search precision
//   and recall at measure level with Starlight's own Pagefind index (starlight-search.ts).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type StageTime, timed } from './build.ts';
import { type PageMeasure, measurePage } from './measure.ts';
import { type StarlightSearchInput, type StarlightSearchResult, starlightSearch } from './starlight-search.ts';
import { writeStarlightSite } from './starlight-site.ts';
import { startServer } from '../../scripts/serve/static-server.ts';

/** The newest @astrojs/starlight whose peer range accepts astro 7 (peerDependencies astro ^7.2.10). */
export const STARLIGHT_VERSION = '0.42.4';

export interface StarlightResult {
  version: string;
  dir: string;
  install: StageTime;
  build: StageTime;
  pages: PageMeasure[];
  search: StarlightSearchResult;
}

export interface StarlightOptions extends StarlightSearchInput {
  root: string;
  /** Documents whose page bytes are measured. */
  measureDocs: { label: string; id: string }[];
  keep?: boolean;
}

export async function runStarlight(options: StarlightOptions): Promise<StarlightResult> {
  const { root } = options;
  const astroVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-kb-starlight-'));
  try {
    const npmEnv = {
      ...process.env,
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    execFileSync('npm', ['init', '-y'], { cwd: dir, stdio: 'ignore', env: npmEnv });
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    pkg.type = 'module';
    pkg.allowScripts = { esbuild: true, sharp: true };
    writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const install = timed(
      'npm install',
      'npm',
      ['install', '--save-exact', `astro@${astroVersion}`, `@astrojs/starlight@${STARLIGHT_VERSION}`],
      dir,
      npmEnv,
    );

    // Content: one page per document, plus a splash page of links (kept out of the search index).
    const docs = writeStarlightSite(root, dir);
    const env = {
      ...process.env,
      PATH: `${path.join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const build = timed(
      'starlight build',
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
      dir,
      env,
    );
    const dist = path.join(dir, 'dist');

    // Page bytes and search, served with compression like ours.
    const server = await startServer({ root: dist, gzip: 9 });
    try {
      const pages: PageMeasure[] = [];
      for (const { label, id } of options.measureDocs) {
        pages.push(await measurePage(options.browser, server.url, { label, path: `${id}/` }));
      }
      const search = await starlightSearch(options, server.url, docs);
      return { version: STARLIGHT_VERSION, dir, install, build, pages, search };
    } finally {
      await server.close();
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}
