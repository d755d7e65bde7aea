/**
 * A copy of the project in a temporary folder, and the environment to run Astro in it, for tests that build or serve it and edit its
 * content: the code and the content's inputs copied, node_modules symlinked (as bench-scale and the
 * fixture sites do). Nothing generated is copied, so the first ingest in it parses every source.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_ENV } from '../build/env.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src'];
const CONTENT = ['content/sources', 'content/registry', 'content/notes'];

export function copyProject(prefix: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [...COPIED, ...CONTENT]) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  return work;
}

/** This process's environment without what vitest adds (NODE_ENV=test and its own flags change how Astro and Vite run). */
export function astroEnvironment(): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:VITEST|VITE_|TEST$|NODE_ENV$|MODE$)/u.test(name)),
  );
  return { ...environment, ...ASTRO_ENV };
}
