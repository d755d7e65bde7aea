// Locate (and, where we can, install) the Chromium that the end-to-end tests drive.
//
// Playwright's own browser download is not used: it needs a CDN that CI and sandboxes often cannot
// reach. Debian's `chromium` package comes from the ordinary apt mirrors, and `fonts-noto-cjk` makes
// Chinese text render as glyphs instead of boxes (screenshots and layout checks depend on it).
//
//   node scripts/browser.ts      prints the executable path on stdout (apt output goes to stderr)
//
// Resolution order: $CHROMIUM_PATH → /usr/bin/chromium or /usr/bin/chromium-browser → when running
// as root with apt-get available, install both packages and use the result → otherwise throw an
// error that says what to install.

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Flags for running Chromium headless in containers and CI, with no network chatter of its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && isExecutable(`${dir}/${command}`));
}

/** The installed Chromium, without installing anything; undefined when there is none. */
export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but that is not an executable file.`);
    }
    return fromEnv;
  }
  return CANDIDATES.find(isExecutable);
}

function howToInstall(reason: string): string {
  return [
    `No Chromium found for the end-to-end tests (${reason}).`,
    'Install one, then run the tests again:',
    `  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`,
    '  elsewhere:      install Chromium (and a CJK font such as Noto Sans CJK SC) and set',
    '                  CHROMIUM_PATH=/path/to/chromium',
  ].join('\n');
}

function run(command: string, args: string[]): void {
  process.stderr.write(`$ ${command} ${args.join(' ')}\n`);
  // stdout of apt goes to our stderr, so that stdout stays just the path for `$(node scripts/browser.ts)`.
  const result = spawnSync(command, args, {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
    throw new Error(`\`${command} ${args.join(' ')}\` ${how}.\n\n${howToInstall('apt-get failed')}`);
  }
}

/** The Chromium executable to drive, installing it with apt-get when we are root and can. */
export function findChromium(): string {
  const found = locateChromium();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) throw new Error(howToInstall('not root, so not installing it with apt-get'));
  if (!onPath('apt-get')) throw new Error(howToInstall('apt-get is not available'));

  process.stderr.write(`Installing ${APT_PACKAGES.join(', ')} with apt-get (once; takes a minute or two)…\n`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);

  const installed = locateChromium();
  if (!installed) throw new Error(howToInstall(`apt-get succeeded, but none of ${CANDIDATES.join(', ')} exists`));
  return installed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.stdout.write(`${findChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
