/**
 * The incremental cache: a source's model and messages, keyed by everything that can change them
 * (its bytes and sidecar, the registries, the corpus titles and 文号 used to resolve citations, and
 * the pipeline's own code). Re-running after one source changed re-parses only that source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import type { PolicyModel } from '../to-model.ts';

interface StoredMessage {
  reason: string;
  ruleId?: string;
  fatal?: boolean | null;
  url?: string;
  place?: VFile['messages'][number]['place'];
}

interface Entry {
  key: string;
  model: PolicyModel;
  messages: StoredMessage[];
}

const codeDirectory = new URL('../', import.meta.url).pathname;

/** Hash of the pipeline's source code, so a code change invalidates every entry. */
function codeHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(codeDirectory, { recursive: true }) as string[]) {
    if (!name.endsWith('.ts') || name.includes('fixtures') || name.endsWith('.test.ts')) continue;
    hash.update(name).update(readFileSync(join(codeDirectory, name)));
  }
  return hash.digest('hex');
}

export class IngestCache {
  private readonly directory: string;
  private readonly shared: string;
  hits = 0;
  misses = 0;

  /** `shared`: what every entry depends on (registries, corpus entries). */
  constructor(directory: string, shared: string) {
    this.directory = directory;
    this.shared = createHash('sha256').update(codeHash()).update(shared).digest('hex');
  }

  keyOf(sourceHash: string): string {
    return createHash('sha256').update(this.shared).update(sourceHash).digest('hex');
  }

  /** The cached model of `id`, with its messages replayed onto `file`; undefined on a miss. */
  get(id: string, sourceHash: string, file: VFile): PolicyModel | undefined {
    const path = join(this.directory, `${id}.json`);
    if (!existsSync(path)) return this.miss();
    const entry = JSON.parse(readFileSync(path, 'utf8')) as Entry;
    if (entry.key !== this.keyOf(sourceHash)) return this.miss();
    for (const stored of entry.messages) {
      const message = file.message(stored.reason, { place: stored.place, ruleId: stored.ruleId });
      message.fatal = stored.fatal;
      message.url = stored.url;
    }
    this.hits += 1;
    return entry.model;
  }

  set(id: string, sourceHash: string, file: VFile, model: PolicyModel): void {
    mkdirSync(this.directory, { recursive: true });
    const messages: StoredMessage[] = file.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      fatal: message.fatal,
      url: message.url,
      place: message.place,
    }));
    const entry: Entry = { key: this.keyOf(sourceHash), model, messages };
    writeFileSync(join(this.directory, `${id}.json`), JSON.stringify(entry));
  }

  /** Forget entries of sources that no longer exist. */
  prune(ids: string[]): void {
    if (!existsSync(this.directory)) return;
    const keep = new Set(ids.map((id) => `${id}.json`));
    for (const name of readdirSync(this.directory)) if (!keep.has(name)) rmSync(join(this.directory, name));
  }

  private miss(): undefined {
    this.misses += 1;
    return undefined;
  }
}
