// End-to-end tests: black-box, over HTTP, against the built and indexed site in dist/.
// Build first (`npm run build`, with the same BASE_PATH), then `npm run test:e2e`.
//
// - Browser: Debian's chromium via scripts/browser.ts (Playwright's own download is not used).
// - Server: scripts/serve.ts on 127.0.0.1:$E2E_PORT (default 4329) under $BASE_PATH (default `/`),
//   sending the `/*` headers of dist/_headers like the real host (CSP_HEADERS=0 to turn off).
// - baseURL includes the base path, so navigate with RELATIVE urls: page.goto("./"),
//   page.goto("search/?q=电梯"), request.get("data/measures.json"). A leading slash
//   (page.goto("/search/")) would drop the base path.
// - E2E_ROOT serves another build directory (default `dist`), e.g. a sub-path build made elsewhere.
// - e2e/sites/<fixture>.spec.ts runs only with FIXTURE_SITE=<fixture>, against a site built from that
//   ingest fixture (scripts/quality/fixture-site.ts builds it in a temporary copy and runs it); the
//   other specs then do not run.
// - Every test runs on `desktop`. Tag a test `@phone` to also run it on `phone`, or `@phone-only`
//   to run it only there: test("menu", { tag: "@phone-only" }, async ({ page }) => { … }).

import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';
import { normaliseBase } from './scripts/serve.ts';

const port = Number(process.env.E2E_PORT ?? 4329);
const base = normaliseBase(process.env.BASE_PATH);
const origin = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);
const root = process.env.E2E_ROOT ?? 'dist';
const fixtureSite = process.env.FIXTURE_SITE;

// The server is a .ts file, so it needs the project's Node 24 even when Playwright was started
// with an older system `node`.
const localNode = path.resolve('node_modules/.bin/node');
const node = existsSync(localNode) ? localNode : process.execPath;

export default defineConfig({
  testDir: 'e2e',
  ...(fixtureSite ? { testMatch: `**/sites/${fixtureSite}.spec.ts` } : { testIgnore: '**/sites/**' }),
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: ci,
  workers: 2,
  retries: 0,
  reporter: ci ? [['list'], ['line']] : [['list']],
  use: {
    baseURL: `${origin}${base}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
    launchOptions: {
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      name: 'desktop',
      grepInvert: /@phone-only\b/,
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      grep: /@phone\b/, // matches @phone and @phone-only
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `"${node}" scripts/serve.ts --port ${port} --base ${base} --root "${root}"`,
    url: `${origin}${base}`,
    env: { CSP_HEADERS: process.env.CSP_HEADERS ?? '1' },
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 15_000,
  },
});
