/**
 * The incremental cache: a source's model and messages, keyed by everything that can change them
 * (its bytes and sidecar, the registries, the corpus titles and 文号 used to resolve citations, and
 * the pipeline's own code). Re-running after one source changed re-parses only that source.
 *
 * An entry is written to a temp file and renamed, so a killed run leaves either the old entry or the
 * new one. An entry that still cannot be read (a disk error, an older run without that guarantee) is
 * discarded with an info message and its source parsed again: the cache never fails a run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { isStale, parseLeftover } from '../../leftovers.ts';
import { report } from '../messages.ts';
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

/** The pipeline's code and the model code it builds with (ids, addresses, schemas, department names). */
const codeDirectories = [
  new URL('../', import.meta.url).pathname,
  new URL('../../../src/model/', import.meta.url).pathname,
];

/** Hash of that code, so a change to either invalidates every entry. */
function codeHash(): string {
  const hash = createHash('sha256');
  codeDirectories.forEach((directory, index) => {
    for (const name of (readdirSync(directory, { recursive: true }) as string[]).sort()) {
      if (!name.endsWith('.ts') || name.includes('fixtures') || name.endsWith('.test.ts')) continue;
      hash.update(`${index}:${name}`).update(readFileSync(join(directory, name)));
    }
  });
  return hash.digest('hex');
}

/** Does `value` have the fields `get` reads? (A valid JSON file of another shape is discarded too.) */
function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  return (
    typeof entry.key === 'string' &&
    typeof entry.model === 'object' &&
    entry.model !== null &&
    Array.isArray(entry.messages)
  );
}

/** V8's JSON errors end in `(line L column C)`; also keeps a long message short. */
function describeError(error: unknown): { reason: string; line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const where = /\(line (\d+) column (\d+)\)/.exec(message);
  const reason = message.length > 120 ? `${message.slice(0, 117)}...` : message;
  return where ? { reason, line: Number(where[1]), column: Number(where[2]) } : { reason };
}

export class IngestCache {
  private readonly directory: string;
  private readonly shared: string;
  private readonly cwd: string;
  hits = 0;
  misses = 0;
  /** One file per discarded entry, carrying its `ingest:cache-discarded` message. */
  readonly discarded: VFile[] = [];

  /** `shared`: what every entry depends on (registries, corpus entries). `cwd`: messages' paths are relative to it. */
  constructor(directory: string, shared: string, cwd: string = process.cwd()) {
    this.directory = directory;
    this.cwd = cwd;
    this.shared = createHash('sha256').update(codeHash()).update(shared).digest('hex');
  }

  keyOf(sourceHash: string): string {
    return createHash('sha256').update(this.shared).update(sourceHash).digest('hex');
  }

  /** The cached model of `id`, with its messages replayed onto `file`; undefined on a miss. */
  get(id: string, sourceHash: string, file: VFile): PolicyModel | undefined {
    const path = join(this.directory, `${id}.json`);
    if (!existsSync(path)) return this.miss();
    const entry = this.read(path);
    if (!entry || entry.key !== this.keyOf(sourceHash)) return this.miss();
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
    const path = join(this.directory, `${id}.json`);
    const temporary = `${path}.tmp-${process.pid}`;
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, path);
  }

  /**
   * Forget entries of sources that no longer exist, and temp files of killed runs. Temp files of a
   * live process are another run writing into the same cache.
   */
  prune(ids: string[]): void {
    if (!existsSync(this.directory)) return;
    const keep = new Set(ids.map((id) => `${id}.json`));
    for (const name of readdirSync(this.directory)) {
      if (keep.has(name) || (parseLeftover(name) && !isStale(name))) continue;
      rmSync(join(this.directory, name), { recursive: true, force: true });
    }
  }

  /** The entry at `path`, or undefined after discarding it (with a message) when it cannot be read. */
  private read(path: string): Entry | undefined {
    let failure: { reason: string; line?: number; column?: number };
    try {
      const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (isEntry(value)) return value;
      failure = { reason: 'JSON of another shape' };
    } catch (error) {
      failure = describeError(error);
    }
    rmSync(path, { recursive: true, force: true });
    const file = new VFile({ path: relative(this.cwd, path) });
    const place = failure.line === undefined ? undefined : { line: failure.line, column: failure.column! };
    report(
      file,
      'ingest:cache-discarded',
      `Unexpected unreadable cache entry (${failure.reason}), expected a complete entry; discarded it, the source is parsed again`,
      place,
    );
    this.discarded.push(file);
    return undefined;
  }

  private miss(): undefined {
    this.misses += 1;
    return undefined;
  }
}
