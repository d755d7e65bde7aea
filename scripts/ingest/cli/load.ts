/**
 * Reading inputs for the CLI: registries and sources with their sidecars, as vfiles carrying
 * positioned messages. The only module of the ingest that reads the file system; nothing here
 * throws on a careless input: every problem is a message naming the file.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import {
  departmentsFileSchema,
  provincesFileSchema,
  sidecarSchema,
  slugSchema,
  themesFileSchema,
} from '../../../src/model/index.ts';
import type { Registry, Sidecar } from '../../../src/model/index.ts';
import { type Concept, thesaurusFileSchema } from '../../../src/model/thesaurus.ts';
import { thesaurusProblems } from '../../../src/model/thesaurus-problems.ts';
import { checkFileCharacters } from '../check-characters.ts';
import { decodeSource } from '../decode.ts';
import { report } from '../messages.ts';
import type { RuleId } from '../rules.ts';
import { checkRegistry } from './check-registry.ts';
import { MAX_SOURCE_BYTES } from './limits.ts';
import { listSources } from './list-sources.ts';
import { parseYaml } from './parse-yaml.ts';
import { readInput } from './read-input.ts';
import type { ReadOptions } from './read-input.ts';

export { parseYaml } from './parse-yaml.ts';

const START = { line: 1, column: 1 };

/** A vfile of a UTF-8 text input; a read failure is reported on it under `rule` (the value is then empty). */
function readTextFile(path: string, cwd: string, rule: RuleId, options?: ReadOptions): { file: VFile; ok: boolean } {
  const read = readInput(path, options);
  const file = new VFile({ path: relative(cwd, path), value: read.ok ? read.bytes.toString('utf8') : '' });
  if (!read.ok) report(file, rule, `Unexpected file: ${read.reason}, expected a readable file`, START);
  return { file, ok: read.ok };
}

export interface LoadedRegistry {
  registry?: Registry;
  files: VFile[];
}

export function loadRegistry(directory: string, cwd: string): LoadedRegistry {
  const read = (name: string) => readTextFile(join(directory, name), cwd, 'ingest:registry').file;
  const departmentsFile = read('departments.yml');
  const themesFile = read('themes.yml');
  const provincesFile = read('provinces.yml');
  const files = [departmentsFile, themesFile, provincesFile];
  if (files.some((file) => file.messages.length)) return { files };
  const departments = parseYaml(departmentsFile, departmentsFileSchema, 'ingest:registry');
  const themes = parseYaml(themesFile, themesFileSchema, 'ingest:registry');
  const provinces = parseYaml(provincesFile, provincesFileSchema, 'ingest:registry');
  if (!departments.value || !themes.value || !provinces.value) return { files };
  const registry = checkRegistry({
    departments: { file: departmentsFile, value: departments.value, locate: departments.locate },
    themes: { file: themesFile, value: themes.value, locate: themes.locate },
    provinces: { file: provincesFile, value: provinces.value, locate: provinces.locate },
  });
  return { registry, files };
}

export interface LoadedThesaurus {
  /** The concepts, when the file is valid (references checked, problems reported on the file). */
  concepts: Concept[];
  files: VFile[];
}

/**
 * thesaurus.yml of the registry folder, checked against its schema and the themes. A registry
 * without the file has no thesaurus (test registries); a broken file gives no concepts, never a
 * partial list, so search never reaches a concept through a reference that is wrong.
 */
export function loadThesaurus(directory: string, cwd: string, themeIds: ReadonlySet<string>): LoadedThesaurus {
  const path = join(directory, 'thesaurus.yml');
  if (!existsSync(path)) return { concepts: [], files: [] };
  const file = readTextFile(path, cwd, 'ingest:registry').file;
  if (file.messages.length) return { concepts: [], files: [file] };
  const parsed = parseYaml(file, thesaurusFileSchema, 'ingest:registry');
  if (!parsed.value) return { concepts: [], files: [file] };
  const problems = thesaurusProblems(parsed.value, themeIds);
  for (const problem of problems)
    report(
      file,
      problem.kind === 'reference' ? 'thesaurus:unknown-reference' : 'thesaurus:label',
      problem.message,
      parsed.locate(problem.path),
    );
  return { concepts: problems.length ? [] : parsed.value, files: [file] };
}

