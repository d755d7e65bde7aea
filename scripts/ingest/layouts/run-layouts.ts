/**
 * Ingests every layout fixture in a temporary folder of its own and scores it against its
 * expectation. Shared by the vitest test and `npm run score:layouts`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../cli/run.ts';
import { prepare } from './prepare.ts';
import type { DocumentScore } from './score.ts';
import { scoreDocument } from './score.ts';

export const layoutsRoot = new URL('./', import.meta.url).pathname;
const registry = new URL('../../../content/registry/', import.meta.url).pathname;

/** Fixture ids: the folders of scripts/ingest/layouts/. */
export function layoutIds(): string[] {
  return readdirSync(layoutsRoot)
    .filter((name) => statSync(join(layoutsRoot, name)).isDirectory())
    .sort();
}

export interface LayoutRun extends DocumentScore {
  /** Messages of the ingest run, `file:line:col rule reason`. */
  messages: string[];
}

export async function runLayout(id: string): Promise<LayoutRun> {
  const { text, sidecar, expected } = await prepare(join(layoutsRoot, id));
  const cwd = mkdtempSync(join(tmpdir(), `layout-${id}-`));
  try {
    const sources = join(cwd, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, `${id}.txt`), text);
    writeFileSync(join(sources, `${id}.yml`), sidecar);
    const result = runIngest({ sources, registry, cwd });
    const model = result.models.find((entry) => entry.document.id === id);
    const messages = result.files.flatMap((file) =>
      file.messages.map(
        (message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1} ${message.ruleId} ${message.reason}`,
      ),
    );
    return { ...scoreDocument(id, expected, model), messages };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
