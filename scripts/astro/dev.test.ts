/**
 * `astro dev` follows the ingest's inputs: in a copy of the project, an edited source and an edited
 * note change their pages, through one new ingest run each (scripts/astro/ingest-runner.ts). The page is
 * fetched until it shows the edit or the deadline passes: the reload is asynchronous by nature
 * (file watcher → ingest → inner loader → data store), and the deadline is generous for a loaded machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port.ts';
import { astroEnvironment, copyProject } from './project-copy.ts';

const DEADLINE_MS = 90_000;

const work = copyProject('policy-kb-dev-');

let server: ChildProcess | undefined;
let output = '';
afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

/** The output as text: Astro colours it where CI is set, even into a pipe. */
const plain = (text: string): string => stripVTControlCharacters(text);

/** Starts astro dev in the copy; resolves with its address once it listens, fails at the deadline. */
async function startDev(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: work,
    env: astroEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`astro dev did not say where it listens:\n${output.slice(-3000)}`)),
      DEADLINE_MS,
    );
    const take = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const address = /Local\s+(http:\/\/\S+?)\/?\s/u.exec(plain(output));
      if (address) {
        clearTimeout(timer);
        resolve(address[1]!);
      }
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited (${code}):\n${output.slice(-3000)}`));
    });
  });
}

/** The page's HTML once `check` holds for it; fails with the dev server's output at the deadline. */
async function pageWhen(url: string, check: (html: string) => boolean): Promise<string> {
  const deadline = Date.now() + DEADLINE_MS;
  let html = '';
  while (Date.now() < deadline) {
    const response = await fetch(url);
    html = await response.text();
    if (response.ok && check(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never showed the edit (last: ${html.slice(0, 1500)}):\n${output.slice(-3000)}`);
}

/** Ingest runs the dev server has logged so far. */
function runs(): number {
  return plain(output).match(/\[ingest\] content\/sources, content\/registry/gu)?.length ?? 0;
}

function edit(file: string, from: string, to: string): void {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('astro dev', { timeout: 4 * DEADLINE_MS }, () => {
  it('reloads a page after an edit of its source or of a note', async () => {
    const address = await startDev();
    const documentPage = `${address}/documents/henan-2015-plan/`;
    const notePage = `${address}/notes/quality-supervision-across-provinces/`;
    await pageWhen(documentPage, (html) => html.includes('结合我省实际'));
    await pageWhen(notePage, (html) => html.includes('<title>质监部门'));
    expect(readdirSync(join(work, 'content/generated/documents'))).toContain('henan-2015-plan.mdx');
    // One run at start-up, however many collections wait for it (one each would be nine).
    expect(runs()).toBe(1);

    edit('content/sources/henan-2015-plan.txt', '结合我省实际', '结合本省实际');
    await pageWhen(documentPage, (html) => html.includes('结合本省实际') && !html.includes('结合我省实际'));
    edit('content/notes/quality-supervision-across-provinces.mdx', 'title: 质监部门', 'title: 质量技术监督部门');
    await pageWhen(notePage, (html) => html.includes('<title>质量技术监督部门'));
    // Then a run per edit. A write can reach the watcher as two events (the truncation, then the
    // text), and on a loaded machine they may fall more than the settling time apart: then that edit
    // makes two runs, the second finding nothing new. Never one per collection.
    expect(runs()).toBeGreaterThanOrEqual(3);
    expect(runs()).toBeLessThanOrEqual(5);
  });
});