export interface LoadedSource {
  id: string;
  file: VFile;
  sidecarFile?: VFile;
  sidecar?: Sidecar;
  /** Position of a sidecar value by its path, for checks made after loading (lineage relations). */
  locateInSidecar?: (path: Array<string | number>) => Position | undefined;
  /** Hash of the raw bytes and the sidecar, for the incremental cache. */
  hash: string;
  readable: boolean;
}

export interface LoadedSources {
  sources: LoadedSource[];
  /** Files of the folder that are not sources or sidecars, with their messages. */
  files: VFile[];
}

/** Every `<id>.txt` of the folder with its sidecar, in id order. */
export function loadSources(directory: string, cwd: string): LoadedSources {
  const listing = listSources(directory, cwd);
  const byText = new Map<string, string>();
  const byId = new Map<string, string>();
  const sources = listing.sources.map(({ id, name, path, sidecarPath }) => {
    const read = readInput(path, { regularOnly: true, maxBytes: MAX_SOURCE_BYTES });
    const bytes = read.ok ? read.bytes : Buffer.alloc(0);
    const decoded = read.ok ? decodeSource(bytes) : undefined;
    const file = new VFile({ path: relative(cwd, path), value: decoded?.ok ? decoded.text : '' });
    let readable = decoded?.ok ?? false;
    if (!read.ok && read.tooLarge)
      report(file, 'ingest:too-large', `Unexpected source of ${read.reason}, expected a smaller document`, START);
    else if (!read.ok)
      report(file, 'ingest:read-failed', `Unexpected file: ${read.reason}, expected a readable file`, START);
    else if (decoded && !decoded.ok)
      report(file, 'ingest:unreadable', `Unexpected content: the file ${decoded.reason}`, START);
    if (!slugSchema.safeParse(id).success) {
      report(
        file,
        'ingest:invalid-id',
        `Unexpected file name \`${name}\`, expected a URL-safe id such as \`henan-2015-plan.txt\``,
        START,
      );
      readable = false;
    }
    const key = id.toLowerCase();
    if (byId.has(key)) {
      report(
        file,
        'ingest:duplicate-document',
        `Unexpected second source with id \`${id}\`, expected ids to be unique (first: ${byId.get(key)})`,
        START,
      );
      readable = false;
    }
    byId.set(key, name);
    const textKey = createHash('sha256')
      .update(decoded?.ok ? decoded.text.replace(/\s/gu, '') : bytes)
      .digest('hex');
    if (decoded?.ok && decoded.text.trim() && byText.has(textKey)) {
      report(
        file,
        'ingest:duplicate-document',
        `Unexpected copy of \`${byText.get(textKey)}\`, expected each document once`,
        START,
      );
      readable = false;
    }
    byText.set(textKey, name);
    let sidecarFile: VFile | undefined;
    let sidecar: Sidecar | undefined;
    let locateInSidecar: LoadedSource['locateInSidecar'];
    if (!sidecarPath) {
      report(
        file,
        'sidecar:missing',
        `Unexpected source without metadata, expected a sidecar \`${relative(cwd, join(directory, `${id}.yml`))}\``,
        START,
      );
    } else {
      const loaded = readTextFile(sidecarPath, cwd, 'ingest:read-failed', { regularOnly: true });
      sidecarFile = loaded.file;
      if (loaded.ok) {
        const parsed = parseYaml(sidecarFile, sidecarSchema, 'sidecar:invalid');
        sidecar = parsed.value;
        locateInSidecar = parsed.locate;
        checkFileCharacters(sidecarFile);
      }
    }
    const hash = createHash('sha256')
      .update(bytes)
      .update('\0')
      .update(String(sidecarFile?.value ?? ''))
      .digest('hex');
    return { id, file, sidecarFile, sidecar, locateInSidecar, hash, readable };
  });
  return { sources, files: listing.files };
}
